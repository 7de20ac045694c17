package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Cbrt(27))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.RoundToEven(2.5))
	fmt.Println(math.Abs(-3.2), math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Mod(-7, 3))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(0, -1), math.Exp(1), math.Log(math.E))
	fmt.Println(math.Log2(1024), math.Log10(0.001), math.Hypot(3, 4))
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Phi)
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4))
	fmt.Printf("%.6f %.6f\n", math.Atan2(1, 1), math.Asin(1))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint8, uint64(math.MaxUint64))
	fmt.Println(math.MaxInt, math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsInf(math.Inf(-1), -1), math.IsNaN(0))
	fmt.Println(math.Signbit(math.Copysign(0, -1)), math.Float64bits(1.0), math.Float64frombits(0x4000000000000000))
	fmt.Println(math.Float32bits(1), math.Float32frombits(0x3f000000))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
	fmt.Println(math.Remainder(7, 4), math.Dim(5, 3), math.Dim(3, 5))
}
