package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	fmt.Println(len(s), cap(s), s)
	m := make(map[string]int, 100)
	fmt.Println(len(m))
	var arr [7]byte
	fmt.Println(len(arr), cap(arr), len(&arr))
	fmt.Println(len("héllo"), len([]rune("héllo")))
	const c = len([4]int{})
	fmt.Println(c)
	var nilSlice []string
	var nilMap map[int]int
	fmt.Println(len(nilSlice), cap(nilSlice), len(nilMap))
	b := make([]byte, 5)
	fmt.Println(b, string(b) == "\x00\x00\x00\x00\x00")
	strs := make([]string, 2)
	fmt.Printf("%q\n", strs)
	ptrs := make([]*int, 2)
	fmt.Println(ptrs[0] == nil)
}
