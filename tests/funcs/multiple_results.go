package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func parse(s string) (value int, err error) {
	if s == "" {
		err = errors.New("empty input")
		return
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("bad digit %q", c)
		}
		value = value*10 + int(c-'0')
	}
	return
}

func named() (x, y int) {
	x = 1
	y = x + 1
	return y, x
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	for _, s := range []string{"123", "", "4x"} {
		v, err := parse(s)
		fmt.Println(v, err)
	}
	fmt.Println(named())
	_, only := divmod(9, 4)
	fmt.Println(only)
	sum := func(a, b int) int { return a + b }
	fmt.Println(sum(divmod(7, 2)))
}
