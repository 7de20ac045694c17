package main

import "fmt"

type T struct{}
type I interface{ M() }

func main() {
	var t T
	var i I = t
	var m map[string]T = 1
	var x int = t
	fmt.Println(i, m, x)
	_ = i.(T)
}
