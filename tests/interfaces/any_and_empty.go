package main

import "fmt"

type Stack struct{ items []any }

func (s *Stack) Push(v any) { s.items = append(s.items, v) }
func (s *Stack) Pop() any {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func main() {
	var st Stack
	st.Push(1)
	st.Push("two")
	st.Push([]float64{3})
	st.Push(nil)
	for len(st.items) > 0 {
		v := st.Pop()
		fmt.Printf("%v %T\n", v, v)
	}
	var a any = 5
	var b interface{} = a
	fmt.Println(a == b)
	record := map[string]any{"name": "weft", "version": 1, "tags": []string{"vm"}}
	fmt.Println(record)
	var p *int
	var i any = p
	fmt.Println(i == nil, i)
}
