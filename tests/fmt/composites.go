package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []int
	Tags  map[string]bool
	Any   interface{}
	Fn    func()
	Err   error
	Bytes []byte
}

type pair struct{ x, y int }

func main() {
	in := &Inner{7, "seven"}
	o := Outer{Name: "out", In: Inner{1, "one"}, Ptr: in, List: []int{1, 2}, Tags: map[string]bool{"b": true, "a": false}, Any: 3.5, Bytes: []byte("hi")}
	fmt.Printf("%v\n", o.In)
	fmt.Printf("%+v\n", o.In)
	fmt.Printf("%#v\n", o.In)
	fmt.Printf("%v\n", o.List)
	fmt.Printf("%#v\n", o.List)
	fmt.Printf("%v %+v\n", o.Tags, o.Tags)
	fmt.Printf("%#v\n", o.Tags)
	fmt.Printf("%v\n", in)
	fmt.Printf("%+v\n", in)
	fmt.Printf("%#v\n", []pair{{1, 2}})
	fmt.Printf("%v\n", [2][]string{{"a"}, nil})
	fmt.Printf("%#v\n", [2]bool{true})
	fmt.Printf("%v|%+v\n", o.Any, o.Err)
	fmt.Printf("%#v %#v %#v %#v\n", 42, "str", 1.0, int8(-1))
	fmt.Printf("%#v %#v\n", []interface{}{1, "a", nil}, struct{}{})
	fmt.Printf("%v %d\n", []int8{-1, 2}, []uint{3, 4})
	fmt.Printf("%x %X\n", []int{10, 255}, [2]uint8{171, 205})
	fmt.Printf("%05d|%6.2f\n", []int{1, 22}, []float64{1.234, 5})
	fmt.Printf("%v\n", map[pair]string{{2, 1}: "b", {1, 9}: "a"})
	var np *Inner
	var ns []int
	var nm map[int]int
	var ni interface{}
	var nf func()
	fmt.Printf("%v %v %v %v %v\n", np, ns, nm, ni, nf == nil)
	fmt.Printf("%+v %#v %#v %#v\n", np, np, ns, nm)
	fmt.Println(o.Bytes, o.Fn == nil)
	type wrapper struct {
		P *pair
		I interface{}
	}
	fmt.Printf("%+v\n", wrapper{nil, pair{1, 2}})
	fmt.Printf("%v\n", [][]int{{1}, {2, 3}, {}})
	fmt.Printf("%v\n", &[]int{1})
	fmt.Printf("%v %v\n", &map[string]int{"k": 1}, &[1]string{"s"})
}
