// Package utf16 implements encoding and decoding of UTF-16 sequences, as Go's unicode/utf16.
package utf16

const (
	replacementChar = '\uFFFD'     // Unicode replacement character
	maxRune         = '\U0010FFFF' // Maximum valid Unicode code point.

	// A surrogate pair is (0xd800 + high ten bits, 0xdc00 + low ten bits)
	// of the code point minus 0x10000.
	surrogateHighStart = 0xd800
	surrogateLowStart  = 0xdc00
	surrogateEnd       = 0xe000
	supplementaryStart = 0x10000
)

// IsSurrogate reports whether the specified Unicode code point can appear in
// a surrogate pair.
func IsSurrogate(r rune) bool {
	return surrogateHighStart <= r && r < surrogateEnd
}

// DecodeRune returns the UTF-16 decoding of a surrogate pair. If the pair is
// not a valid UTF-16 surrogate pair, DecodeRune returns U+FFFD.
func DecodeRune(r1, r2 rune) rune {
	if surrogateHighStart <= r1 && r1 < surrogateLowStart && surrogateLowStart <= r2 && r2 < surrogateEnd {
		return (r1-surrogateHighStart)<<10 | (r2 - surrogateLowStart) + supplementaryStart
	}
	return replacementChar
}

// EncodeRune returns the UTF-16 surrogate pair r1, r2 for the given rune. If
// the rune is not a valid Unicode code point or does not need encoding,
// EncodeRune returns U+FFFD, U+FFFD.
func EncodeRune(r rune) (r1, r2 rune) {
	if r < supplementaryStart || r > maxRune {
		return replacementChar, replacementChar
	}
	r -= supplementaryStart
	return surrogateHighStart + (r>>10)&0x3ff, surrogateLowStart + r&0x3ff
}

// RuneLen returns the number of 16-bit words in the UTF-16 encoding of the
// rune, or -1 if the rune is not a valid value to encode in UTF-16.
func RuneLen(r rune) int {
	switch {
	case 0 <= r && r < surrogateHighStart, surrogateEnd <= r && r < supplementaryStart:
		return 1
	case supplementaryStart <= r && r <= maxRune:
		return 2
	}
	return -1
}

// Encode returns the UTF-16 encoding of the Unicode code point sequence s.
// Invalid code points (surrogates, values out of range) become U+FFFD.
func Encode(s []rune) []uint16 {
	n := len(s)
	for _, r := range s {
		if r >= supplementaryStart {
			n++
		}
	}
	out := make([]uint16, n)
	n = 0
	for _, r := range s {
		switch RuneLen(r) {
		case 1:
			out[n] = uint16(r)
			n++
		case 2:
			r1, r2 := EncodeRune(r)
			out[n] = uint16(r1)
			out[n+1] = uint16(r2)
			n += 2
		default:
			out[n] = uint16(replacementChar)
			n++
		}
	}
	return out[:n]
}

// AppendRune appends the UTF-16 encoding of the Unicode code point r to the
// end of p and returns the extended buffer.
func AppendRune(p []uint16, r rune) []uint16 {
	switch RuneLen(r) {
	case 1:
		return append(p, uint16(r))
	case 2:
		r1, r2 := EncodeRune(r)
		return append(p, uint16(r1), uint16(r2))
	}
	return append(p, replacementChar)
}

// Decode returns the Unicode code point sequence represented by the UTF-16
// encoding s. An unpaired surrogate decodes as U+FFFD.
func Decode(s []uint16) []rune {
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); i++ {
		word := rune(s[i])
		switch {
		case word < surrogateHighStart, surrogateEnd <= word:
			out = append(out, word)
		case word < surrogateLowStart && i+1 < len(s) && surrogateLowStart <= s[i+1] && s[i+1] < surrogateEnd:
			out = append(out, DecodeRune(word, rune(s[i+1])))
			i++
		default:
			out = append(out, replacementChar)
		}
	}
	return out
}
