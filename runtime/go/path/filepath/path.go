// Package filepath manipulates file name paths with the host's (Unix) separator,
// as Go's path/filepath does, and walks and globs file trees through package os.
package filepath

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
)

const (
	Separator     = '/' // the OS-specific path separator
	ListSeparator = ':' // the OS-specific path list separator
)

// ErrBadPattern is returned by Match and Glob for a malformed pattern.
var ErrBadPattern = errors.New("syntax error in pattern")

// SkipDir and SkipAll are the io/fs values a walk function returns to skip a
// directory or everything left.
var (
	SkipDir error = fs.SkipDir
	SkipAll error = fs.SkipAll
)

// WalkFunc is the type of the function called by Walk for each file or directory.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// Clean returns the shortest lexically equivalent path (see path.Clean).
func Clean(p string) string { return path.Clean(p) }

// Join joins non-empty elements with the separator and cleans the result.
func Join(elem ...string) string { return path.Join(elem...) }

// Split splits p just after its final separator.
func Split(p string) (dir, file string) { return path.Split(p) }

// Ext returns the extension of the last element of p.
func Ext(p string) string { return path.Ext(p) }

// Base returns the last element of p.
func Base(p string) string { return path.Base(p) }

// Dir returns all but the last element of p.
func Dir(p string) string { return path.Dir(p) }

// IsAbs reports whether p is absolute.
func IsAbs(p string) bool { return path.IsAbs(p) }

// Match reports whether name matches the shell pattern (see path.Match).
func Match(pattern, name string) (matched bool, err error) {
	matched, err = path.Match(pattern, name)
	if err != nil {
		// The two packages have distinct ErrBadPattern values, as in gc.
		return false, ErrBadPattern
	}
	return matched, nil
}

// ToSlash and FromSlash convert between the separator and '/', which are the same here.
func ToSlash(p string) string   { return p }
func FromSlash(p string) string { return p }

// VolumeName returns the leading volume name: always "" on Unix.
func VolumeName(p string) string { return "" }

// SplitList splits a list of paths joined by ListSeparator (as in $PATH); an empty
// string gives an empty slice.
func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, string(ListSeparator))
}

// IsLocal reports whether p is lexically local: relative, non-empty, and never
// going above the directory it is evaluated in.
func IsLocal(p string) bool {
	if IsAbs(p) || p == "" {
		return false
	}
	hasDots := false
	for rest := p; rest != ""; {
		var part string
		part, rest, _ = strings.Cut(rest, "/")
		if part == "." || part == ".." {
			hasDots = true
			break
		}
	}
	if hasDots {
		p = Clean(p)
	}
	return p != ".." && !strings.HasPrefix(p, "../")
}

var errInvalidPath = errors.New("invalid path")

// Localize converts a slash-separated io/fs path into an operating system path.
func Localize(p string) (string, error) {
	if !fs.ValidPath(p) || strings.IndexByte(p, 0) >= 0 {
		return "", errInvalidPath
	}
	return p, nil
}

// Abs returns an absolute, cleaned form of p, joining it to the working directory
// when it is relative.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel returns a relative path that, joined to basepath, is lexically equivalent to
// targpath, or an error when there is none.
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	target := Clean(targpath)
	if base == target {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	if IsAbs(base) != IsAbs(target) {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	// Walk both paths element by element while they agree.
	baseIndex, targetIndex := 0, 0
	baseStart, targetStart := 0, 0
	for {
		for baseIndex < len(base) && base[baseIndex] != '/' {
			baseIndex++
		}
		for targetIndex < len(target) && target[targetIndex] != '/' {
			targetIndex++
		}
		if base[baseStart:baseIndex] != target[targetStart:targetIndex] {
			break
		}
		if baseIndex < len(base) {
			baseIndex++
		}
		if targetIndex < len(target) {
			targetIndex++
		}
		baseStart, targetStart = baseIndex, targetIndex
	}
	if base[baseStart:baseIndex] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	if baseStart == len(base) {
		return target[targetStart:], nil
	}
	// Climb out of every remaining element of base, then descend into target.
	result := ".." + strings.Repeat("/..", strings.Count(base[baseStart:], "/"))
	if targetStart != len(target) {
		result += "/" + target[targetStart:]
	}
	return result, nil
}

// Walk walks the file tree rooted at root in lexical order, calling fn for each file
// and directory (root included) with its Lstat information. Symbolic links are not
// followed.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walk(p string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(p, info, nil)
	}
	names, readErr := sortedNames(p)
	err := fn(p, info, readErr)
	// A directory that cannot be read is reported once and not descended into.
	if readErr != nil || err != nil {
		return err
	}
	for _, name := range names {
		child := Join(p, name)
		childInfo, err := os.Lstat(child)
		if err != nil {
			if err := fn(child, childInfo, err); err != nil && err != SkipDir {
				return err
			}
			continue
		}
		err = walk(child, childInfo, fn)
		if err != nil && (!childInfo.IsDir() || err != SkipDir) {
			return err
		}
	}
	return nil
}

func sortedNames(dir string) ([]string, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	names, err := f.Readdirnames(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	return names, nil
}

// WalkDir walks the file tree rooted at root in lexical order, calling fn for each
// file and directory with its DirEntry; it reads each directory before descending.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walkDir(p string, entry fs.DirEntry, fn fs.WalkDirFunc) error {
	if err := fn(p, entry, nil); err != nil || !entry.IsDir() {
		if err == SkipDir && entry.IsDir() {
			err = nil
		}
		return err
	}
	entries, err := os.ReadDir(p)
	if err != nil {
		// The second call reports the read error for the same directory.
		err = fn(p, entry, err)
		if err != nil {
			if err == SkipDir && entry.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, child := range entries {
		if err := walkDir(Join(p, child.Name()), child, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// Glob returns the names of all files matching pattern, or nil; I/O errors are
// ignored and the only possible error is ErrBadPattern.
func Glob(pattern string) (matches []string, err error) {
	return globDepth(pattern, 0)
}

func globDepth(pattern string, depth int) ([]string, error) {
	// Bound the recursion on patterns made of many separators.
	if depth == 10000 {
		return nil, ErrBadPattern
	}
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err := os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	switch dir {
	case "":
		dir = "."
	case "/":
	default:
		dir = dir[:len(dir)-1]
	}
	if !hasMeta(dir) {
		return globIn(dir, file, nil)
	}
	if dir == pattern {
		return nil, ErrBadPattern
	}
	dirs, err := globDepth(dir, depth+1)
	if err != nil {
		return nil, err
	}
	var matches []string
	for _, d := range dirs {
		matches, err = globIn(d, file, matches)
		if err != nil {
			return matches, err
		}
	}
	return matches, nil
}

// globIn appends to matches the entries of dir whose names match pattern.
func globIn(dir, pattern string, matches []string) ([]string, error) {
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		return matches, nil
	}
	names, err := sortedNames(dir)
	if err != nil && names == nil {
		return matches, nil
	}
	for _, name := range names {
		ok, err := Match(pattern, name)
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, Join(dir, name))
		}
	}
	return matches, nil
}

func hasMeta(p string) bool {
	return strings.ContainsAny(p, `*?[\`)
}
