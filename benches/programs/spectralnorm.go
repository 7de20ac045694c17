// Spectral norm: the power method on an implicit matrix (float loops and calls).
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

// entry is element (i, j) of the infinite matrix 1/((i+j)(i+j+1)/2 + i + 1).
func entry(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

func multiply(vector, result []float64) {
	for i := range result {
		sum := 0.0
		for j, value := range vector {
			sum += entry(i, j) * value
		}
		result[i] = sum
	}
}

func multiplyTransposed(vector, result []float64) {
	for i := range result {
		sum := 0.0
		for j, value := range vector {
			sum += entry(j, i) * value
		}
		result[i] = sum
	}
}

// multiplyNormal computes A^T A v into result, using scratch for A v.
func multiplyNormal(vector, result, scratch []float64) {
	multiply(vector, scratch)
	multiplyTransposed(scratch, result)
}

func main() {
	n := 1000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	u := make([]float64, n)
	v := make([]float64, n)
	scratch := make([]float64, n)
	for i := range u {
		u[i] = 1.0
	}
	for round := 0; round < 10; round++ {
		multiplyNormal(u, v, scratch)
		multiplyNormal(v, u, scratch)
	}
	uv, vv := 0.0, 0.0
	for i := range u {
		uv += u[i] * v[i]
		vv += v[i] * v[i]
	}
	fmt.Printf("%.9f\n", math.Sqrt(uv/vv))
}
