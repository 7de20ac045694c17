package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

func layer1() {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Errorf("layer1: %v", r))
		}
	}()
	panic(ErrBase)
}

func layer2() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	layer1()
	return nil
}

func panicInDefer() (out []string) {
	defer func() {
		r := recover()
		out = append(out, fmt.Sprint("final: ", r))
	}()
	defer func() {
		panic("second panic")
	}()
	panic("first panic")
}

func main() {
	err := layer2()
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrBase))
	fmt.Println(panicInDefer())
	defer fmt.Println("deferred in main still runs")
	func() {
		defer func() {
			r := recover()
			fmt.Println("caught", r)
			panic(fmt.Sprint("re-raised ", r))
		}()
		panic("original")
	}()
}
