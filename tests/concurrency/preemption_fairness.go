package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	var stop atomic.Bool
	var spins atomic.Int64
	go func() {
		for !stop.Load() {
			spins.Add(1)
		}
	}()
	// The spinning goroutine never blocks; main must still get to run.
	done := make(chan int)
	go func() {
		sum := 0
		for i := 0; i < 1000; i++ {
			sum += i
			runtime.Gosched()
		}
		done <- sum
	}()
	fmt.Println(<-done)
	stop.Store(true)
	fmt.Println(spins.Load() > 0)
}
