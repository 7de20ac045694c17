// Thread ring: 503 goroutines pass a token around a ring of unbuffered channels; each
// hop decrements it, and the goroutine that receives zero reports its number.
package main

import (
	"fmt"
	"os"
	"strconv"
)

const ringSize = 503

func member(id int, in <-chan int, out chan<- int, done chan<- int) {
	for token := range in {
		if token == 0 {
			done <- id
			return
		}
		out <- token - 1
	}
}

func main() {
	hops := 5000000
	if len(os.Args) > 1 {
		hops, _ = strconv.Atoi(os.Args[1])
	}
	channels := make([]chan int, ringSize)
	for i := range channels {
		channels[i] = make(chan int)
	}
	done := make(chan int)
	for i := 0; i < ringSize; i++ {
		go member(i+1, channels[i], channels[(i+1)%ringSize], done)
	}
	channels[0] <- hops
	fmt.Println(<-done)
}
