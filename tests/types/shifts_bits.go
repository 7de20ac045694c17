package main

import "fmt"

func main() {
	var x int32 = -16
	fmt.Println(x>>2, x<<2, uint32(x)>>28)
	var s uint = 40
	fmt.Println(int32(1)<<s, int64(1)<<s, uint8(255)<<s)
	var y int64 = -1
	fmt.Println(y>>63, y>>200, uint64(y)>>63)
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var u uint16 = 0xF0F0
	fmt.Printf("%016b %016b\n", u, ^u)
	n := 0
	for v := uint64(0xDEADBEEF); v != 0; v &= v - 1 {
		n++
	}
	fmt.Println("popcount", n)
}
