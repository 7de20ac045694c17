package main

import "fmt"

func main() {
	a := 3i
	b := 2.5i
	c := 1e2i
	d := 0x10i
	e := 0o7i
	f := 0b101i
	g := 1_0i
	fmt.Println(a, b, c, d, e, f, g)
	fmt.Println(1+2i, (1+2i)*(3-4i), real(a), imag(b))
	var z complex64 = 1.5 + 0.25i
	fmt.Println(z, z*z)
	fmt.Printf("%T %T\n", a, z)
	fmt.Println(07i == 7i, 0i == 0)
}
