// log's Lshortfile flag prints the file and line of the logging call, found with
// runtime.Caller, through Logger methods, package functions and Output's calldepth.
package main

import (
	"log"
	"os"
)

func helper(l *log.Logger) {
	l.Output(2, "reported at the caller of helper")
}

func main() {
	l := log.New(os.Stdout, "app: ", log.Lshortfile)
	l.Println("from a method")
	l.Printf("formatted %d", 7)
	helper(l)
	l.SetFlags(log.Lshortfile | log.Lmsgprefix)
	l.Print("prefix after the position")
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	log.Println("from the package function")
	log.Output(1, "Output with calldepth 1")
	func() {
		log.Print("inside a closure")
	}()
	log.SetFlags(0)
	log.Print("no position")
}
