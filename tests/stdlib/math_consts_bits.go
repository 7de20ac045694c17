package main

import (
	"fmt"
	"math"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

func main() {
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32)
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxUint32, math.MaxUint16, math.MaxUint8, math.MaxInt, math.MinInt)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.Pi, math.E, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi, math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	var f32 float32 = math.MaxFloat32
	fmt.Println(f32, float32(math.Pi), math.Pi*2/3)
	const big = math.MaxUint64 / 3
	fmt.Println(uint64(big), math.MaxInt64-1)
	fmt.Println(math.Pow10(0), math.Pow10(22), math.Pow10(23), math.Pow10(-5), math.Pow10(308), math.Pow10(309), math.Pow10(-324), math.Pow10(-323))
	fmt.Println(math.Asinh(0.5), math.Acosh(2), math.Atanh(0.25), math.Logb(1024), math.Ilogb(0.1), math.Ilogb(0))
	fr, ex := math.Frexp(12.5)
	ip, fp := math.Modf(-3.75)
	fmt.Println(fr, ex, ip, fp, math.Ldexp(0.5, 4), math.FMA(2, 3, 4))
	fmt.Println(math.Float32bits(1.5), math.Float32frombits(0x40490fdb), math.Float64bits(-2), math.Float64frombits(0x7ff0000000000000))
	fmt.Println(math.IsInf(math.Inf(-1), -1), math.IsInf(math.Inf(-1), 1), math.IsNaN(math.NaN()), math.Signbit(math.Copysign(0, -1)))
	s, c := math.Sincos(1)
	fmt.Println(s, c, math.Max(math.NaN(), 1), math.Min(-0.0, 0), math.Mod(7, -3), math.Remainder(7, 3), math.Trunc(-2.7))

	fmt.Println(bits.UintSize, bits.LeadingZeros8(1), bits.LeadingZeros16(0), bits.LeadingZeros32(255), bits.LeadingZeros64(0), bits.LeadingZeros(1))
	fmt.Println(bits.TrailingZeros8(0), bits.TrailingZeros16(8), bits.TrailingZeros32(0), bits.TrailingZeros64(1<<40))
	fmt.Println(bits.OnesCount8(255), bits.OnesCount16(0xF0F0), bits.OnesCount32(7), bits.OnesCount64(math.MaxUint64))
	fmt.Println(bits.RotateLeft8(0x81, 1), bits.RotateLeft16(1, -1), bits.RotateLeft32(1, 33), bits.RotateLeft64(1, -1), bits.RotateLeft(3, 2))
	fmt.Println(bits.Reverse8(1), bits.Reverse16(1), bits.Reverse32(1), bits.Reverse64(1), bits.ReverseBytes32(0x01020304), bits.ReverseBytes64(0x0102030405060708), bits.ReverseBytes16(0x0102))
	fmt.Println(bits.Len8(0), bits.Len16(255), bits.Len32(256), bits.Len64(math.MaxUint64), bits.Len(5))
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	diff, borrow := bits.Sub64(0, 1, 0)
	hi, lo := bits.Mul64(math.MaxUint64, math.MaxUint64)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(sum, carry, diff, borrow, hi, lo, q, r, bits.Rem64(5, 7, 3))
	s32, c32 := bits.Add32(math.MaxUint32, 2, 1)
	h32, l32 := bits.Mul32(math.MaxUint32, 3)
	fmt.Println(s32, c32, h32, l32)

	fmt.Println(unicode.Is(unicode.Latin, 'é'), unicode.Is(unicode.Greek, 'λ'), unicode.Is(unicode.Cyrillic, 'ж'), unicode.Is(unicode.Han, '中'), unicode.Is(unicode.Hiragana, 'あ'))
	fmt.Println(unicode.In('5', unicode.Letter, unicode.Digit), unicode.Is(unicode.Upper, 'a'), unicode.Is(unicode.Space, '\t'), unicode.Is(unicode.White_Space, '\t'), unicode.IsOneOf([]*unicode.RangeTable{unicode.Punct, unicode.Symbol}, '+'))
	custom := &unicode.RangeTable{R16: []unicode.Range16{{Lo: 'a', Hi: 'k', Stride: 2}}}
	fmt.Println(unicode.Is(custom, 'c'), unicode.Is(custom, 'd'), unicode.Is(custom, 'z'))
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.To(unicode.TitleCase, 'ǆ'), unicode.ToLower('Σ'), unicode.SimpleFold('k'), unicode.SimpleFold('\u212A'), unicode.ToUpper(-5))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.IsControl('\u0085'), unicode.IsTitle('ǅ'), unicode.IsMark('\u0301'))
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax, utf8.RuneLen(-1), utf8.RuneLen(0xD800), utf8.RuneLen('€'))
	p := make([]byte, 4)
	n := utf8.EncodeRune(p, '€')
	fmt.Println(p[:n], n, utf8.FullRune(p[:2]), utf8.FullRuneInString("\xe2\x82"), utf8.RuneStart(p[1]))
	lastRune, size := utf8.DecodeLastRune([]byte("a€"))
	fmt.Println(lastRune, size, utf8.RuneCount([]byte("héllo")), utf8.Valid([]byte{0xff}), utf8.ValidRune(0x10FFFF+1))
	fmt.Println(utf8.AppendRune(nil, 0x1F600), string(utf8.AppendRune([]byte("x"), -1)))
}
