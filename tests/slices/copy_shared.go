package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b)
	a := []int{10, 20, 30, 40}
	view := a[1:3]
	view[0] = 99
	fmt.Println(a, view)
	grown := append(view, 77)
	fmt.Println(a, grown)
	grown = append(grown, 88)
	grown[0] = 0
	fmt.Println(a, grown)
	fmt.Println(copy([]int{}, a), copy(a, []int(nil)))
}
