package main

import "fmt"

type Buffer struct {
	data []byte
	n    int
}

func (b Buffer) AppendValue(c byte) { b.data = append(b.data, c); b.n++ }
func (b *Buffer) AppendPtr(c byte)  { b.data = append(b.data, c); b.n++ }
func (b Buffer) String() string     { return fmt.Sprintf("%q(n=%d)", b.data, b.n) }

func main() {
	b := Buffer{data: make([]byte, 0, 8)}
	b.AppendValue('a')
	fmt.Println(b, len(b.data), b.data[:1])
	b.AppendPtr('x')
	b.AppendPtr('y')
	fmt.Println(b)
	bp := &b
	bp.AppendValue('z')
	fmt.Println(bp, b.data[:3])
	vals := []Buffer{{}, {}}
	for _, v := range vals {
		v.AppendPtr('q')
	}
	fmt.Println(vals)
	for i := range vals {
		vals[i].AppendPtr('r')
	}
	fmt.Println(vals)
	fmt.Println(Buffer{data: []byte("hi"), n: 2}.String())
}
