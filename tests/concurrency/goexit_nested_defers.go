package main

import (
	"fmt"
	"runtime"
)

// A deferred call run by runtime.Goexit may itself call functions that defer and
// return normally; they finish as usual before the exit goes on.
func helper(name string) (result string) {
	defer func() { result += " (helper's deferred call ran)" }()
	return "helper " + name
}

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() {
			fmt.Println(helper("in the last deferred call"))
		}()
		defer func() {
			text := helper("in the first deferred call")
			fmt.Println(text)
			fmt.Println("first deferred call continues")
		}()
		runtime.Goexit()
	}()
	<-done
	fmt.Println("main done")
}
