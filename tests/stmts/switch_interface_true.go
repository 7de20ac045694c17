package main

import "fmt"

func main() {
	var i any = true
	switch {
	case i:
		fmt.Println("i is true")
	default:
		fmt.Println("no")
	}
	var j any = 1
	switch {
	case j:
		fmt.Println("j matched")
	default:
		fmt.Println("j is not true")
	}
	switch v := any("hello"); v {
	case 42:
		fmt.Println("42")
	case "hello":
		fmt.Println("hello")
	}
}
