package main

import (
	"fmt"
	"os"
)

type Point struct{ X, Y int }

func main() {
	p := new(Point)
	p.X = 3
	fmt.Println(*p, p.Y)
	s := new([]int)
	*s = append(*s, 1)
	fmt.Println(*s, len(*s))
	m := new(map[string]int)
	fmt.Println(*m == nil)
	println("this goes to stderr")
	print("so does this\n")
	fmt.Println("stdout only")
	os.Exit(3)
}
