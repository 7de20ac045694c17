package main

import (
	"fmt"
	"strings"
)

type point struct{ x, y int }

func main() {
	var name string
	var age int
	var h float64
	n, err := fmt.Sscan("alice 30 1.75", &name, &age, &h)
	fmt.Println(n, err, name, age, h)
	var a, b int
	n, err = fmt.Sscanf("7-8", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("(3, 4)", "(%d, %d)", &a, &b)
	fmt.Println(n, err, point{a, b})
	n, err = fmt.Sscan("abc", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	var ok bool
	var word string
	n, err = fmt.Sscan("true  \n\n  next", &ok, &word)
	fmt.Println(n, err, ok, word)
	r := strings.NewReader("10 20 30\n40")
	sum := 0
	for {
		var v int
		if _, err := fmt.Fscan(r, &v); err != nil {
			fmt.Println("stop:", err)
			break
		}
		sum += v
	}
	fmt.Println(sum)
	var u uint8
	n, err = fmt.Sscan("300", &u)
	fmt.Println(n, err)
	var hex int
	n, err = fmt.Sscanf("ff", "%x", &hex)
	fmt.Println(n, err, hex)
}
