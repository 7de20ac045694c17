package main

import "fmt"

func main() {
	s := make([]int, 0, 5)
	fmt.Println(len(s), cap(s))
	s = s[:3]
	fmt.Println(len(s), cap(s))
	s = s[1:]
	fmt.Println(len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(len(s), cap(s), s)
	s = append(s, 1)
	fmt.Println(len(s), cap(s))
	var arr [10]int
	fmt.Println(cap(arr[2:5]), cap(arr[2:5:6]), len(arr[:0]))
	m := make(map[int]int, 10)
	m[1] = 1
	fmt.Println(len(m))
	str := "abc"
	fmt.Println(len(str[1:]), len(str[:0]))
	var arrPtr *[3]string
	fmt.Println(len(arrPtr), cap(arrPtr))
}
