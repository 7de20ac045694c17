package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const big = 1 << 100
const third = 1.0 / 3
const f32 float32 = third
const c = complex(1, 2)
const s = "héllo" + "!"

func main() {
	var x uint8 = 255
	var y = big >> 98
	var z float64 = third
	fmt.Println(Monday, Tuesday+1, KB, MB, GB, x, y, z, f32, real(c), imag(c), len(s), s[1])
	fmt.Println(string(rune(65)), []byte("ab"), []rune("ab"), string([]byte{104, 105}))
	const h = 'a' + 1
	var r rune = h
	fmt.Println(r, 7/2, 7.0/2, -7%3, 1e3, ^0, ^uint8(1), 5&^3)
	var sh uint = 3
	fmt.Println(1<<sh, int64(1)<<sh, min(1, 2.5), max(3, x))
	var e float64 = 1 << 2
	fmt.Println(e, x == 255, 1 < 2)
}
