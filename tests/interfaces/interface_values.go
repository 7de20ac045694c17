package main

import (
	"fmt"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ w, h float64 }
type Tri struct{ a, b, c float64 }

func (r Rect) Area() float64      { return r.w * r.h }
func (r Rect) Perimeter() float64 { return 2 * (r.w + r.h) }
func (t Tri) Area() float64 {
	s := t.Perimeter() / 2
	return sqrt(s * (s - t.a) * (s - t.b) * (s - t.c))
}
func (t Tri) Perimeter() float64 { return t.a + t.b + t.c }

func sqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 30; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

type byArea []Shape

func (s byArea) Len() int           { return len(s) }
func (s byArea) Less(i, j int) bool { return s[i].Area() < s[j].Area() }
func (s byArea) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	shapes := []Shape{Rect{3, 4}, Tri{3, 4, 5}, Rect{1, 1}, Tri{4, 5, 6}}
	sort.Sort(byArea(shapes))
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%T %v area=%.2f perim=%.1f\n", s, s, s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Println(total)
	var s Shape
	fmt.Println(s == nil)
	s = Rect{}
	fmt.Println(s == nil, s.Area())
}
