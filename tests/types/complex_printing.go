package main

import (
	"fmt"
	"math"
)

func main() {
	values := []complex128{0, 1, 1i, -1 - 1i, complex(1.5, -0.25), complex(1e21, 1e-7), complex(math.Inf(1), math.NaN())}
	for _, v := range values {
		fmt.Println(v)
		fmt.Printf("%v %.2f %e %g %+.1f\n", v, v, v, v, v)
	}
	var c64 complex64 = complex(float32(0.1), float32(0.2))
	fmt.Println(c64, complex128(c64))
	fmt.Printf("%8.2f|%-12.1f|\n", 1+2i, 3-4i)
	a := complex(2, 3)
	a *= a
	a /= 2i
	fmt.Println(a, a == complex(6, -2.5))
	fmt.Println(real(c64)*2, imag(c64)+1)
}
