// The key variable of a counting range loop: changed in the body (the iteration does not
// follow it), captured per iteration, with continue and break, and over an integer.
package main

import "fmt"

func main() {
	items := []string{"a", "b", "c", "d", "e"}
	for i := range items {
		if i == 1 {
			i += 2
		}
		fmt.Print(i, " ")
	}
	fmt.Println()

	var prints []func()
	for i, item := range items {
		prints = append(prints, func() { fmt.Print(i, item, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()

	total := 0
outer:
	for i := range items {
		for j := range 10 {
			if j > i {
				continue outer
			}
			if i == 4 {
				break outer
			}
			total += i * j
		}
	}
	fmt.Println(total)

	var last int
	for i := range 5 {
		last = i
	}
	fmt.Println(last)
	var count int64 = 3
	for k := range count {
		fmt.Print(k*10, " ")
	}
	fmt.Println()
	for i := range items {
		p := &i
		*p *= 2
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := range items {
		i--
		fmt.Print(i, " ")
	}
	fmt.Println()
	arr := [3]int{7, 8, 9}
	for i, v := range arr {
		fmt.Print(i+v, " ")
	}
	fmt.Println()
}
