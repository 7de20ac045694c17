package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	calls := 0
	m := strings.Map(func(r rune) rune {
		calls++
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana\xffé")
	fmt.Printf("%q %d\n", m, calls)
	same := strings.Map(func(r rune) rune { return r }, "same")
	fmt.Println(same)
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r }, "bad\xff"))
	fmt.Printf("%q\n", strings.FieldsFunc("  a,b;;c  ", func(r rune) bool { return r == ',' || r == ';' || r == ' ' }))
	fmt.Printf("%q\n", strings.FieldsFunc("", unicode.IsSpace))
	fmt.Println(strings.FieldsFunc("", unicode.IsSpace) == nil, strings.Fields("") == nil)
	fmt.Println(strings.LastIndexFunc("go123go", unicode.IsDigit), strings.IndexFunc("abc", unicode.IsDigit))
	fmt.Printf("%q %q %q\n", strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeftFunc("  x  ", unicode.IsSpace), strings.TrimRightFunc("x世界", func(r rune) bool { return r > 127 }))
	fmt.Println(strings.ContainsFunc("hello", unicode.IsUpper))
	fmt.Printf("%q\n", strings.SplitN("a,b,c", ",", 0))
	fmt.Println(strings.SplitN("a,b,c", ",", 0) == nil)
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("a世b", ""))
	fmt.Println(strings.LastIndexAny("golang", "go"), strings.IndexAny("", "a"), strings.IndexRune("chicken", 'k'), strings.IndexRune("a\xffb", utf8RuneError()))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("", ""), strings.Index("chicken", ""), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.ToTitle("loud noises"), strings.Title("her royal highness"), strings.ToValidUTF8("a\xff\xfeb", "?"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("K", "\u212A"))
	s, found := strings.CutPrefix("prefix-rest", "prefix-")
	fmt.Println(s, found)
	s, found = strings.CutSuffix("name.txt", ".go")
	fmt.Println(s, found)
	b, a, f := strings.Cut("nosep", "=")
	fmt.Printf("%q %q %v\n", b, a, f)
	fmt.Println(strings.Repeat("-", 0) == "", strings.Repeat("ab", 4))
	fmt.Println(strings.Replace("aaaa", "a", "b", -1), strings.Replace("aaaa", "", "-", 2), strings.Replace("abc", "x", "y", 1))
	fmt.Println(strings.Clone("clone"), strings.TrimSpace("\t\n x y \r\n"), strings.Trim("¡¡Hola!!", "!¡"))
	fmt.Println(strings.HasPrefix("", ""), strings.HasSuffix("a", "ab"), strings.Compare("", "a"))
	fmt.Println(strings.ContainsRune("abc", 'b'), strings.ContainsAny("abc", ""), strings.Contains("", ""))
	defer func() { fmt.Println("recovered:", recover()) }()
	strings.Repeat("x", -1)
}

func utf8RuneError() rune { return '\uFFFD' }
