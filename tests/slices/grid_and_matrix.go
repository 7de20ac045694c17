package main

import "fmt"

func flood(grid [][]byte, r, c int, from, to byte) int {
	if r < 0 || r >= len(grid) || c < 0 || c >= len(grid[r]) || grid[r][c] != from {
		return 0
	}
	grid[r][c] = to
	return 1 + flood(grid, r+1, c, from, to) + flood(grid, r-1, c, from, to) +
		flood(grid, r, c+1, from, to) + flood(grid, r, c-1, from, to)
}

func main() {
	rows := []string{
		"..##....",
		".###..#.",
		"....###.",
		"##......",
	}
	grid := make([][]byte, len(rows))
	for i, r := range rows {
		grid[i] = []byte(r)
	}
	regions := 0
	for r := range grid {
		for c := range grid[r] {
			if grid[r][c] == '#' {
				regions++
				size := flood(grid, r, c, '#', byte('a'+regions-1))
				fmt.Println("region", regions, "size", size)
			}
		}
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
	flat := make([]int, 12)
	view := make([][]int, 3)
	for i := range view {
		view[i] = flat[i*4 : (i+1)*4]
	}
	view[1][2] = 7
	view[2][3] = 9
	fmt.Println(flat)
}
