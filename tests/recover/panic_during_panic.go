package main

import "fmt"

func main() {
	defer func() {
		panic("second")
	}()
	fmt.Println("about to panic")
	panic("first")
}
