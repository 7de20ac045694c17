package main

import "fmt"

func main() {
	var prints []func()
	for i := 0; i < 3; i++ {
		prints = append(prints, func() { fmt.Print(i, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
		i += 0
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] != ptrs[1])
	var names []func() string
	for _, name := range []string{"x", "y", "z"} {
		names = append(names, func() string { return name })
	}
	for _, n := range names {
		fmt.Print(n())
	}
	fmt.Println()
	var mutated []func() int
	for i := 0; i < 6; i++ {
		mutated = append(mutated, func() int { return i })
		i++
	}
	for _, m := range mutated {
		fmt.Print(m(), " ")
	}
	fmt.Println()
}
