package main

import "fmt"

const (
	Big   = 1 << 100
	Small = Big >> 99
	Third = 1.0 / 3
	Ratio = Big / 3 * 3
	Mixed = 'a' + 1
	Float = 5 / 2.0
	IntDiv = 5 / 2
)

func main() {
	fmt.Println(Small, Third, Big/(1<<98), Ratio == Big)
	fmt.Println(Mixed, string(rune(Mixed)))
	fmt.Println(Float, IntDiv)
	var f float32 = Third
	var d float64 = Third
	fmt.Println(f, d)
	fmt.Printf("%T %T %T\n", Mixed, Float, IntDiv)
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge)
	const c = 7 % 3
	fmt.Println(c, -7%3, 7.0/2)
}
