package main

import "fmt"

type T struct {
	A int
	b string
}

func two() (int, string) { return 1, "a" }

func main() {
	t := T{A: 1, c: 2}
	u := T{1}
	v := T{1, "b", 3}
	w := T{A: 1, 2}
	var arr [2]int = [2]int{1, 2, 3}
	sl := []int{0: 1, 0: 2}
	mm := map[string]int{"a": 1, "a": 2}
	a, b, c := two()
	var i int = two()
	fmt.Println(t, u, v, w, arr, sl, mm, a, b, c, i)
	for i := range 10 {
		i = "s"
	}
	var ch chan int
	ch <- "x"
	var f float64 = "s"
	_ = f
}
