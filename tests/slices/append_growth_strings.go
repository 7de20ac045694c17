package main

import "fmt"

type Rec struct {
	Name string
	Tags []string
	N    int
}

func main() {
	var names []string
	var recs []Rec
	var ptrs []*int
	var ifaces []interface{}
	var arrs [][3]int32
	last := [5]int{-1, -1, -1, -1, -1}
	for i := 0; i < 1200; i++ {
		names = append(names, "x")
		recs = append(recs, Rec{})
		ptrs = append(ptrs, nil)
		ifaces = append(ifaces, i)
		arrs = append(arrs, [3]int32{})
		caps := [5]int{cap(names), cap(recs), cap(ptrs), cap(ifaces), cap(arrs)}
		if caps != last {
			fmt.Println(i+1, caps)
			last = caps
		}
	}
	big := make([]int, 0, 1000)
	big = append(big, make([]int, 1001)...)
	fmt.Println(len(big), cap(big))
	some := []int{1, 2, 3}
	some = append(some, make([]int, 10)...)
	fmt.Println(len(some), cap(some))
	bytes := []byte{}
	bytes = append(bytes, make([]byte, 5000)...)
	fmt.Println(len(bytes), cap(bytes))
}
