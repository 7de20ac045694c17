package main

import (
	"fmt"
	"strconv"
)

type Shape interface{ Area() float64 }
type Named interface{ Name() string }

type Square struct{ side float64 }

func (s Square) Area() float64 { return s.side * s.side }
func (s Square) Name() string   { return "square" }

type Circle struct{ r float64 }

func (c *Circle) Area() float64 { return 3 * c.r * c.r }

func main() {
	var x interface{} = 42
	n, ok := x.(int)
	fmt.Println(n, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	shapes := []Shape{Square{2}, &Circle{1}}
	for _, sh := range shapes {
		if named, ok := sh.(Named); ok {
			fmt.Println("named", named.Name(), sh.Area())
		} else {
			fmt.Println("anonymous", sh.Area())
		}
		if sq, ok := sh.(Square); ok {
			fmt.Println("side", sq.side)
		}
	}
	var nothing interface{}
	_, ok = nothing.(int)
	fmt.Println(ok)
	var str fmt.Stringer
	_, ok = str.(interface{ String() string })
	fmt.Println(ok)
	var values = []interface{}{1, "2", 3.5, strconv.Itoa(4)}
	total := 0
	for _, v := range values {
		if i, ok := v.(int); ok {
			total += i
		} else if s, ok := v.(string); ok {
			k, _ := strconv.Atoi(s)
			total += k
		}
	}
	fmt.Println(total)
}
