package main

import "fmt"

type Walker interface{ Walk() }

type Rock struct{}

func main() {
	var v any = Rock{}
	w := v.(Walker)
	fmt.Println(w)
}
