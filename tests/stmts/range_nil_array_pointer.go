// Ranging over a nil pointer to an array needs no dereference when only the index is
// used (with or without a blank value variable); using the value panics.
package main

import "fmt"

func main() {
	var arr *[4]int
	sum := 0
	for i := range arr {
		sum += i
	}
	for i, _ := range arr {
		sum += i
	}
	n := 0
	for range arr {
		n++
	}
	fmt.Println(sum, n, len(arr))
	defer func() { fmt.Println("recovered:", recover()) }()
	for _, v := range arr {
		fmt.Println(v)
	}
}
