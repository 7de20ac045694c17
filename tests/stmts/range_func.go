package main

import (
	"fmt"
	"sort"
)

func Countdown(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func Pairs(s []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, v := range s {
			if !yield(i*10, v) {
				fmt.Println("stopped early")
				return
			}
		}
	}
}

func Keys(m map[string]int) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

func Forever(yield func() bool) {
	for yield() {
	}
}

func main() {
	for v := range Countdown(5) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, s := range Pairs([]string{"a", "b", "c", "d"}) {
		if s == "c" {
			break
		}
		fmt.Println(i, s)
	}
	count := 0
	for range Forever {
		count++
		if count == 3 {
			break
		}
	}
	fmt.Println(count)
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := []string{}
	for k := range Keys(m) {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	for i, v := range Pairs([]string{"x", "y"}) {
		fmt.Println(i, v)
	}
	result := func() int {
		for v := range Countdown(10) {
			if v == 7 {
				return v * 100
			}
		}
		return -1
	}()
	fmt.Println(result)
}
