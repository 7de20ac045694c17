package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("%s|%q|%v|%x|%X|% X\n", s, s, s, s, s, s)
	fmt.Printf("%10s|%-10s|%.2s|%5.1s|\n", s, s, s, s)
	fmt.Printf("%q|%+q|%#q|%#q\n", "tab\there", "日本", "raw`no", "raw ok")
	fmt.Printf("%s|%v|%q\n", []byte("bytes"), []byte("ab"), []byte("q"))
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%q\n", []string{"x y", "z"})
	fmt.Printf("%t|%v|%5t|\n", true, false, true)
	fmt.Printf("%s|%d\n", true, "x")
	fmt.Printf("%v %s\n", nil, nil)
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
	fmt.Printf("%-4s|%4s|\n", "toolong", "ab")
	fmt.Printf("%08s|%-08s|\n", "pad", "pad")
	fmt.Printf("%x\n", "")
	fmt.Printf("%q %q\n", '\'', "\x00\u2028")
}
