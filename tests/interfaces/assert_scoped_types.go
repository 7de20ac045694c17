// A failed type assertion between two local types of the same name says they come from
// different scopes, as gc does.
package main

import "fmt"

var boxed any

func store() {
	type point struct{ x int }
	boxed = point{1}
}

func load() {
	type point struct{ x int }
	defer func() { fmt.Println(recover()) }()
	_ = boxed.(point)
}

func main() {
	store()
	load()
	defer func() { fmt.Println(recover()) }()
	_ = boxed.(string)
}
