package main

import (
	"fmt"
	"math"
)

func main() {
	negZero := math.Copysign(0, -1)
	fmt.Println(negZero, -negZero, 0*-1.0, 1/math.Inf(-1))
	fmt.Println(math.NaN(), -math.NaN(), math.Inf(1), math.Inf(-1))
	fmt.Printf("%v %.2f %e %g\n", negZero, negZero, negZero, negZero)
	fmt.Printf("%+v %+.1f % f\n", math.Inf(1), math.NaN(), math.Inf(-1))
	fmt.Printf("%08.2f|%-8v|%8v\n", math.Inf(-1), math.NaN(), math.Inf(1))
	fmt.Println(1e20, 1e21, 123456789012345678901.0, 1e-4, 1e-5, 0.1+0.2)
	fmt.Println(100000000.0, 2.0, 2.5, float64(1<<62))
	fmt.Println(float32(1e20), float32(1e21), float32(0.3), float32(math.Pi))
	fmt.Println(math.SmallestNonzeroFloat64, math.MaxFloat32)
	fmt.Println(5e-324, 4.9406564584124654e-324/2)
	var nan = math.NaN()
	fmt.Println(nan == nan, nan != nan, nan < 1, math.IsNaN(nan))
	fmt.Println(math.Inf(1) > math.MaxFloat64, -math.Inf(1) < -math.MaxFloat64)
	x := 0.0
	fmt.Println(1/x, -1/x, x/x)
	fmt.Println(complex(math.NaN(), math.Inf(1)), complex(negZero, negZero))
}
