package main

import (
	"errors"
	"fmt"
)

func safeDivide(a, b int) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func mustPositive(n int) int {
	if n < 0 {
		panic(fmt.Sprintf("negative value %d", n))
	}
	return n
}

func try(f func()) (caught any) {
	defer func() { caught = recover() }()
	f()
	return nil
}

func main() {
	fmt.Println(safeDivide(10, 2))
	fmt.Println(safeDivide(1, 0))
	fmt.Println(try(func() { mustPositive(-5) }))
	fmt.Println(try(func() { mustPositive(5) }))
	fmt.Println(try(func() { panic(errors.New("an error value")) }))
	fmt.Println(try(func() { panic(42) }))
	v := try(func() {
		var m map[string]int
		m["x"] = 1
	})
	fmt.Println(v)
	err, ok := v.(error)
	fmt.Println(ok, err.Error())
	fmt.Println("recover outside panic:", recover())
}
