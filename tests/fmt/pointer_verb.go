package main

import "fmt"

type T struct{ A int }

func main() {
	var p *int
	var s []int
	var m map[string]int
	var f func()
	fmt.Printf("%p %p %p %v\n", p, s, m, f == nil)
	fmt.Printf("%v %+v %#v\n", p, p, p)
	var t *T
	fmt.Printf("%v %+v %#v\n", t, t, t)
	fmt.Println(t == nil, fmt.Sprint(t))
	x := 5
	q := &x
	fmt.Println(fmt.Sprintf("%p", q) == fmt.Sprintf("%p", &x), fmt.Sprintf("%v", q) == fmt.Sprintf("%p", q))
	fmt.Printf("%d\n", *q)
	fmt.Printf("%t %v\n", q != nil, len(fmt.Sprintf("%p", q)) > 2)
}
