package main

import "fmt"

type Matrix2 [2][2]int

func (m *Matrix2) Transpose() {
	m[0][1], m[1][0] = m[1][0], m[0][1]
}

type Pair struct{ A, B *int }

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	p := &arr
	p[0] = 10
	for i := range p {
		p[i] *= 2
	}
	fmt.Println(arr, len(p), cap(p))
	s := p[1:3]
	s[0] = -1
	fmt.Println(arr, s)
	m := Matrix2{{1, 2}, {3, 4}}
	m.Transpose()
	fmt.Println(m)
	x, y := 1, 2
	pr := Pair{&x, &y}
	*pr.A += *pr.B
	fmt.Println(x, y, *pr.A)
	pr2 := pr
	*pr2.B = 20
	fmt.Println(y)
	ptrToPtr := &pr.A
	**ptrToPtr = 100
	fmt.Println(x)
	a, b := &x, &x
	c := &y
	fmt.Println(a == b, a == c, *a == *c)
	type node struct{ next *node }
	n := &node{}
	n.next = n
	fmt.Println(n.next.next.next == n)
}
