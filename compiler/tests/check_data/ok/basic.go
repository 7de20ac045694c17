package main

import "fmt"

type Point struct {
	X, Y int
}

func (p Point) Sum() int { return p.X + p.Y }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

const (
	A = iota
	B
	C float64 = 1 << 3
)

var total = compute()

func compute() int { return base * 2 }

var base = 21

func main() {
	var x float64 = 1
	y := 1
	println(1 << 3)
	p := Point{1, 2}
	p.Scale(2)
	fmt.Println(p.Sum(), x, y, A, B, C, total)
	var e error = nil
	if e == nil {
		fmt.Println("nil")
	}
	f := func() int { return y + 1 }
	fmt.Println(f())
	for i := range 3 {
		_ = i
	}
	m := map[string]int{"a": 1}
	v, ok := m["a"]
	fmt.Println(v, ok)
	var s uint = 2
	var z int64 = 1 << s
	fmt.Println(z)
}
