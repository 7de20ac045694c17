package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields("  \t many   spaces\nhere  "))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeftFunc("  x ", unicode.IsSpace)+"|")
	fmt.Println(strings.LastIndexAny("golang", "go"), strings.IndexByte("abc", 'z'), strings.Index("", ""))
	fmt.Println(strings.Title("hello world"), strings.ToTitle("loud"))
	r := strings.NewReader("abcdef")
	buf := make([]byte, 4)
	n, _ := r.Read(buf)
	fmt.Println(n, string(buf[:n]), r.Len())
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Σ", "σ"))
	fmt.Println(strings.ContainsAny("", ""), strings.Contains("", ""), strings.HasPrefix("", ""))
	lines := strings.Split("l1\nl2\n", "\n")
	fmt.Println(len(lines), lines)
	fmt.Println(strings.Repeat("-", 0) == "", strings.Join(nil, ","), strings.Join([]string{"solo"}, ","))
	s, found := strings.CutPrefix("v1.2.3", "v")
	fmt.Println(s, found)
	s, found = strings.CutSuffix("archive.tar.gz", ".zip")
	fmt.Println(s, found)
	fmt.Println(strings.Count("aaaa", "aa"), strings.Replace("aaaa", "a", "b", -1), strings.Replace("abc", "", "-", -1))
}
