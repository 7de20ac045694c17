package main

func a() {
	goto L
	x := 1
	_ = x
L:
}

func b() {
	goto M
	{
	M:
	}
}

func c() {
	for {
		continue X
	}
X:
	for {
		break Y
	}
}

func main() {
	a()
	b()
	c()
}
