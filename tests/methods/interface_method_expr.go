package main

import "fmt"

type Shape interface {
	Area() float64
	Scale(f float64) Shape
}

type Sq struct{ s float64 }

func (q Sq) Area() float64           { return q.s * q.s }
func (q Sq) Scale(f float64) Shape  { return Sq{q.s * f} }

type Circle struct{ r float64 }

func (c *Circle) Area() float64          { return 3 * c.r * c.r }
func (c *Circle) Scale(f float64) Shape { return &Circle{c.r * f} }

func main() {
	area := Shape.Area
	scale := Shape.Scale
	shapes := []Shape{Sq{2}, &Circle{1}}
	for _, s := range shapes {
		fmt.Println(area(s), area(scale(s, 2)))
	}
	f := fmt.Stringer.String
	fmt.Println(f(stringer("hi")))
}

type stringer string

func (s stringer) String() string { return "<" + string(s) + ">" }
