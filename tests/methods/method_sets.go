package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + " says woof" }

type Cat struct{ name string }

func (c *Cat) Speak() string { return c.name + " says meow" }

type Loud struct{ Speaker }

func main() {
	var s Speaker = Dog{"rex"}
	fmt.Println(s.Speak())
	s = &Dog{"fido"}
	fmt.Println(s.Speak())
	s = &Cat{"tom"}
	fmt.Println(s.Speak())
	_, isCat := s.(*Cat)
	_, isDog := s.(Dog)
	fmt.Println(isCat, isDog)
	l := Loud{Dog{"max"}}
	fmt.Println(l.Speak())
	var s2 Speaker = l
	fmt.Println(s2.Speak())
	animals := []Speaker{Dog{"a"}, &Cat{"b"}, &Dog{"c"}, Loud{&Cat{"d"}}}
	for _, a := range animals {
		fmt.Printf("%T: %s\n", a, a.Speak())
	}
}
