package main

import (
	"fmt"
	"math"
)

type Celsius float64
type Count int16

const Boiling Celsius = 100
const Limit Count = 30000
const Name string = "weft"
const Flag bool = !false

func main() {
	fmt.Println(Boiling, Boiling/3, Limit, Name, Flag)
	fmt.Printf("%T %T %T\n", Boiling, Limit, Name)
	var x uint8 = 255
	const shift = 3
	fmt.Println(x>>shift, x<<1)
	fmt.Println(math.MaxInt8, math.MinInt16, math.MaxUint16, uint32(math.MaxUint32))
	fmt.Println(math.MaxInt64, math.MinInt64)
	var u uint64 = math.MaxUint64
	fmt.Println(u)
	const typedFloat float32 = 0.1
	fmt.Println(typedFloat, float64(typedFloat))
	const r rune = 'é'
	fmt.Println(r, string(r))
}
