package main

import (
	"fmt"
	"strings"
)

type point struct{ r, c int }

var maze = []string{
	"##########",
	"#S.....#.#",
	"#.##.#.#.#",
	"#.#..#...#",
	"#.#.####.#",
	"#...#..#.#",
	"###.#.##.#",
	"#.....#.E#",
	"##########",
}

func solve(grid []string) (int, []point) {
	var start, end point
	for r, row := range grid {
		for c, ch := range row {
			switch ch {
			case 'S':
				start = point{r, c}
			case 'E':
				end = point{r, c}
			}
		}
	}
	prev := map[point]point{}
	dist := map[point]int{start: 0}
	queue := []point{start}
	dirs := []point{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			break
		}
		for _, d := range dirs {
			next := point{cur.r + d.r, cur.c + d.c}
			if grid[next.r][next.c] == '#' {
				continue
			}
			if _, seen := dist[next]; seen {
				continue
			}
			dist[next] = dist[cur] + 1
			prev[next] = cur
			queue = append(queue, next)
		}
	}
	d, ok := dist[end]
	if !ok {
		return -1, nil
	}
	var path []point
	for p := end; p != start; p = prev[p] {
		path = append(path, p)
	}
	return d, path
}

func main() {
	d, path := solve(maze)
	fmt.Println("shortest path:", d)
	grid := make([][]byte, len(maze))
	for i, row := range maze {
		grid[i] = []byte(row)
	}
	for _, p := range path[1:] {
		grid[p.r][p.c] = '*'
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
	blocked := append([]string(nil), maze...)
	blocked[7] = strings.Replace(blocked[7], ".E", "#E", 1)
	blocked[6] = strings.Replace(blocked[6], "#.#", "###", 1)
	d, _ = solve(blocked)
	fmt.Println("blocked:", d)
}
