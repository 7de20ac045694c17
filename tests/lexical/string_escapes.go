package main

import "fmt"

func main() {
	s := "tab\there\nnewline \"quoted\" back\\slash"
	fmt.Println(s)
	fmt.Println(len("\x00\x7f\xff"), len("\u00e9"), len("\U0001F600"), len("\377"))
	fmt.Printf("%q\n", "\a\b\f\v\r")
	fmt.Printf("%x\n", "\xe4\xb8\x96")
	fmt.Println("\u4e16\u754c" == "世界")
	fmt.Println("single ' quote", "octal \101\102\103")
	bs := []byte("\xff\xfe")
	fmt.Println(bs)
}
