package main

import (
	"fmt"
	"strings"
)

func join(sep string, parts ...fmt.Stringer) string {
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = p.String()
	}
	return strings.Join(out, sep)
}

type ID int

func (i ID) String() string { return fmt.Sprintf("#%d", int(i)) }

type Tag string

func (t Tag) String() string { return "<" + string(t) + ">" }

func logf(format string, args ...any) string {
	return fmt.Sprintf("[log] "+format, args...)
}

func forward(args ...any) string {
	return logf("%v|%v", args...)
}

func count(xs ...any) int { return len(xs) }

func main() {
	fmt.Println(join(", ", ID(1), Tag("b"), ID(30)))
	fmt.Println(join("-"))
	ids := []fmt.Stringer{ID(7), ID(8)}
	fmt.Println(join("+", ids...))
	fmt.Println(logf("%d items in %s", 3, "cart"))
	fmt.Println(forward("a", 2))
	fmt.Println(forward("only one"))
	var nilSlice []any
	fmt.Println(count(), count(nil), count(nilSlice...), count(nilSlice), count(1, nil))
}
