package main

import "fmt"

const debug = false
const verbose = false

func classify(x int) string {
	// Constant conditions may repeat in a tagless switch: gc accepts them.
	switch {
	case debug:
		return "debug"
	case verbose:
		return "verbose"
	case x > 10 == true:
		return "big"
	}
	switch true {
	case false:
		return "never"
	case false:
		return "never again"
	}
	switch c := complex(1, 2); c {
	case 1 + 2i, 1 + 2i:
		return "complex"
	}
	return "small"
}

func main() {
	fmt.Println(classify(3), classify(30))
}
