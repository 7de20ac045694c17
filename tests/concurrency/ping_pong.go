package main

import "fmt"

type ball struct{ hits int }

func player(name string, table chan *ball, done chan bool, rounds int) {
	for {
		b := <-table
		b.hits++
		if b.hits >= rounds {
			fmt.Println(name, "wins at", b.hits)
			done <- true
			return
		}
		table <- b
	}
}

func main() {
	table := make(chan *ball)
	done := make(chan bool)
	go player("ping", table, done, 1001)
	go player("pong", table, done, 1001)
	table <- new(ball)
	<-done
	ring := make([]chan int, 50)
	for i := range ring {
		ring[i] = make(chan int)
	}
	for i := 0; i < 50; i++ {
		go func(i int) {
			for v := range ring[i] {
				ring[(i+1)%50] <- v + 1
			}
		}(i)
	}
	ring[0] <- 0
	total := 0
	for v := range ring[0] {
		if v >= 500 {
			total = v
			break
		}
		ring[1] <- v + 1
	}
	fmt.Println("ring hops", total)
}
