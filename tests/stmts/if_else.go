package main

import (
	"fmt"
	"strconv"
)

func sign(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else {
		return "positive"
	}
}

func main() {
	for _, n := range []int{-3, 0, 8} {
		fmt.Println(n, sign(n))
	}
	for _, s := range []string{"12", "x", "-4"} {
		if v, err := strconv.Atoi(s); err != nil {
			fmt.Println("bad", s)
		} else if v < 0 {
			fmt.Println("negative", v)
		} else {
			fmt.Println("ok", v)
		}
	}
	x := 5
	if x := x * 2; x > 5 {
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	if m := map[string]int{"a": 1}; m["a"] == 1 && len(m) == 1 {
		fmt.Println("map init")
	}
}
