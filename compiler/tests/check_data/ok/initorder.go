package main

var (
	a = c + b
	b = f()
	c = f()
	d = 3
)

func f() int {
	d++
	return d
}

var x, y = pair()

func pair() (int, int) { return a, b }

var _ = g()

func g() int { return 0 }

func init() { println("init1") }
func init() { println("init2") }

func main() {
	println(a, b, c, d, x, y)
}
