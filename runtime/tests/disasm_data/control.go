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
