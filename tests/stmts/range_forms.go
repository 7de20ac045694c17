package main

import (
	"fmt"
	"sort"
)

func main() {
	for i := range 4 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var n8 uint8 = 3
	for i := range n8 {
		fmt.Printf("%T%d ", i, i)
	}
	fmt.Println()
	arr := [3]string{"a", "b", "c"}
	for i, v := range arr {
		arr[2] = "changed"
		fmt.Print(i, v, " ")
	}
	fmt.Println(arr)
	arr2 := [3]string{"a", "b", "c"}
	for i, v := range &arr2 {
		arr2[2] = "changed"
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	sl := []int{1, 2, 3}
	for i, v := range sl {
		if i == 0 {
			sl = append(sl, 100)
			sl[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(sl))
	for i := range "héllo" {
		fmt.Print(i)
	}
	fmt.Println()
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	keys := []string{}
	total := 0
	for k, v := range m {
		keys = append(keys, k)
		total += v
	}
	sort.Strings(keys)
	fmt.Println(keys, total)
	var nilPtr *[5]int
	for i := range nilPtr {
		fmt.Print(i)
	}
	fmt.Println()
	for range 3 {
		fmt.Print("x")
	}
	fmt.Println()
}
