package main

import "fmt"

func main() {
	var b byte = 256
	var i8 int8 = -129
	const big = 1 << 70
	var n int = big
	fmt.Println(b, i8, n)
}
