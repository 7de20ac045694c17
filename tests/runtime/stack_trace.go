// runtime.Stack and runtime/debug.Stack: the calling goroutine's frames, innermost first,
// cut to the buffer's size; lines are checked by prefix since gc adds argument values and
// pc offsets.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

func inner() string {
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	return string(buf[:n])
}

func middle() string { return inner() }

func main() {
	s := middle()
	lines := strings.Split(s, "\n")
	fmt.Println(lines[0])
	fmt.Println(strings.HasPrefix(lines[1], "main.inner("), strings.HasPrefix(lines[3], "main.middle("), strings.Contains(s, "main.main("))
	small := make([]byte, 10)
	fmt.Println(runtime.Stack(small, false), string(small))
	d := string(debug.Stack())
	dl := strings.Split(d, "\n")
	fmt.Println(dl[0], strings.HasPrefix(dl[1], "runtime/debug.Stack("), strings.HasPrefix(dl[3], "main.main("))
}
