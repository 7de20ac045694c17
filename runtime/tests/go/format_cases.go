// Command format_cases prints the golden cases of runtime/tests/format.rs:
// fmt.Sprintf of one operand under many verbs, flags, widths and precisions.
// Each line is `kind, spec, operand..., strconv.Quote(result)`; byte-string
// operands are hex-encoded and floats are given by their bits.
package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"math"
	"os"
	"strconv"
	"unsafe"
)

var out = bufio.NewWriter(os.Stdout)

func specs(verbs string) []string {
	var all []string
	flagChars := "+-# 0"
	for mask := 0; mask < 32; mask++ {
		flags := ""
		for i := 0; i < 5; i++ {
			if mask&(1<<i) != 0 {
				flags += string(flagChars[i])
			}
		}
		for _, width := range []string{"", "7"} {
			for _, prec := range []string{"", ".3"} {
				for _, verb := range verbs {
					all = append(all, "%"+flags+width+prec+string(verb))
				}
			}
		}
	}
	// A few wider and longer combinations.
	for _, extra := range []string{"%12.5", "%-12.5", "%012.5", "%+012", "%1", "%.0", "%#.0", "%07.0", "%+.0", "% .0", "%-7.0", "%.10", "%#.10", "% 20.12", "%030"} {
		for _, verb := range verbs {
			all = append(all, extra+string(verb))
		}
	}
	return all
}

func emit(kind, spec, operand, result string) {
	fmt.Fprintf(out, "%s\t%s\t%s\t%s\n", kind, spec, operand, strconv.Quote(result))
}

func main() {
	defer out.Flush()
	intVerbs := "vdboOxXcqUz"
	for _, spec := range specs(intVerbs) {
		for _, v := range []int64{0, 1, -42, 255, 0x1F600, 0xD800, -1 << 63} {
			emit("int64", spec, fmt.Sprint(v), fmt.Sprintf(spec, v))
		}
		for _, v := range []int8{-128, 127} {
			emit("int8", spec, fmt.Sprint(v), fmt.Sprintf(spec, v))
		}
		for _, v := range []uint64{0, 1<<64 - 1, 0x110000} {
			emit("uint64", spec, fmt.Sprint(v), fmt.Sprintf(spec, v))
		}
		for _, v := range []uint8{200} {
			emit("uint8", spec, fmt.Sprint(v), fmt.Sprintf(spec, v))
		}
	}
	floatVerbs := "vbeEfFgGxXd"
	floats := []float64{0, math.Copysign(0, -1), 1, -1.5, 123456.789, 1e21, 1e-7, 100, math.Inf(1), math.Inf(-1), math.NaN(), 2.5e-310}
	for _, spec := range specs(floatVerbs) {
		for _, v := range floats {
			emit("float64", spec, fmt.Sprintf("%016x", math.Float64bits(v)), fmt.Sprintf(spec, v))
		}
		for _, v := range []float32{0.1, 1e-40} {
			emit("float32", spec, fmt.Sprintf("%016x", math.Float64bits(float64(v))), fmt.Sprintf(spec, v))
		}
	}
	for _, spec := range specs("vefgx") {
		for _, v := range []complex128{0, complex(1, -2), complex(-1.5, 0.25), complex(math.Inf(1), math.NaN())} {
			emit("complex128", spec, fmt.Sprintf("%016x,%016x", math.Float64bits(real(v)), math.Float64bits(imag(v))), fmt.Sprintf(spec, v))
		}
		v := complex64(complex(0.1, 3))
		emit("complex64", spec, fmt.Sprintf("%016x,%016x", math.Float64bits(float64(real(v))), math.Float64bits(float64(imag(v)))), fmt.Sprintf(spec, v))
	}
	strs := []string{"", "hi", "héllo", "日本語", "a\"b\\c", "tab\tnl\n", "\xff\xfe", "`x`", "\u00a0\U0001F600"}
	for _, spec := range specs("vsqxXd") {
		for _, s := range strs {
			emit("string", spec, hex.EncodeToString([]byte(s)), fmt.Sprintf(spec, s))
			emit("[]uint8", spec, hex.EncodeToString([]byte(s)), fmt.Sprintf(spec, []byte(s)))
		}
		emit("[]uint8nil", spec, "", fmt.Sprintf(spec, []byte(nil)))
	}
	for _, spec := range specs("vpdxz") {
		var nilPointer *int
		emit("*int", spec, "0", fmt.Sprintf(spec, nilPointer))
		for _, address := range []uintptr{0x1234, 0xc000012345} {
			emit("unsafe.Pointer", spec, fmt.Sprint(address), fmt.Sprintf(spec, unsafe.Pointer(address)))
		}
	}
	for _, spec := range specs("vtd") {
		for _, b := range []bool{true, false} {
			emit("bool", spec, fmt.Sprint(b), fmt.Sprintf(spec, b))
		}
	}
}
