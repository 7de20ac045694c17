package main

import "fmt"

func main() {
	var handler func(int) int
	fmt.Println("calling")
	fmt.Println(handler(1))
}
