package main

import "fmt"

type File struct{ name string }

func (f *File) Name() string { return f.name }

func main() {
	var f *File
	var named interface{ Name() string } = f
	fmt.Println(named != nil)
	fmt.Println(named.Name())
}
