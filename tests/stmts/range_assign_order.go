// Range statements that assign to existing variables evaluate the value's place
// (index expressions, pointer operands) before assigning the key, like `k, x[k] = a, b`.
package main

import "fmt"

type pair struct {
	n    int
	vals [3]string
}

func main() {
	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y {
		break
	}
	fmt.Println("slice:", i, x)

	arr := [2]int{10, 20}
	j := 1
	for j, arr[j] = range [1]int{77} {
	}
	fmt.Println("array:", j, arr)

	runes := []rune{'a', 'b'}
	k := 1
	for k, runes[k] = range "c" {
		break
	}
	fmt.Println("string:", k, string(runes))

	m := map[string]int{"only": 5}
	keys := map[string]int{}
	var key string = "before"
	for key, keys[key] = range m {
	}
	fmt.Println("map:", key, keys)

	p := &pair{}
	q := &pair{}
	ptr := p
	for ptr.n, ptr.vals[ptr.n] = range []string{"zero", "one", "two"} {
		if ptr.n == 1 {
			ptr = q
		}
	}
	fmt.Println("pointers:", p.n, p.vals, q.n, q.vals)

	// Every iteration evaluates the place anew.
	out := make([]int, 4)
	idx := 0
	for idx, out[idx] = range []int{5, 6, 7, 8} {
	}
	fmt.Println("each iteration:", idx, out)
}
