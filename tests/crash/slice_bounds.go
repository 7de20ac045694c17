package main

import "fmt"

func main() {
	s := make([]byte, 3, 8)
	hi := 10
	fmt.Println(len(s[:8]))
	fmt.Println(s[2:hi])
}
