package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

type Node struct {
	Val  int
	Next *Node
}

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

func mayFail(n int) (int, error) {
	if n < 0 {
		return 0, &MyErr{"negative"}
	}
	if n == 0 {
		return 0, errors.New("zero")
	}
	return n * 2, nil
}

func variadic(prefix string, nums ...int) string {
	var sb strings.Builder
	sb.WriteString(prefix)
	for _, n := range nums {
		sb.WriteString(fmt.Sprint(n))
	}
	return sb.String()
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

type Counter struct {
	counts map[string]int
}

func (c *Counter) Inc(k string) { c.counts[k]++ }

type Pair struct {
	a, b int
}

func apply(fs []func(int) int, x int) int {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func main() {
	shapes := []Shape{Rect{1, 2}, Rect{W: 3, H: 4}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		if r, ok := s.(Rect); ok {
			_ = r.W
		}
	}
	fmt.Printf("%.2f\n", total)
	fmt.Println(IntList{1, 2, 3}.Sum())
	list := &Node{1, &Node{2, nil}}
	for n := list; n != nil; n = n.Next {
		fmt.Println(n.Val)
	}
	if _, err := mayFail(-1); err != nil {
		var me *MyErr
		if e, ok := err.(*MyErr); ok {
			me = e
		}
		fmt.Println(err, me != nil)
	}
	fmt.Println(variadic("x", 1, 2), variadic("y"), variadic("z", []int{4, 5}...))
	q, err := safeDiv(1, 0)
	fmt.Println(q, err)
	c := Counter{counts: make(map[string]int)}
	c.Inc("a")
	c.Inc("a")
	fmt.Println(c.counts["a"], len(c.counts))
	m := map[Pair]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(m[Pair{1, 2}])
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(grid[1][2], len(grid), len(grid[0]))
	anon := struct {
		Name string
		Age  int
	}{"bob", 3}
	fmt.Println(anon.Name, anon)
	b := []byte("hello")
	b = append(b, " world"...)
	n := copy(b, "J")
	fmt.Println(string(b), n)
	fs := []func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 2 },
	}
	fmt.Println(apply(fs, 3))
	var iface interface{} = 3
	switch v := iface.(type) {
	case int:
		fmt.Println(v + 1)
	}
	ch := make(chan int)
	go func() { ch <- 42 }()
	select {
	case v := <-ch:
		fmt.Println(v)
	}
	arr := [...]string{2: "c", 0: "a"}
	fmt.Println(len(arr), arr[2])
	s := arr[:]
	s2 := s[1:2:3]
	fmt.Println(cap(s2), min(3, 1, 2), max(2.5, 1))
	p := new(int)
	*p = 5
	pp := &p
	**pp++
	fmt.Println(*p)
	clear(c.counts)
	var x uint8 = 200
	x += 100
	fmt.Println(x, 7>>1, -7>>1, 1.5e2, 'x', "s"+"t")
	type local struct{ v int }
	l := local{v: 1}
	fmt.Println(l.v)
	func() {
		defer fmt.Println("deferred")
	}()
	if len(os.Args) > 100 {
		os.Exit(1)
	}
	var f32 float32 = 0.1
	var c128 complex128 = complex(1, 2)
	fmt.Println(f32, real(c128), imag(c128)*2)
	str := "héllo"
	for i := 0; i < len(str); i++ {
		_ = str[i]
	}
	fmt.Println([]rune(str)[1], string(str[0]), strings.Repeat("-", 3))
}
