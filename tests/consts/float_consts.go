package main

import "fmt"

const (
	Third   = 1.0 / 3.0
	Tiny    = 1e-300 * 1e-300 * 1e300 * 1e300
	Exact   = 0.1 + 0.2
	Huge    = 1e308 * 10 / 10
	IntLike = 6.0 / 2
)

func main() {
	fmt.Println(Third*3 == 1, Exact == 0.3, Tiny, Huge)
	a, b := 0.1, 0.2
	fmt.Println(a+b == 0.3, a+b)
	var n int = IntLike
	fmt.Println(n, Third)
	const big = 1 << 64
	fmt.Println(big / 1e19, float32(big))
	const r = 'x' * 2.0
	fmt.Printf("%v %T\n", r, r)
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	var f32 float32 = Third
	fmt.Println(f32 == float32(Third), float64(f32) == Third)
}
