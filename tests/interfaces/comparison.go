package main

import "fmt"

type Key struct{ a, b int }
type Token string

type Animal interface{ Sound() string }
type Cow struct{}

func (Cow) Sound() string { return "moo" }

type Hen struct{ name string }

func (*Hen) Sound() string { return "cluck" }

func main() {
	var a, b interface{}
	fmt.Println(a == b, a == nil)
	a, b = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	a, b = Key{1, 2}, Key{1, 2}
	fmt.Println(a == b)
	a, b = Token("x"), "x"
	fmt.Println(a == b, a == Token("x"))
	var x, y Animal = Cow{}, Cow{}
	fmt.Println(x == y)
	h := &Hen{"h"}
	x, y = h, h
	fmt.Println(x == y)
	y = &Hen{"h"}
	fmt.Println(x == y)
	var nilHen *Hen
	x = nilHen
	fmt.Println(x == nil, x != nil, nilHen == nil)
	var e1, e2 error
	fmt.Println(e1 == e2)
	m := map[interface{}]string{Key{0, 1}: "key", Token("t"): "token", 2.5: "float"}
	fmt.Println(m[Key{0, 1}], m[Token("t")], m[2.5], len(m))
}
