package main

import (
	"fmt"
	"math"
)

func main() {
	values := []float64{0, 1, -1.5, 3.14159265358979, 1e21, 1e20, 1e-7, 1e-4, 100000000, 123456789.125,
		math.Copysign(0, -1), math.NaN(), math.Inf(1), math.Inf(-1), 2.5e-308, math.MaxFloat64, 1.0 / 3}
	for _, v := range values {
		fmt.Printf("%v|%g|%e|%E|%f|%.2f|%G|%8.3g\n", v, v, v, v, v, v, v, v)
	}
	fmt.Println(values)
	fmt.Printf("%+.3e|% .1f|%010.4f|%-10.1f|%+v\n", 12345.678, 2.25, -3.14159, 9.99, 1.0)
	fmt.Printf("%F|%#g|%#.3x\n", 1.5, 2.0, 1.0)
	fmt.Printf("%x|%X|%b\n", 1.0, 255.5, 0.5)
	var f32 float32 = 0.1
	fmt.Printf("%v|%g|%.10f|%e\n", f32, f32, f32, f32)
	fmt.Println(f32, float32(1)/3, float32(16777216), float32(1e10))
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%5.1f|%-7.2e|\n", math.Inf(1), math.NaN())
	fmt.Printf("%*.*f\n", 10, 3, math.Pi)
	fmt.Println(1e6, 1e-5, 12345678.0, 0.000123, 1e100)
}
