package main

import (
	"fmt"
	"unsafe"
)

type Small struct {
	a bool
	b int64
	c bool
}

type Packed struct {
	b int64
	a bool
	c bool
}

func main() {
	var p uintptr = 100
	p += 28
	p <<= 2
	fmt.Println(p, p%7, ^uintptr(0) == 1<<64-1)
	fmt.Println(unsafe.Sizeof(int8(0)), unsafe.Sizeof(int32(0)), unsafe.Sizeof(uintptr(0)), unsafe.Sizeof(""), unsafe.Sizeof([]int{}))
	fmt.Println(unsafe.Sizeof(Small{}), unsafe.Sizeof(Packed{}), unsafe.Alignof(int64(0)), unsafe.Offsetof(Small{}.c))
	fmt.Println(unsafe.Sizeof(complex64(0)), unsafe.Sizeof(map[int]int{}), unsafe.Sizeof(struct{}{}), unsafe.Sizeof([3]int16{}))
	var i interface{}
	fmt.Println(unsafe.Sizeof(i))
}
