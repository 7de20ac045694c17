package main

import (
	"fmt"
	"os"
)

type T struct{ n int }

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, nil, '\n')
	fmt.Print("\n")
	fmt.Print(1, 2, "\n")
	fmt.Println("a", "b", 1, 2, true, nil)
	fmt.Println()
	s := fmt.Sprint("x", 1, 2, "y", T{3}, T{4})
	fmt.Println(s)
	fmt.Println(fmt.Sprintln("end", "line") == "end line\n")
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, _ = fmt.Printf("%s=%d\n", "k", 10)
	fmt.Println(n)
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%v-%v\n", 'a', "b")
	fmt.Fprint(os.Stdout, "fprint", 2, "\n")
	fmt.Fprintln(os.Stderr, "to stderr")
	e := fmt.Errorf("code %d: %s", 404, "not found")
	fmt.Println(e, e.Error())
	fmt.Println(fmt.Sprintf("%v", []interface{}{1, "x", []int{2}}))
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint("a", "b"), fmt.Sprint(1, "a", 2))
}
