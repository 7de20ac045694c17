// Package os provides Weft programs with their arguments, exit, the standard streams,
// files and the environment.
//
// What a program may touch is the host's choice: by default (an embedded Weft) there is no
// file system and no process environment: opening or reading a file fails as gc does for a
// missing file (an *fs.PathError whose error is "no such file or directory" and matches
// fs.ErrNotExist), creating or writing one fails with "permission denied", and the
// environment starts empty. The `weft` command gives programs the real file system and
// environment, as gc does. The natives behind both are declared in sys.go.
package os

import (
	"io/fs"
	"syscall"
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

func runtimeArgs() []string

// Exit causes the current program to exit with the given status code.
func Exit(code int)

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

// LinkError records an error during a link, symlink or rename system call and the
// paths that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error { return e.Err }

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError returns, as an error, a new SyscallError with the given system call
// name and error details; nil if err is nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// underlyingError returns the error a *PathError, *LinkError or *SyscallError wraps,
// or err itself.
func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}

// underlyingErrorIs reports whether err (unwrapped one level only, as gc does) is target.
func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	errno, ok := err.(syscall.Errno)
	return ok && errno.Is(target)
}

// IsNotExist reports whether err says that a file or directory does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsExist reports whether err says that a file or directory already exists.
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsPermission reports whether err says that permission is denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// Getpid returns the process id of the caller.
func Getpid() int { return sysGetpid() }

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	name, errno := sysHostname()
	if errno != 0 {
		return "", NewSyscallError("hostname", syscall.Errno(errno))
	}
	return name, nil
}
