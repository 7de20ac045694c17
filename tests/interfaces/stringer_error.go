package main

import (
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	case Blue:
		return "blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type Pair struct {
	C Color
	N int
}

type Both struct{}

func (Both) Error() string  { return "error wins" }
func (Both) String() string { return "stringer loses" }

type PtrStringer struct{ v int }

func (p *PtrStringer) String() string { return fmt.Sprint("ptr ", p.v) }

func find(name string) error {
	return &NotFound{name}
}

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q\n", Green, Green, Green, Green)
	fmt.Println([]Color{Blue, Red})
	fmt.Println(Pair{Green, 3})
	fmt.Printf("%+v\n", Pair{Blue, 1})
	err := find("config.yaml")
	fmt.Println(err)
	fmt.Printf("%v | %s\n", err, err)
	fmt.Println(Both{})
	fmt.Println(PtrStringer{1}, &PtrStringer{2})
	m := map[Color]int{Blue: 1, Red: 2}
	fmt.Println(m)
	var nilErr error
	fmt.Println(nilErr)
	fmt.Printf("%v\n", nilErr)
}
