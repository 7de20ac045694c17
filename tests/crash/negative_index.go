package main

import "fmt"

func main() {
	s := []string{"a", "b"}
	i := -1
	fmt.Println(s[i+1])
	fmt.Println(s[i])
}
