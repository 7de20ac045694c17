package main

import "fmt"

type Greeter struct{ prefix string }

func (g Greeter) Greet(name string) string { return g.prefix + " " + name }

type Tally struct{ n int }

func (t *Tally) Add(k int) { t.n += k }
func (t Tally) Get() int    { return t.n }

func main() {
	g := Greeter{"hello"}
	greet := g.Greet
	g.prefix = "bye"
	fmt.Println(greet("ann"), g.Greet("ann"))
	expr := Greeter.Greet
	fmt.Println(expr(Greeter{"yo"}, "bob"))
	t := &Tally{}
	add := t.Add
	add(3)
	add(4)
	fmt.Println(t.n, t.Get())
	ptrExpr := (*Tally).Add
	ptrExpr(t, 10)
	getExpr := (*Tally).Get
	fmt.Println(getExpr(t), Tally.Get(*t))
	var v Tally
	valueGet := v.Get
	v.Add(100)
	fmt.Println(valueGet(), v.Get())
	fs := []func(int){t.Add, v.Add}
	for _, f := range fs {
		f(1)
	}
	fmt.Println(t.n, v.n)
	fmt.Printf("%T %T\n", expr, ptrExpr)
}
