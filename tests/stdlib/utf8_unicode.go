package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界! \xff"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("ok"))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d:%c:%d ", i, r, size)
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString("abc世")
	fmt.Println(string(r), size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n, utf8.RuneLen('€'), utf8.RuneLen('a'), utf8.RuneLen(-1))
	fmt.Println(utf8.AppendRune(nil, 0x1F600), utf8.RuneError, utf8.UTFMax, utf8.RuneSelf)
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.ValidRune(0xD800), utf8.RuneStart(0x80))
	for _, c := range "aZ5 _\t世!" {
		fmt.Printf("%q letter=%v digit=%v space=%v upper=%v punct=%v\n", c,
			unicode.IsLetter(c), unicode.IsDigit(c), unicode.IsSpace(c), unicode.IsUpper(c), unicode.IsPunct(c))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Ä')), unicode.ToTitle('a'))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('x', unicode.Latin, unicode.Greek))
}
