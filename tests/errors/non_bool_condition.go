package main

import "fmt"

func main() {
	count := 3
	if count {
		fmt.Println("nonzero")
	}
}
