package main

import "fmt"

func main() {
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i*10 + j
		}
	}
	fmt.Println(grid)
	row := grid[1]
	row[0] = -1
	fmt.Println(grid[1], row)
	copyGrid := grid
	copyGrid[2][3] = 99
	fmt.Println(grid[2][3], copyGrid[2][3])
	board := [2][2][2]bool{{{true}}, {{false, true}}}
	fmt.Println(board)
	fmt.Println(len(grid), len(grid[0]))
	total := 0
	for _, r := range grid {
		for _, v := range r {
			total += v
		}
	}
	fmt.Println(total)
	identity := [3][3]int{{1}, {1: 1}, {2: 1}}
	fmt.Println(identity)
}
