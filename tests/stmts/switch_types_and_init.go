package main

import (
	"fmt"
	"strings"
)

func kind(v any) string {
	switch x := v.(type) {
	case int, int8, int16:
		return fmt.Sprintf("small int %v", x)
	case string:
		if strings.HasPrefix(x, "#") {
			return "comment"
		}
		return "string"
	case nil:
		return "nothing"
	case error:
		return "error"
	}
	return "unknown"
}

func weekday(n int) (name string) {
	switch n % 7 {
	case 0:
		name = "sun"
	case 6:
		name = "sat"
	default:
		name = "weekday"
		if n < 0 {
			break
		}
		name += fmt.Sprint(n % 7)
	}
	return
}

func main() {
	for _, v := range []any{1, int8(2), "#x", "y", nil, fmt.Errorf("e"), 2.5} {
		fmt.Println(kind(v))
	}
	for _, n := range []int{0, 3, 6, -2} {
		fmt.Println(weekday(n))
	}
	switch s := strings.ToUpper("mid"); {
	case s < "M":
		fmt.Println("early", s)
	case s < "N":
		fmt.Println("middle", s)
	default:
		fmt.Println("late", s)
	}
	x := 3
	switch {
	case x > 1:
		fmt.Println("gt1")
		fallthrough
	case x > 100:
		fmt.Println("fallthrough ignores condition")
	case x > 2:
		fmt.Println("not reached")
	}
}
