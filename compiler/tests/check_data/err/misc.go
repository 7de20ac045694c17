package main

import "fmt"

func main() {
	var m map[[]int]int
	var a [3]int
	a[5] = 1
	var p *int = nil
	x := nil
	var c chan<- int
	<-c
	var r <-chan int
	r <- 1
	const k = len([]int{})
	fmt.Println(m, p, x)
	var arr = [...]int{1, 2, 3}
	_ = arr[3]
	_ = T{}
}
