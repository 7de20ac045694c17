package main

import (
	"fmt"
	"strconv"
)

func parseAll(items []string) (sum int, err error) {
	defer func() {
		if r := recover(); r != nil {
			sum = -1
			err = fmt.Errorf("parseAll: %v", r)
		}
	}()
	for _, s := range items {
		n, e := strconv.Atoi(s)
		if e != nil {
			panic(e)
		}
		sum += n
	}
	return sum, nil
}

func increments() (n int) {
	defer func() { n++ }()
	defer func() { n *= 10 }()
	return 4
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func main() {
	fmt.Println(parseAll([]string{"1", "2", "3"}))
	fmt.Println(parseAll([]string{"1", "two", "3"}))
	fmt.Println(increments())
	fmt.Println(unnamed())
}
