// runtime.Caller, runtime.Callers, CallersFrames and FuncForPC: positions and names of
// the frames of the calling goroutine, in methods, closures, recursion and a deferred call.
package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
)

type T struct{}

func (t *T) where() string {
	_, file, line, ok := runtime.Caller(0)
	return fmt.Sprint(filepath.Base(file), ":", line, " ", ok)
}

func (t T) up() string {
	pc, file, line, ok := runtime.Caller(1)
	return fmt.Sprint(filepath.Base(file), ":", line, " ", ok, " ", runtime.FuncForPC(pc).Name())
}

func trace() []string {
	pcs := make([]uintptr, 20)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "main.") {
			out = append(out, fmt.Sprintf("%s %s:%d", f.Function, filepath.Base(f.File), f.Line))
		}
		if !more {
			break
		}
	}
	return out
}

func nested(n int) []string {
	if n == 0 {
		return trace()
	}
	return nested(n - 1)
}

func main() {
	t := &T{}
	fmt.Println(t.where())
	fmt.Println(t.up())
	for _, line := range nested(2) {
		fmt.Println(line)
	}
	func() {
		pc, _, line, _ := runtime.Caller(0)
		fmt.Println(runtime.FuncForPC(pc).Name(), line)
	}()
	defer func() {
		r := recover()
		pc, _, line, ok := runtime.Caller(0)
		fmt.Println(r, runtime.FuncForPC(pc).Name(), line, ok)
	}()
	_, _, _, ok := runtime.Caller(100)
	fmt.Println("far", ok)
	fmt.Println(runtime.FuncForPC(0) == nil, runtime.FuncForPC(0).Name() == "")
	var m map[string]int
	m["x"] = 1
}
