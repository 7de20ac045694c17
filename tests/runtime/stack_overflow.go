package main

import "fmt"

// Each frame holds a buffer so that the 1 GB limit is reached after about a quarter of a million calls.
func forever(n int, path [256]int) int {
	path[n%256] = n
	return forever(n+1, path) + path[0]
}

func main() {
	fmt.Println("starting")
	var path [256]int
	fmt.Println(forever(0, path))
}
