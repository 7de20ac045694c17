package main

import (
	"container/heap"
	"container/ring"
	"fmt"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

type task struct {
	name     string
	priority int
	index    int
}

type queue []*task

func (q queue) Len() int           { return len(q) }
func (q queue) Less(i, j int) bool { return q[i].priority > q[j].priority }
func (q queue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *queue) Push(x any) {
	t := x.(*task)
	t.index = len(*q)
	*q = append(*q, t)
}
func (q *queue) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*q = old[:n-1]
	return t
}

func main() {
	h := &IntHeap{9, 3, 7, 1, 8, 2, 6, 5, 4, 0}
	heap.Init(h)
	fmt.Println(*h)
	heap.Push(h, -1)
	heap.Push(h, 10)
	fmt.Println(*h)
	fmt.Println(heap.Remove(h, 3), *h)
	(*h)[2] = 100
	heap.Fix(h, 2)
	fmt.Println(*h)
	(*h)[5] = -50
	heap.Fix(h, 5)
	fmt.Println(*h)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	q := queue{}
	for i, name := range []string{"write", "read", "sleep", "eat", "code"} {
		heap.Push(&q, &task{name: name, priority: (i * 7) % 5})
	}
	item := q[2]
	item.priority = 10
	heap.Fix(&q, item.index)
	for q.Len() > 0 {
		t := heap.Pop(&q).(*task)
		fmt.Printf("%s:%d ", t.name, t.priority)
	}
	fmt.Println()

	r := ring.New(5)
	fmt.Println(r.Len(), ring.New(0) == nil)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	r = r.Move(2)
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println(r.Move(-3).Value, r.Prev().Value)
	removed := r.Unlink(2)
	fmt.Println(r.Len(), removed.Len())
	r.Do(func(v any) { fmt.Print(v, " ") })
	removed.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	s := ring.New(2)
	s.Value = "x"
	s.Next().Value = "y"
	r.Link(s)
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Move(3) == &z)
	var nilRing *ring.Ring
	fmt.Println(nilRing.Len())
}
