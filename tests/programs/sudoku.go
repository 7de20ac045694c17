package main

import (
	"fmt"
	"strings"
)

type Grid [9][9]int

func parse(s string) Grid {
	var g Grid
	s = strings.ReplaceAll(s, "\n", "")
	for i, ch := range s {
		if ch >= '1' && ch <= '9' {
			g[i/9][i%9] = int(ch - '0')
		}
	}
	return g
}

func (g *Grid) allowed(r, c, v int) bool {
	for i := 0; i < 9; i++ {
		if g[r][i] == v || g[i][c] == v {
			return false
		}
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			if g[i][j] == v {
				return false
			}
		}
	}
	return true
}

func (g *Grid) solve(steps *int) bool {
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if g[r][c] != 0 {
				continue
			}
			for v := 1; v <= 9; v++ {
				if g.allowed(r, c, v) {
					g[r][c] = v
					*steps++
					if g.solve(steps) {
						return true
					}
					g[r][c] = 0
				}
			}
			return false
		}
	}
	return true
}

func (g Grid) String() string {
	var sb strings.Builder
	for r, row := range g {
		if r%3 == 0 && r > 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c, v := range row {
			if c%3 == 0 && c > 0 {
				sb.WriteString("| ")
			}
			fmt.Fprintf(&sb, "%d ", v)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

const puzzle = `
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79`

func main() {
	g := parse(puzzle)
	steps := 0
	ok := g.solve(&steps)
	fmt.Println("solved:", ok, "placements:", steps)
	fmt.Print(g)
	sum := 0
	for _, row := range g {
		for _, v := range row {
			sum += v
		}
	}
	fmt.Println("sum", sum)
}
