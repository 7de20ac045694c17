package main

import (
	"fmt"
	"math"
	"math/bits"
)

func main() {
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.TrailingZeros(8), bits.Len(1023))
	fmt.Println(bits.Reverse8(1), bits.RotateLeft32(1, -1), bits.ReverseBytes16(0x1234))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println(sum, carry)
	for _, v := range []float64{2.5, 3.5, -2.5, 2.4999, -0.5, 0.5} {
		fmt.Println(v, math.Round(v), math.RoundToEven(v), math.Floor(v), math.Ceil(v), math.Trunc(v))
	}
	fmt.Println(math.Nextafter(1, 2), math.Nextafter32(1, 2))
	fmt.Println(math.Gamma(5), math.Erf(0), math.Expm1(0), math.Log1p(0))
	fmt.Println(math.IsInf(math.Exp(1000), 1), math.Exp(-1000), math.Sqrt(math.Inf(1)))
	fmt.Println(math.Pow(-8, 1.0/3), math.Cbrt(-8), math.Pow(2, -1074), math.Pow(10, 308)*10)
}
