// Select fan-in: eight producers send on their own unbuffered channels and one consumer
// takes whichever is ready with an eight-way select.
package main

import (
	"fmt"
	"os"
	"strconv"
)

const producers = 8

func produce(id, count int, out chan<- int) {
	for i := 0; i < count; i++ {
		out <- i*producers + id
	}
}

func main() {
	total := 2000000
	if len(os.Args) > 1 {
		total, _ = strconv.Atoi(os.Args[1])
	}
	var channels [producers]chan int
	for id := range channels {
		channels[id] = make(chan int)
		go produce(id, total/producers, channels[id])
	}
	var received [producers]int
	sum := 0
	for n := 0; n < total/producers*producers; n++ {
		var value int
		select {
		case value = <-channels[0]:
			received[0]++
		case value = <-channels[1]:
			received[1]++
		case value = <-channels[2]:
			received[2]++
		case value = <-channels[3]:
			received[3]++
		case value = <-channels[4]:
			received[4]++
		case value = <-channels[5]:
			received[5]++
		case value = <-channels[6]:
			received[6]++
		case value = <-channels[7]:
			received[7]++
		}
		sum += value
	}
	fmt.Println(sum, received)
}
