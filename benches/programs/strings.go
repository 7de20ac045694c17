// String building: integers formatted and appended to a strings.Builder, then scanned.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	total := 1000000
	if len(os.Args) > 1 {
		total, _ = strconv.Atoi(os.Args[1])
	}
	var builder strings.Builder
	for i := 0; i < total; i++ {
		builder.WriteString(strconv.Itoa(i * i % 100003))
		if i%10 == 9 {
			builder.WriteString(";\n")
		} else {
			builder.WriteByte(',')
		}
	}
	text := builder.String()
	lines := strings.Split(text, "\n")
	fmt.Printf("%d bytes, %d lines, %d sevens\n", len(text), len(lines), strings.Count(text, "7"))
	fmt.Println(lines[len(lines)/2])
}
