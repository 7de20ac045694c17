package main

import (
	"errors"
	"fmt"
)

type Temperature float64

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprintf("slice with %d ints", len(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case Temperature:
		return fmt.Sprintf("%.1f degrees", float64(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type ID int

func (i ID) String() string { return fmt.Sprintf("ID-%03d", int(i)) }

func main() {
	values := []interface{}{nil, 1, int64(2), "hey", []int{1, 2}, errors.New("boom"), ID(7),
		Temperature(21.55), func() int { return 9 }, 3.14, map[string]int{}, struct{}{}}
	for _, v := range values {
		fmt.Println(classify(v))
	}
	var e error
	switch e.(type) {
	case nil:
		fmt.Println("nil error")
	}
	switch v := interface{}(uint8(3)); v.(type) {
	case int8, uint8:
		fmt.Printf("%T\n", v)
	}
}
