package main

import "fmt"

func main() {
	c := complex(1.5, -2)
	fmt.Println(c, real(c), imag(c))
	var f32 float32 = 3
	c64 := complex(f32, f32*2)
	fmt.Printf("%T %v %T\n", c64, c64, real(c64))
	const k = complex(1, 1)
	fmt.Println(k*k, real(k*k), imag(k*k))
	roots := []complex128{1, 1i, -1, -1i}
	for _, r := range roots {
		fmt.Println(r*r*r*r, r*r)
	}
	z := 0 + 0i
	for i := 0; i < 5; i++ {
		z = z*z + complex(0.25, 0.5)
	}
	fmt.Printf("%.6f\n", z)
}
