package main

import (
	"fmt"
	"strings"
)

const width, height = 12, 8

type Board [height][width]bool

func (b *Board) neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+height)%height, (c+dc+width)%width
			if b[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (b Board) Step() Board {
	var next Board
	for r := 0; r < height; r++ {
		for c := 0; c < width; c++ {
			n := b.neighbors(r, c)
			next[r][c] = n == 3 || (n == 2 && b[r][c])
		}
	}
	return next
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, alive := range row {
			if alive {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	var b Board
	glider := [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}}
	for _, p := range glider {
		b[p[0]][p[1]] = true
	}
	b[5][8], b[5][9], b[5][10] = true, true, true
	for gen := 0; gen < 4; gen++ {
		fmt.Printf("generation %d\n%v", gen, b)
		b = b.Step()
	}
	alive := 0
	for i := 0; i < 40; i++ {
		b = b.Step()
	}
	for _, row := range b {
		for _, v := range row {
			if v {
				alive++
			}
		}
	}
	fmt.Println("alive after 44:", alive)
}
