// Package-level variables initialized from comma-ok forms and multi-value calls.
package main

import "fmt"

type shape interface{ area() float64 }

type square struct{ side float64 }

func (s square) area() float64 { return s.side * s.side }

var (
	table          = map[string]int{"one": 1}
	one, hasOne    = table["one"]
	two, hasTwo    = table["two"]
	anything any   = square{3}
	sq, isSquare   = anything.(square)
	sh, isShape    = anything.(shape)
	str, isString  = anything.(string)
	ready          = makeReady()
	first, isOpen  = <-ready
	q, r           = divide(17, 5)
	_, onlySecond  = divide(9, 4)
	calls          int
	counted, total = count(), calls
)

func makeReady() chan int {
	ch := make(chan int, 1)
	ch <- 42
	return ch
}

func divide(a, b int) (int, int) { return a / b, a % b }

func count() int {
	calls++
	return calls
}

func main() {
	fmt.Println(one, hasOne, two, hasTwo)
	fmt.Println(sq, isSquare, sh.area(), isShape, str == "", isString)
	fmt.Println(first, isOpen, q, r, onlySecond)
	fmt.Println(counted, total)
}
