// Mandelbrot: float iteration per pixel; the bitmap (8 pixels a byte, rows padded)
// is reduced to a checksum instead of being printed.
package main

import (
	"fmt"
	"os"
	"strconv"
)

const maxIterations = 50

func main() {
	size := 1000
	if len(os.Args) > 1 {
		size, _ = strconv.Atoi(os.Args[1])
	}
	inside := 0
	checksum := 0
	for y := 0; y < size; y++ {
		ci := 2.0*float64(y)/float64(size) - 1.0
		bits, bitCount := 0, 0
		for x := 0; x < size; x++ {
			cr := 2.0*float64(x)/float64(size) - 1.5
			zr, zi := 0.0, 0.0
			escaped := false
			for i := 0; i < maxIterations; i++ {
				next := zr*zr - zi*zi + cr
				zi = 2.0*zr*zi + ci
				zr = next
				if zr*zr+zi*zi > 4.0 {
					escaped = true
					break
				}
			}
			bits <<= 1
			if !escaped {
				bits |= 1
				inside++
			}
			bitCount++
			if bitCount == 8 || x == size-1 {
				bits <<= 8 - bitCount
				checksum = (checksum*31 + bits) & 0xffffffff
				bits, bitCount = 0, 0
			}
		}
	}
	fmt.Printf("%d pixels inside, checksum %d\n", inside, checksum)
}
