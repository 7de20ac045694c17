package main

import "fmt"

func main() {
	a := "apple"
	b := "banana"
	c := a + " and " + b
	fmt.Println(c, len(c))
	fmt.Println(a < b, a > b, a == "apple", a != b, "" < "a", "ab" < "abc", "Z" < "a")
	fmt.Println("é" > "z", "abc" <= "abc", "abd" >= "abc")
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s)
	words := []string{"delta", "alpha", "charlie", "bravo"}
	min := words[0]
	for _, w := range words[1:] {
		if w < min {
			min = w
		}
	}
	fmt.Println(min)
	x := "abc"
	y := x
	x += "def"
	fmt.Println(x, y)
}
