// Spawn: start a million goroutines that all block on one channel, then close it to
// release them at once (goroutine creation, parking and waking).
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func main() {
	count := 1000000
	if len(os.Args) > 1 {
		count, _ = strconv.Atoi(os.Args[1])
	}
	gate := make(chan struct{})
	results := make([]int, count)
	var group sync.WaitGroup
	group.Add(count)
	for i := 0; i < count; i++ {
		go func(index int) {
			<-gate
			results[index] = index % 7
			group.Done()
		}(i)
	}
	close(gate)
	group.Wait()
	sum := 0
	for _, value := range results {
		sum += value
	}
	fmt.Println(count, sum)
}
