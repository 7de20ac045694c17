package main

import (
	"fmt"
	"sync"
)

// Main waits for a mutex that a finished goroutine never unlocked, while other
// goroutines are parked on the same mutex: gc reports main as [sync.Mutex.Lock].
func main() {
	var mu sync.Mutex
	started := make(chan bool)
	go func() {
		mu.Lock()
		started <- true
	}()
	<-started
	for i := 0; i < 3; i++ {
		go func() {
			mu.Lock()
			fmt.Println("never")
		}()
	}
	fmt.Println("held by a goroutine that ended")
	mu.Lock()
}
