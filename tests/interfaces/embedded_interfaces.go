package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

type Upper struct{ ReadWriter }

func (u Upper) Read() string { return strings.ToUpper(u.ReadWriter.Read()) }

func drain(r Reader) []string {
	var out []string
	for s := r.Read(); s != ""; s = r.Read() {
		out = append(out, s)
	}
	return out
}

func main() {
	var rw ReadWriter = &Buffer{}
	rw.Write("one")
	rw.Write("two")
	var w Writer = rw
	w.Write("three")
	fmt.Println(drain(rw))
	u := Upper{&Buffer{}}
	u.Write("quiet")
	u.Write("words")
	fmt.Println(drain(u))
	var r Reader = u
	_, isWriter := r.(Writer)
	fmt.Println(isWriter)
}
