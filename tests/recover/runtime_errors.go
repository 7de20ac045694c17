package main

import (
	"fmt"
	"runtime"
)

func catch(name string, f func()) {
	defer func() {
		r := recover()
		re, isRuntime := r.(runtime.Error)
		err, isError := r.(error)
		fmt.Printf("%s: runtime.Error=%v error=%v\n", name, isRuntime, isError)
		if isRuntime {
			fmt.Println("  ", re.Error())
		} else if isError {
			fmt.Println("  ", err.Error())
		} else {
			fmt.Println("  ", r)
		}
	}()
	f()
}

type T struct{ v int }

func main() {
	catch("index", func() {
		s := []int{1, 2, 3}
		i := 5
		_ = s[i]
	})
	catch("slice", func() {
		s := make([]int, 2, 4)
		j := 5
		_ = s[1:j]
	})
	catch("slice3", func() {
		s := "hello"
		a, b := 3, 2
		_ = s[a:b]
	})
	catch("nil map", func() {
		var m map[int]int
		m[1] = 1
	})
	catch("nil pointer", func() {
		var p *T
		_ = p.v
	})
	catch("divide", func() {
		a, b := 1, 0
		_ = a / b
	})
	catch("assertion", func() {
		var x any = "str"
		_ = x.(int)
	})
	catch("assertion iface", func() {
		var x any = T{}
		_ = x.(fmt.Stringer)
	})
	catch("compare", func() {
		var a, b any = []int{}, []int{}
		_ = a == b
	})
	catch("custom", func() { panic(fmt.Errorf("wrapped %d", 7)) })
	catch("string", func() { panic("plain") })
	catch("array index", func() {
		var arr [4]int
		k := -1
		_ = arr[k+5]
	})
	catch("conversion", func() {
		s := []int{1, 2}
		_ = [3]int(s)
	})
}
