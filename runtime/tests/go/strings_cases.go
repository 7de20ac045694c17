// Command strings_cases prints the golden cases of runtime/tests/strings.rs:
// Go's strings functions applied to every pair of a list of byte strings
// (including invalid UTF-8). Inputs are hex-encoded; results are printed
// with %q (strings and slices) or as numbers.
package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
)

var out = bufio.NewWriter(os.Stdout)

func h(s string) string { return hex.EncodeToString([]byte(s)) }

func main() {
	defer out.Flush()
	texts := []string{"", "a", "abc", "a,b,c", ",a,,b,", "aaaa", "  hello  world \t\n", "héllo wörld", "ÀÉÎõü", "ΑΒΓ αβγ ς",
		"日本語 日本", "a\xffb\xfe", "\xff", "x\u00a0y\u2003z\u0085", "ǅǄǆ", "ß ẞ", "K k \u212a", "İı", "\ufffd\xff", "go gopher go",
		"Straße", "ﬀ", "ǰ", "\xe2\x82", "abcabcabc", "hello_world foo-bar 3d x\xff\xfey", "\xc3(\xe2\x28\xa1", "ǆemal ǳ"}
	seps := []string{"", "a", ",", "b", "bc", "abc", " ", "go", "\xff", "日", "\ufffd", "é", "xyz", "aa"}
	for _, s := range texts {
		fmt.Fprintf(out, "one\t%s\t%q\t%q\t%q\t%q\t%q\t%d\n", h(s), strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s),
			strings.TrimSpace(s), strings.Fields(s), len(strings.Fields(s)))
		for _, sep := range seps {
			before, after, found := strings.Cut(s, sep)
			fmt.Fprintf(out, "two\t%s\t%s\t%v\t%v\t%d\t%d\t%d\t%d\t%d\t%v\t%v\t%d\t%v\t%q\t%q\t%v\n", h(s), h(sep),
				strings.Contains(s, sep), strings.ContainsAny(s, sep), strings.Count(s, sep), strings.Index(s, sep),
				strings.LastIndex(s, sep), strings.IndexAny(s, sep), strings.LastIndexAny(s, sep),
				strings.HasPrefix(s, sep), strings.HasSuffix(s, sep), strings.Compare(s, sep), strings.EqualFold(s, sep),
				before, after, found)
			fmt.Fprintf(out, "split\t%s\t%s\t%q\t%q\t%q\t%q\t%q\t%q\n", h(s), h(sep), strings.Split(s, sep), strings.SplitN(s, sep, 2),
				strings.SplitN(s, sep, -1), strings.SplitAfter(s, sep), strings.SplitAfterN(s, sep, 3), strings.SplitN(s, sep, 1))
			fmt.Fprintf(out, "edit\t%s\t%s\t%q\t%q\t%q\t%q\t%q\t%q\t%q\t%q\n", h(s), h(sep), strings.ReplaceAll(s, sep, "<>"),
				strings.Replace(s, sep, "", 1), strings.Replace(s, sep, "_", 2), strings.Trim(s, sep), strings.TrimLeft(s, sep),
				strings.TrimRight(s, sep), strings.TrimPrefix(s, sep), strings.TrimSuffix(s, sep))
		}
		for _, r := range []rune{'a', 'b', ',', 0xe9, 0x65e5, 0xfffd, 0xd800, -1, 0x110000, 0} {
			fmt.Fprintf(out, "rune\t%s\t%d\t%d\t%v\n", h(s), r, strings.IndexRune(s, r), strings.ContainsRune(s, r))
		}
		fmt.Fprintf(out, "join\t%s\t%q\t%q\t%q\t%q\n", h(s), strings.Join(strings.Fields(s), "+"), strings.Repeat(s, 3),
			strings.Title(s), strings.ToValidUTF8(s, "?"))
	}
	replacers := [][]string{{"a", "1"}, {"a", "1", "b", "2"}, {"abc", "X"}, {"a", "1", "aaa", "3", "", "-"}, {"", "X"}, {"aaa", "3", "a", "1"},
		{"日", "sun", "本", ""}, {"\xff", "?"}, {",", ";", ";", ","}, {"go", "Go", "gopher", "GOPHER"}, {"a", "x", "a", "y"}, {"", "A", "", "B"}}
	for i, pairs := range replacers {
		for _, s := range texts {
			fmt.Fprintf(out, "replacer\t%d\t%s\t%q\n", i, h(s), strings.NewReplacer(pairs...).Replace(s))
		}
	}
	for _, pair := range [][2]string{{"Go", "GO"}, {"σς", "ΣΣ"}, {"k", "\u212a"}, {"ß", "ẞ"}, {"abc", "abd"}, {"a", "ab"}, {"\xff", "\ufffd"}, {"ǅ", "ǆ"}, {"Straße", "STRASSE"}, {"", ""}} {
		fmt.Fprintf(out, "fold\t%s\t%s\t%v\n", h(pair[0]), h(pair[1]), strings.EqualFold(pair[0], pair[1]))
	}
}
