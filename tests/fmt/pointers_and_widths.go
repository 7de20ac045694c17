package main

import "fmt"

type Node struct {
	Val   int
	Left  *Node
	Right *Node
}

type Wrapper struct {
	Inner *Node
}

func main() {
	tree := &Node{Val: 1, Left: &Node{Val: 2}}
	fmt.Printf("%v\n", *tree.Left)
	fmt.Printf("%+v\n", *tree.Left)
	fmt.Println(tree.Left.Left == nil)
	w := Wrapper{}
	fmt.Printf("%v %+v\n", w, w)
	p := &w
	fmt.Printf("%v\n", p)
	pp := &p
	fmt.Println(pp != nil)
	table := [][]string{{"name", "qty", "price"}, {"apple", "3", "1.25"}, {"watermelon", "10", "12.5"}}
	for _, row := range table {
		fmt.Printf("|%-12s|%5s|%8s|\n", row[0], row[1], row[2])
	}
	for i, v := range []float64{1, 22.5, 333.125} {
		fmt.Printf("%2d: %*.*f\n", i, 10, i, v)
	}
	fmt.Printf("[%6v][%-6v][%06v]\n", 42, true, -7)
	fmt.Printf("[%8v][%-8v]\n", []int{1, 2}, "s")
	fmt.Printf("%T %T %T %T %T\n", tree, *tree, []*Node{}, map[string][]int{}, struct{ A int }{})
	fmt.Printf("%T %T %T %T\n", nil, fmt.Println, error(nil), new(error))
	fmt.Printf("%v %v\n", struct{ a, b interface{} }{1, nil}, [0]int{})
}
