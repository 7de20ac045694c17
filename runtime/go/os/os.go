// Package os provides Weft programs with their arguments, exit and the standard streams.
package os

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
