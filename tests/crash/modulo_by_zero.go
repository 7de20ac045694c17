package main

import "fmt"

func main() {
	var d int8 = 0
	x := int8(7)
	fmt.Println(x % d)
}
