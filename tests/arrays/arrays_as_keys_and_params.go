package main

import "fmt"

type Board [3][3]byte

func (b Board) Winner() byte {
	lines := [8][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a, b2, c := b[l[0][0]][l[0][1]], b[l[1][0]][l[1][1]], b[l[2][0]][l[2][1]]
		if a != '.' && a == b2 && b2 == c {
			return a
		}
	}
	return '.'
}

func main() {
	seen := map[[2]int]bool{}
	path := [][2]int{{0, 0}, {0, 1}, {1, 1}, {0, 1}, {0, 0}, {2, 2}}
	for _, p := range path {
		if seen[p] {
			fmt.Println("revisit", p)
		}
		seen[p] = true
	}
	fmt.Println(len(seen))
	b := Board{{'x', 'o', '.'}, {'o', 'x', '.'}, {'.', 'o', 'x'}}
	fmt.Println(string(b.Winner()))
	states := map[Board]int{}
	states[b]++
	b2 := b
	states[b2]++
	b2[0][2] = 'o'
	states[b2]++
	fmt.Println(len(states), states[b])
	var counts [26]int
	for _, r := range "the quick brown fox" {
		if r >= 'a' && r <= 'z' {
			counts[r-'a']++
		}
	}
	fmt.Println(counts)
}
