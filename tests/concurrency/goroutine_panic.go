package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		panic("boom in goroutine")
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("unreachable")
}
