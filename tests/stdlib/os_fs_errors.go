package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

func main() {
	fmt.Println(fs.ErrNotExist, fs.ErrExist, fs.ErrPermission, fs.ErrInvalid, fs.ErrClosed)
	fmt.Println(os.ErrNotExist == fs.ErrNotExist, os.ErrExist == fs.ErrExist, os.ErrPermission == fs.ErrPermission)
	fmt.Println(os.ErrInvalid == fs.ErrInvalid, os.ErrClosed == fs.ErrClosed)

	var pe *os.PathError = &fs.PathError{Op: "stat", Path: "/x", Err: fs.ErrPermission}
	fmt.Println(pe, pe.Unwrap() == fs.ErrPermission, pe.Timeout())
	var err error = pe
	fmt.Println(errors.Is(err, os.ErrPermission), os.IsPermission(err), os.IsNotExist(err), os.IsExist(err))
	wrapped := fmt.Errorf("loading: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, fs.ErrPermission), os.IsPermission(wrapped))
	var target *fs.PathError
	fmt.Println(errors.As(wrapped, &target), target.Op, target.Path)

	_, err = os.ReadFile("definitely-missing-file.txt")
	fmt.Println(err)
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err), os.IsExist(err))
	if errors.As(err, &target) {
		fmt.Println(target.Op, target.Path, target.Err)
	}
	f, err := os.Open("missing/dir/file")
	fmt.Println(f == nil, err, os.IsNotExist(err))

	fmt.Printf("%q\n", os.Getenv("WEFT_SURELY_UNSET_VARIABLE"))
	v, ok := os.LookupEnv("WEFT_SURELY_UNSET_VARIABLE")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("WEFT_TEST_VAR", "42"), os.Getenv("WEFT_TEST_VAR"))
	fmt.Println(os.Setenv("", "x"), os.Setenv("A=B", "x"))
	os.Unsetenv("WEFT_TEST_VAR")
	v, ok = os.LookupEnv("WEFT_TEST_VAR")
	fmt.Printf("%q %v\n", v, ok)

	modes := []fs.FileMode{0, 0644, 0755 | fs.ModeDir, fs.ModeSymlink | 0777, fs.ModeDevice | fs.ModeCharDevice | 0600, fs.ModeSetuid | fs.ModeSticky | 01}
	for _, m := range modes {
		fmt.Println(m, m.IsDir(), m.IsRegular(), m.Perm(), uint32(m.Type()))
	}
	fmt.Printf("%v %d %o\n", os.FileMode(0640), os.ModePerm, fs.ModePerm)

	buf := make([]byte, 8)
	n, err := os.Stdin.Read(buf)
	fmt.Println(n, err, err == io.EOF)
	data, err := io.ReadAll(os.Stdin)
	fmt.Println(len(data), err)
}
