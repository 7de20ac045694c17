package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func increment(p *int) { *p++ }

func swap(a, b *string) { *a, *b = *b, *a }

func main() {
	x := 10
	p := &x
	*p = 20
	increment(p)
	increment(&x)
	fmt.Println(x, *p, p == &x)
	s, t := "left", "right"
	swap(&s, &t)
	fmt.Println(s, t)
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 50
	fmt.Println(arr)
	sl := []int{7, 8, 9}
	q := &sl[2]
	sl[2] = 90
	fmt.Println(*q)
	c := Counter{}
	c.Inc()
	cp := &c
	cp.Inc()
	(&c).Inc()
	fmt.Println(c.n)
	n := new(int)
	fmt.Println(*n)
	*n = 5
	m := new(Counter)
	m.Inc()
	fmt.Println(*n, m.n, *m)
	var nilPtr *int
	fmt.Println(nilPtr == nil, nilPtr)
	pp := &p
	**pp = 1
	fmt.Println(x)
}
