// Package fs defines the errors and the PathError type of Go's io/fs.
// Weft has no file system interface yet: only what error handling needs.
package fs

import "errors"

// Generic file system errors, with gc's messages. Errors returned by file
// systems can be tested against these errors using errors.Is.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

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
