package main

import (
	"fmt"
	"strings"
)

type List struct {
	head *node
	size int
}

type node struct {
	val  int
	next *node
}

func (l *List) PushFront(v int) {
	l.head = &node{v, l.head}
	l.size++
}

func (l *List) Reverse() {
	var prev *node
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.next {
		parts = append(parts, fmt.Sprint(n.val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

type Tree struct {
	Left, Right *Tree
	Key         string
	Count       int
}

func (t *Tree) Insert(key string) *Tree {
	if t == nil {
		return &Tree{Key: key, Count: 1}
	}
	switch {
	case key < t.Key:
		t.Left = t.Left.Insert(key)
	case key > t.Key:
		t.Right = t.Right.Insert(key)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) Walk(visit func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t)
	t.Right.Walk(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func main() {
	var l List
	for i := 1; i <= 6; i++ {
		l.PushFront(i * i)
	}
	fmt.Println(l.String(), l.size)
	l.Reverse()
	fmt.Println(&l)
	var root *Tree
	for _, w := range strings.Fields("m f t b h p w a c g z f m m") {
		root = root.Insert(w)
	}
	root.Walk(func(t *Tree) { fmt.Printf("%s:%d ", t.Key, t.Count) })
	fmt.Println()
	fmt.Println("height", root.Height())
}
