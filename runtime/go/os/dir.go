package os

import (
	"io"
	"io/fs"
	"syscall"
	"time"
)

// FileInfo describes a file and is returned by Stat and Lstat.
type FileInfo = fs.FileInfo

// A DirEntry is an entry read from a directory (with ReadDir or File.ReadDir).
type DirEntry = fs.DirEntry

// FileMode represents a file's mode and permission bits.
type FileMode = fs.FileMode

// The defined file mode bits, the same as io/fs's.
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// fileStat is the FileInfo of Stat, Lstat and File.Stat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Sys() any           { return nil }

func newFileStat(name string, size int64, mode uint32, mtime int64) *fileStat {
	return &fileStat{name: basename(name), size: size, mode: FileMode(mode), modTime: time.Unix(0, mtime)}
}

// basename is the last element of name, trailing slashes removed ("/" for "/").
func basename(name string) string {
	end := len(name)
	for end > 1 && name[end-1] == '/' {
		end--
	}
	name = name[:end]
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '/' && i != len(name)-1 {
			return name[i+1:]
		}
	}
	return name
}

// Stat returns a FileInfo describing the named file (following symbolic links).
func Stat(name string) (FileInfo, error) {
	size, mode, mtime, errno := sysStat(name, true)
	if errno != 0 {
		return nil, &PathError{Op: "stat", Path: name, Err: syscall.Errno(errno)}
	}
	return newFileStat(name, size, mode, mtime), nil
}

// Lstat returns a FileInfo describing the named file; a symbolic link is described itself.
func Lstat(name string) (FileInfo, error) {
	size, mode, mtime, errno := sysStat(name, false)
	if errno != 0 {
		return nil, &PathError{Op: "lstat", Path: name, Err: syscall.Errno(errno)}
	}
	return newFileStat(name, size, mode, mtime), nil
}

// Stat returns the FileInfo structure describing file.
func (f *File) Stat() (FileInfo, error) {
	if err := f.checkValid("stat"); err != nil {
		return nil, err
	}
	size, mode, mtime, errno := sysFstat(f.fd)
	if errno != 0 {
		return nil, f.wrapErr("stat", errno)
	}
	return newFileStat(f.name, size, mode, mtime), nil
}

// dirEntry is the DirEntry of ReadDir: its type from an lstat of the entry.
type dirEntry struct {
	parent string
	name   string
	typ    FileMode
}

func (d *dirEntry) Name() string               { return d.name }
func (d *dirEntry) IsDir() bool                { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode             { return d.typ }
func (d *dirEntry) Info() (FileInfo, error)    { return Lstat(d.parent + "/" + d.name) }
func (d *dirEntry) String() string             { return fs.FormatDirEntry(d) }

func newDirEntry(parent, name string) *dirEntry {
	_, mode, _, _ := sysStat(parent+"/"+name, false)
	return &dirEntry{parent: parent, name: name, typ: FileMode(mode).Type()}
}

// ReadDir reads the named directory, returning all its entries sorted by filename.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.ReadDir(-1)
}

// nextNames returns the next at most n (all when n <= 0) names of the directory f.
func (f *File) nextNames(n int) ([]string, error) {
	if err := f.checkValid("readdirent"); err != nil {
		return nil, err
	}
	if !f.dirStarted {
		names, errno := sysReadDir(f.name)
		if errno != 0 {
			return nil, f.wrapErr("readdirent", errno)
		}
		f.dirNames, f.dirStarted = names, true
	}
	if n <= 0 || n > len(f.dirNames) {
		n = len(f.dirNames)
	}
	names := f.dirNames[:n:n]
	f.dirNames = f.dirNames[n:]
	return names, nil
}

// ReadDir reads the directory f and returns up to n entries in directory order (sorted
// by name in Weft); with n <= 0 it returns all remaining ones. With n > 0 it returns
// io.EOF once there are none left.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	names, err := f.nextNames(n)
	if err != nil {
		return nil, err
	}
	entries := make([]DirEntry, 0, len(names))
	for _, name := range names {
		entries = append(entries, newDirEntry(f.name, name))
	}
	if n > 0 && len(entries) == 0 {
		return entries, io.EOF
	}
	return entries, nil
}

// Readdirnames reads the directory f and returns up to n names (all remaining ones
// when n <= 0); with n > 0 it returns io.EOF once there are none left.
func (f *File) Readdirnames(n int) (names []string, err error) {
	names, err = f.nextNames(n)
	if err != nil {
		return nil, err
	}
	if n > 0 && len(names) == 0 {
		return names, io.EOF
	}
	return names, nil
}

// Readdir reads the directory f and returns up to n FileInfo values (all remaining ones
// when n <= 0); with n > 0 it returns io.EOF once there are none left.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	names, err := f.nextNames(n)
	if err != nil {
		return nil, err
	}
	infos := make([]FileInfo, 0, len(names))
	for _, name := range names {
		if info, err := Lstat(f.name + "/" + name); err == nil {
			infos = append(infos, info)
		}
	}
	if n > 0 && len(infos) == 0 {
		return infos, io.EOF
	}
	return infos, nil
}

// Mkdir creates a new directory with the specified name and permission bits (before umask).
func Mkdir(name string, perm FileMode) error {
	if errno := sysMkdir(name, systemMode(perm)); errno != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: syscall.Errno(errno)}
	}
	return nil
}

