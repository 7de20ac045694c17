package main

import "fmt"

const (
	s1       = "hello"
	s2       = s1 + ", world"
	length   = len(s2)
	complexC = 2i * 2i
	boolC    = 3 > 2 && "a" < "b"
	maskC    = ^0
	uMask    = ^uint8(0)
	andNot   = 0b1111 &^ 0b0101
)

var arr [length]int

func main() {
	fmt.Println(s2, length, len(arr))
	fmt.Println(complexC, real(complexC), boolC)
	fmt.Println(maskC, uMask, andNot)
	const f = 1.5
	var i int = f * 2
	fmt.Println(i)
	const big = 1 << 62
	fmt.Println(big*2-1, uint64(big)*3+(big-1))
}
