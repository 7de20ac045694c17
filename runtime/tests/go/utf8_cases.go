// Command utf8_cases prints the golden cases of runtime/tests/utf8.rs: Go's
// unicode/utf8 decoding of short byte sequences around every encoding
// boundary, and of runes around the surrogate and maximum limits.
package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"os"
	"unicode/utf8"
)

var out = bufio.NewWriter(os.Stdout)

func emit(b []byte) {
	r, w := utf8.DecodeRune(b)
	lr, lw := utf8.DecodeLastRune(b)
	fmt.Fprintf(out, "d\t%s\t%x\t%d\t%x\t%d\t%v\t%v\t%d\n", hex.EncodeToString(b), r, w, lr, lw, utf8.FullRune(b), utf8.Valid(b), utf8.RuneCount(b))
}

func main() {
	defer out.Flush()
	emit(nil)
	seconds := []byte{0x41, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xFF}
	rests := []byte{0x80, 0xBF, 0x41}
	for b0 := 0x00; b0 <= 0xFF; b0++ {
		emit([]byte{byte(b0)})
		if b0 < 0x7F {
			continue
		}
		for _, b1 := range seconds {
			emit([]byte{byte(b0), b1})
			for _, b2 := range rests {
				emit([]byte{byte(b0), b1, b2})
				for _, b3 := range rests {
					emit([]byte{byte(b0), b1, b2, b3})
				}
			}
		}
	}
	for _, s := range []string{"héllo, 世界", "a\xffb\xc0", "\xf0\x9f\x98\x80x", "x\xf0\x9f\x98", "\xed\xa0\x80\xed\xbf\xbf", "\xef\xbf\xbd"} {
		emit([]byte(s))
	}
	for _, r := range []rune{-1, 0, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x10FFFF, 0x110000, 0x7FFFFFFF} {
		fmt.Fprintf(out, "r\t%d\t%d\t%v\t%s\n", r, utf8.RuneLen(r), utf8.ValidRune(r), hex.EncodeToString(utf8.AppendRune(nil, r)))
	}
}
