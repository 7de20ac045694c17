package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func main() {
	c := Counter{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc([]string{"a", "b"}[j%2])
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.m)
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	var rw sync.RWMutex
	shared := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(2)
		go func() { defer wg2.Done(); rw.Lock(); shared += 10; rw.Unlock() }()
		go func() { defer wg2.Done(); rw.RLock(); _ = shared; rw.RUnlock() }()
	}
	wg2.Wait()
	fmt.Println(shared)
}
