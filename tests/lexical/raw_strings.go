package main

import (
	"fmt"
	"strings"
)

func main() {
	raw := `C:\path\to\file \n is not a newline`
	fmt.Println(raw)
	multi := `line one
	line two with tab
line "three"`
	fmt.Println(multi)
	fmt.Println(len(multi), strings.Count(multi, "\n"))
	fmt.Printf("%q\n", `a\tb`)
	crlf := "a\r\nb"
	fmt.Println(len(crlf), len(`x`+"\r"))
	fmt.Println(`` == "", "`" + `'` + "\"")
}
