package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	runes := []rune{'a', 'é', '世', 0x1F600, 0x10FFFF, 0xD800, 0xDFFF, -1, 0x110000, 0xFFFF, 0x10000}
	encoded := utf16.Encode(runes)
	fmt.Printf("%x\n", encoded)
	fmt.Println(len(encoded), cap(encoded))
	fmt.Printf("%q\n", string(utf16.Decode(encoded)))
	fmt.Printf("%q\n", string(utf16.Decode([]uint16{0x61, 0xD83D, 0xDE00, 0xD83D, 0x62, 0xDE00, 0xD800})))
	fmt.Println(len(utf16.Decode(nil)), utf16.Decode(nil) == nil, len(utf16.Encode(nil)))
	for _, r := range runes {
		r1, r2 := utf16.EncodeRune(r)
		fmt.Printf("%U: %x %x %v %d back=%U\n", r, r1, r2, utf16.IsSurrogate(r), utf16.RuneLen(r), utf16.DecodeRune(r1, r2))
	}
	fmt.Printf("%U %U\n", utf16.DecodeRune(0xDC00, 0xD800), utf16.DecodeRune(0xD800, 0xDC00))
	var buf []uint16
	for _, r := range "héllo 😀" {
		buf = utf16.AppendRune(buf, r)
	}
	buf = utf16.AppendRune(buf, 0xD900)
	fmt.Printf("%x\n", buf)
	s := utf16.Encode([]rune("Go ≠ 𝔾𝕠"))
	fmt.Println(s, string(utf16.Decode(s)))
}
