package main

import (
	"fmt"
	"strings"
)

type (
	Celsius float64
	Alias   = int
	Point   struct {
		X, Y int `json:"x"`
		*strings.Builder
		fmt.Stringer
		tag string "raw tag"
	}
	Handler func(w int, r ...string) (n int, err error)
	Visitor interface {
		Visit(n int) (w Visitor)
		fmt.Stringer
	}
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	_
	big = 1e300 * 1e-300
	c   = 'x' + 0x1p-2 + 0o17 + 0b1010 + 1_000 + 017
	s   = `raw
string` + "esc\t\u00e9\xff"
	im = 2.5i
)

var (
	x, y int = 1, 2
	z        = [...]string{2: "b", 0: "a"}
	fp       = (*Point).String
	conv     = []byte("hi")
	anon     = struct{ a, b int }{1, 2}
	mp       = map[Point]*[]int{}
)

func (p *Point) String() string { return fmt.Sprint(p.X, p.Y) }

func (Celsius) Unit() string { return "C" }

func multi() (a, b int, _ error) { return }

func main() {
	var c Celsius = 36.6
	p := &Point{X: 1, Y: -2}
	p.X++
	p.Y -= ^3 &^ 1
	*p = Point{}
	fmt.Println(c.Unit(), p, x+y*2, z, conv, anon.a, len(mp), KB, MB, GB, s, im)
	f := func() func() int { return func() int { return 1 } }
	fmt.Println(f()(), -(+1), !true, <-make(chan int, 1) == 0 && false || true)
}
