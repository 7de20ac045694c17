package main

import "fmt"

type Item struct{ N int }

func main() {
	items := []Item{{1}, {2}, {3}}
	for _, it := range items {
		it.N *= 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].N *= 10
	}
	fmt.Println(items)
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[(i+1)%3] += v
	}
	fmt.Println(arr)
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[(i+1)%3] += v
	}
	fmt.Println(sl)
	m := map[string]int{"a": 1}
	for k := range m {
		m[k] = 100
	}
	fmt.Println(m)
	s := "abc"
	for i := range s {
		s = "xyzw"
		fmt.Print(i)
	}
	fmt.Println(s)
	n := 3
	for i := range n {
		n = 10
		fmt.Print(i)
	}
	fmt.Println(n)
}
