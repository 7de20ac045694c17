package main

import (
	"errors"
	"fmt"
	"os"
)

type shape interface {
	area() float64
}

type rect struct{ w, h float64 }

func (r rect) area() float64 { return r.w * r.h }

func classify(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("int %v", v)
	case shape:
		return "shape"
	default:
		return "other"
	}
}

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
			os.Exit(3)
		}
	}()
outer:
	for i := 0; i < 10; i++ {
		switch {
		case i%2 == 0:
			continue
		case i > 7:
			break outer
		default:
			fallthrough
		case i == 100:
			fmt.Println(i)
		}
	}
	if err := errors.New("x"); err != nil && !false {
		fmt.Println(err)
	} else if x := 3; x > 2 {
	} else {
		panic("unreachable")
	}
	for range 3 {
	}
	for i := range 10 {
		_ = i
	}
	var arr [3]int
	s := arr[1:2:3]
	s = append(s[:0], arr[:]...)
	m := map[string][]int{"a": {1, 2}, "b": nil}
	delete(m, "a")
	fmt.Println(classify(rect{1, 2}), len(s), s)
	goto end
end:
	panic("done")
}
