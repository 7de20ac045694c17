package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	count := 0
	for i := range s {
		if count == n {
			return s[:i] + "…"
		}
		count++
	}
	return s
}

func main() {
	words := []string{"hello", "héllo", "日本語", "😀👍", "naïve café"}
	for _, w := range words {
		fmt.Printf("%-12s bytes=%2d runes=%d reversed=%s upper=%s\n", w, len(w), utf8.RuneCountInString(w), reverse(w), strings.ToUpper(w))
	}
	fmt.Println(truncate("añoñoño", 3), truncate("ab", 5))
	fmt.Println(strings.Index("日本語", "語"), strings.IndexRune("日本語", '本'))
	s := "日本語"
	fmt.Printf("%q %q %x\n", s[:3], s[1:4], s[1:4])
	fmt.Println(strings.Count("cheese", "e"), strings.Count("日本日本", "日"))
}
