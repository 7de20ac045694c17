package main

import "fmt"

/* A block comment
   spanning lines. */

func values() (int, int) { return 1, 2 } // trailing comment

func main() {
	a, b := values(); c := a + b
	fmt.Println(a, b, c) /* inline */ ; fmt.Println("two statements")
	x := []int{
		1,
		2,
	}
	fmt.Println(x,
		len(x),
	)
	if c > 2 { fmt.Println("one-line if") }
	s := "// not a comment" + "/* nor this */"
	fmt.Println(s)
	var y = 1 +
		2
	fmt.Println(y)
	for i := 0; i < 2; i++ { fmt.Print(i); }
	fmt.Println()
}
