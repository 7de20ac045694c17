package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a == c, a != c)
	p := [2]Point{{1, 2}, {3, 4}}
	q := [2]Point{{1, 2}, {3, 4}}
	fmt.Println(p == q)
	q[1].Y = 5
	fmt.Println(p == q)
	s1 := [2]string{"x", "y"}
	s2 := [2]string{"x", "y"}
	fmt.Println(s1 == s2)
	var i1, i2 [2]interface{}
	i1[0], i2[0] = 1, 1
	fmt.Println(i1 == i2)
	i2[1] = "x"
	fmt.Println(i1 == i2)
	f1 := [1]float64{0}
	f2 := [1]float64{-0.0}
	fmt.Println(f1 == f2)
}
