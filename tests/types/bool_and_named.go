package main

import "fmt"

type Meters float64
type ID uint32
type Enabled bool

func main() {
	var m Meters = 12.5
	var n Meters = 2
	fmt.Println(m*n, m/n, m > n)
	id := ID(42)
	fmt.Printf("%v %d %T\n", id, id, id)
	var e Enabled
	fmt.Println(e, !e, e == false)
	t, f := true, false
	fmt.Println(t && f, t || f, !t, t != f, t == !f)
	fmt.Printf("%t %v\n", t, f)
	var raw float64 = float64(m)
	fmt.Println(raw + 0.25)
}
