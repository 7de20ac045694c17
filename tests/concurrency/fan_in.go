package main

import (
	"fmt"
	"sort"
)

func producer(name string, n int) <-chan string {
	c := make(chan string)
	go func() {
		defer close(c)
		for i := 0; i < n; i++ {
			c <- fmt.Sprintf("%s%d", name, i)
		}
	}()
	return c
}

func merge(cs ...<-chan string) <-chan string {
	out := make(chan string)
	remaining := len(cs)
	done := make(chan bool)
	for _, c := range cs {
		go func(c <-chan string) {
			for v := range c {
				out <- v
			}
			done <- true
		}(c)
	}
	go func() {
		for remaining > 0 {
			<-done
			remaining--
		}
		close(out)
	}()
	return out
}

func main() {
	var got []string
	for v := range merge(producer("a", 3), producer("b", 4), producer("c", 2)) {
		got = append(got, v)
	}
	sort.Strings(got)
	fmt.Println(len(got), got)
}
