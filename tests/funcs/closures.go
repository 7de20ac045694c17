package main

import "fmt"

func makeAccumulator() (func(int) int, func() int) {
	total := 0
	add := func(n int) int {
		total += n
		return total
	}
	get := func() int { return total }
	return add, get
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	add, get := makeAccumulator()
	add(5)
	add(10)
	fmt.Println(get())
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	f := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	counter := 0
	for _, s := range []string{"a", "b", "c"} {
		defer func() { fmt.Println("deferred", s, counter) }()
		counter++
	}
	func() {
		counter *= 10
	}()
	fmt.Println(counter)
}
