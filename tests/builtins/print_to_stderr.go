package main

import "fmt"

func main() {
	println("println goes to stderr", 42, true, 1.5)
	print("print too\n")
	fmt.Println("only this reaches stdout")
	var p *int
	println(p == nil, 'x', "done")
	panic("stop here")
}
