package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.NewTicker(5 * time.Millisecond)
	defer limiter.Stop()
	start := time.Now()
	for req := range requests {
		<-limiter.C
		fmt.Println("request", req)
	}
	fmt.Println(time.Since(start) >= 20*time.Millisecond)
	timer := time.NewTimer(time.Hour)
	fmt.Println(timer.Stop(), timer.Stop())
	fired := make(chan string, 1)
	time.AfterFunc(time.Millisecond, func() { fired <- "fired" })
	fmt.Println(<-fired)
}
