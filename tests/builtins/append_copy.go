package main

import "fmt"

func main() {
	var s []string
	s = append(s)
	fmt.Println(s == nil, len(s))
	s = append(s, "a")
	s = append(s, "b", "c")
	s = append(s, []string{"d", "e"}...)
	fmt.Println(s, len(s), cap(s))
	b := []byte("go")
	b = append(b, "pher"...)
	fmt.Println(string(b))
	self := []int{1, 2, 3}
	self = append(self, self...)
	fmt.Println(self)
	self = append(self[:1], self[3:]...)
	fmt.Println(self)
	dst := make([]int, 2)
	fmt.Println(copy(dst, []int{9, 8, 7}), dst)
	overlap := []int{1, 2, 3, 4, 5}
	copy(overlap[2:], overlap)
	fmt.Println(overlap)
	bs := make([]byte, 3)
	fmt.Println(copy(bs, "abcdef"), string(bs))
}
