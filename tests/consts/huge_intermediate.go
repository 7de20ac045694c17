package main

import "fmt"

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
	PB
	EB
	ZB
	YB
)

func main() {
	fmt.Println(KB, MB, GB, TB, PB, EB)
	fmt.Println(YB / ZB, ZB / EB)
	const x = 123456789012345678901234567890
	fmt.Println(x % 1000000007, x / 1e20)
	const precise = (1 << 200) / ((1 << 199) + 0)
	fmt.Println(precise)
	fmt.Println(float64(YB))
	const negShift = -1 << 63
	fmt.Println(int64(negShift))
}
