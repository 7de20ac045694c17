package main

import (
	"fmt"
	"math"
)

func main() {
	for e := -10; e <= 25; e += 5 {
		v := math.Pow(10, float64(e))
		fmt.Println(e, v, float32(v), -v*1.5)
	}
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(float64(math.MaxInt64), float32(math.MaxInt32))
	fmt.Println(123456789.0, 1234567890123.0, 0.000001, 0.0000001)
	fmt.Println(float32(123456789), float32(0.1)+float32(0.2), float32(1)/float32(3))
	fmt.Printf("%v %v %v\n", 1e6, 1e-6, 12e20)
	fmt.Printf("%.3v %.10v %5.1v\n", math.Pi, math.Pi, 123.0)
	fmt.Println(2.0/3.0, float32(2.0)/3, 100.0, 1e2)
	var i8 int8 = math.MinInt8
	var u32 uint32 = math.MaxUint32
	fmt.Println(i8, u32, int64(u32)+1)
}
