package main

func pairs(yield func(int, string) bool) {
	_ = yield(1, "a") && yield(2, "b")
}

func keys(yield func(int) bool) {
	yield(7)
}

func nothing(yield func() bool) {
	yield()
}

func main() {
	for k, v := range pairs {
		println(k, v)
	}
	for k := range keys {
		println(k)
	}
	for range nothing {
	}
	for i, r := range "héllo" {
		println(i, r)
	}
	m := map[string][]int{"a": {1, 2}}
	for k, v := range m {
		println(k, len(v))
	}
	arr := [3]float64{1, 2.5}
	for i, x := range &arr {
		println(i, x)
	}
	var idx int
	for idx = range arr {
	}
	println(idx)
	for i := range int8(3) {
		println(i)
	}
}
