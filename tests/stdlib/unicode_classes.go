package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func classify(r rune) string {
	switch {
	case unicode.IsUpper(r):
		return "upper"
	case unicode.IsLower(r):
		return "lower"
	case unicode.IsDigit(r):
		return "digit"
	case unicode.IsSpace(r):
		return "space"
	case unicode.IsPunct(r):
		return "punct"
	case unicode.IsSymbol(r):
		return "symbol"
	case unicode.IsControl(r):
		return "control"
	}
	return "other"
}

func main() {
	input := "Go 1.23 ¡Olé! Ω≈ç√ \t😀"
	counts := map[string]int{}
	for _, r := range input {
		counts[classify(r)]++
	}
	fmt.Println(counts)
	fmt.Println(unicode.IsLetter('ß'), unicode.IsNumber('Ⅻ'), unicode.IsDigit('Ⅻ'), unicode.IsPrint('\u00ad'), unicode.IsGraphic(' '))
	fmt.Println(string(unicode.SimpleFold('A')), string(unicode.SimpleFold('k')), unicode.ToUpper('ÿ'))
	b := []byte("héllo")
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Print(string(r), size, " ")
		b = b[size:]
	}
	fmt.Println()
	r, size := utf8.DecodeRune([]byte{0xc3})
	fmt.Println(r == utf8.RuneError, size)
	fmt.Println(utf8.Valid([]byte{0xed, 0xa0, 0x80}), utf8.RuneCount([]byte("日本")))
}
