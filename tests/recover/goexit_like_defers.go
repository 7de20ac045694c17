package main

import (
	"fmt"
	"os"
)

func cleanup(name string) {
	fmt.Println("cleanup", name)
}

func run() int {
	defer cleanup("run")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
		}
	}()
	var arr []int
	_ = arr[0]
	return 1
}

func main() {
	code := run()
	fmt.Println("code", code)
	defer fmt.Println("not printed: os.Exit skips defers")
	os.Exit(code + 4)
}
