// Mutex: a thousand goroutines each increment a shared counter a thousand times under a
// sync.Mutex (lock traffic and, with GOMAXPROCS above 1, contention).
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func main() {
	workers := 1000
	if len(os.Args) > 1 {
		workers, _ = strconv.Atoi(os.Args[1])
	}
	const increments = 1000
	var lock sync.Mutex
	var group sync.WaitGroup
	counter := 0
	group.Add(workers)
	for w := 0; w < workers; w++ {
		go func() {
			for i := 0; i < increments; i++ {
				lock.Lock()
				counter++
				lock.Unlock()
			}
			group.Done()
		}()
	}
	group.Wait()
	fmt.Println(counter)
}
