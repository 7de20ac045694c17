package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  The quick brown fox jumps over the lazy dog  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.Contains(t, "fox"), strings.ContainsRune(t, 'z'), strings.ContainsAny(t, "xyz"))
	fmt.Println(strings.Index(t, "o"), strings.LastIndex(t, "o"), strings.IndexByte(t, 'q'), strings.IndexRune(t, 'é'))
	fmt.Println(strings.HasPrefix(t, "The"), strings.HasSuffix(t, "dog"), strings.Count(t, "the"), strings.Count("five", ""))
	fields := strings.Fields(t)
	fmt.Println(len(fields), fields)
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.ToUpper("mIxEd"), strings.ToLower("MiXeD"), strings.Title("go"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Printf("%q %q %q\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("aabcaa", "a"), strings.TrimRight("aabcaa", "a"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	before, after, found := strings.Cut("key=value=more", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Map(func(r rune) rune { return r + 1 }, "HAL"))
	fmt.Println(strings.IndexFunc("abc123", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.FieldsFunc("a1b2c3", func(r rune) bool { return r >= '0' && r <= '9' }))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	fmt.Println(strings.ToUpper("straße"), strings.ToLower("ÀÉÎ"), len(strings.ToUpper("ß")))
	fmt.Println(strings.LastIndexByte("banana", 'n'), strings.IndexAny("golang", "nl"), strings.ContainsFunc("abc", func(r rune) bool { return r == 'c' }))
}
