package main

import (
	"fmt"
	"strings"
)

func main() {
	triangle := make([][]int, 6)
	for i := range triangle {
		triangle[i] = make([]int, i+1)
		triangle[i][0], triangle[i][i] = 1, 1
		for j := 1; j < i; j++ {
			triangle[i][j] = triangle[i-1][j-1] + triangle[i-1][j]
		}
	}
	for _, row := range triangle {
		fmt.Println(row)
	}
	words := [][]string{{"a", "b"}, nil, {"c"}}
	words[1] = append(words[1], "x", "y")
	fmt.Println(words, len(words[1]))
	var parts []string
	for _, w := range words {
		parts = append(parts, strings.Join(w, "+"))
	}
	fmt.Println(strings.Join(parts, " | "))
}
