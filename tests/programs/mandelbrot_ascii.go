package main

import (
	"fmt"
	"strings"
)

func main() {
	const width, height, maxIter = 60, 24, 50
	palette := " .:-=+*#%@"
	total := 0
	for row := 0; row < height; row++ {
		var sb strings.Builder
		for col := 0; col < width; col++ {
			c := complex(-2.2+3.0*float64(col)/width, -1.2+2.4*float64(row)/height)
			z := complex(0, 0)
			n := 0
			for ; n < maxIter; n++ {
				z = z*z + c
				if real(z)*real(z)+imag(z)*imag(z) > 4 {
					break
				}
			}
			total += n
			sb.WriteByte(palette[n*(len(palette)-1)/maxIter])
		}
		fmt.Println(strings.TrimRight(sb.String(), " "))
	}
	fmt.Println("iterations:", total)
}
