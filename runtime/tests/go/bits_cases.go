// Command bits_cases prints the golden cases of runtime/tests/bits.rs: Go's
// math/bits functions on values around every width's boundaries.
package main

import (
	"bufio"
	"fmt"
	"math/bits"
	"math/rand"
	"os"
)

var out = bufio.NewWriter(os.Stdout)

func main() {
	defer out.Flush()
	values := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0x8000, 0xffff, 0x10000, 0x80000000, 0xffffffff, 1 << 32, 1 << 63, 1<<64 - 1, 0x0123456789abcdef}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 24; i++ {
		values = append(values, r.Uint64()>>uint(r.Intn(64)))
	}
	for _, v := range values {
		fmt.Fprintf(out, "one\t%d\t%d %d %d %d\t%d %d %d %d\t%d %d %d %d\t%d %d %d %d\t%d %d %d\t%d\n", v,
			bits.LeadingZeros8(uint8(v)), bits.LeadingZeros16(uint16(v)), bits.LeadingZeros32(uint32(v)), bits.LeadingZeros64(v),
			bits.TrailingZeros8(uint8(v)), bits.TrailingZeros16(uint16(v)), bits.TrailingZeros32(uint32(v)), bits.TrailingZeros64(v),
			bits.OnesCount8(uint8(v)), bits.OnesCount16(uint16(v)), bits.OnesCount32(uint32(v)), bits.OnesCount64(v),
			bits.Reverse8(uint8(v)), bits.Reverse16(uint16(v)), bits.Reverse32(uint32(v)), bits.Reverse64(v),
			bits.ReverseBytes16(uint16(v)), bits.ReverseBytes32(uint32(v)), bits.ReverseBytes64(v), bits.Len64(v))
		for _, k := range []int{0, 1, 3, 7, 8, 13, 31, 32, 63, 64, 65, -1, -9, -100} {
			fmt.Fprintf(out, "rot\t%d\t%d\t%d %d %d %d\n", v, k, bits.RotateLeft8(uint8(v), k), bits.RotateLeft16(uint16(v), k),
				bits.RotateLeft32(uint32(v), k), bits.RotateLeft64(v, k))
		}
	}
	for _, x := range values[:20] {
		for _, y := range values[:20] {
			for _, c := range []uint64{0, 1} {
				s, co := bits.Add64(x, y, c)
				d, bo := bits.Sub64(x, y, c)
				s32, co32 := bits.Add32(uint32(x), uint32(y), uint32(c))
				d32, bo32 := bits.Sub32(uint32(x), uint32(y), uint32(c))
				fmt.Fprintf(out, "arith\t%d\t%d\t%d\t%d %d\t%d %d\t%d %d\t%d %d\n", x, y, c, s, co, d, bo, s32, co32, d32, bo32)
			}
			hi, lo := bits.Mul64(x, y)
			hi32, lo32 := bits.Mul32(uint32(x), uint32(y))
			fmt.Fprintf(out, "mul\t%d\t%d\t%d %d\t%d %d\t%s\t%s\t%s\t%s\n", x, y, hi, lo, hi32, lo32,
				div64(x>>7, y, x|1), div32(uint32(x>>40), uint32(y), uint32(x)), rem64(x, y, y>>3), rem32(uint32(x), uint32(y), uint32(y>>35)))
		}
	}
}

func catch(f func() string) (result string) {
	defer func() {
		if e := recover(); e != nil {
			result = fmt.Sprint(e)
		}
	}()
	return f()
}

func div64(hi, lo, y uint64) string {
	return catch(func() string { q, r := bits.Div64(hi, lo, y); return fmt.Sprint(q, " ", r) })
}

func div32(hi, lo, y uint32) string {
	return catch(func() string { q, r := bits.Div32(hi, lo, y); return fmt.Sprint(q, " ", r) })
}

func rem64(hi, lo, y uint64) string {
	return catch(func() string { return fmt.Sprint(bits.Rem64(hi, lo, y)) })
}

func rem32(hi, lo, y uint32) string {
	return catch(func() string { return fmt.Sprint(bits.Rem32(hi, lo, y)) })
}
