package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(2.5, 1))
	fmt.Println(min("banana", "apple", "cherry"), max("a", "ab"))
	x, y := 10, -3
	fmt.Println(min(x, y), max(x, y, 0))
	fmt.Println(min(math.NaN(), 1), max(1, math.Inf(1)), min(-0.0, 0.0))
	fmt.Println(max(math.Copysign(0, -1), 0), min(math.Copysign(0, -1), 0))
	var f32 float32 = 1.5
	fmt.Println(min(f32, 2), max(f32, 0.5))
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	m := map[int]bool{1: true, 2: false}
	clear(m)
	fmt.Println(m, len(m))
	const c = min(1, 2.5, -1)
	fmt.Println(c)
}
