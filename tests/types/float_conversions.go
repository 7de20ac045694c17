package main

import "fmt"

func main() {
	f := 1e10
	fmt.Println(int64(f), int32(int64(f)), uint16(int64(f)))
	g := -2.75
	fmt.Println(int(g), int64(g), float32(g), int(g/5))
	var i int64 = 1<<53 + 1
	fmt.Println(float64(i), int64(float64(i)), float32(i))
	var u uint64 = 1<<64 - 1
	fmt.Println(float64(u), float32(u))
	var f32 float32 = 1.1
	fmt.Println(float64(f32), float32(float64(f32)) == f32)
	h := 2.5
	fmt.Println(int(h+0.5), int(h*2), uint8(h*100))
	n := 7
	fmt.Println(float64(n)/2, float64(n/2), n/2*2)
	var small int8 = -7
	fmt.Println(float64(small)/2, small/2, small>>1)
}
