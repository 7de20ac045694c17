package main

import "fmt"

func newCounter() *int {
	count := 0
	return &count
}

type Box struct{ vals []int }

func (b *Box) Add(v int) *Box {
	b.vals = append(b.vals, v)
	return b
}

func main() {
	a := newCounter()
	b := newCounter()
	*a += 5
	fmt.Println(*a, *b, a != b)
	ptrs := []*int{}
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	box := &Box{}
	box.Add(1).Add(2).Add(3)
	fmt.Println(box.vals)
	field := &box.vals
	*field = append(*field, 4)
	fmt.Println(box.vals)
	type pair struct{ a, b int }
	pr := pair{1, 2}
	pb := &pr.b
	*pb = 20
	fmt.Println(pr)
}
