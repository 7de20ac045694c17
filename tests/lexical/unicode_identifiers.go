package main

import "fmt"

type Größe struct{ wert int }

func (g Größe) verdoppeln() Größe { return Größe{g.wert * 2} }

func main() {
	π := 3.14159
	日本 := "Japan"
	_underscore := 1
	ünïcödé := π * 2
	fmt.Println(π, 日本, _underscore, ünïcödé)
	g := Größe{21}.verdoppeln()
	fmt.Println(g.wert)
	var αβγ = []string{"alpha", "beta", "gamma"}
	for i, s := range αβγ {
		fmt.Println(i, s)
	}
	x1, x_2, X3 := 1, 2, 3
	fmt.Println(x1 + x_2 + X3)
}
