package main

import "fmt"

type T struct {
	a int
	_ int
	b string
	_ [2]float64
}

func main() {
	var x, y T
	x.a, y.a = 1, 1
	x.b, y.b = "k", "k"
	fmt.Println(x == y)
	m := map[T]int{x: 1}
	m[y]++
	fmt.Println(len(m), m[x])
	y.b = "other"
	fmt.Println(x == y, x != y)
}
