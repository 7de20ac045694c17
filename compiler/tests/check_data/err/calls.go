package main

func f(a, b int) int { return 0 }
func g(a ...int)     {}

func main() {
	f(1)
	f(1, 2, 3)
	f(1, "a")
	x := int8(300)
	y := int(1.5)
	var s string
	z := int(s)
	len()
	g(1, 2, []int{}...)
	var q int
	q()
	_ = append()
	_, _, _ = x, y, z
	var m map[string]int
	m.foo()
	new(int, 1)
	println(nil)
	_ = min(1, "a")
	const c int8 = 100
	_ = c * 3
	f(1, 2) = 3
	1 = 2
	_ = f
	f
	f(1,2)
	_ = string(1.5)
	var i interface{ M() }
	_ = i.(int)
	switch i.(type) {
	case int:
	}
}
