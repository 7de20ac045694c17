package main

import (
	"flag"
	"fmt"
	"strings"
)

type listValue []string

func (l *listValue) String() string     { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error { *l = append(*l, s); return nil }

func newSet(out *strings.Builder) (*flag.FlagSet, *string, *int, *bool, *float64, *listValue) {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(out)
	name := fs.String("name", "world", "who to `greet`")
	count := fs.Int("n", 1, "how many times")
	verbose := fs.Bool("v", false, "verbose output")
	ratio := fs.Float64("ratio", 0.5, "a ratio\nover two lines")
	var list listValue
	fs.Var(&list, "item", "an item (repeatable)")
	return fs, name, count, verbose, ratio, &list
}

func main() {
	var out strings.Builder
	fs, name, count, verbose, ratio, list := newSet(&out)
	err := fs.Parse([]string{"-name=gopher", "--n", "3", "-v", "-item", "a", "-item=b", "-ratio", "1e3", "rest", "-x"})
	fmt.Println(err, *name, *count, *verbose, *ratio, *list, fs.Args(), fs.NArg(), fs.Arg(0), fs.Arg(5), fs.NFlag(), fs.Parsed())
	fs.Visit(func(f *flag.Flag) { fmt.Print(f.Name, "=", f.Value, " ") })
	fmt.Println()
	fs.VisitAll(func(f *flag.Flag) { fmt.Printf("%s(%q) ", f.Name, f.DefValue) })
	fmt.Println()
	fmt.Println(fs.Lookup("n").Usage, fs.Lookup("missing") == nil, fs.Set("n", "42"), *count, fs.Set("nope", "1"))
	fmt.Println(fs.Lookup("v").Value.(flag.Getter).Get())

	cases := [][]string{
		{"-n", "abc"},
		{"-n", "99999999999999999999"},
		{"-v=maybe"},
		{"-unknown"},
		{"-n"},
		{"---bad"},
		{"-h"},
		{"--", "-n", "5"},
		{"-v=false", "x", "-n", "7"},
		{"-ratio=x"},
	}
	for _, args := range cases {
		out.Reset()
		fs, _, count, verbose, _, _ := newSet(&out)
		err := fs.Parse(args)
		fmt.Printf("%q -> err=%v n=%d v=%v args=%q\n", args, err, *count, *verbose, fs.Args())
		fmt.Print(out.String())
	}
	fmt.Println(flag.ErrHelp)
	fmt.Println(flag.NArg(), flag.Args(), flag.Parsed())
	flag.Parse()
	fmt.Println(flag.NArg(), len(flag.Args()), flag.Parsed(), flag.NFlag())
}
