// Package runtime is Weft's Go runtime package: runtime errors and the
// rendering of uncaught panic values (as gc's printpanicval).
package runtime

import "internal/reflectlite"

// Error identifies a run time error, as gc's runtime.Error.
type Error interface {
	error
	// RuntimeError is a no-op that distinguishes runtime errors from ordinary errors.
	RuntimeError()
}

// errorString is a runtime error such as "runtime error: integer divide by zero".
type errorString struct {
	msg string
}

func (e errorString) Error() string { return e.msg }

func (e errorString) RuntimeError() {}

// boundsError is an index or slice bounds failure.
type boundsError struct {
	msg string
}

func (e boundsError) Error() string { return e.msg }

func (e boundsError) RuntimeError() {}

// plainError is a runtime error without the "runtime error: " prefix (nil map writes).
type plainError struct {
	msg string
}

func (e plainError) Error() string { return e.msg }

func (e plainError) RuntimeError() {}

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	msg string
}

func (e *TypeAssertionError) Error() string { return e.msg }

func (*TypeAssertionError) RuntimeError() {}

// Keep the error types alive for the VM, which raises them by name.
var _ = []Error{errorString{}, boundsError{}, plainError{}, &TypeAssertionError{}}

type stringer interface {
	String() string
}

// panicMessage renders a panic value for the "panic: " line of an uncaught panic.
func panicMessage(v any) string {
	switch x := v.(type) {
	case nil:
		return "panic called with nil argument (goexit=false)"
	case error:
		return x.Error()
	case stringer:
		return x.String()
	}
	return printValue(v)
}

// printValue renders v as gc's runtime prints a non-error, non-Stringer panic value.
func printValue(v any) string {
	name := reflectlite.TypeString(v)
	var s string
	switch x := v.(type) {
	case bool, int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, uintptr, float32, float64, complex64, complex128:
		return reflectlite.PrintString(x)
	case string:
		return x
	}
	k := reflectlite.Kind(v)
	switch {
	case k == reflectlite.String:
		s = "(\"" + reflectlite.StringOf(v) + "\")"
		return name + s
	case k >= reflectlite.Bool && k <= reflectlite.Complex128:
		return name + "(" + reflectlite.PrintString(v) + ")"
	}
	return "(" + name + ") " + reflectlite.PrintString(v)
}

// GOOS and GOARCH are those of the reference gc this runtime imitates.
const GOOS = "linux"

const GOARCH = "amd64"

// GOMAXPROCS reports 1: Weft runs goroutines on one OS thread.
func GOMAXPROCS(n int) int { return 1 }

// NumCPU reports the number of logical CPUs (one for Weft's single-threaded VM).
func NumCPU() int { return 1 }

// GC runs a garbage collection (a no-op: the VM collects at safepoints).
func GC() {}

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int
