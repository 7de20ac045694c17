package main

type T [len(T{})]int

type I interface{ I }

type S struct{ a [2]S }

type P *P

type F func(F) F

const big = 1 << 1000000

const huge = 1e1000000

var v = [big]int{}

func main() {
	var x T
	_ = x
}
