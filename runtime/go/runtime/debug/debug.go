// Package debug is the part of gc's runtime/debug that Weft provides: stack traces of
// the calling goroutine and the settings programs read and write.
package debug

import (
	"os"
	"runtime"
)

// Stack returns a formatted stack trace of the calling goroutine, as runtime.Stack
// prints it, starting with debug.Stack itself as gc's does.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// PrintStack prints the stack trace returned by Stack to standard error.
func PrintStack() {
	os.Stderr.Write(Stack())
}
