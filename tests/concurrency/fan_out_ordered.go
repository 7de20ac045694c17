package main

import (
	"fmt"
	"strings"
)

// Fan-out: one producer hands jobs to N workers; each result carries its job's index
// and the collector stores it in place, so the output order is fixed.
type job struct {
	index int
	word  string
}

type result struct {
	index int
	text  string
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog while seven small goroutines share the work")
	jobs := make(chan job)
	results := make(chan result)
	const workers = 4
	for w := 0; w < workers; w++ {
		go func(w int) {
			for j := range jobs {
				results <- result{j.index, fmt.Sprintf("%s:%d", strings.ToUpper(j.word), len(j.word))}
			}
		}(w)
	}
	go func() {
		for i, word := range words {
			jobs <- job{i, word}
		}
		close(jobs)
	}()
	gathered := make([]string, len(words))
	for range words {
		r := <-results
		gathered[r.index] = r.text
	}
	for i, text := range gathered {
		fmt.Println(i, text)
	}
}
