// Sieve of Eratosthenes: a large boolean slice written with strides.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	limit := 10000000
	if len(os.Args) > 1 {
		limit, _ = strconv.Atoi(os.Args[1])
	}
	composite := make([]bool, limit+1)
	count := 0
	last := 0
	for i := 2; i <= limit; i++ {
		if composite[i] {
			continue
		}
		count++
		last = i
		for multiple := i * i; multiple <= limit; multiple += i {
			composite[multiple] = true
		}
	}
	fmt.Println(count, last)
}
