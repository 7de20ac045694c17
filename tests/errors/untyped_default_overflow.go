// An untyped constant that its default type cannot hold is reported where a variable
// takes that type: short and typeless declarations, assignments to _ and interfaces.
package main

import "fmt"

func main() {
	x := 1e400
	var a, b = 1e400, 1 << 70
	var i interface{} = 1e400
	var c float32
	c = 1e40
	_ = 1 << 64
	fmt.Println(x, a, b, i, c, 1e309)
}
