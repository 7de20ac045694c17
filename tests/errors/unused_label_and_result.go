package main

import "fmt"

func value() int { return 1 }

func main() {
unused:
	fmt.Println("x")
	value
}
