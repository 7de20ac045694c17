package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrNotFound = errors.New("not found")

type PathError struct {
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

func open(path string) error {
	if path == "" {
		return &PathError{"<empty>", ErrNotFound}
	}
	return nil
}

func main() {
	err := open("")
	wrapped := fmt.Errorf("loading config: %w", err)
	twice := fmt.Errorf("startup: %w", wrapped)
	fmt.Println(twice)
	fmt.Println(errors.Is(twice, ErrNotFound), errors.Is(twice, fs.ErrNotExist))
	var pe *PathError
	if errors.As(twice, &pe) {
		fmt.Println("path:", pe.Path)
	}
	fmt.Println(errors.Unwrap(twice) == wrapped, errors.Unwrap(errors.Unwrap(twice)) == err)
	fmt.Println(errors.Unwrap(ErrNotFound))
	notWrapped := fmt.Errorf("context: %v", err)
	fmt.Println(notWrapped, errors.Is(notWrapped, ErrNotFound))
	joined := errors.Join(ErrNotFound, nil, errors.New("second"))
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrNotFound))
	fmt.Println(errors.Join(nil, nil) == nil)
	multi := fmt.Errorf("both: %w and %w", ErrNotFound, os.ErrPermission)
	fmt.Println(multi, errors.Is(multi, os.ErrPermission), errors.Unwrap(multi) == nil)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	fmt.Println(fmt.Errorf("bad verb %w", "not an error"))
	fmt.Println(errors.New("a") == errors.New("a"))
}
