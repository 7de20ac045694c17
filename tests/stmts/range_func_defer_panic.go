package main

import "fmt"

func Numbers(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator cleanup")
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("consumer stopped at", i)
				return
			}
		}
	}
}

func Pairs(words []string) func(func(string, int) bool) {
	return func(yield func(string, int) bool) {
		for _, w := range words {
			if !yield(w, len(w)) {
				return
			}
		}
	}
}

func sumUntil(limit int) (total int) {
	defer func() { fmt.Println("sumUntil returns", total) }()
	for v := range Numbers(100) {
		defer func() { total++ }()
		if v == limit {
			return total
		}
		total += v
	}
	return -1
}

func findPanics() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for v := range Numbers(5) {
		if v == 2 {
			panic("two is not allowed")
		}
	}
	return nil
}

func main() {
	fmt.Println(sumUntil(4))
	fmt.Println(findPanics())
outer:
	for w, n := range Pairs([]string{"go", "weft", "vm", "bytecode"}) {
		for i := range Numbers(3) {
			if n > 4 {
				continue outer
			}
			if i == 1 {
				break
			}
			fmt.Println(w, n, i)
		}
	}
}
