package main

import "fmt"

type Address struct {
	City    string
	Country string
}

type Person struct {
	Name string
	Age  int
	Home Address
}

type Base struct {
	ID int
}

func (b Base) Describe() string { return fmt.Sprintf("base #%d", b.ID) }
func (b *Base) Bump()           { b.ID++ }

type Named struct {
	Name string
}

func (n Named) Greeting() string { return "hi " + n.Name }

type Employee struct {
	Base
	*Named
	Title string
}

func main() {
	p := Person{Name: "Ada", Age: 36, Home: Address{"London", "UK"}}
	q := p
	q.Home.City = "Paris"
	fmt.Println(p.Home.City, q.Home.City)
	fmt.Printf("%v\n%+v\n", p, p)
	e := Employee{Base{7}, &Named{"Grace"}, "admiral"}
	fmt.Println(e.ID, e.Name, e.Title, e.Describe(), e.Greeting())
	e.Bump()
	fmt.Println(e.ID, e.Base.ID, e.Describe())
	e.Name = "G."
	fmt.Println(e.Named.Name, e.Greeting())
	type Local struct {
		Base
		ID string
	}
	l := Local{Base{1}, "shadow"}
	fmt.Println(l.ID, l.Base.ID, l.Describe())
}
