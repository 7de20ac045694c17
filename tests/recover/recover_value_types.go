package main

import (
	"errors"
	"fmt"
	"runtime"
)

type Code int

func capture(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return
}

func main() {
	values := []any{
		capture(func() { panic(Code(7)) }),
		capture(func() { panic([]int{1, 2}) }),
		capture(func() { panic(map[string]int{"k": 1}) }),
		capture(func() { panic(struct{ A, B int }{1, 2}) }),
		capture(func() { panic(errors.New("e")) }),
		capture(func() {
			var x any = 1.5
			_ = x.(string)
		}),
	}
	for _, v := range values {
		fmt.Printf("%T %v\n", v, v)
	}
	last := values[len(values)-1]
	var re runtime.Error
	fmt.Println(errors.As(last.(error), &re))
	var te *runtime.TypeAssertionError
	fmt.Println(errors.As(last.(error), &te))
}
