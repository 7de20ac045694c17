// Package oserror holds the portable file system errors that io/fs exports and that
// syscall.Errno values match under errors.Is (a package of its own so that neither
// io/fs nor syscall has to import the other).
package oserror

import "errors"

// The errors, with gc's messages.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)
