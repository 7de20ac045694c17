package main

import "fmt"

func main() {
	a := make([]int, 3, 10)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(b[3], c[3], &b[0] == &c[0])
	x := []int{1, 2, 3}
	y := append(x, 4)
	z := append(x, 5)
	fmt.Println(y[3], z[3])
	s := []string{"a", "b", "c", "d"}
	head := s[:2]
	head = append(head, "X")
	fmt.Println(s, head)
	tail := s[2:]
	tail[0] = "Y"
	fmt.Println(s)
	grow := s[1:2]
	fmt.Println(len(grow), cap(grow), grow[:3])
	var stack []int
	for i := 0; i < 5; i++ {
		stack = append(stack, i)
	}
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	stack = append(stack, 99)
	fmt.Println(top, stack, cap(stack))
	queue := []int{1, 2, 3}
	for len(queue) > 0 {
		item := queue[0]
		queue = queue[1:]
		if item < 3 {
			queue = append(queue, item+10)
		}
		fmt.Print(item, " ")
	}
	fmt.Println()
}
