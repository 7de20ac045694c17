package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type Names []string
type Lookup map[string]int
type Point struct{ X, Y int }
type Pixel Point

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func (n Names) Len() int { return len(n) }

func main() {
	c := Celsius(37)
	f := CToF(c)
	fmt.Printf("%v %T %v %T\n", c, c, f, f)
	raw := []string{"a", "b"}
	n := Names(raw)
	n[0] = "A"
	fmt.Println(raw, n.Len())
	var plain []string = n
	fmt.Println(plain)
	l := Lookup{"x": 1}
	var m map[string]int = l
	m["y"] = 2
	fmt.Println(l)
	p := Point{1, 2}
	px := Pixel(p)
	px.X = 9
	fmt.Println(p, px)
	fmt.Printf("%+v %T\n", px, px)
	type Local int
	var loc Local = 5
	fmt.Printf("%T %v\n", loc, loc+Local(c))
	b := []byte("bytes")
	type Bytes []byte
	bb := Bytes(b)
	bb[0] = 'B'
	fmt.Println(string(b), string(bb))
}
