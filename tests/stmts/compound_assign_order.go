// Compound assignments to local variables: wrapping of every integer width, the
// commutative operators, and the order of reading the variable when the value changes it
// (a captured variable, a variable whose address is taken).
package main

import "fmt"

type counter struct{ n int }

var global = 1

// first reports the panic a compound assignment raises when both its target and its
// value would panic: gc checks an index first, computes the value, then dereferences.
func first(name string, assign func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	assign()
}

func main() {
	var small int8 = 100
	small += 100
	fmt.Println(small)
	var tiny uint8 = 200
	tiny *= 3
	fmt.Println(tiny)
	var mid int16 = -30000
	mid += -10000
	fmt.Println(mid)
	var wide uint32 = 1 << 31
	wide *= 4
	fmt.Println(wide)
	var u uint = 0
	u += 1 << 63
	u += 1 << 63
	fmt.Println(u)

	total, a, b := 10, 7, 3
	total += a - b
	total *= a + b
	total &= 0xff
	total |= 0x100
	total ^= a
	fmt.Println(total)

	// A closure that changes the variable: gc reads the variable after the call.
	x := 1
	bump := func() int { x += 10; return 5 }
	x += bump()
	fmt.Println(x)

	// Through a pointer.
	y := 2
	p := &y
	y *= func() int { *p = 100; return 3 }()
	fmt.Println(y)

	// The value panics: the variable keeps its old value.
	z := 4
	func() {
		defer func() { fmt.Println("recovered:", recover(), z) }()
		var m map[string]int
		zero := len(m)
		z += 10 / zero
	}()

	type celsius int
	var temp celsius = 20
	delta := celsius(5)
	temp += delta * 2
	fmt.Println(temp)

	f := 1.5
	f += 2.25
	f *= 2
	fmt.Println(f)
	s := "go"
	s += "pher"
	fmt.Println(s)

	// Other targets whose value a call on the right changes: gc reads them after it.
	items := []int{1, 2}
	items[1] += func() int { items[1] = 50; return 5 }()
	c := &counter{1}
	c.n -= func() int { c.n = 40; return 5 }()
	global <<= func() uint { global = 3; return 2 }()
	ages := map[string]int{"ann": 1}
	ages["ann"] += func() int { ages["ann"] = 30; return 5 }()
	word := "a"
	word += func() string { word = "xy"; return "z" }()
	var pair [2]int
	pair[0] -= func() int { pair[0] = 9; return 1 }()
	fmt.Println(items, c.n, global, ages, word, pair)

	var nothing *counter
	var empty []int
	zeroDivisor := 0
	first("field", func() { nothing.n += 10 / zeroDivisor })
	first("index", func() { empty[3] += 10 / zeroDivisor })
	first("pointer", func() { var p *int; *p -= 10 % zeroDivisor })
	first("field and index", func() { nothing.n *= empty[1] })
	first("index and call", func() { empty[2] += func() int { panic("value") }() })
	first("field and call", func() { nothing.n += func() int { panic("value") }() })
	first("both nil", func() { other := nothing; nothing.n -= 2 * other.n })
}
