package main

import "fmt"

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	b[0] = 'H'
	fmt.Println(string(b), s)
	r[len(r)-1] = '!'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)))
	fmt.Println(string([]byte{}), string([]rune{0x61, 0x62}))
	bad := []rune("a\xffb")
	fmt.Println(bad, len(bad))
	fmt.Printf("%q\n", string([]byte{0xff, 'a'}))
	var empty []byte
	fmt.Println(string(empty) == "", []byte("") == nil)
}
