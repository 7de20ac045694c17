package main

import "fmt"

func main() {
	s := "hello, wörld"
	fmt.Println(len(s), s[0], s[7], string(s[0]))
	fmt.Println(s[:5], s[7:], s[7:9], s[:])
	fmt.Println(s[8], s[8:10])
	t := s[3:3]
	fmt.Println(t == "", len(t))
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	greeting := s[:5]
	greeting += "!"
	fmt.Println(greeting, s)
}
