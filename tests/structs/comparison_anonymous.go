package main

import "fmt"

type Key struct {
	A string
	B int
}

func main() {
	k1 := Key{"x", 1}
	k2 := Key{"x", 1}
	k3 := Key{B: 1}
	fmt.Println(k1 == k2, k1 == k3, k1 != k3)
	anon := struct {
		Name string
		Tags []string
	}{"post", []string{"go", "vm"}}
	fmt.Println(anon.Name, anon.Tags, len(anon.Tags))
	fmt.Printf("%v %+v\n", anon, anon)
	pair := struct{ A, B int }{1, 2}
	same := struct{ A, B int }{1, 2}
	fmt.Println(pair == same)
	points := []struct{ X, Y int }{{1, 2}, {3, 4}}
	for _, p := range points {
		fmt.Println(p.X + p.Y)
	}
	var empty struct{}
	fmt.Println(empty, empty == struct{}{})
	type T struct {
		Inner struct{ V int }
	}
	var t T
	t.Inner.V = 9
	fmt.Printf("%+v\n", t)
}
