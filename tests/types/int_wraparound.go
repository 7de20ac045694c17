package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	i8 = -128
	i8--
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var i16 int16 = 32767
	i16 += 2
	fmt.Println(i16)
	var u16 uint16 = 65535
	u16 *= u16
	fmt.Println(u16)
	var i32 int32 = 2147483647
	i32 *= 3
	fmt.Println(i32)
	var u32 uint32 = 1 << 31
	u32 <<= 1
	fmt.Println(u32)
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println(i64)
	var u64 uint64 = 0
	u64 -= 1
	fmt.Println(u64)
	var p uintptr = 0
	p--
	fmt.Println(p)
	var n int = -9223372036854775808
	fmt.Println(-n, n/-1)
	var m8 int8 = -128
	fmt.Println(m8 / -1, -m8, m8 % -1)
}
