// Command strconv_cases prints the golden cases of runtime/tests/strconv.rs:
// one tab-separated case per line, computed by Go's strconv package.
// Inputs that are byte strings are hex-encoded; outputs are printed as Go
// renders them (quoted where they may hold arbitrary bytes).
package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
)

var out = bufio.NewWriter(os.Stdout)

func errText(err error) string {
	if err == nil {
		return "nil"
	}
	return err.Error()
}

func floats() []float64 {
	vs := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 0.5, 1.5, 2.5, 3.5, -2.5,
		0.125, 0.375, 100, 1e6, 1e21, 1e20, 123456789, 1e23, 5e-324, 1e-323, 2.2250738585072014e-308,
		2.225073858507201e-308, math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32,
		1.17549435e-38, math.Pi, math.E, -math.Pi * 1e10, 1e-4, 1e-5, 9.5e-5, 0.000123456, 123456, 1234567, 12345678.9,
		99.995, 0.045, 1.005, 2.675, 9.999999e22, 1 << 53, 1<<53 + 2, 16777216, 16777217, 3.4028235677973366e+38,
		math.Inf(1), math.Inf(-1), math.NaN(), 0.1 + 0.2, 1e15, 1e16, 1e17, 123e-20, 7e-10, 8.41e21, 5.0e-1, 9.5, 0.95, 0.0095,
		1.0000000000000002, 0.9999999999999999, 4.35, 4.45, 1e100, 1.2345678901234567e-300}
	// Values exactly halfway between two shortest candidates (Go picks the even one).
	for _, bits := range []uint64{0x4020dbe200000000, 0x414691e290358135, 0xc13fb38740000000, 0xc08675af20000000, 0x430a77781a0e54ca,
		0xc00e93d400000000, 0x42d30b1132447fe8, 0x41452694a0000000} {
		vs = append(vs, math.Float64frombits(bits))
	}
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 40; i++ {
		vs = append(vs, math.Float64frombits(r.Uint64()))
	}
	for i := 0; i < 20; i++ {
		vs = append(vs, float64(math.Float32frombits(r.Uint32())))
	}
	for i := 0; i < 20; i++ {
		vs = append(vs, r.NormFloat64()*math.Pow(10, float64(r.Intn(40)-20)))
	}
	return vs
}

