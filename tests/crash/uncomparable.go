package main

import "fmt"

func main() {
	var a, b interface{} = map[string]int{}, map[string]int{}
	fmt.Println(a == b)
}
