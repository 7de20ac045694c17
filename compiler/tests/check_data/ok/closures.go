package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func nested() int {
	a, b := 1, 2
	f := func() int {
		g := func() int { return a + b }
		return g()
	}
	return f()
}

func addr() *int {
	x := 5
	var arr [3]int
	s := arr[:]
	_ = s
	return &x
}

func main() {
	c := counter()
	println(c(), nested(), *addr())
	for i := 0; i < 3; i++ {
		defer func() { println(i) }()
	}
}
