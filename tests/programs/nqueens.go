package main

import "fmt"

func solve(n int) (count int, first []int) {
	cols := make([]bool, n)
	diag1 := make([]bool, 2*n)
	diag2 := make([]bool, 2*n)
	placement := make([]int, n)
	var place func(row int)
	place = func(row int) {
		if row == n {
			if count == 0 {
				first = append([]int(nil), placement...)
			}
			count++
			return
		}
		for c := 0; c < n; c++ {
			if cols[c] || diag1[row+c] || diag2[row-c+n] {
				continue
			}
			cols[c], diag1[row+c], diag2[row-c+n] = true, true, true
			placement[row] = c
			place(row + 1)
			cols[c], diag1[row+c], diag2[row-c+n] = false, false, false
		}
	}
	place(0)
	return
}

func main() {
	for n := 1; n <= 9; n++ {
		count, first := solve(n)
		fmt.Println(n, count, first)
	}
	_, board := solve(8)
	for _, c := range board {
		row := []byte("........")
		row[c] = 'Q'
		fmt.Println(string(row))
	}
}
