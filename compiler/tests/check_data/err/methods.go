package main

type T struct{ x int }

func (t *T) M() {}
func (t T) N()  {}
func (t T) x()  {}
func (t *T) M() {}

type I interface{ M() }

func main() {
	var i I = T{}
	T{}.M()
	var t T
	t.y = 1
	t.N(1)
	_ = i
}
