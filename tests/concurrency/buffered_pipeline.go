package main

import "fmt"

// A pipeline of stages joined by buffered channels of different sizes; each stage
// closes its output when its input is drained, so the last range ends.
func stage(in <-chan int, size int, f func(int) (int, bool)) <-chan int {
	out := make(chan int, size)
	go func() {
		defer close(out)
		for v := range in {
			if r, keep := f(v); keep {
				out <- r
			}
		}
	}()
	return out
}

func main() {
	source := make(chan int, 16)
	go func() {
		for i := 1; i <= 1000; i++ {
			source <- i
		}
		close(source)
	}()
	squares := stage(source, 1, func(v int) (int, bool) { return v * v, true })
	odd := stage(squares, 7, func(v int) (int, bool) { return v, v%2 == 1 })
	small := stage(odd, 64, func(v int) (int, bool) { return v % 1000, true })
	count, sum, first := 0, 0, []int{}
	for v := range small {
		if count < 5 {
			first = append(first, v)
		}
		count++
		sum += v
	}
	fmt.Println(count, sum, first)
	fmt.Println(len(source), cap(source), len(small), cap(small))
}
