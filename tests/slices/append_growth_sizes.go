package main

import "fmt"

type Pair struct{ A, B int64 }
type Big struct{ Data [5]int64 }
type Odd struct {
	A int32
	B byte
}

func main() {
	var b []byte
	var r []rune
	var i16 []int16
	var p []Pair
	var big []Big
	var odd []Odd
	var str []string
	var f32 []float32
	for i := 0; i < 300; i++ {
		b0, r0, i0, p0, g0, o0, s0, f0 := cap(b), cap(r), cap(i16), cap(p), cap(big), cap(odd), cap(str), cap(f32)
		b = append(b, byte(i))
		r = append(r, rune(i))
		i16 = append(i16, int16(i))
		p = append(p, Pair{})
		big = append(big, Big{})
		odd = append(odd, Odd{})
		str = append(str, "")
		f32 = append(f32, 0)
		if b0 != cap(b) || r0 != cap(r) || i0 != cap(i16) || p0 != cap(p) || g0 != cap(big) || o0 != cap(odd) || s0 != cap(str) || f0 != cap(f32) {
			fmt.Println(i+1, "byte", cap(b), "rune", cap(r), "int16", cap(i16), "pair", cap(p), "big", cap(big), "odd", cap(odd), "string", cap(str), "float32", cap(f32))
		}
	}
	bs := append([]byte("hello"), " world"...)
	fmt.Println(string(bs), len(bs), cap(bs))
	x := append([]byte(nil), make([]byte, 33)...)
	fmt.Println(len(x), cap(x))
}
