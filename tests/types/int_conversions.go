package main

import "fmt"

func main() {
	var big int64 = 0x1234_5678_9ABC_DEF0
	fmt.Println(int8(big), uint8(big), int16(big), uint16(big), int32(big), uint32(big))
	neg := int32(-1)
	fmt.Println(uint32(neg), uint64(neg), int64(neg), uint8(neg))
	var u uint64 = 1<<63 + 5
	fmt.Println(int64(u), int(u))
	f := 3.99
	fmt.Println(int(f), int(-f), uint8(f))
	fmt.Println(float64(1<<53+1), float32(16777217))
	var i8 int8 = -5
	fmt.Println(uint16(i8), i8>>1, uint8(i8)>>1)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2)
	var x uint = 10
	fmt.Println(x-11 > x)
	one, two := int8(1), uint8(200)
	fmt.Println(1<<x, one<<7, two+uint8(100))
}
