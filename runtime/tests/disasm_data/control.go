package main

func classify(v any) string {
	switch x := v.(type) {
	case int:
		if x > 0 {
			return "positive"
		}
		return "int"
	case string:
		return "string"
	}
	return "other"
}

func main() {
	defer func() {
		if r := recover(); r != nil {
			println("recovered")
		}
	}()
	for i, r := range "hé" {
		println(i, r)
	}
	println(classify(1), classify("s"))
	panic("x")
}

// A function that defers a call zeroes its unnamed result first: a recovered panic
// returns it as it is. Functions without defer leave that slot to `return`.
func safeDiv(a, b int) int {
	defer func() { recover() }()
	return a / b
}
