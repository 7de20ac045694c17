package os

import (
	"io"
	"syscall"
)

// Flags to OpenFile (Linux values). Exactly one of O_RDONLY, O_WRONLY or O_RDWR.
const (
	O_RDONLY int = syscall.O_RDONLY // open the file read-only.
	O_WRONLY int = syscall.O_WRONLY // open the file write-only.
	O_RDWR   int = syscall.O_RDWR   // open the file read-write.
	O_APPEND int = syscall.O_APPEND // append data to the file when writing.
	O_CREATE int = syscall.O_CREAT  // create a new file if none exists.
	O_EXCL   int = syscall.O_EXCL   // used with O_CREATE, file must not exist.
	O_SYNC   int = syscall.O_SYNC   // open for synchronous I/O.
	O_TRUNC  int = syscall.O_TRUNC  // truncate regular writable file when opened.
)

// Seek whence values.
const (
	SEEK_SET int = 0 // seek relative to the origin of the file
	SEEK_CUR int = 1 // seek relative to the current offset
	SEEK_END int = 2 // seek relative to the end
)

// DevNull is the name of the operating system's "null device".
const DevNull = "/dev/null"

// File is an open file descriptor.
type File struct {
	fd     int
	name   string
	closed bool
	// Directory reading state of ReadDir/Readdirnames: the names not returned yet.
	dirNames   []string
	dirStarted bool
}

// Standard streams.
var (
	Stdin  = &File{fd: 0, name: "/dev/stdin"}
	Stdout = &File{fd: 1, name: "/dev/stdout"}
	Stderr = &File{fd: 2, name: "/dev/stderr"}
)

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the named file (mode 0666 before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile opens the named file with the given flags (O_RDONLY etc.) and, when it is
// created, permission bits perm (before umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, errno := sysOpen(name, flag, systemMode(perm))
	if errno != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: syscall.Errno(errno)}
	}
	return &File{fd: fd, name: name}, nil
}

// systemMode turns FileMode permission and special bits into open(2)'s mode bits.
func systemMode(mode FileMode) uint32 {
	bits := uint32(mode.Perm())
	if mode&ModeSetuid != 0 {
		bits |= 0o4000
	}
	if mode&ModeSetgid != 0 {
		bits |= 0o2000
	}
	if mode&ModeSticky != 0 {
		bits |= 0o1000
	}
	return bits
}

// checkValid returns the error an operation op on f fails with before doing anything.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

func (f *File) wrapErr(op string, errno int) error {
	return &PathError{Op: op, Path: f.name, Err: syscall.Errno(errno)}
}

// Read reads up to len(b) bytes from the file; at the end of the file it returns 0, io.EOF.
// Reading standard input blocks the whole program (every goroutine) until input arrives.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	var data string
	if f.fd == 0 {
		data = readStdin(len(b))
	} else {
		var errno int
		data, errno = sysRead(f.fd, len(b))
		if errno != 0 {
			return 0, f.wrapErr("read", errno)
		}
	}
	if len(data) == 0 {
		return 0, io.EOF
	}
	return copy(b, data), nil
}

// ReadAt reads len(b) bytes from the file starting at byte offset off; it returns a
// non-nil error (io.EOF at the end of the file) whenever n < len(b).
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errorString("negative offset")}
	}
	for len(b) > 0 {
		data, errno := sysPread(f.fd, len(b), off)
		if errno != 0 {
			return n, f.wrapErr("read", errno)
		}
		if len(data) == 0 {
			return n, io.EOF
		}
		copied := copy(b, data)
		n += copied
		b = b[copied:]
		off += int64(copied)
	}
	return n, nil
}

// Write writes len(b) bytes from b to the file.
func (f *File) Write(b []byte) (n int, err error) {
	return f.WriteString(string(b))
}

// WriteString writes the contents of string s to the file.
func (f *File) WriteString(s string) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.fd == 1 || f.fd == 2 {
		writeString(f.fd, s)
		return len(s), nil
	}
	n, errno := sysWrite(f.fd, s)
	if errno != 0 {
		return n, f.wrapErr("write", errno)
	}
	if n != len(s) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

// Seek sets the offset for the next Read or Write on file to offset, interpreted
// according to whence: 0 means relative to the origin of the file, 1 means relative to
// the current offset, and 2 means relative to the end.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	position, errno := sysSeek(f.fd, offset, whence)
	if errno != 0 {
		return 0, f.wrapErr("seek", errno)
	}
	f.dirNames, f.dirStarted = nil, false
	return position, nil
}

// Close closes the file, rendering it unusable for I/O.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if f.fd <= 2 {
		return nil
	}
	if errno := sysClose(f.fd); errno != 0 {
		return f.wrapErr("close", errno)
	}
	return nil
}

// Sync commits the file's contents to stable storage (writes are unbuffered in Weft).
func (f *File) Sync() error {
	return f.checkValid("sync")
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the file's descriptor number (Weft's own numbering past the standard streams).
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// ReadFile reads the named file and returns its contents.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 512
	if info, err := f.Stat(); err == nil && info.Size() > 0 && info.Size() < 1<<30 {
		size = int(info.Size()) + 1
	}
	data := make([]byte, 0, size)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// WriteFile writes data to the named file, creating it with permissions perm (before
// umask) if necessary, and truncating it otherwise.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if closeErr := f.Close(); closeErr != nil && err == nil {
		err = closeErr
	}
	return err
}
