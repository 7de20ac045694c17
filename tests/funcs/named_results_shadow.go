package main

import (
	"errors"
	"fmt"
)

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func lookup(key string) (value string, err error) {
	defer func() {
		if err != nil {
			value = "default"
		}
	}()
	if key == "" {
		err = errors.New("empty key")
		return
	}
	value = "value-for-" + key
	return value, nil
}

func counter() (count int) {
	for i := 0; i < 5; i++ {
		count := i
		_ = count
	}
	count += 100
	return
}

func swap(a, b string) (string, string) { return b, a }

func main() {
	fmt.Println(split(17))
	fmt.Println(lookup("k"))
	fmt.Println(lookup(""))
	fmt.Println(counter())
	a, b := swap("first", "second")
	fmt.Println(a, b)
	a, b = swap(swap(a, b))
	fmt.Println(a, b)
}
