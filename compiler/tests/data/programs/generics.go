package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Sum[T Number](xs ...T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for i := range xs {
		out = append(out, f(xs[i]))
	}
	return out
}

type List[T any] struct {
	head *node[T]
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head} }

func main() {
	fmt.Println(Sum(1, 2, 3), Sum[float64](1.5, 2))
	p := Pair[string, int]{Key: "a", Val: 1}
	fmt.Println(p, Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i) }))
	var l List[int]
	l.Push(3)
}
