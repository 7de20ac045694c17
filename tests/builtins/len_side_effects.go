package main

import "fmt"

var calls int

func arr() [5]int {
	calls++
	return [5]int{}
}

func parr() *[3]string {
	calls++
	return nil
}

func main() {
	n := len(arr()) + cap(arr()) + len(parr())
	fmt.Println(n, calls)
	c := make(chan [2]int, 1)
	c <- [2]int{1, 2}
	fmt.Println(len(<-c), len(c))
	var a [7]byte
	fmt.Println(len(a), calls)
}
