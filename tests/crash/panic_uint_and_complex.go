package main

import "fmt"

type Code uint16

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(Code(503))
	}()
	panic(complex(1, -2))
}