// MkdirAll creates a directory named path, along with any necessary parents; nil if
// path is already a directory.
func MkdirAll(path string, perm FileMode) error {
	if info, err := Stat(path); err == nil {
		if info.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	// Create the parent first: path without its last element (and trailing slashes).
	end := len(path)
	for end > 0 && path[end-1] == '/' {
		end--
	}
	for end > 0 && path[end-1] != '/' {
		end--
	}
	for end > 1 && path[end-1] == '/' {
		end--
	}
	if end > 0 {
		if err := MkdirAll(path[:end], perm); err != nil {
			return err
		}
	}
	if err := Mkdir(path, perm); err != nil {
		// Handle arguments like "foo/." and a directory created concurrently.
		if info, statErr := Lstat(path); statErr == nil && info.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	if errno := sysRemove(name); errno != 0 {
		return &PathError{Op: "remove", Path: name, Err: syscall.Errno(errno)}
	}
	return nil
}

// RemoveAll removes path and any children it contains; nil if path does not exist.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || len(path) >= 2 && path[len(path)-2:] == "/." {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	errno := sysRemove(path)
	if errno == 0 || errno == int(syscall.ENOENT) {
		return nil
	}
	info, err := Lstat(path)
	if err != nil {
		if IsNotExist(err) {
			return nil
		}
		return err
	}
	if !info.IsDir() {
		return &PathError{Op: "unlinkat", Path: path, Err: syscall.Errno(errno)}
	}
	names, errno := sysReadDir(path)
	if errno != 0 {
		return &PathError{Op: "open", Path: path, Err: syscall.Errno(errno)}
	}
	var first error
	for _, name := range names {
		if err := RemoveAll(path + "/" + name); err != nil && first == nil {
			first = err
		}
	}
	if errno := sysRemove(path); errno != 0 && errno != int(syscall.ENOENT) && first == nil {
		first = &PathError{Op: "unlinkat", Path: path, Err: syscall.Errno(errno)}
	}
	return first
}

// Rename renames (moves) oldpath to newpath, replacing a file there; a directory at
// newpath is an error.
func Rename(oldpath, newpath string) error {
	if info, err := Lstat(newpath); err == nil && info.IsDir() {
		if oldInfo, err := Lstat(oldpath); err != nil || !sameFile(oldInfo, info) {
			return &LinkError{"rename", oldpath, newpath, syscall.EEXIST}
		}
	}
	if errno := sysRename(oldpath, newpath); errno != 0 {
		return &LinkError{"rename", oldpath, newpath, syscall.Errno(errno)}
	}
	return nil
}

// sameFile is a conservative identity test for Rename: same name, size, mode and time.
func sameFile(a, b FileInfo) bool {
	return a.Name() == b.Name() && a.Size() == b.Size() && a.Mode() == b.Mode() && a.ModTime().Equal(b.ModTime())
}

// Truncate changes the size of the named file.
func Truncate(name string, size int64) error {
	if errno := sysTruncate(name, size); errno != 0 {
		return &PathError{Op: "truncate", Path: name, Err: syscall.Errno(errno)}
	}
	return nil
}

// Getwd returns the absolute name of the current directory.
func Getwd() (dir string, err error) {
	dir, errno := sysGetwd()
	if errno != 0 {
		return "", NewSyscallError("getwd", syscall.Errno(errno))
	}
	return dir, nil
}

// Chdir changes the current working directory (of the whole process).
func Chdir(dir string) error {
	if errno := sysChdir(dir); errno != 0 {
		return &PathError{Op: "chdir", Path: dir, Err: syscall.Errno(errno)}
	}
	return nil
}

// TempDir returns the default directory for temporary files: $TMPDIR, or "/tmp".
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		return "/tmp"
	}
	return dir
}

// temporaryName splits pattern at its last "*" (or appends at its end) and puts a
// random number there.
func temporaryName(dir, pattern string) (string, error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", errorString("pattern contains path separator")
		}
	}
	prefix, suffix := pattern, ""
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			prefix, suffix = pattern[:i], pattern[i+1:]
			break
		}
	}
	if dir == "" {
		dir = TempDir()
	}
	if len(dir) > 0 && dir[len(dir)-1] != '/' {
		dir += "/"
	}
	return dir + prefix + decimal(uint64(sysRandom())) + suffix, nil
}

func decimal(v uint64) string {
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(digits[i:])
}

// MkdirTemp creates a new directory in dir (TempDir() when empty) named from pattern (a
// random number replaces its last "*", or is appended) and returns its name.
func MkdirTemp(dir, pattern string) (string, error) {
	for try := 0; ; try++ {
		name, err := temporaryName(dir, pattern)
		if err != nil {
			return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
		}
		err = Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if !IsExist(err) || try >= 10000 {
			return "", err
		}
	}
}

// CreateTemp creates a new file in dir (TempDir() when empty) named from pattern (a
// random number replaces its last "*", or is appended), opened for reading and writing.
func CreateTemp(dir, pattern string) (*File, error) {
	for try := 0; ; try++ {
		name, err := temporaryName(dir, pattern)
		if err != nil {
			return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
		}
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if err == nil {
			return f, nil
		}
		if !IsExist(err) || try >= 10000 {
			return nil, err
		}
	}
}
