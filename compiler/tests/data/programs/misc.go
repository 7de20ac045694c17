package main

import "fmt"

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() (v int) {
	v, *s = (*s)[len(*s)-1], (*s)[:len(*s)-1]
	return
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Walk(f func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return q, r
}

func main() {
	var s Stack
	for i := 0; i < 5; i++ {
		s.Push(i * i)
	}
	fmt.Println(s.Pop(), s)
	t := &Tree{Val: 2, Left: &Tree{Val: 1}, Right: &Tree{Val: 3}}
	sum := 0
	t.Walk(func(v int) { sum += v })
	q, r := divmod(17, 5)
	fmt.Printf("%d %d %d %d\n", sum, fib(10), q, r)
	bs := []byte("hello")
	for i, b := range bs {
		bs[i] = b - 32
	}
	fmt.Println(string(bs), len("héllo"), []rune("héllo")[1])
	x := 10
	ptr := &x
	*ptr <<= 2
	fmt.Println(x, x>>1, x&3, x|3, x^3)
	var iface interface{} = 3.5
	if f, ok := iface.(float64); ok {
		fmt.Println(f)
	}
	arr := [2][2]int{{1, 2}, {3, 4}}
	fmt.Println(arr[1][0], cap(bs[:2]))
}
