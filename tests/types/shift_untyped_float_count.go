package main

import "fmt"

func main() {
	var x int = 3
	var s uint = 2
	// Shift counts that are themselves delayed shifts of untyped constants take type uint.
	fmt.Println(x<<(1.<<s), x<<((1+0i)<<s), x<<(0i<<s))
	var counts = []uint{1. << s, 4.0 >> s}
	fmt.Println(counts)
}
