package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func render(v any, indent int, sb *strings.Builder) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case []any:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(pad + "  ")
			render(e, indent+1, sb)
			if i < len(x)-1 {
				sb.WriteString(",")
			}
			sb.WriteString("\n")
		}
		sb.WriteString(pad + "]")
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			sb.WriteString(pad + "  " + strconv.Quote(k) + ": ")
			render(x[k], indent+1, sb)
			if i < len(keys)-1 {
				sb.WriteString(",")
			}
			sb.WriteString("\n")
		}
		sb.WriteString(pad + "}")
	default:
		fmt.Fprintf(sb, "\"<unsupported %T>\"", x)
	}
}

func count(v any) (nodes int) {
	nodes = 1
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			nodes += count(e)
		}
	case map[string]any:
		for _, e := range x {
			nodes += count(e)
		}
	}
	return
}

func main() {
	doc := map[string]any{
		"name":    "weft",
		"version": 1.5,
		"stable":  false,
		"authors": []any{"ann", "bob"},
		"deps":    map[string]any{"clap": "4", "smallvec": nil},
		"matrix":  []any{[]any{1, 2}, []any{}, map[string]any{"k": "v\t\"q\""}},
		"odd":     struct{}{},
		"count":   42,
	}
	var sb strings.Builder
	render(doc, 0, &sb)
	fmt.Println(sb.String())
	fmt.Println("nodes:", count(doc))
}
