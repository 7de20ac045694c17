package main

type T struct{ a []int }

func main() {
	var s string
	var i int
	var f float64
	var t, u T
	_ = s + i
	_ = i + f
	_ = t == u
	_ = s < 1
	_ = !i
	_ = -s
	_ = i % 2.5
	_ = f << 2
	_ = i << -1
	_ = &5
}
