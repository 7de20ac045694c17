package main

import (
	"fmt"
	"runtime"
)

// Main calls runtime.Goexit while another goroutine waits forever: the program then
// deadlocks with gc's ordinary report.
func main() {
	never := make(chan int)
	go func() {
		fmt.Println("waiting")
		<-never
	}()
	defer fmt.Println("main deferred")
	runtime.Goexit()
}
