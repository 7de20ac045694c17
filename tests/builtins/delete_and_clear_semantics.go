package main

import "fmt"

func main() {
	m := map[string][]int{"a": {1}, "b": {2, 3}}
	saved := m["b"]
	delete(m, "b")
	fmt.Println(m, saved, len(m))
	alias := m
	clear(m)
	fmt.Println(len(alias), alias == nil)
	m["z"] = nil
	fmt.Println(len(alias), alias)
	s := []string{"x", "y", "z"}
	view := s[1:]
	clear(view)
	fmt.Printf("%q\n", s)
	ptrs := []*int{new(int), new(int)}
	clear(ptrs)
	fmt.Println(ptrs[0] == nil, ptrs[1] == nil, len(ptrs))
	var nilMap map[int]int
	clear(nilMap)
	delete(nilMap, 1)
	fmt.Println(len(nilMap))
}
