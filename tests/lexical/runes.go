package main

import "fmt"

func main() {
	runes := []rune{'a', 'Z', '0', ' ', '\a', '\b', '\f', '\n', '\r', '\t', '\v', '\\', '\'', '"',
		'\x41', '\101', '\u00e9', '\U0001F600', '世', 'ä'}
	for _, r := range runes {
		fmt.Printf("%d %q %U\n", r, r, r)
	}
	var b byte = 'x'
	fmt.Println(b, string(rune(b)))
	fmt.Printf("%T %T\n", 'a', b)
	fmt.Println('a' + 1, 'z' - 'a', '9' - '0')
}
