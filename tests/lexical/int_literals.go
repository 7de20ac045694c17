package main

import "fmt"

func main() {
	decimal := 1234567
	binary := 0b1011_0110
	binaryUpper := 0B11
	octalOld := 0755
	octalNew := 0o644
	octalUpper := 0O17
	hex := 0xDEAD_BEEF
	hexUpper := 0XcafE
	underscores := 1_000_000
	zero := 0
	fmt.Println(decimal, binary, binaryUpper, octalOld, octalNew, octalUpper)
	fmt.Println(hex, hexUpper, underscores, zero)
	fmt.Printf("%b %o %x %X\n", binary, octalOld, hex, hexUpper)
	var big uint64 = 0xFFFF_FFFF_FFFF_FFFF
	fmt.Println(big)
	const maxNeg = -0x8000_0000_0000_0000
	fmt.Println(int64(maxNeg))
	fmt.Println(0x1p4 == 16, 017 == 15, 0b1_0 == 2)
}
