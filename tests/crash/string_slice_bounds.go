package main

import "fmt"

func main() {
	s := "hello"
	lo := 6
	fmt.Println(s[lo:])
}
