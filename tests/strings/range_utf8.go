package main

import "fmt"

func main() {
	for i, r := range "aé世😀" {
		fmt.Println(i, r, string(r))
	}
	bad := "a\xffb\xe4\xb8c\xed\xa0\x80d"
	for i, r := range bad {
		fmt.Printf("%d %U %q\n", i, r, r)
	}
	count := 0
	for range "héllo" {
		count++
	}
	fmt.Println(count)
	for i := range "xyz" {
		fmt.Print(i)
	}
	fmt.Println()
}
