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

// Compiler is the name of the toolchain a program was built by; Weft runs programs as
// gc compiles them, so it reports gc.
const Compiler = "gc"

// maxProcs is the setting GOMAXPROCS reports. Weft runs goroutines on one OS thread
// whatever it says, so it starts at 1; a program may still set it and read it back.
var maxProcs = 1

// GOMAXPROCS sets the setting to n when n > 0 and returns the previous setting.
func GOMAXPROCS(n int) int {
	previous := maxProcs
	if n > 0 {
		maxProcs = n
	}
	return previous
}

// NumCPU reports the number of logical CPUs (one for Weft's single-threaded VM).
func NumCPU() int { return 1 }

// GC runs a garbage collection: the calling goroutine yields and the VM collects
// at the scheduler's safepoint before running anything else.
func GC()

// MemProfileRate controls the fraction of memory allocations recorded (unused by Weft).
var MemProfileRate int = 512 * 1024

// A MemStats records statistics about the memory allocator (the fields Weft tracks).
type MemStats struct {
	// Alloc is bytes of allocated heap objects (an estimate; exact after GC).
	Alloc uint64
	// TotalAlloc is cumulative bytes allocated for heap objects.
	TotalAlloc uint64
	// Sys is the total bytes of memory obtained from the OS (estimated as the peak heap).
	Sys uint64
	// Mallocs is the cumulative count of heap objects allocated.
	Mallocs uint64
	// Frees is the cumulative count of heap objects freed.
	Frees uint64
	// HeapAlloc is the same as Alloc.
	HeapAlloc uint64
	// HeapObjects is the number of allocated heap objects.
	HeapObjects uint64
	// NumGC is the number of completed GC cycles.
	NumGC uint32
}

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats) {
	alloc, total, objects, mallocs, numGC, sys := memStats()
	m.Alloc = alloc
	m.HeapAlloc = alloc
	m.TotalAlloc = total
	m.Sys = sys
	m.HeapObjects = objects
	m.Mallocs = mallocs
	m.Frees = mallocs - objects
	m.NumGC = uint32(numGC)
}

func memStats() (alloc, total, objects, mallocs uint64, numGC int, sys uint64)

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// SetFinalizer arranges for finalizer(obj) to run on a goroutine of its own once a
// collection finds obj, a pointer, unreachable; a nil finalizer removes obj's finalizer.
func SetFinalizer(obj any, finalizer any)

// KeepAlive marks its argument as reachable until this call.
func KeepAlive(x any) {}

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// Goexit runs the calling goroutine's deferred calls and then ends it; other
// goroutines are not affected. Called from main, the program goes on until no other
// goroutine can run, then fails with gc's "no goroutines" deadlock report.
func Goexit()

// callerPCs returns the return addresses of at most max frames of the calling
// goroutine, innermost first, after skipping skip (0 is callerPCs' caller).
func callerPCs(skip, max int) []uintptr

// funcName returns the name and entry of the function holding pc (ok false if none).
func funcName(pc uintptr) (name string, entry uintptr, ok bool)

// funcFileLine returns the source position of the instruction at pc.
func funcFileLine(pc uintptr) (file string, line int)

// Caller reports the file and line of a call on the calling goroutine's stack: skip 0
// is the call to Caller itself, 1 the call to the function that called Caller.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	if skip < 0 {
		return 0, "", 0, false
	}
	pcs := callerPCs(skip+1, 1)
	if len(pcs) == 0 {
		return 0, "", 0, false
	}
	pc = pcs[0] - 1
	file, line = funcFileLine(pc)
	return pc, file, line, true
}

// Callers fills pc with the return addresses of the calling goroutine's frames, skip 0
// being the frame of Callers itself, and returns how many it wrote.
func Callers(skip int, pc []uintptr) int {
	if skip < 0 {
		skip = 0
	}
	return copy(pc, callerPCs(skip, len(pc)))
}

// A Func describes a function of the running program.
type Func struct {
	entry uintptr
	name  string
}

// FuncForPC returns the function holding pc, or nil.
func FuncForPC(pc uintptr) *Func {
	name, entry, ok := funcName(pc)
	if !ok {
		return nil
	}
	return &Func{entry: entry, name: name}
}

// Name returns the function's name, as gc spells it: main.f, main.(*T).M, main.main.func1.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the pc of the function's first instruction.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return f.entry
}

// FileLine returns the source position of pc, which should lie in f.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	return funcFileLine(pc)
}

// A Frame is one call site of a stack walked by Frames.Next.
type Frame struct {
	// PC is the call instruction's pc in this frame.
	PC uintptr
	// Func is the function of the frame, or nil.
	Func *Func
	// Function is the function's name, as Func.Name reports it.
	Function string
	// File and Line are the call's source position.
	File string
	Line int
	// Entry is the function's entry pc.
	Entry uintptr
}

// Frames walks the pcs that Callers returned.
type Frames struct {
	callers []uintptr
}

// CallersFrames returns an iterator over the frames of callers (from Callers).
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns the next frame and whether more follow.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0] - 1
		ci.callers = ci.callers[1:]
		f := FuncForPC(pc)
		if f == nil {
			continue
		}
		file, line := funcFileLine(pc)
		frame = Frame{PC: pc, Func: f, Function: f.name, File: file, Line: line, Entry: f.entry}
		return frame, len(ci.callers) > 0
	}
	return Frame{}, false
}

// stackText formats the calling goroutine's stack, skipping skip frames (0 is the
// caller of stackText).
func stackText(skip int) string

// Stack formats a stack trace of the calling goroutine into buf and returns the number
// of bytes written, as much as fits. Frames print as name(...) without argument values
// or pc offsets, and all only adds nothing: other goroutines are not listed (see
// docs/language.md).
func Stack(buf []byte, all bool) int {
	return copy(buf, stackText(1))
}
