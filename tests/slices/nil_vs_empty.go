package main

import "fmt"

func main() {
	var nilSlice []int
	empty := []int{}
	made := make([]int, 0)
	fmt.Println(nilSlice == nil, empty == nil, made == nil)
	fmt.Println(len(nilSlice), cap(nilSlice), len(empty))
	fmt.Println(nilSlice, empty)
	fmt.Printf("%v %v %#v %#v\n", nilSlice, empty, nilSlice, empty)
	for range nilSlice {
		fmt.Println("never")
	}
	nilSlice = append(nilSlice, 1)
	fmt.Println(nilSlice, nilSlice == nil)
	var sub = empty[:0]
	fmt.Println(sub == nil, len(sub))
	var strs []string
	fmt.Printf("%q %d\n", strs, len(strs[0:0]))
}
