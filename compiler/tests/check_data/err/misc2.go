package main

import "fmt"

type Bool bool

var init = 1

type T struct {
	x int
	x int
}

func (T) y() {}

func f(a int, a string) {}

func two() (int, bool) { return 1, true }

func main() {
	var s uint = 3
	var ok Bool
	m := map[int]int{}
	_, ok = m[1]
	var c int64 = (1 << s) + 4.0
	var d = (1 << s) + 4.5
	const k = 1 << 1000
	e := fmt.Sprint
	var f float32 = 1e40
	var g, h = 1, 2, 3
	x, y := 1
	_, _, _, _, _, _, _ = ok, c, d, e, f, g, h
	_, _ = x, y
	var i interface{} = map[any]int{1: 1, 1: 2}
	_ = i
}
