//go:build ignore

// Fills in the expected values of literals.txt with the real Go's decoding
// (go/constant for numbers, strconv for runes and strings). Run:
// go run compiler/tests/data/gen_literals.go compiler/tests/data/literals.txt
package main

import (
	"fmt"
	"go/constant"
	"go/token"
	"os"
	"strconv"
	"strings"
)

func value(kind, text string) string {
	switch kind {
	case "int", "float", "imag":
		tok := map[string]token.Token{"int": token.INT, "float": token.FLOAT, "imag": token.IMAG}[kind]
		v := constant.MakeFromLiteral(text, tok, 0)
		if v.Kind() == constant.Unknown {
			return "invalid"
		}
		if kind == "imag" {
			v = constant.Imag(v)
		}
		if kind != "int" {
			v = constant.ToFloat(v)
			return constant.Num(v).ExactString() + "/" + constant.Denom(v).ExactString()
		}
		return v.ExactString()
	case "char":
		r, _, tail, err := strconv.UnquoteChar(strings.TrimSuffix(strings.TrimPrefix(text, "'"), "'"), '\'')
		if err != nil || tail != "" || len(text) < 3 || text[0] != '\'' || text[len(text)-1] != '\'' {
			return "invalid"
		}
		return fmt.Sprintf("U+%04X", r)
	case "string":
		s, err := strconv.Unquote(text)
		if err != nil {
			return "invalid"
		}
		return fmt.Sprintf("%x", s)
	}
	return "unknown kind"
}

func main() {
	path := os.Args[1]
	data, err := os.ReadFile(path)
	if err != nil {
		panic(err)
	}
	var out strings.Builder
	for _, c := range strings.Split(string(data), "=== ")[1:] {
		name, rest, _ := strings.Cut(c, "\n")
		input, _, _ := strings.Cut(rest, "--- values\n")
		out.WriteString("=== " + name + "\n" + input + "--- values\n")
		for _, line := range strings.Split(strings.TrimSuffix(input, "\n"), "\n") {
			kind, text, _ := strings.Cut(line, " ")
			out.WriteString(value(kind, text) + "\n")
		}
	}
	os.WriteFile(path, []byte(out.String()), 0o644)
}
