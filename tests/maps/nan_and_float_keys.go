package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]string{}
	nan := math.NaN()
	m[nan] = "a"
	m[nan] = "a"
	m[1.5] = "b"
	m[-2] = "c"
	m[math.Inf(1)] = "inf"
	fmt.Println(len(m))
	fmt.Println(m)
	count := 0
	for k, v := range m {
		if k != k {
			count++
			_ = v
		}
	}
	fmt.Println("nan keys:", count)
	z := map[float64]int{}
	z[0.0] = 1
	z[math.Copysign(0, -1)]++
	fmt.Println(z, len(z))
	ci := map[complex128]int{complex(1, 2): 1}
	ci[1+2i]++
	fmt.Println(ci)
	im := map[interface{}]int{}
	im[nan] = 1
	im[nan] = 2
	fmt.Println(len(im))
}
