// A value method called through an interface holding a nil pointer panics with gc's
// wrapper message, a runtime.Error without the "runtime error: " prefix. (gc prints a nil
// dereference instead where it turns the interface call into a direct one, which these
// calls avoid.)
package main

import (
	"fmt"
	"runtime"
)

type Celsius float64

func (c Celsius) Show() { fmt.Println(float64(c)) }

type Shower interface{ Show() }

var (
	nilCelsius *Celsius
	shower     Shower = nilCelsius
)

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

type Summer interface{ Sum() int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error: %v)\n", name, r, isRuntime)
	}()
	f()
}

func main() {
	try("named float", func() { shower.Show() })
	var p *Point
	var sum Summer = p
	try("struct", func() { sum.Sum() })
	ok := &Point{1, 2}
	sum = ok
	fmt.Println(sum.Sum())
	var q *Point
	try("direct", func() { q.Sum() })
	var m map[string]int
	try("map", func() { m["a"] = 1 })
}
