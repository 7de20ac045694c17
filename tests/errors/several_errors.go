package main

import (
	"fmt"
	"strings"
)

func main() {
	x := 1
	var s string = 5
	y := undefinedThing + 1
	fmt.Println(s, y)
	return 7
}
