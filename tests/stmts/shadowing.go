package main

import "fmt"

var x = "package"

func show() string { return x }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x, show())
	{
		x := 3
		x++
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := len(x); x > 2 {
		fmt.Println("len", x)
	}
	err := fmt.Errorf("outer")
	if true {
		n, err := 5, fmt.Errorf("inner")
		_ = n
		fmt.Println(err)
	}
	fmt.Println(err)
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	type int = string
	var s int = "an int that is a string"
	fmt.Println(s)
	true := false
	fmt.Println(true)
}
