// Nested integer loops over a slice: indexing, comparisons and integer arithmetic.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 3000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	values := make([]int, n)
	for i := range values {
		values[i] = (i*7919 + 13) % 1000
	}
	total := 0
	for i := 0; i < n; i++ {
		a := values[i]
		for j := 0; j < n; j++ {
			b := values[j]
			if a > b {
				total += a - b
			} else {
				total += (a ^ b) & 15
			}
		}
	}
	fmt.Println(total)
}
