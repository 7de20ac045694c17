package main

import (
	"fmt"
	"strings"
)

type Op func(int, int) int

func apply(op Op, a, b int) int { return op(a, b) }

func compose(f, g func(string) string) func(string) string {
	return func(s string) string { return g(f(s)) }
}

func add(a, b int) int { return a + b }

func main() {
	ops := map[string]Op{
		"add": add,
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	for _, name := range []string{"add", "mul", "sub"} {
		fmt.Println(name, apply(ops[name], 7, 3))
	}
	shout := compose(strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("hello"))
	var nothing func()
	fmt.Println(nothing == nil, ops["div"] == nil)
	fmt.Printf("%T\n", apply)
	table := []struct {
		name string
		fn   func(float64) float64
	}{
		{"half", func(x float64) float64 { return x / 2 }},
		{"square", func(x float64) float64 { return x * x }},
	}
	for _, t := range table {
		fmt.Println(t.name, t.fn(3))
	}
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, "banana"))
}
