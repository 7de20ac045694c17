// Constant stores into slice elements (`seen[i] = true`, `counts[k] = 0`): every kind of
// constant, the index checks and the panic's position when the index is out of range.
package main

import "fmt"

func mark(seen []bool, i int) (err any) {
	defer func() { err = recover() }()
	seen[i] = true
	return nil
}

func main() {
	seen := make([]bool, 5)
	for i := 0; i < len(seen); i += 2 {
		seen[i] = true
	}
	seen[4] = false
	fmt.Println(seen)

	counts := []int{5, 6, 7}
	k := 1
	counts[k] = 0
	counts[2] = -3
	counts[0] = 2147483647
	fmt.Println(counts)

	bytes := make([]byte, 3)
	j := 2
	bytes[j] = 255
	bytes[0] = 'A'
	fmt.Println(bytes)

	small := make([]int8, 2)
	small[k] = -128
	fmt.Println(small)

	floats := make([]float64, 2)
	floats[k] = 3
	fmt.Println(floats)

	fmt.Println(mark(seen, 2), mark(seen, 5), mark(seen, -1))
	var none []bool
	fmt.Println(mark(none, 0))

	grid := make([][]int, 2)
	for r := range grid {
		grid[r] = make([]int, 2)
		row := grid[r]
		c := 1
		row[c] = 9
	}
	fmt.Println(grid)

	last := make([]int, 3)
	idx := 3
	last[idx] = 1
}