func main() {
	defer out.Flush()
	precs := []int{-1, 0, 1, 2, 3, 4, 5, 6, 8, 10, 14, 15, 16, 17, 18, 20, 25, 40}
	for _, v := range floats() {
		for _, f := range []byte("beEfgGxX") {
			for _, p := range precs {
				for _, bs := range []int{32, 64} {
					if f == 'b' && p > 0 {
						continue
					}
					fmt.Fprintf(out, "ff\t%016x\t%c\t%d\t%d\t%s\n", math.Float64bits(v), f, p, bs, strconv.FormatFloat(v, f, p, bs))
				}
			}
		}
	}
	// Precisions beyond every nonzero digit of a double.
	for _, v := range []float64{5e-324, math.MaxFloat64, 1.0 / 3, -0.1} {
		for _, f := range []byte("efgEG") {
			for _, p := range []int{760, 770, 800, 1074, 1080, 1200} {
				fmt.Fprintf(out, "ff\t%016x\t%c\t%d\t%d\t%s\n", math.Float64bits(v), f, p, 64, strconv.FormatFloat(v, f, p, 64))
			}
		}
	}
	ints := []int64{0, 1, -1, 7, 10, -10, 255, 1 << 31, -1 << 31, 1<<63 - 1, -1 << 63, 123456789, -987654321}
	for _, v := range ints {
		for _, b := range []int{2, 3, 8, 10, 16, 36} {
			fmt.Fprintf(out, "fi\t%d\t%d\t%s\n", v, b, strconv.FormatInt(v, b))
			fmt.Fprintf(out, "fu\t%d\t%d\t%s\n", uint64(v), b, strconv.FormatUint(uint64(v), b))
		}
	}
	strs := []string{"", "hello", "a\"b", "a\\b", "tab\there", "nl\n", "\x00\x01\x7f", "\a\b\f\r\v", "é", "日本語",
		"\xff", "a\xffb", "\xe2\x82", "\xed\xa0\x80", "\xc0\xaf", "\u00a0", "\u2000x\u3000", "\u0085", "\u200b", "\ufeff",
		"\U0001F600", "\U000E0001", "\U0010FFFF", "'single'", "`back`", "\u061c", "\u00ad", "\u0378", "\U0001D400"}
	for _, s := range strs {
		fmt.Fprintf(out, "q\t%s\t%s\t%s\t%s\t%v\n", hex.EncodeToString([]byte(s)), strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	runes := []rune{0, 7, 'a', '\'', '"', '\\', 0x7f, 0x80, 0x9f, 0xa0, 0xad, 0xe9, 0x2028, 0x3000, 0xd800, 0xdfff, 0xfffd, 0xfeff,
		0x10000, 0x1f600, 0xe0001, 0x10ffff, 0x110000, -1, 0x378, 0x16fe4}
	for _, r := range runes {
		fmt.Fprintf(out, "qr\t%d\t%s\t%s\t%s\n", r, strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r))
	}
	unq := []string{`""`, `"abc"`, `"a\nb"`, `"\x41\101\u00e9\U0001F600"`, `"\xff"`, "\"\xff\"", `"\400"`, `"\377"`, `"\ud800"`,
		`"\'"`, `'\''`, `'\"'`, `"\""`, `'a'`, `'ab'`, `''`, "'\xff'", `'\xff'`, `'é'`, "`raw\\n`", "`a\rb`", "`unterminated",
		`"unterminated`, "\"new\nline\"", `"a"b"`, `x`, `"`, `"\q"`, `"\x4"`, `"\u12"`, `"\U00110000"`, `'\u00e9'`, "\"\t\"",
		`"\a\b\f\n\r\t\v\\"`, `'\000'`, `"\0"`, `"abc"x`, "\"日本\"", `'日'`}
	for _, s := range unq {
		v, err := strconv.Unquote(s)
		p, perr := strconv.QuotedPrefix(s)
		fmt.Fprintf(out, "uq\t%s\t%s\t%s\t%s\t%s\n", hex.EncodeToString([]byte(s)), hex.EncodeToString([]byte(v)), errText(err), hex.EncodeToString([]byte(p)), errText(perr))
	}
	istrs := []string{"", "0", "1", "-1", "+1", "+", "-", "12345", "-12345", "0x1f", "0X1F", "0b101", "0o17", "017", "0_17", "1_000",
		"1__0", "_1", "1_", "0x_1f", "0x", "0b", "08", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
		"-9223372036854775809", "18446744073709551615", "18446744073709551616", "99999999999999999999x", "abc", "z", "Z",
		"127", "128", "-128", "-129", "255", "256", "1 ", " 1", "1e3", "0x8000000000000000", "-0x8000000000000000", "00", "-0"}
	for _, s := range istrs {
		for _, base := range []int{0, 2, 8, 10, 16, 36, 1, 37} {
			for _, bits := range []int{0, 8, 16, 32, 64, 65} {
				v, err := strconv.ParseInt(s, base, bits)
				u, uerr := strconv.ParseUint(s, base, bits)
				fmt.Fprintf(out, "pi\t%s\t%d\t%d\t%d\t%s\t%d\t%s\n", hex.EncodeToString([]byte(s)), base, bits, v, errText(err), u, errText(uerr))
			}
		}
		v, err := strconv.Atoi(s)
		fmt.Fprintf(out, "atoi\t%s\t%d\t%s\n", hex.EncodeToString([]byte(s)), v, errText(err))
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRUE", "yes", ""} {
		v, err := strconv.ParseBool(s)
		fmt.Fprintf(out, "pb\t%s\t%v\t%s\n", hex.EncodeToString([]byte(s)), v, errText(err))
	}
	fstrs := []string{"", "0", "-0", "+0", "1", "1.5", ".5", "5.", ".", "-.5e3", "1e", "1e+", "1e-5", "1E5", "1e400", "-1e400", "1e-400",
		"4.9e-324", "2.4e-324", "2.5e-324", "2.4703282292062328e-324", "2.4703282292062327e-324", "1.7976931348623157e308", "1.7976931348623159e308",
		"1.7976931348623158e308", "3.4028235e38", "3.4028236e38", "3.40282356779733661637539395458142568448e38", "1e-46", "1e-45", "7e-46",
		"inf", "Inf", "+inf", "-Inf", "infinity", "-Infinity", "infin", "infinityx", "nan", "NaN", "NAN", "-nan", "+nan", "nanx",
		"0x1p0", "0x1.8p1", "-0x1P-2", "0x1", "0x.8p1", "0x1p", "0X1P+3", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "0x1p1024",
		"0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x3p-1076", "0x1p-2000", "0x123456789abcdef0123p0", "0x1.000001p0",
		"0x1.0000008p0", "0x1.0000018p0", "0x_1p0", "0x1_0p0", "1_000.5", "1__0", "_1", "1_", "1_e5", "1e1_0", "0x1p1_0", "0.000_1",
		"123456789012345678901234567890", "0.1", "0.30000000000000004", "1e23", "8.41e21", "1.00000000000000011102230246251565404236316680908203125",
		"1.00000000000000011102230246251565404236316680908203124", "1.00000000000000011102230246251565404236316680908203126", "00001.5",
		"000.0001", "1e-0", "+1e+1", "1e10000000000", "1e-10000000000", "0e99999", " 1", "1 ", "1x", "0x", "0x.p1", "0xp1", "1.2.3",
		"-", "+", "e5", "0.000000000000000000000000000000000000000000001", "16777217", "16777219", "9007199254740993"}
	for _, s := range fstrs {
		for _, bits := range []int{32, 64} {
			v, err := strconv.ParseFloat(s, bits)
			fmt.Fprintf(out, "pf\t%s\t%d\t%016x\t%s\n", hex.EncodeToString([]byte(s)), bits, math.Float64bits(v), errText(err))
		}
	}
	cstrs := []string{"1", "(1+2i)", "1+2i", "1-2i", "3i", "-3i", "i", "+i", "1+i", "1++2i", "(1+2i", "1e400+1i", "1+1e400i", "NaN+Infi",
		"inf-infi", "0x1p3+0x1p-2i", "1_000+2i", "(1)", "()", "", "1e400", "2i1", "1.5e3-2.25e-3i", "(3.4028236e38+1i)"}
	for _, s := range cstrs {
		for _, bits := range []int{64, 128} {
			c, err := strconv.ParseComplex(s, bits)
			fmt.Fprintf(out, "pc\t%s\t%d\t%016x\t%016x\t%s\n", hex.EncodeToString([]byte(s)), bits, math.Float64bits(real(c)), math.Float64bits(imag(c)), errText(err))
		}
	}
	for _, c := range []complex128{0, complex(1, -2), complex(math.Inf(1), math.NaN()), complex(0.1, math.Copysign(0, -1)), complex(-1e21, 1e-7)} {
		for _, f := range []byte("gef") {
			for _, bits := range []int{64, 128} {
				fmt.Fprintf(out, "fc\t%016x\t%016x\t%c\t%d\t%s\n", math.Float64bits(real(c)), math.Float64bits(imag(c)), f, bits, strconv.FormatComplex(c, f, -1, bits))
			}
		}
	}
	// Random round trips through several renderings.
	r := rand.New(rand.NewSource(11))
	for i := 0; i < 300; i++ {
		v := math.Float64frombits(r.Uint64())
		if math.IsNaN(v) || math.IsInf(v, 0) {
			continue
		}
		for _, s := range []string{strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'e', 25, 64), strconv.FormatFloat(v, 'x', -1, 64), strconv.FormatFloat(v, 'e', 7, 64)} {
			for _, bits := range []int{32, 64} {
				v, err := strconv.ParseFloat(s, bits)
				fmt.Fprintf(out, "pf\t%s\t%d\t%016x\t%s\n", hex.EncodeToString([]byte(s)), bits, math.Float64bits(v), errText(err))
			}
		}
	}
}
