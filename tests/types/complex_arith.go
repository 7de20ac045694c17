package main

import (
	"fmt"
	"math/cmplx"
)

func main() {
	a := complex(3, 4)
	b := 1 - 2i
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(real(a), imag(a), cmplx.Abs(a))
	fmt.Println(a == complex(3, 4), a != b)
	var c64 complex64 = complex64(a)
	fmt.Println(c64, c64/3)
	fmt.Printf("%v %.2f %g %e\n", a, a, b, c64)
	var zero complex128
	fmt.Println(zero, -zero, a/zero)
	fmt.Println(cmplx.Conj(a), cmplx.Sqrt(-1))
	fmt.Printf("%T %T %T\n", a, c64, real(c64))
	fmt.Println(complex(float32(1.5), 2))
}
