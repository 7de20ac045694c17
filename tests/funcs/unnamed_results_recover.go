// Unnamed results seen after a recovered panic hold their zero values: a function
// that defers calls returns them as they are. Functions without defer never show
// their result slots before a return fills them.
package main

import (
	"errors"
	"fmt"
)

type point struct{ x, y int }

func safeDiv(a, b int) int {
	defer func() { recover() }()
	return a / b
}

func several(a, b int) (int, string, point, []int, error) {
	defer func() { recover() }()
	if b == 0 {
		panic("zero")
	}
	return a / b, "ok", point{a, b}, []int{a}, errors.New("none")
}

func conditionalDefer(fail bool) (float64, *point) {
	if fail {
		defer func() { recover() }()
		var m map[string]int
		m["x"] = 1
	}
	return 1.5, &point{1, 2}
}

func plain(n int) (int, string) {
	if n > 0 {
		return n, "positive"
	}
	return -n, "other"
}

func viaRange(n int) int {
	for i := range func(yield func(int) bool) {
		for j := 0; j < n; j++ {
			if !yield(j) {
				return
			}
		}
	} {
		if i == 3 {
			return i * 10
		}
	}
	return -1
}

func main() {
	fmt.Println(safeDiv(7, 2), safeDiv(1, 0))
	fmt.Println(several(9, 3))
	fmt.Println(several(9, 0))
	f, p := conditionalDefer(false)
	fmt.Println(f, *p)
	f, p = conditionalDefer(true)
	fmt.Println(f, p)
	fmt.Println(plain(4))
	fmt.Println(plain(-4))
	fmt.Println(viaRange(5), viaRange(2))
}
