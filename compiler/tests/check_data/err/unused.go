package main

import (
	"fmt"
	"os"
	str "strings"
)

func main() {
	x := 1
	var y int
	y = 2
	for i := 0; i < 3; i++ {
	}
	fmt.Println()
}
