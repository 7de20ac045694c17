package main

import "fmt"

func main() {
	fmt.Println("working")
	panic("something went badly wrong")
}
