// Builtins applied to a call with several results (copy(f()), append(f()), ...), and
// deferred builtins whose arguments are evaluated at the defer statement.
package main

import "fmt"

func slices() ([]int, []int) { return make([]int, 2), []int{7, 8, 9} }

func fromString() ([]byte, string) { return make([]byte, 3), "hey!" }

func entry(m map[string]int) (map[string]int, string) { return m, "gone" }

func parts() (float64, float64) { return 1.5, -2 }

func parts32() (float32, float32) { return 3, 4 }

func grow() ([]string, string, string) { return []string{"a"}, "b", "c" }

type celsius float64

func temps() (celsius, celsius) { return 10, 20 }

func twoInts() (int, int) { return 4, 2 }

func deferred(dst []int, m map[string]int, ch chan []int) {
	ch <- []int{5, 6}
	defer copy(dst, <-ch)
	defer delete(m, "x")
	defer clear(m)
	defer fmt.Println("deferred copy runs last, after clear:", len(m))
	m["y"] = 1
}

func main() {
	dst, src := slices()
	fmt.Println(copy(slices()), dst, src)
	b, _ := fromString()
	fmt.Println(copy(fromString()), b)
	m := map[string]int{"gone": 1, "kept": 2}
	delete(entry(m))
	fmt.Println(m)
	c := complex(parts())
	c32 := complex(parts32())
	fmt.Println(c, c32)
	fmt.Printf("%T %T\n", c, c32)
	fmt.Println(append(grow()))
	fmt.Println(len(append(grow())), cap(append(grow())))
	println(twoInts())
	print(temps())
	println()

	d := make([]int, 3)
	mm := map[string]int{"x": 1}
	deferred(d, mm, make(chan []int, 1))
	fmt.Println(d, mm)
}
