package main

import "fmt"

func main() {
	formats := []string{"%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#x", "%#o", "%b", "%c", "%q", "%U", "%v", "%08b", "%-#8x|", "%+05d", "% 05d"}
	for _, f := range formats {
		fmt.Printf("%-8s -> ["+f+"] ["+f+"] ["+f+"]\n", f, 65, -7, 0)
	}
	floatFormats := []string{"%f", "%.1f", "%8.2f", "%-8.2f|", "%08.2f", "%+.2e", "%g", "%.3g", "%10.4g", "%G", "% .2f", "%#.0f", "%e"}
	for _, f := range floatFormats {
		fmt.Printf("%-8s -> ["+f+"] ["+f+"] ["+f+"]\n", f, 3.14159, -0.000123, 1234567.0)
	}
	strFormats := []string{"%s", "%10s", "%-10s|", "%.3s", "%q", "%x", "% x", "%#q", "%8.2q"}
	for _, f := range strFormats {
		fmt.Printf("%-8s -> ["+f+"] ["+f+"]\n", f, "gopher", "a`b")
	}
}
