package main

import "fmt"

type resource struct{ name string }

func (r resource) Close() { fmt.Println("close", r.name) }

func trace(msg string) string {
	fmt.Println("enter", msg)
	return msg
}

func un(msg string) { fmt.Println("leave", msg) }

func work() {
	defer un(trace("work"))
	fmt.Println("working")
}

func counter() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 10
	defer fmt.Println("x at defer time", x)
	x = 20
	defer func() { fmt.Println("x in closure", x) }()
	work()
	a, b := resource{"a"}, resource{"b"}
	defer a.Close()
	defer b.Close()
	fmt.Println(counter())
	r := resource{"first"}
	defer r.Close()
	r.name = "second"
	fmt.Println("end of main")
}
