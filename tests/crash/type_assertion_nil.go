package main

import "fmt"

func main() {
	var v any
	s := v.(string)
	fmt.Println(s)
}
