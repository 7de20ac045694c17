// Package fs defines the errors, the PathError type, FileMode, and the FileInfo and
// DirEntry interfaces of Go's io/fs (Weft has no fs.FS implementations yet).
package fs

import (
	"errors"
	"internal/oserror"
	"time"
)

// Generic file system errors, with gc's messages. Errors returned by file
// systems can be tested against these errors using errors.Is.
var (
	ErrInvalid    = oserror.ErrInvalid
	ErrPermission = oserror.ErrPermission
	ErrExist      = oserror.ErrExist
	ErrNotExist   = oserror.ErrNotExist
	ErrClosed     = oserror.ErrClosed
)

// A FileInfo describes a file and is returned by Stat.
type FileInfo interface {
	Name() string       // base name of the file
	Size() int64        // length in bytes for regular files
	Mode() FileMode     // file mode bits
	ModTime() time.Time // modification time
	IsDir() bool        // abbreviation for Mode().IsDir()
	Sys() any           // underlying data source (can return nil)
}

// A DirEntry is an entry read from a directory.
type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

// FormatDirEntry returns a readable form of dir: its type letters, its name, and a
// trailing slash for a directory ("d subdir/", "- file.txt").
func FormatDirEntry(dir DirEntry) string {
	mode := dir.Type().String()
	// Type has no permission bits: drop the nine "-" String prints for them.
	text := mode[:len(mode)-9] + " " + dir.Name()
	if dir.IsDir() {
		text += "/"
	}
	return text
}

// FileInfoToDirEntry returns a DirEntry that returns information from info; nil for nil.
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return dirInfo{info}
}

type dirInfo struct{ info FileInfo }

func (d dirInfo) Name() string               { return d.info.Name() }
func (d dirInfo) IsDir() bool                { return d.info.IsDir() }
func (d dirInfo) Type() FileMode             { return d.info.Mode().Type() }
func (d dirInfo) Info() (FileInfo, error)    { return d.info, nil }
func (d dirInfo) String() string             { return FormatDirEntry(d) }

// ValidPath reports whether name is a valid path for an fs.FS: slash-separated
// elements, none empty, "." or "..", with no leading or trailing slash ("." alone is valid).
func ValidPath(name string) bool {
	if name == "." {
		return true
	}
	for {
		i := 0
		for i < len(name) && name[i] != '/' {
			i++
		}
		element := name[:i]
		if element == "" || element == "." || element == ".." {
			return false
		}
		if i == len(name) {
			return true
		}
		name = name[i+1:]
	}
}

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether this error represents a timeout.
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// FileMode represents a file's mode and permission bits.
type FileMode uint32

// The mode bits, from the most significant down, in the order of the letters
// String prints for them.
const (
	ModeDir        FileMode = 1 << (32 - 1 - iota) // d: is a directory
	ModeAppend                                     // a: append-only
	ModeExclusive                                  // l: exclusive use
	ModeTemporary                                  // T: temporary file
	ModeSymlink                                    // L: symbolic link
	ModeDevice                                     // D: device file
	ModeNamedPipe                                  // p: named pipe (FIFO)
	ModeSocket                                     // S: Unix domain socket
	ModeSetuid                                     // u: setuid
	ModeSetgid                                     // g: setgid
	ModeCharDevice                                 // c: Unix character device, when ModeDevice is set
	ModeSticky                                     // t: sticky
	ModeIrregular                                  // ?: non-regular file

	// ModeType is the mask of the type bits.
	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	// ModePerm holds the Unix permission bits.
	ModePerm FileMode = 0777
)

// String renders the mode as ls does: type letters (or "-") then rwxrwxrwx.
func (m FileMode) String() string {
	const typeLetters = "dalTLDpSugct?"
	var out []byte
	for i, letter := range typeLetters {
		if m&(1<<uint(32-1-i)) != 0 {
			out = append(out, byte(letter))
		}
	}
	if len(out) == 0 {
		out = append(out, '-')
	}
	const permissionLetters = "rwxrwxrwx"
	for i, letter := range permissionLetters {
		if m&(1<<uint(9-1-i)) != 0 {
			out = append(out, byte(letter))
		} else {
			out = append(out, '-')
		}
	}
	return string(out)
}

// IsDir reports whether m describes a directory.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular reports whether m describes a regular file.
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm returns the Unix permission bits in m.
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type returns the type bits in m.
func (m FileMode) Type() FileMode { return m & ModeType }

// SkipDir, returned by a WalkDirFunc, skips the directory being visited (or the rest
// of the directory holding the file being visited).
var SkipDir = errors.New("skip this directory")

// SkipAll, returned by a WalkDirFunc, skips every remaining file and directory.
var SkipAll = errors.New("skip everything and stop the walk")

// WalkDirFunc is the type of the function called for each file or directory
// visited by WalkDir (in io/fs or path/filepath).
type WalkDirFunc func(path string, d DirEntry, err error) error
