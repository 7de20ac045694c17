package main

import "fmt"

var (
	total   = compute()
	base    = 10
	factors = []int{base, base * 2}
	lookup  = buildLookup()
)

func compute() int {
	s := 0
	for _, f := range factors {
		s += f
	}
	return s
}

func buildLookup() map[string]int {
	fmt.Println("building lookup with total", total)
	return map[string]int{"total": total, "n": len(factors)}
}

var x, y = pair()

func pair() (int, int) {
	fmt.Println("pair called")
	return 1, 2
}

const greeting = "ready"

var message = greeting + fmt.Sprint(" ", x+y)

func init() {
	fmt.Println("init:", message)
	base = 99
}

func main() {
	fmt.Println(total, base, factors, lookup)
}
