// Package os provides Weft programs with their arguments, exit, the standard
// streams and an environment.
//
// Weft's sandbox has no file system and no process environment: opening or
// reading a file fails as gc does for a missing file (an *fs.PathError whose
// error is "no such file or directory" and matches fs.ErrNotExist), creating or
// writing one fails with "permission denied", and the environment starts empty
// (Getenv returns "" until Setenv sets a variable in this process). Stdin reads
// the process's real standard input.
package os

import (
	"io"
	"io/fs"
)

// File is an open file descriptor (only the standard streams in Weft).
type File struct {
	fd   int
	name string
}

// Standard streams.
var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

func runtimeArgs() []string

// Exit causes the current program to exit with the given status code.
func Exit(code int)

func writeString(fd int, s string)

// Read reads up to len(b) bytes from the file; only Stdin can be read.
// Reading blocks the whole program (every goroutine) until input arrives.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd != 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: errBadFileDescriptor}
	}
	if len(b) == 0 {
		return 0, nil
	}
	data := readStdin(len(b))
	if len(data) == 0 {
		return 0, io.EOF
	}
	return copy(b, data), nil
}

// readStdin reads at most max bytes of the process's standard input; "" at
// the end of the input or on an error.
func readStdin(max int) string

// Close closes the file; closing a standard stream has no effect in Weft.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	return nil
}

// Write writes len(b) bytes to the file.
func (f *File) Write(b []byte) (n int, err error) {
	writeString(f.fd, string(b))
	return len(b), nil
}

// WriteString writes the contents of string s to the file.
func (f *File) WriteString(s string) (n int, err error) {
	writeString(f.fd, s)
	return len(s), nil
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor.
func (f *File) Fd() uintptr { return uintptr(f.fd) }

// Portable analogs of some common system call errors, the same values as io/fs's.
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// FileMode represents a file's mode and permission bits.
type FileMode = fs.FileMode

// ModePerm holds the Unix permission bits.
const ModePerm = fs.ModePerm

// sandboxErrno stands for the system call errors (syscall.Errno in gc) that
// Weft's sandbox reports: it prints as the C library does and matches the
// portable error it corresponds to under errors.Is.
type sandboxErrno struct {
	message  string
	portable error
}

func (e *sandboxErrno) Error() string { return e.message }

func (e *sandboxErrno) Is(target error) bool { return target == e.portable }

var (
	errNoSuchFile        = &sandboxErrno{"no such file or directory", fs.ErrNotExist}
	errAccessDenied      = &sandboxErrno{"permission denied", fs.ErrPermission}
	errBadFileDescriptor = &sandboxErrno{"bad file descriptor", nil}
)

// underlyingError returns the error a *PathError wraps, or err itself.
func underlyingError(err error) error {
	if pathError, ok := err.(*PathError); ok {
		return pathError.Err
	}
	return err
}

// underlyingErrorIs reports whether err (unwrapped from a *PathError only) is target.
func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	errno, ok := err.(*sandboxErrno)
	return ok && errno.Is(target)
}

// IsNotExist reports whether err says that a file or directory does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsExist reports whether err says that a file or directory already exists.
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsPermission reports whether err says that permission is denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// Open opens the named file for reading. Weft's sandbox has no file system,
// so it fails as gc does for a missing file.
func Open(name string) (*File, error) {
	return nil, &PathError{Op: "open", Path: name, Err: errNoSuchFile}
}

// ReadFile reads the named file. Weft's sandbox has no file system, so it
// fails as gc does for a missing file.
func ReadFile(name string) ([]byte, error) {
	return nil, &PathError{Op: "open", Path: name, Err: errNoSuchFile}
}

// Create creates the named file. Weft's sandbox has no file system, so it
// fails with "permission denied".
func Create(name string) (*File, error) {
	return nil, &PathError{Op: "open", Path: name, Err: errAccessDenied}
}

// WriteFile writes data to the named file. Weft's sandbox has no file system,
// so it fails with "permission denied".
func WriteFile(name string, data []byte, perm FileMode) error {
	return &PathError{Op: "open", Path: name, Err: errAccessDenied}
}

// environment holds the variables set by Setenv; the sandbox starts with none.
var environment = map[string]string{}

// Getenv returns the value of the environment variable named by key, or "".
func Getenv(key string) string {
	return environment[key]
}

// LookupEnv returns the value of the environment variable named by key and whether it is set.
func LookupEnv(key string) (string, bool) {
	value, ok := environment[key]
	return value, ok
}

// Setenv sets the value of the environment variable named by key.
func Setenv(key, value string) error {
	if len(key) == 0 {
		return &syscallError{"setenv", ErrInvalid}
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return &syscallError{"setenv", ErrInvalid}
		}
	}
	environment[key] = value
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	delete(environment, key)
	return nil
}

// Clearenv deletes all environment variables.
func Clearenv() {
	environment = map[string]string{}
}

// Environ returns the environment as "key=value" strings, in no particular order.
func Environ() []string {
	all := make([]string, 0, len(environment))
	for key, value := range environment {
		all = append(all, key+"="+value)
	}
	return all
}

// syscallError records an error from a specific system call, as os.SyscallError.
type syscallError struct {
	call string
	err  error
}

func (e *syscallError) Error() string { return e.call + ": " + e.err.Error() }

func (e *syscallError) Unwrap() error { return e.err }
