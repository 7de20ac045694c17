package main

import "fmt"

type Registry struct {
	entries map[string]int
}

func main() {
	var r Registry
	fmt.Println(r.entries["missing"])
	r.entries["x"] = 1
}
