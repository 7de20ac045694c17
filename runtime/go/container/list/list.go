// Package list implements a doubly linked list, as Go's container/list.
//
// The list is a ring around a sentinel element (root): root.next is the front
// and root.prev the back, so insertion and removal need no special cases.
package list

// Element is an element of a linked list.
type Element struct {
	next, prev *Element
	// list is the list this element belongs to; nil once removed.
	list *List

	// The value stored with this element.
	Value any
}

// Next returns the next list element or nil.
func (e *Element) Next() *Element {
	if e.list == nil || e.next == &e.list.root {
		return nil
	}
	return e.next
}

// Prev returns the previous list element or nil.
func (e *Element) Prev() *Element {
	if e.list == nil || e.prev == &e.list.root {
		return nil
	}
	return e.prev
}

// List represents a doubly linked list. The zero value is an empty list ready to use.
type List struct {
	root   Element
	length int
}

// Init initializes or clears list l.
func (l *List) Init() *List {
	l.root.next = &l.root
	l.root.prev = &l.root
	l.length = 0
	return l
}

// New returns an initialized list.
func New() *List { return new(List).Init() }

// Len returns the number of elements of list l.
func (l *List) Len() int { return l.length }

// Front returns the first element of list l or nil if the list is empty.
func (l *List) Front() *Element {
	if l.length == 0 {
		return nil
	}
	return l.root.next
}

// Back returns the last element of list l or nil if the list is empty.
func (l *List) Back() *Element {
	if l.length == 0 {
		return nil
	}
	return l.root.prev
}

// lazyInit makes a zero List usable.
func (l *List) lazyInit() {
	if l.root.next == nil {
		l.Init()
	}
}

// linkAfter links e after at and returns e.
func (l *List) linkAfter(e, at *Element) *Element {
	e.prev = at
	e.next = at.next
	e.prev.next = e
	e.next.prev = e
	e.list = l
	l.length++
	return e
}

// unlink takes e out of its list.
func (l *List) unlink(e *Element) {
	e.prev.next = e.next
	e.next.prev = e.prev
	e.next = nil
	e.prev = nil
	e.list = nil
	l.length--
}

// relink moves e, already in l, to just after at.
func (l *List) relink(e, at *Element) {
	if e == at {
		return
	}
	e.prev.next = e.next
	e.next.prev = e.prev
	e.prev = at
	e.next = at.next
	e.prev.next = e
	e.next.prev = e
}

// Remove removes e from l if e is an element of list l and returns e.Value.
func (l *List) Remove(e *Element) any {
	if e.list == l {
		l.unlink(e)
	}
	return e.Value
}

// PushFront inserts a new element with value v at the front of list l and returns it.
func (l *List) PushFront(v any) *Element {
	l.lazyInit()
	return l.linkAfter(&Element{Value: v}, &l.root)
}

// PushBack inserts a new element with value v at the back of list l and returns it.
func (l *List) PushBack(v any) *Element {
	l.lazyInit()
	return l.linkAfter(&Element{Value: v}, l.root.prev)
}

// InsertBefore inserts a new element with value v immediately before mark and returns it.
// If mark is not an element of l, the list is not modified and nil is returned.
func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.linkAfter(&Element{Value: v}, mark.prev)
}

// InsertAfter inserts a new element with value v immediately after mark and returns it.
// If mark is not an element of l, the list is not modified and nil is returned.
func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.linkAfter(&Element{Value: v}, mark)
}

// MoveToFront moves element e to the front of list l.
func (l *List) MoveToFront(e *Element) {
	if e.list != l || l.root.next == e {
		return
	}
	l.relink(e, &l.root)
}

// MoveToBack moves element e to the back of list l.
func (l *List) MoveToBack(e *Element) {
	if e.list != l || l.root.prev == e {
		return
	}
	l.relink(e, l.root.prev)
}

// MoveBefore moves element e to its new position before mark.
func (l *List) MoveBefore(e, mark *Element) {
	if e.list != l || e == mark || mark.list != l {
		return
	}
	l.relink(e, mark.prev)
}

// MoveAfter moves element e to its new position after mark.
func (l *List) MoveAfter(e, mark *Element) {
	if e.list != l || e == mark || mark.list != l {
		return
	}
	l.relink(e, mark)
}

// PushBackList inserts a copy of another list at the back of list l.
// The lists l and other may be the same.
func (l *List) PushBackList(other *List) {
	l.lazyInit()
	n := other.Len()
	for e := other.Front(); n > 0; n-- {
		l.linkAfter(&Element{Value: e.Value}, l.root.prev)
		e = e.Next()
	}
}

// PushFrontList inserts a copy of another list at the front of list l.
// The lists l and other may be the same.
func (l *List) PushFrontList(other *List) {
	l.lazyInit()
	n := other.Len()
	for e := other.Back(); n > 0; n-- {
		l.linkAfter(&Element{Value: e.Value}, &l.root)
		e = e.Prev()
	}
}
