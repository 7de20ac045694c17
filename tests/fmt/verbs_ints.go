package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d\n", n, n, n, n, n, n)
	fmt.Printf("%b|%o|%O|%x|%X|%#x|%#X|%#o|%#b\n", n, n, n, n, n, n, n, n, n)
	neg := -42
	fmt.Printf("%d|%x|%o|%b|%+d|% d|%08d|%-8d|\n", neg, neg, neg, neg, neg, neg, neg, neg)
	fmt.Printf("%c|%q|%U|%#U\n", 0x4E16, 'x', 0x1F600, 'é')
	fmt.Printf("%*d|%-*d|%.3d|%8.3d\n", 6, 7, 6, 7, 7, 7)
	var u8 uint8 = 200
	var i64 int64 = -1 << 63
	var u64 uint64 = 1<<64 - 1
	fmt.Printf("%d %d %d %x\n", u8, i64, u64, u64)
	fmt.Printf("%v %v\n", uintptr(10), int16(-3))
	fmt.Printf("%x %X % x %#x\n", "hi", []byte("hi"), "abc", "go")
	fmt.Printf("%3c|%-3c|\n", 'a', 'b')
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
}
