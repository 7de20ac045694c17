package main

import "fmt"

const limit = 10

func main() {
	limit = 20
	s := "abc"
	s[0] = 'x'
	fmt.Println(limit, s)
}
