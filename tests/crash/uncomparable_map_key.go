package main

import "fmt"

func main() {
	m := map[any]int{}
	m[1] = 1
	fmt.Println(len(m))
	m[[]int{1}] = 2
}
