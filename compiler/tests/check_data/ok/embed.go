package main

import "fmt"

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprint(b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }

type Named interface{ Name() string }

type Describer interface {
	Describe() string
}

type Both interface {
	Named
	Describer
}

type Item struct {
	Base
	*Extra
	name string
}

type Extra struct{ Note string }

func (e *Extra) Name() string { return e.Note }

func main() {
	it := Item{Base{1}, &Extra{"x"}, "item"}
	it.SetID(2)
	fmt.Println(it.ID, it.Note, it.Describe())
	var b Both = it
	var p *Item = &it
	p.SetID(3)
	f := p.Describe
	g := (*Base).SetID
	h := Base.Describe
	g(&it.Base, 4)
	fmt.Println(f(), h(it.Base), b.Name())
	var d Describer = b
	_ = d
}
