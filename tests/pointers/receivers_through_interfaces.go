package main

import "fmt"

type Toggler interface{ Toggle() bool }

type Switch struct{ on bool }

func (s *Switch) Toggle() bool {
	s.on = !s.on
	return s.on
}

type Counter int

func (c *Counter) Incr() Counter { *c++; return *c }

func apply(t Toggler, n int) (last bool) {
	for i := 0; i < n; i++ {
		last = t.Toggle()
	}
	return
}

func main() {
	s := Switch{}
	fmt.Println(apply(&s, 3), s.on)
	var t Toggler = &s
	t.Toggle()
	fmt.Println(s.on)
	var c Counter
	c.Incr()
	c.Incr()
	fmt.Println(c, c.Incr())
	counters := make([]Counter, 3)
	for i := range counters {
		for j := 0; j <= i; j++ {
			counters[i].Incr()
		}
	}
	fmt.Println(counters)
	m := map[string]*Switch{"a": {}, "b": {on: true}}
	m["a"].Toggle()
	m["b"].Toggle()
	fmt.Println(m["a"].on, m["b"].on)
}
