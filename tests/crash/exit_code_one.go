package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("validation failed")
	fmt.Fprintln(os.Stderr, "error: input.txt: no such record")
	os.Exit(1)
}
