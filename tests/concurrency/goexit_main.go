package main

import (
	"fmt"
	"runtime"
)

// When main calls runtime.Goexit, its deferred calls run, the other goroutines
// go on, and once none is left gc reports "no goroutines (main called runtime.Goexit)".
func main() {
	done := make(chan bool)
	go func() {
		defer fmt.Println("worker deferred")
		<-done
		fmt.Println("worker released")
	}()
	go func() {
		fmt.Println("releaser")
		close(done)
	}()
	defer fmt.Println("main deferred")
	runtime.Goexit()
	fmt.Println("never")
}
