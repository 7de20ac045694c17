package main

import (
	"fmt"
	"strings"
)

func mapToStrings(xs []int, f func(int) string) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func filter(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		misses++
		v := f(n)
		cache[n] = v
		return v
	}, &misses
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens, reduce(evens, 0, func(a, b int) int { return a + b }))
	fmt.Println(reduce(nums, 1, func(a, b int) int { return a * b }))
	words := mapToStrings(nums[:3], func(n int) string { return strings.Repeat("*", n) })
	fmt.Println(words)
	square, misses := memoize(func(n int) int { return n * n })
	for _, n := range []int{3, 4, 3, 3, 5, 4} {
		fmt.Print(square(n), " ")
	}
	fmt.Println("misses:", *misses)
	pipeline := []func(string) string{strings.TrimSpace, strings.ToLower, func(s string) string { return strings.ReplaceAll(s, " ", "-") }}
	s := "  Hello Big World  "
	for _, step := range pipeline {
		s = step(s)
	}
	fmt.Println(s)
}
