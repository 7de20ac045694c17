package main

import "fmt"

func main() {
	const c = 1 + 2.5
	const d = 'a' + 1
	fmt.Println(c, d, 1+2i, "x"+"y", true && false)
	var s = "a" + 1
	_ = s
}
