// Pipeline: numbers flow through three stages joined by buffered channels.
package main

import (
	"fmt"
	"os"
	"strconv"
)

const buffer = 128

func generate(count int, out chan<- int) {
	for i := 1; i <= count; i++ {
		out <- i
	}
	close(out)
}

func square(in <-chan int, out chan<- int) {
	for value := range in {
		out <- value * value % 1000003
	}
	close(out)
}

func dropMultiplesOfThree(in <-chan int, out chan<- int) {
	for value := range in {
		if value%3 != 0 {
			out <- value
		}
	}
	close(out)
}

func main() {
	count := 1000000
	if len(os.Args) > 1 {
		count, _ = strconv.Atoi(os.Args[1])
	}
	numbers := make(chan int, buffer)
	squares := make(chan int, buffer)
	kept := make(chan int, buffer)
	go generate(count, numbers)
	go square(numbers, squares)
	go dropMultiplesOfThree(squares, kept)
	received, sum := 0, 0
	for value := range kept {
		received++
		sum += value
	}
	fmt.Println(received, sum)
}
