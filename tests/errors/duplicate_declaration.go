package main

import "fmt"

func helper() {}

func helper() {}

func main() {
	x := 1
	x := 2
	fmt.Println(x)
}
