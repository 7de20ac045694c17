package main

import "fmt"

var table = build()

func build() map[string]int {
	return map[string]int{"a": 1}
}

func init() {
	if table["b"] == 0 {
		panic("init: missing entry b")
	}
}

func main() {
	fmt.Println("unreachable")
}
