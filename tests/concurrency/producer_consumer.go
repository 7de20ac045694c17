package main

import "fmt"

// Producers and consumers over one buffered channel: two producers send their items,
// the last to finish closes the channel, and consumers report per-producer totals
// through a results channel (the totals do not depend on the interleaving).
type item struct {
	producer int
	value    int
}

func main() {
	items := make(chan item, 4)
	finished := make(chan int)
	for p := 0; p < 2; p++ {
		go func(p int) {
			for i := 1; i <= 50; i++ {
				items <- item{p, i * (p + 1)}
			}
			finished <- p
		}(p)
	}
	go func() {
		<-finished
		<-finished
		close(items)
	}()
	results := make(chan [2]int)
	for c := 0; c < 3; c++ {
		go func() {
			var totals [2]int
			for it := range items {
				totals[it.producer] += it.value
			}
			results <- totals
		}()
	}
	var sum [2]int
	for c := 0; c < 3; c++ {
		t := <-results
		sum[0] += t[0]
		sum[1] += t[1]
	}
	fmt.Println("producer 0 total:", sum[0])
	fmt.Println("producer 1 total:", sum[1])
	_, ok := <-items
	fmt.Println("items open:", ok)
}
