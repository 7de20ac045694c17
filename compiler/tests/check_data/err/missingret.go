package main

func a(x int) int {
	if x > 0 {
		return 1
	}
}

func b() int {
	for {
	}
}

func c(x int) int {
	switch x {
	case 1:
		return 1
	default:
		panic("no")
	}
}

func d() int {
	for {
		break
	}
}

func main() {
	a(1)
	b()
	c(1)
	d()
}
