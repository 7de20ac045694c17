package main

import (
	"errors"
	"fmt"
)

type S string

func main() {
	fmt.Println(fmt.Sprint("a", 1, 2, "b", 3.0, "c"))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("x", "y", "z"))
	fmt.Println(fmt.Sprint(S("s"), 1, S("t")))
	fmt.Println(fmt.Sprint(true, false, nil, 'r'))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}, "q", errors.New("e1"), errors.New("e2")))
	fmt.Println(fmt.Sprintln("a", 1, "b") + "|")
	fmt.Print("p", 1, 2, "q\n")
	fmt.Print(1.5, 2.5, "\n")
	fmt.Print(nil, nil, "\n")
	var e error
	fmt.Println(fmt.Sprint(e, e), fmt.Sprint(struct{}{}, struct{}{}))
}
