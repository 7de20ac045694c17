package main

import (
	"fmt"
	"sync"
	"time"
)

func producer(ch chan<- int, n int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		ch <- i
	}
}

func main() {
	ch := make(chan int, 4)
	done := make(chan struct{})
	var results <-chan int = ch
	var nested chan (<-chan int)
	_ = nested
	var wg sync.WaitGroup
	wg.Add(2)
	go producer(ch, 5, &wg)
	go producer(ch, 5, &wg)
	go func() { wg.Wait(); close(ch); close(done) }()
	sum := 0
loop:
	for {
		select {
		case v, ok := <-results:
			if !ok {
				break loop
			}
			sum += v
		case <-time.After(time.Second):
			fmt.Println("timeout")
			break loop
		}
	}
	<-done
	select {
	case ch2 := <-make(chan int):
		_ = ch2
	default:
	}
	fmt.Println("sum", sum)
}
