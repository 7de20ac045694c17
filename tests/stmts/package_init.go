package main

import "fmt"

var (
	a = c + b
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total = sum(values...)
var values = []int{1, 2, 3, d}

func f(name string, v int) int {
	fmt.Println("init", name)
	return v * 10
}

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

var order []string

func init() {
	order = append(order, "first init")
	fmt.Println("init 1, a =", a)
}

func init() {
	order = append(order, "second init")
	fmt.Println("init 2, total =", total)
}

var registry = map[string]int{"x": len(order)}

func main() {
	fmt.Println(a, b, c, d, total)
	fmt.Println(order, registry)
}
