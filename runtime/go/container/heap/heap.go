// Package heap provides heap operations for any type implementing
// heap.Interface, as Go's container/heap: a min-heap in a slice where the
// children of element i are 2i+1 and 2i+2. The sift order matches gc's so
// programs see the same element order.
package heap

import "sort"

// Interface is the type a heap works on: a sort.Interface with Push and Pop.
// Push adds x as element Len(); Pop removes and returns element Len()-1.
type Interface interface {
	sort.Interface
	Push(x any)
	Pop() any
}

// Init establishes the heap invariants in O(n).
func Init(h Interface) {
	n := h.Len()
	for i := n/2 - 1; i >= 0; i-- {
		siftDown(h, i, n)
	}
}

// Push pushes the element x onto the heap.
func Push(h Interface, x any) {
	h.Push(x)
	siftUp(h, h.Len()-1)
}

// Pop removes and returns the minimum element (according to Less) from the heap.
func Pop(h Interface) any {
	last := h.Len() - 1
	h.Swap(0, last)
	siftDown(h, 0, last)
	return h.Pop()
}

// Remove removes and returns the element at index i from the heap.
func Remove(h Interface, i int) any {
	last := h.Len() - 1
	if last != i {
		h.Swap(i, last)
		if !siftDown(h, i, last) {
			siftUp(h, i)
		}
	}
	return h.Pop()
}

// Fix re-establishes the heap ordering after the element at index i has changed its value.
func Fix(h Interface, i int) {
	if !siftDown(h, i, h.Len()) {
		siftUp(h, i)
	}
}

// siftUp moves element j towards the root while it is less than its parent.
func siftUp(h Interface, j int) {
	for j > 0 {
		parent := (j - 1) / 2
		if parent == j || !h.Less(j, parent) {
			break
		}
		h.Swap(parent, j)
		j = parent
	}
}

// siftDown moves element start down among the first n elements while a child
// is less than it; it reports whether the element moved.
func siftDown(h Interface, start, n int) bool {
	i := start
	for {
		left := 2*i + 1
		if left >= n || left < 0 { // left < 0 after int overflow
			break
		}
		smallest := left
		if right := left + 1; right < n && h.Less(right, left) {
			smallest = right
		}
		if !h.Less(smallest, i) {
			break
		}
		h.Swap(i, smallest)
		i = smallest
	}
	return i > start
}
