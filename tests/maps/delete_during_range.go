package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	for k := range m {
		if k%3 != 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys[:5], keys[len(keys)-3:])
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)
	counts := map[string]int{"a": 1, "b": 2}
	counts["c"] += 5
	counts["a"]--
	if counts["a"] == 0 {
		delete(counts, "a")
	}
	fmt.Println(counts)
	set := map[string]struct{}{}
	for _, w := range []string{"x", "y", "x", "z", "y"} {
		set[w] = struct{}{}
	}
	fmt.Println(len(set), set)
}
