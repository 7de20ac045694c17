package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set map[string]bool

func (s Set) Add(items ...string) Set {
	for _, it := range items {
		s[it] = true
	}
	return s
}

func (s Set) Union(o Set) Set {
	out := Set{}
	for k := range s {
		out[k] = true
	}
	for k := range o {
		out[k] = true
	}
	return out
}

func (s Set) Sorted() []string {
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }
func (p Path) Parent() Path {
	if len(p) == 0 {
		return p
	}
	return p[:len(p)-1]
}

type Histogram []int

func (h *Histogram) Observe(v int) {
	for len(*h) <= v {
		*h = append(*h, 0)
	}
	(*h)[v]++
}

func main() {
	a := Set{}.Add("x", "y")
	b := Set{}.Add("y", "z")
	fmt.Println(a.Union(b).Sorted(), len(a))
	p := Path{"usr", "local", "bin"}
	fmt.Println(p, p.Parent(), p.Parent().Parent().Parent(), Path{}.Parent())
	var h Histogram
	for _, v := range []int{1, 3, 3, 0, 5, 3} {
		h.Observe(v)
	}
	fmt.Println(h)
}
