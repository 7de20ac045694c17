package main

import "fmt"

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doubleInPlace(a *[4]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	fmt.Println(a, b)
	c := double(a)
	fmt.Println(a, c)
	doubleInPlace(&a)
	fmt.Println(a, len(a), cap(a))
	d := [...]string{2: "two", 0: "zero"}
	fmt.Println(len(d), d, d[1] == "")
	var zero [3]float64
	fmt.Println(zero)
	e := [5]int{1, 2}
	fmt.Printf("%v %d\n", e, len(e))
}
