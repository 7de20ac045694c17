// Tests text/tabwriter: alignment, padding characters, every flag, escapes, HTML
// filtering, flushing rules and write errors.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type failing struct{ budget int }

func (f *failing) Write(p []byte) (int, error) {
	if len(p) > f.budget {
		n := f.budget
		f.budget = 0
		return n, errors.New("disk full")
	}
	f.budget -= len(p)
	return len(p), nil
}

func run(name string, minwidth, tabwidth, padding int, padchar byte, flags uint, text string) {
	var sb strings.Builder
	w := tabwriter.NewWriter(&sb, minwidth, tabwidth, padding, padchar, flags)
	// Write in small pieces so that cells span several writes.
	for i := 0; i < len(text); i += 5 {
		w.Write([]byte(text[i:min(i+5, len(text))]))
	}
	err := w.Flush()
	fmt.Printf("== %s %v\n%q\n%s\n", name, err, sb.String(), sb.String())
}

func main() {
	table := "name\tsize\tkind\nmain.go\t1200\tfile\nlib\t-\tdir\nREADME.markdown\t80\tfile\n"
	ragged := "a\tb\tc\naa\tbbbbb\nccc\nx\ty\tz\tw\n\tindented\n\t\tdeeper\nlast\tline"
	for _, f := range []uint{0, tabwriter.AlignRight, tabwriter.Debug, tabwriter.AlignRight | tabwriter.Debug, tabwriter.TabIndent,
		tabwriter.DiscardEmptyColumns, tabwriter.TabIndent | tabwriter.DiscardEmptyColumns} {
		run(fmt.Sprintf("table flags=%d", f), 0, 8, 1, ' ', f, table)
		run(fmt.Sprintf("ragged flags=%d", f), 5, 4, 2, '.', f, ragged)
		run(fmt.Sprintf("tabs flags=%d", f), 0, 8, 1, '\t', f, ragged)
	}
	run("empty columns", 0, 4, 1, '-', tabwriter.DiscardEmptyColumns, "a\t\tb\nc\t\td\n\t\t\n")
	run("empty columns vtab", 0, 4, 1, '-', tabwriter.DiscardEmptyColumns, "a\v\vb\nc\v\vd\n")
	run("empty kept", 0, 4, 1, '-', 0, "a\v\vb\nc\v\vd\n")
	run("vtab", 0, 4, 1, '*', 0, "a\vbb\vc\nddd\ve\vf\n")
	run("formfeed", 0, 4, 1, '.', tabwriter.Debug, "a\tb\fccc\tdddd\nee\tf\n")
	run("formfeed plain", 0, 4, 1, '.', 0, "a\tb\fccc\tdddd\fee\tf\n")
	run("unicode", 0, 4, 1, ' ', 0, "héllo\twörld\n日本語\tx\n\xff\xfe\ty\n")
	run("escape", 0, 4, 1, ' ', 0, "a\xff\tb\xff\tc\nlonger\td\n")
	run("escape strip", 0, 4, 1, ' ', tabwriter.StripEscape, "a\xff\tb\xff\tc\nlonger\td\n")
	run("escape open", 0, 4, 1, ' ', 0, "x\ty\xffunterminated\tz")
	run("html", 0, 4, 1, ' ', tabwriter.FilterHTML, "<b>bold</b>\t&amp;\tx\nplain\t&lt;&gt;\ty\n")
	run("html off", 0, 4, 1, ' ', 0, "<b>bold</b>\t&amp;\tx\nplain\t&lt;&gt;\ty\n")
	run("html strip", 0, 4, 1, ' ', tabwriter.FilterHTML|tabwriter.StripEscape, "<i\t>a\tb\n\xff<x>\xff\tc\n")
	run("minwidth", 10, 4, 0, '_', 0, "a\tb\nccc\tdd\n")
	run("no padding", 0, 0, 0, ' ', 0, "a\tb\nccc\tdd\n")
	run("tabwidth 0", 0, 0, 1, '\t', 0, "a\tb\nccc\tdd\n")
	run("no newline", 0, 4, 1, ' ', 0, "a\tb\tc")
	run("only text", 0, 4, 1, ' ', 0, "hello\nworld")
	run("empty", 0, 4, 1, ' ', 0, "")
	run("trailing tabs", 0, 4, 1, '.', tabwriter.Debug, "a\t\nbb\t\n\n\tc\t\n")
	run("crlf", 0, 4, 1, ' ', 0, "a\tb\r\ncc\td\r\n")

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "KEY\tVALUE\tNOTE")
	fmt.Fprintf(w, "%s\t%d\t%s\n", "alpha", 1, "first")
	fmt.Fprintf(w, "%s\t%d\t%s\n", "beta-long-key", 22222, "")
	fmt.Fprintln(w, "no tabs here: flushes the block above")
	fmt.Fprintf(w, "%s\t%v\n", "x", true)
	w.Flush()
	w.Init(os.Stdout, 6, 4, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprint(w, "1\t22\t333\n4444\t5\t66\n")
	w.Flush()

	f := &failing{budget: 7}
	w = tabwriter.NewWriter(f, 0, 8, 1, ' ', 0)
	n, err := w.Write([]byte("abc\tdef\nghijkl\tm\n"))
	fmt.Println(n, err)
	n, err = w.Write([]byte("no tab\n"))
	fmt.Println(n, err)
	fmt.Println(w.Flush())
	f.budget = 100
	fmt.Println(w.Flush())

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		tabwriter.NewWriter(os.Stdout, -1, 0, 0, ' ', 0)
	}()
	fmt.Println(tabwriter.FilterHTML, tabwriter.StripEscape, tabwriter.AlignRight, tabwriter.DiscardEmptyColumns, tabwriter.TabIndent, tabwriter.Debug, tabwriter.Escape)
}
