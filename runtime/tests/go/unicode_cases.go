// Command unicode_cases prints the golden cases of runtime/tests/unicode.rs:
// Go's classification and case mapping of every code point below U+3000 and
// of every 61st code point above, up to beyond U+10FFFF.
package main

import (
	"bufio"
	"fmt"
	"os"
	"unicode"
)

var out = bufio.NewWriter(os.Stdout)

func bit(b bool) byte {
	if b {
		return '1'
	}
	return '0'
}

func emit(r rune) {
	flags := []byte{bit(unicode.IsLetter(r)), bit(unicode.IsUpper(r)), bit(unicode.IsLower(r)), bit(unicode.IsTitle(r)),
		bit(unicode.IsMark(r)), bit(unicode.IsDigit(r)), bit(unicode.IsNumber(r)), bit(unicode.IsPunct(r)), bit(unicode.IsSymbol(r)),
		bit(unicode.IsSpace(r)), bit(unicode.IsPrint(r)), bit(unicode.IsGraphic(r)), bit(unicode.IsControl(r))}
	fmt.Fprintf(out, "u\t%x\t%s\t%x\t%x\t%x\t%x\n", r, flags, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
}

func main() {
	defer out.Flush()
	for r := rune(0); r < 0x3000; r++ {
		emit(r)
	}
	for r := rune(0x3000); r <= 0x110010; r += 61 {
		emit(r)
	}
	// Members of multi-rune fold orbits and other special cases.
	for _, r := range []rune{0x1E9E, 0xDF, 0x212A, 0x17F, 0x3C2, 0x1C4, 0x1C5, 0x1C6, 0x345, 0x1FBE, 0x10400, 0x1E900, 0xFF21} {
		emit(r)
	}
}
