package main

import "fmt"

type T struct{}

func (T) String() string { return "T" }

func kind(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int8:
		return fmt.Sprint("int-ish ", v)
	case fmt.Stringer:
		return v.String()
	case string:
		return v
	default:
		_ = v
		return "other"
	}
}

func classify(n int) (s string) {
	switch {
	case n < 0:
		s = "neg"
	case n == 0:
		s = "zero"
		fallthrough
	default:
		s += "!"
	}
	return
}

func main() {
	fmt.Println(kind(nil), kind(1), kind(T{}), kind("s"), kind(1.5), classify(0))
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
outer:
	for a := 0; a < 2; a++ {
		for b := 0; b < 2; b++ {
			if b == 1 {
				continue outer
			}
			if a == 1 {
				break outer
			}
		}
	}
	switch x := i; x {
	case 1, 2:
	case 3:
	}
}
