// Package errors implements functions to manipulate errors, as Go's errors package.
package errors

import "internal/reflectlite"

// New returns an error whose Error method returns text.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// Unwrap returns the result of calling the Unwrap method on err, if err's type
// has an Unwrap method returning error. Otherwise, Unwrap returns nil.
func Unwrap(err error) error {
	u, ok := err.(unwrapper)
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's tree matches target.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	comparable := reflectlite.Comparable(target)
	return is(err, target, comparable)
}

func is(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && reflectlite.Comparable(err) && err == target {
			return true
		}
		if x, ok := err.(iser); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case unwrapper:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case multiUnwrapper:
			for _, err := range x.Unwrap() {
				if is(err, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// As finds the first error in err's tree that matches target, and if one is found,
// sets target to that error value and returns true. Otherwise, it returns false.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	if !reflectlite.IsNonNilPointer(target) {
		panic("errors: target must be a non-nil pointer")
	}
	return as(err, target)
}

func as(err error, target any) bool {
	for {
		if reflectlite.AssignToPointer(err, target) {
			return true
		}
		if x, ok := err.(aser); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case unwrapper:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case multiUnwrapper:
			for _, err := range x.Unwrap() {
				if err == nil {
					continue
				}
				if as(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// Join returns an error that wraps the given errors; nil errors are discarded.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	s := e.errs[0].Error()
	for _, err := range e.errs[1:] {
		s += "\n" + err.Error()
	}
	return s
}

func (e *joinError) Unwrap() []error {
	return e.errs
}

// ErrUnsupported indicates that a requested operation cannot be performed.
var ErrUnsupported = New("unsupported operation")

type unwrapper interface{ Unwrap() error }

type multiUnwrapper interface{ Unwrap() []error }

type iser interface{ Is(error) bool }

type aser interface{ As(any) bool }
