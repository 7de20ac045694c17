package main

import "fmt"

func helper() any { return recover() }

func indirect() (r any) {
	defer func() {
		r = helper()
		if r == nil {
			r = recover()
		}
	}()
	panic("indirect")
}

func nested() (msg string) {
	defer func() {
		func() {
			if r := recover(); r != nil {
				msg = "nested closure recovered"
			}
		}()
		if r := recover(); r != nil {
			msg = fmt.Sprint("direct recovered: ", r)
		}
	}()
	panic("deep")
}

func recoverTwice() {
	defer func() {
		fmt.Println("second recover:", recover())
	}()
	defer func() {
		fmt.Println("first recover:", recover())
	}()
	panic("once")
}

func main() {
	fmt.Println(indirect())
	fmt.Println(nested())
	recoverTwice()
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	var p *struct{ x int }
	fmt.Println(p.x)
}
