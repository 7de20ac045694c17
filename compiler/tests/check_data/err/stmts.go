package main

func f() (int, int) { return 1, 2 }

func g() int {
	return 1, 2
}

func h() int {
	return
}

func k() {
	return 1
}

func main() {
	a, b := 1
	c := f()
	var d, e int = f(), 1
	x, y := 1, 2, 3
	a, b = f(), 1
	for {
		break L
	}
	continue
	var unused int
	goto M
L2:
	_, _, _, _, _, _ = a, b, c, d, e, x
	_ = y
	switch {
	case true:
		fallthrough
	}
	var z interface{}
	switch q := z.(type) {
	}
	if 1 {
	}
}
