package main

import "fmt"

func rate(total int64, seconds int64) int64 {
	return total / seconds
}

func main() {
	fmt.Println(rate(100, 4))
	fmt.Println(rate(100, 0))
}
