package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

type frame struct {
	a, b, c int64
}

func sumFrames(n int, f frame) int64 {
	if n == 0 {
		return f.a + f.b + f.c
	}
	return sumFrames(n-1, frame{f.a + 1, f.b + 2, f.c + 3})
}

func main() {
	fmt.Println(depth(1000000))
	fmt.Println(sumFrames(1000000, frame{}))
}
