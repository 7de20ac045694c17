package main

import (
	"fmt"
	"runtime"
	"sync"
)

// runtime.Goexit runs every deferred call of the goroutine, innermost first, and
// recover returns nil in them; other goroutines are not affected.
func worker(id int, wg *sync.WaitGroup, log chan<- string) {
	defer wg.Done()
	defer func() {
		log <- fmt.Sprintf("worker %d: recover() = %v", id, recover())
	}()
	defer func() { log <- fmt.Sprintf("worker %d: outer deferred", id) }()
	func() {
		defer func() { log <- fmt.Sprintf("worker %d: inner deferred", id) }()
		if id%2 == 0 {
			runtime.Goexit()
		}
		log <- fmt.Sprintf("worker %d: returned normally", id)
	}()
	log <- fmt.Sprintf("worker %d: after the inner call", id)
}

func main() {
	for id := 0; id < 4; id++ {
		var wg sync.WaitGroup
		log := make(chan string, 10)
		wg.Add(1)
		go worker(id, &wg, log)
		wg.Wait()
		close(log)
		for line := range log {
			fmt.Println(line)
		}
	}
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}
