package main

import "fmt"

func collect() (out []int) {
	for i := 0; i < 4; i++ {
		defer func() { out = append(out, i) }()
	}
	return nil
}

func argsEvaluated() {
	x := 1
	defer fmt.Println("defer arg", x, x*10)
	p := &x
	defer func(v int) { fmt.Println("param", v, "now", *p) }(x)
	x = 2
}

type logger struct{ prefix string }

func (l logger) print(msg string) { fmt.Println(l.prefix + msg) }

func methodValues() {
	l := logger{"old: "}
	defer l.print("bound at defer")
	l.prefix = "new: "
	l.print("direct")
}

func main() {
	fmt.Println(collect())
	argsEvaluated()
	methodValues()
	for i := 0; i < 2; i++ {
		func() {
			defer fmt.Println("inner defer", i)
			fmt.Println("body", i)
		}()
	}
}
