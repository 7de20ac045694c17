package main

import (
	"fmt"
	"sort"
)

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	s = remove(s, 2)
	fmt.Println(s, len(s), cap(s))
	s = insert(s, 1, 42)
	fmt.Println(s, len(s), cap(s))
	filtered := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			filtered = append(filtered, v)
		}
	}
	fmt.Println(filtered)
	r := []int{5, 2, 8, 1}
	sort.Ints(r)
	fmt.Println(r, sort.SearchInts(r, 8), sort.SearchInts(r, 5))
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	fmt.Println(r, len(r))
}
