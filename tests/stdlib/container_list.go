package main

import (
	"container/list"
	"fmt"
)

func dump(name string, l *list.List) {
	fmt.Print(name, " len=", l.Len(), " [")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" ] back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func main() {
	var zero list.List
	fmt.Println(zero.Len(), zero.Front() == nil, zero.Back() == nil)
	zero.PushBack("lazy")
	dump("zero", &zero)

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	e3 := l.InsertBefore(3, e4)
	e2 := l.InsertAfter(2, e1)
	dump("l", l)
	l.MoveToFront(e4)
	dump("front4", l)
	l.MoveToBack(e1)
	dump("back1", l)
	l.MoveBefore(e1, e2)
	dump("1before2", l)
	l.MoveAfter(e4, e3)
	dump("4after3", l)
	l.MoveAfter(e4, e4)
	fmt.Println("removed", l.Remove(e2))
	dump("no2", l)
	fmt.Println(e2.Next() == nil, e2.Prev() == nil, l.Remove(e2))

	other := list.New()
	other.PushBack("a")
	other.PushBack("b")
	fmt.Println(l.InsertBefore(9, other.Front()) == nil, l.InsertAfter(9, other.Front()) == nil)
	l.MoveToFront(other.Front())
	dump("unchanged", l)
	l.PushBackList(other)
	l.PushFrontList(other)
	dump("both", l)
	other.PushBackList(other)
	other.PushFrontList(other)
	dump("self", other)
	l.Init()
	dump("init", l)
	fmt.Println(l.Remove(other.Front()), other.Len())
	for e := other.Front(); e != nil; {
		next := e.Next()
		if e.Value == "a" {
			other.Remove(e)
		}
		e = next
	}
	dump("noa", other)
}
