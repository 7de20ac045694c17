package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	grid := [][]int{{1, 2}, {3, -4}, {5, 6}}
	found := false
search:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
	i := 0
loop:
	if i < 5 {
		fmt.Print(i)
		i++
		goto loop
	}
	fmt.Println()
sw:
	switch {
	case true:
		for k := 0; k < 10; k++ {
			if k == 2 {
				break sw
			}
			fmt.Print("k", k)
		}
		fmt.Println("unreached")
	}
	fmt.Println()
	n := 0
	goto skip
skip:
	n++
	fmt.Println("n =", n)
}
