// Ping-pong: two goroutines exchange a counter over unbuffered channels (context switches).
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	roundTrips := 2000000
	if len(os.Args) > 1 {
		roundTrips, _ = strconv.Atoi(os.Args[1])
	}
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for value := range ping {
			pong <- value + 1
		}
	}()
	value := 0
	for i := 0; i < roundTrips; i++ {
		ping <- value
		value = <-pong
	}
	close(ping)
	fmt.Println(value)
}
