// Command math_cases prints the golden cases of runtime/tests/math.rs: Go's
// math functions on special values and pseudo-random inputs of many
// magnitudes, with every float given as its bits in hex.
package main

import (
	"bufio"
	"fmt"
	"math"
	"math/rand"
	"os"
)

var out = bufio.NewWriter(os.Stdout)

func b(x float64) string { return fmt.Sprintf("%016x", math.Float64bits(x)) }

func inputs() []float64 {
	vs := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 1.5, 2.5, -2.5, 0.49999999999999994, 2, 3, 10, 0.1, -0.1, 1e-300, 5e-324,
		-5e-324, 1e-310, 2.2250738585072014e-308, math.MaxFloat64, -math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), math.Pi, -math.E,
		709.78, 709.79, -745.1, -745.2, -708.5, 1e10, -1e10, 4503599627370496.5, 4503599627370497, 1 << 53, 1<<63 + 0, 0.7071067811865476,
		1.4142135623730951, 0.35, 0.3465735902799726, 1.0397207708399179, 38.816242111356935, -38.9, 1e-20, -1e-20, 123456.789, -0.75, 0.6931471805599453}
	r := rand.New(rand.NewSource(3))
	for i := 0; i < 60; i++ {
		vs = append(vs, r.NormFloat64()*math.Pow(10, float64(r.Intn(12)-6)))
	}
	for i := 0; i < 30; i++ {
		vs = append(vs, (r.Float64()-0.5)*1400)
	}
	for i := 0; i < 20; i++ {
		vs = append(vs, math.Float64frombits(r.Uint64()))
	}
	return vs
}

func main() {
	defer out.Flush()
	vs := inputs()
	for _, x := range vs {
		fr, e := math.Frexp(x)
		ip, fp := math.Modf(x)
		fmt.Fprintf(out, "one\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s %d\t%s %s\t%v\n", b(x), b(math.Trunc(x)), b(math.Floor(x)), b(math.Ceil(x)),
			b(math.Round(x)), b(math.RoundToEven(x)), b(math.Sqrt(x)), b(fr), e, b(ip), b(fp), math.Signbit(x))
		fmt.Fprintf(out, "fn\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", b(x), b(math.Exp(x)), b(math.Log(x)), b(math.Log2(x)), b(math.Log10(x)),
			b(math.Cbrt(x)), b(math.Log1p(x)), b(math.Expm1(x)))
		fmt.Fprintf(out, "trig\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", b(x), b(math.Sin(x)), b(math.Cos(x)), b(math.Tan(x)),
			b(math.Asin(x)), b(math.Acos(x)), b(math.Atan(x)), b(math.Sinh(x)), b(math.Cosh(x)), b(math.Tanh(x)), b(math.Exp2(x)))
		sn, cs := math.Sincos(x)
		fmt.Fprintf(out, "hyp\t%s\t%s\t%s\t%s\t%s %s\t%s\t%d\t%s\n", b(x), b(math.Asinh(x)), b(math.Acosh(x)), b(math.Atanh(x)),
			b(sn), b(cs), b(math.Logb(x)), math.Ilogb(x), b(math.FMA(x, 3.1, -x)))
		for _, n := range []int{0, 1, -1, 52, -1074, -1075, -1076, 1023, 1024, 2000, -2000} {
			fmt.Fprintf(out, "ldexp\t%s\t%d\t%s\n", b(x), n, b(math.Ldexp(x, n)))
		}
	}
	pairs := vs[:50]
	r := rand.New(rand.NewSource(5))
	for i := 0; i < 40; i++ {
		pairs = append(pairs, r.NormFloat64()*math.Pow(10, float64(r.Intn(6)-3)))
	}
	for _, x := range pairs {
		for _, y := range pairs {
			fmt.Fprintf(out, "two\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", b(x), b(y), b(math.Mod(x, y)), b(math.Remainder(x, y)),
				b(math.Max(x, y)), b(math.Min(x, y)), b(math.Dim(x, y)), b(math.Nextafter(x, y)), b(math.Hypot(x, y)), b(math.Copysign(x, y)))
			fmt.Fprintf(out, "pow\t%s\t%s\t%s\t%s\n", b(x), b(y), b(math.Pow(x, y)), b(math.Atan2(x, y)))
		}
	}
	for n := -330; n <= 315; n++ {
		fmt.Fprintf(out, "pow10\t%d\t%s\n", n, b(math.Pow10(n)))
	}
	// Powers with small integer and fractional exponents, the common cases.
	for _, x := range []float64{2, 10, 1.5, 0.3, -2, -0.5, 7.25, 1e-5, 123.456} {
		for _, y := range []float64{2, 3, 0.5, -1, -2, 1.5, 2.2, 10, 0.3333333333333333, 64, -64, 100.5, 1024} {
			fmt.Fprintf(out, "pow\t%s\t%s\t%s\t%s\n", b(x), b(y), b(math.Pow(x, y)), b(math.Atan2(x, y)))
		}
	}
	// Trigonometry on large arguments (Payne-Hanek reduction) and near multiples of Pi/4.
	r2 := rand.New(rand.NewSource(9))
	var trigArgs []float64
	for i := 0; i < 40; i++ {
		trigArgs = append(trigArgs, math.Ldexp(1+r2.Float64(), 29+r2.Intn(990)))
	}
	for k := -12; k <= 12; k++ {
		trigArgs = append(trigArgs, float64(k)*math.Pi/4, math.Nextafter(float64(k)*math.Pi/4, 100), 1e6*float64(k)+0.1)
	}
	for _, x := range trigArgs {
		fmt.Fprintf(out, "trig\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", b(x), b(math.Sin(x)), b(math.Cos(x)), b(math.Tan(x)),
			b(math.Asin(x)), b(math.Acos(x)), b(math.Atan(x)), b(math.Sinh(x)), b(math.Cosh(x)), b(math.Tanh(x)), b(math.Exp2(x)))
	}
}
