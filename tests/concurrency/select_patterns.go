package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	select {
	case v := <-c:
		fmt.Println("got", v)
	default:
		fmt.Println("no value ready")
	}
	done := make(chan struct{})
	data := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			data <- i
		}
		close(done)
	}()
	for {
		select {
		case v := <-data:
			fmt.Println("data", v)
			continue
		case <-done:
			fmt.Println("done")
		}
		break
	}
	slow := make(chan string)
	go func() {
		time.Sleep(500 * time.Millisecond)
		slow <- "late"
	}()
	select {
	case s := <-slow:
		fmt.Println(s)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out")
	}
	var nilch chan int
	select {
	case <-nilch:
		fmt.Println("impossible")
	case <-time.After(time.Millisecond):
		fmt.Println("nil channel never ready")
	}
	out := make(chan int, 1)
	select {
	case out <- 7:
		fmt.Println("sent", <-out)
	default:
		fmt.Println("full")
	}
}
