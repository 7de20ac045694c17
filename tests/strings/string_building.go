package main

import (
	"fmt"
	"strconv"
	"strings"
)

func fizzbuzz(n int) string {
	parts := make([]string, 0, n)
	for i := 1; i <= n; i++ {
		switch {
		case i%15 == 0:
			parts = append(parts, "FizzBuzz")
		case i%3 == 0:
			parts = append(parts, "Fizz")
		case i%5 == 0:
			parts = append(parts, "Buzz")
		default:
			parts = append(parts, strconv.Itoa(i))
		}
	}
	return strings.Join(parts, ",")
}

func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

func main() {
	fmt.Println(fizzbuzz(20))
	text := "Go is an open source programming language that makes it simple to build secure, scalable systems."
	for i, l := range wrap(text, 24) {
		fmt.Printf("%d |%-24s|\n", i, l)
	}
	var sb strings.Builder
	sb.Grow(64)
	for i := 0; i < 3; i++ {
		sb.WriteString(strings.Repeat("=", i+1))
		sb.WriteByte('\n')
	}
	fmt.Print(sb.String())
	csv := "name,age\nann,30\nbob,25"
	for _, row := range strings.Split(csv, "\n") {
		cells := strings.Split(row, ",")
		fmt.Printf("%q\n", cells)
	}
}
