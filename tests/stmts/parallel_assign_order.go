// Multiple assignments whose values the compiler may store one by one, and the cases
// where it must not: a later value reading an earlier target, index operands that a
// target of the same statement changes, panics between the two phases, captured and
// address-taken variables.
package main

import "fmt"

type point struct{ x, y int }

func fib(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func countDown() (low, high int) {
	low, high = 0, 9
	for low < high {
		low, high = low+1, high-1
	}
	return
}

func divide(a, b int) (q int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	q, _ = 7, a/b
	return
}

func shiftBy(n int) (x int) {
	defer func() { recover() }()
	x, y := 3, 1<<n
	_ = y
	return x
}

func deref(p *int) (first int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("nil pointer:", first)
		}
	}()
	first, second := 5, *p
	_ = second
	return first
}

func main() {
	fmt.Println(fib(10), fib(50))
	fmt.Println(countDown())

	s := []int{10, 20, 30, 40}
	low, high := 0, len(s)-1
	for low < high {
		s[low], s[high] = s[high], s[low]
		low, high = low+1, high-1
	}
	fmt.Println(s)

	// The index is a target of the same statement: its old value picks the element.
	i := 0
	i, s[i] = 2, 99
	fmt.Println(i, s)
	s[i], i = 77, 3
	fmt.Println(i, s)

	// The slice variable itself is reassigned.
	t := []int{1, 2, 3}
	u := t
	t, t[0] = []int{7, 8, 9}, 100
	fmt.Println(t, u)

	// Swaps and rotations.
	a, b, c := 1, 2, 3
	a, b, c = b, c, a
	fmt.Println(a, b, c)
	a, b = a+b, a-b
	fmt.Println(a, b)
	x, y := 1.5, 2.5
	x, y = y*2, -x
	fmt.Println(x, y)
	m, n := 6, 3
	m, n = m&^n, m<<2|n
	fmt.Println(m, n)

	// A later value reads a variable assigned before it.
	p, q := 1, 2
	p, q = 10, p
	fmt.Println(p, q)

	// Captured variables.
	k, l := 1, 2
	show := func() { fmt.Println("closure sees", k, l) }
	k, l = l, k+l
	show()

	// Address-taken variables.
	e, f := 4, 5
	pe := &e
	e, f = f, *pe
	fmt.Println(e, f, *pe)

	// Fields, pointers and map entries as targets.
	pt := &point{1, 2}
	pt.x, pt.y = pt.y, pt.x
	fmt.Println(*pt)
	v, w := 8, 9
	pv, pw := &v, &w
	*pv, *pw = *pw, *pv
	fmt.Println(v, w)
	mp := map[string]int{"a": 1, "b": 2}
	key := "a"
	mp[key], mp["b"] = mp["b"], mp[key]
	fmt.Println(mp["a"], mp["b"])
	var arr [3]int
	j := 1
	arr[j], arr[j+1], j = 5, 6, 0
	fmt.Println(arr, j)

	// Panics during the first phase leave every target as it was.
	fmt.Println(divide(1, 0), divide(14, 2))
	fmt.Println(shiftBy(2), shiftBy(-1))
	fmt.Println(deref(nil))

	// Range with an index target that the key changes.
	keys := make([]string, 3)
	var idx int
	for idx, keys[idx] = range []string{"x", "y", "z"} {
	}
	fmt.Println(idx, keys)

	// Strings and booleans.
	s1, s2 := "go", "lang"
	s1, s2 = s2+"!", s1+s2
	fmt.Println(s1, s2)
	b1, b2 := true, false
	b1, b2 = !b2, !b1
	fmt.Println(b1, b2)
}
