package main

import "fmt"

type Guard struct {
	name      string
	recovered []any
}

func (g *Guard) Catch() {
	if r := recover(); r != nil {
		g.recovered = append(g.recovered, r)
	}
}

func (g *Guard) Run(f func()) {
	defer g.Catch()
	f()
}

func main() {
	g := &Guard{name: "g"}
	g.Run(func() { panic("one") })
	g.Run(func() {})
	g.Run(func() {
		var arr []string
		fmt.Println(arr[3])
	})
	g.Run(func() { panic(fmt.Sprintf("%d-%s", 3, "three")) })
	fmt.Println(len(g.recovered))
	for _, r := range g.recovered {
		fmt.Printf("%T: %v\n", r, r)
	}
}
