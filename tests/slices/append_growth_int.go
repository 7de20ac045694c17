package main

import "fmt"

func main() {
	var s []int
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Println(len(s), cap(s))
			prev = cap(s)
		}
	}
	var t []int
	for i := 0; i < 20; i++ {
		t = append(t, i)
		fmt.Print(cap(t), " ")
	}
	fmt.Println()
	u := append([]int(nil), 1, 2, 3, 4, 5)
	fmt.Println(len(u), cap(u))
	u = append(u, 6, 7, 8, 9, 10, 11, 12)
	fmt.Println(len(u), cap(u))
	w := append(make([]int, 0, 3), make([]int, 7)...)
	fmt.Println(len(w), cap(w))
}
