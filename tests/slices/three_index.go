package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:4:5]
	fmt.Println(a, len(a), cap(a))
	a = append(a, 100)
	fmt.Println(base)
	a = append(a, 200)
	a[0] = -2
	fmt.Println(base, a)
	arr := [6]string{"a", "b", "c", "d", "e", "f"}
	s := arr[1:3:3]
	fmt.Println(s, len(s), cap(s))
	t := arr[:0:0]
	fmt.Println(len(t), cap(t), t == nil)
	u := base[:]
	fmt.Println(len(u[:cap(u)]), u[5:], u[8:])
}
