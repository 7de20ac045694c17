package main

import (
	"fmt"
	"sort"
	"sync"
)

type Store struct {
	mu   sync.RWMutex
	data map[string]int
}

func (s *Store) Get(k string) (int, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.data[k]
	return v, ok
}

func (s *Store) Set(k string, v int) {
	s.mu.Lock()
	s.data[k] = v
	s.mu.Unlock()
}

func main() {
	sem := make(chan struct{}, 3)
	var mu sync.Mutex
	active, maxActive := 0, 0
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			for j := 0; j < 100; j++ {
				_ = j * j
			}
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("max concurrent:", maxActive <= 3, "active now:", active)
	s := &Store{data: map[string]int{}}
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(2)
		go func() { defer wg2.Done(); s.Set(fmt.Sprint("k", i%4), i) }()
		go func() { defer wg2.Done(); s.Get("k0") }()
	}
	wg2.Wait()
	keys := make([]string, 0)
	for k := range s.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
}
