package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	inf, nan := math.Inf(1), math.NaN()
	values := []complex128{
		0, 1, -1, 1i, -1i, complex(3, 4), complex(-2.5, 0.75), complex(0.1, -0.2),
		complex(1e-300, 1e-300), complex(1e300, -1e300), complex(-7, -0.5),
		complex(math.Pi/2, 0.001), complex(math.Pi/2, 0), complex(100, 3),
		complex(inf, 0), complex(-inf, 1), complex(0, inf), complex(nan, 0), complex(0, nan), complex(inf, nan),
	}
	unary := []struct {
		name string
		f    func(complex128) complex128
	}{
		{"Sqrt", cmplx.Sqrt}, {"Exp", cmplx.Exp}, {"Log", cmplx.Log}, {"Log10", cmplx.Log10},
		{"Sin", cmplx.Sin}, {"Cos", cmplx.Cos}, {"Tan", cmplx.Tan}, {"Cot", cmplx.Cot},
		{"Sinh", cmplx.Sinh}, {"Cosh", cmplx.Cosh}, {"Tanh", cmplx.Tanh},
		{"Asin", cmplx.Asin}, {"Acos", cmplx.Acos}, {"Atan", cmplx.Atan},
		{"Asinh", cmplx.Asinh}, {"Acosh", cmplx.Acosh}, {"Atanh", cmplx.Atanh},
		{"Conj", cmplx.Conj},
	}
	for _, fn := range unary {
		fmt.Print(fn.name, ":")
		for _, v := range values {
			fmt.Print(" ", fn.f(v))
		}
		fmt.Println()
	}
	for _, v := range values {
		r, theta := cmplx.Polar(v)
		fmt.Println(v, cmplx.Abs(v), cmplx.Phase(v), r, theta, cmplx.Rect(r, theta), cmplx.IsNaN(v), cmplx.IsInf(v))
	}
	bases := []complex128{0, 2, complex(1, 1), complex(-8, 0), complex(0.5, -3)}
	exponents := []complex128{0, 0.5, 2, -1, complex(0, 1), complex(1.5, -0.25), complex(-2, 1), complex(nan, 0)}
	for _, b := range bases {
		fmt.Print("Pow ", b, ":")
		for _, e := range exponents {
			fmt.Print(" ", cmplx.Pow(b, e))
		}
		fmt.Println()
	}
	fmt.Println(cmplx.Inf(), cmplx.NaN(), cmplx.IsNaN(cmplx.NaN()), cmplx.IsInf(cmplx.Inf()))
	fmt.Printf("%.3f %v\n", cmplx.Exp(complex(0, math.Pi))+1, cmplx.Abs(cmplx.Exp(complex(0, math.Pi))+1) < 1e-15)
	fmt.Println(cmplx.Tan(complex(math.Pi/2, 1e-9)), cmplx.Cot(complex(1e-8, 1e-8)), cmplx.Tan(complex(3*math.Pi/2, 1e-10)))
}
