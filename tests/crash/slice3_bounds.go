package main

import "fmt"

func main() {
	s := make([]int, 2, 5)
	k := 7
	fmt.Println(len(s[0:2:5]))
	fmt.Println(s[0:2:k])
}
