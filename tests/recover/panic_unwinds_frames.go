package main

import "fmt"

func level(n int) {
	defer fmt.Println("unwinding level", n)
	if n == 3 {
		panic(fmt.Sprintf("bottom reached at %d", n))
	}
	level(n + 1)
	fmt.Println("never printed", n)
}

func protect() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("protected: %v", r)
		}
	}()
	level(0)
	return nil
}

func main() {
	fmt.Println(protect())
	fmt.Println("after")
}
