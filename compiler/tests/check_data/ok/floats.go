package main

import "fmt"

const (
	two24   = 1.0 * (1 << 24)
	max32   = (1<<24 - 1) * (1 << 104)
	ulp32   = 1 << 104
	max64   = 1.7976931348623157e308
	tiny32  = 1.401298464324817e-45
	third   = 1.0 / 3
	nearMax = max32 + ulp32/2 - 1
)

func main() {
	var a float32 = nearMax
	var b float32 = two24 + 1
	var c float64 = max64
	var d float32 = tiny32
	var e float32 = third
	var f float64 = third
	var g complex64 = complex(third, -third)
	fmt.Println(a, b, c, d, e, f, g, float32(0.1), float64(float32(0.1)))
}
