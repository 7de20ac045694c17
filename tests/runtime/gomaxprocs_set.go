// runtime.GOMAXPROCS returns the previous setting and remembers a positive one.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(1)
	fmt.Println(runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(4))
	fmt.Println(runtime.GOMAXPROCS(-1))
	fmt.Println(runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(1), runtime.GOMAXPROCS(0))
}
