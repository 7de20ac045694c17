package main

import "fmt"

type Vec struct{ X, Y float64 }

func (v Vec) Scaled(k float64) Vec {
	v.X *= k
	v.Y *= k
	return v
}

func (v *Vec) Scale(k float64) {
	v.X *= k
	v.Y *= k
}

func main() {
	a := Vec{1, 2}
	b := a
	b.X = 10
	fmt.Println(a, b)
	c := a.Scaled(3)
	fmt.Println(a, c)
	a.Scale(2)
	fmt.Println(a)
	p := &a
	q := p
	q.Y = -1
	fmt.Println(a, *p, p.X)
	list := []Vec{{1, 1}, {2, 2}}
	for _, v := range list {
		v.Scale(100)
	}
	fmt.Println(list)
	for i := range list {
		list[i].Scale(100)
	}
	fmt.Println(list)
	var zero Vec
	fmt.Printf("%v %+v\n", zero, zero)
}
