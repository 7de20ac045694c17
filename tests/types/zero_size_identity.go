// Zero-size values share one address, as gc gives them runtime.zerobase.
package main

import "fmt"

type empty struct{}

var a, b [0]int
var p, q = new([0]int), new([0]int)
var e1, e2 = new(empty), new(struct{})


func main() {
	fmt.Println(p == q, &a == p, &b == q)
	fmt.Println(e1 == (*empty)(e2))
	set := map[string]struct{}{}
	for _, w := range []string{"a", "b", "a", "c"} {
		set[w] = struct{}{}
	}
	fmt.Println(len(set), set)
	var zs [3]struct{}
	fmt.Println(len(zs), zs)
	ch := make(chan struct{}, 2)
	ch <- struct{}{}
	ch <- empty{}
	fmt.Println(<-ch, len(ch))
	var i interface{} = empty{}
	var j interface{} = empty{}
	fmt.Println(i == j, i)
}
