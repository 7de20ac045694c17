// Package ioutil implements the deprecated I/O helpers of Go's io/ioutil, each as the
// io or os function that replaced it.
package ioutil

import (
	"io"
	"io/fs"
	"os"
	"sort"
)

// ReadAll reads from r until an error or EOF and returns the data it read (io.ReadAll).
func ReadAll(r io.Reader) ([]byte, error) { return io.ReadAll(r) }

// ReadFile reads the file named by filename and returns the contents (os.ReadFile).
func ReadFile(filename string) ([]byte, error) { return os.ReadFile(filename) }

// WriteFile writes data to a file named by filename (os.WriteFile).
func WriteFile(filename string, data []byte, perm fs.FileMode) error {
	return os.WriteFile(filename, data, perm)
}

// ReadDir reads the directory named by dirname and returns its entries' FileInfo,
// sorted by filename.
func ReadDir(dirname string) ([]fs.FileInfo, error) {
	f, err := os.Open(dirname)
	if err != nil {
		return nil, err
	}
	list, err := f.Readdir(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Name() < list[j].Name() })
	return list, nil
}

// NopCloser returns a ReadCloser with a no-op Close method wrapping r (io.NopCloser).
func NopCloser(r io.Reader) io.ReadCloser { return io.NopCloser(r) }

// Discard is an io.Writer on which all Write calls succeed (io.Discard).
var Discard io.Writer = io.Discard

// TempFile creates a new temporary file (os.CreateTemp).
func TempFile(dir, pattern string) (f *os.File, err error) { return os.CreateTemp(dir, pattern) }

// TempDir creates a new temporary directory (os.MkdirTemp).
func TempDir(dir, pattern string) (name string, err error) { return os.MkdirTemp(dir, pattern) }
