// Concurrent prime sieve: a daisy chain of filter goroutines, one per prime found,
// each passing on the numbers its prime does not divide.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func generate(out chan<- int) {
	for candidate := 2; ; candidate++ {
		out <- candidate
	}
}

func filter(prime int, in <-chan int, out chan<- int) {
	for {
		candidate := <-in
		if candidate%prime != 0 {
			out <- candidate
		}
	}
}

func main() {
	count := 3000
	if len(os.Args) > 1 {
		count, _ = strconv.Atoi(os.Args[1])
	}
	numbers := make(chan int)
	go generate(numbers)
	sum, prime := 0, 0
	for i := 0; i < count; i++ {
		prime = <-numbers
		sum += prime
		filtered := make(chan int)
		go filter(prime, numbers, filtered)
		numbers = filtered
	}
	fmt.Println(prime, sum)
}
