package main

import "fmt"

func main() {
	values := []float64{
		0.0, 1., .5, 1.25, 6.02214076e23, 1e-9, 1E6, 2.5e+3,
		0x1p-2, 0x1.8p1, 0X.8p0, 0x1_0p0, 1_000.000_1, 0e0,
	}
	for i, v := range values {
		fmt.Println(i, v)
	}
	fmt.Printf("%v %g %e\n", 0x1.fffffffffffffp1023, 0x1p-1074, 0x1p-1022)
	var f32 float32 = 0x1.5p3
	fmt.Println(f32, 1e2, 1e21, 1e20, 123456789.0)
}
