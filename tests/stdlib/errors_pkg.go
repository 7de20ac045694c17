package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

type TimeoutError struct{ Op string }

func (e *TimeoutError) Error() string   { return e.Op + ": timeout" }
func (e *TimeoutError) Timeout() bool   { return true }
func (e *TimeoutError) Is(t error) bool { return t == ErrTemporary }

var ErrTemporary = errors.New("temporary")

type multi struct{ errs []error }

func (m multi) Error() string   { return fmt.Sprint(len(m.errs), " errors") }
func (m multi) Unwrap() []error { return m.errs }

func main() {
	err := fmt.Errorf("read config: %w", &TimeoutError{"dial"})
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrTemporary))
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(err, &te), te.Timeout())
	m := multi{[]error{io.EOF, os.ErrNotExist}}
	fmt.Println(m, errors.Is(m, io.EOF), errors.Is(m, os.ErrNotExist), errors.Is(m, os.ErrExist))
	j := errors.Join(errors.New("first"), errors.New("second"))
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(nil, io.EOF), errors.Unwrap(nil) == nil)
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, os.ErrNotExist)
	wrapped := fmt.Errorf("a: %w", fmt.Errorf("b: %w", io.EOF))
	for e := error(wrapped); e != nil; e = errors.Unwrap(e) {
		fmt.Println(" ->", e)
	}
}
