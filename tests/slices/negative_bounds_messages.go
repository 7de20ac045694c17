// Slice expressions with negative bounds panic with gc's messages, which leave out the
// length or capacity when the offending bound is negative.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Printf("%-10s %v\n", name, recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	a := [3]int{}
	str := "abc"
	neg, big, two := -1, 5, 2
	try("s[:neg]", func() { _ = s[:neg] })
	try("s[neg:]", func() { _ = s[neg:] })
	try("s[neg:2]", func() { _ = s[neg:two] })
	try("s[:big]", func() { _ = s[:big] })
	try("s[2:1]", func() { _ = s[two:1] })
	try("a[:neg]", func() { _ = a[:neg] })
	try("a[neg:]", func() { _ = a[neg:] })
	try("str[:neg]", func() { _ = str[:neg] })
	try("str[neg:]", func() { _ = str[neg:] })
	try("str[:big]", func() { _ = str[:big] })
	try("s[::neg]", func() { _ = s[:1:neg] })
	try("s[:neg:2]", func() { _ = s[:neg:two] })
	try("s[neg:1:2]", func() { _ = s[neg:1:two] })
	try("s[2:1:3]", func() { _ = s[two:1:3] })
	try("s[:1:big]", func() { _ = s[:1:big] })
}
