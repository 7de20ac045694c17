package main

import "fmt"

type Animal interface {
	Sound() string
}

type Dog struct{}

func (d *Dog) Sound() string { return "woof" }

func count(xs []int) int {
	total := 0
	for i, x := range xs {
		total += x
	}
	return total
}

func main() {
	var a Animal = Dog{}
	fmt.Println(a.Sound())
	n := count([]int{1, 2}, 3)
	var s string = n
	fmt.Println(s + 1)
	undefinedFunc()
	var m map[string]int
	m.Set("a", 1)
	f := func() {
		unused := 1
	}
	f()
	if n := 5; n > 3 {
	}
	fmt.Printline("x")
	x := 5
	x := 6
	var p *Dog
	p.Bark()
}
