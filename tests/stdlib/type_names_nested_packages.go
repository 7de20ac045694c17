package main

import (
	"container/list"
	"fmt"
	"io/fs"
)

func main() {
	fmt.Printf("%T %T\n", &fs.PathError{}, list.New())
}
