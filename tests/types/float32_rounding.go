package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, float64(a)+float64(b), 0.1+0.2)
	var sum float32
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1)
	var big float32 = 16777216
	fmt.Println(big+1, big+2)
	var x float32 = 1.0 / 3.0
	fmt.Println(x, float64(x))
	fmt.Printf("%v %.10f %g\n", x, x, x*3)
	var tiny float32 = 1e-45
	fmt.Println(tiny, tiny/2)
	var huge float32 = 3.4e38
	fmt.Println(huge*10, -huge*10)
	f64 := 1.0000001
	fmt.Println(float32(f64), float32(2.5e-3))
}
