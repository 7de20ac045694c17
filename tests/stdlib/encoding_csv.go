// Tests encoding/csv: the reader's dialect options, positions and ParseErrors,
// and the writer's quoting.
package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

type config struct {
	comma, comment rune
	fields         int
	lazy, trim     bool
}

func readAll(name, input string, c config) {
	r := csv.NewReader(strings.NewReader(input))
	if c.comma != 0 {
		r.Comma = c.comma
	}
	r.Comment = c.comment
	r.FieldsPerRecord = c.fields
	r.LazyQuotes = c.lazy
	r.TrimLeadingSpace = c.trim
	fmt.Printf("== %s\n", name)
	for {
		rec, err := r.Read()
		if err == io.EOF {
			fmt.Println("  EOF at offset", r.InputOffset())
			break
		}
		var positions []string
		for i := range rec {
			line, col := r.FieldPos(i)
			positions = append(positions, fmt.Sprintf("%d:%d", line, col))
		}
		fmt.Printf("  %q %v off=%d err=%v\n", rec, positions, r.InputOffset(), err)
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			fmt.Println("   ", pe.StartLine, pe.Line, pe.Column, pe.Err, errors.Is(err, csv.ErrQuote), errors.Is(err, csv.ErrBareQuote), errors.Is(err, csv.ErrFieldCount))
			if pe.Err != csv.ErrFieldCount {
				break
			}
		} else if err != nil {
			break
		}
	}
	all, err := csv.NewReader(strings.NewReader(input)).ReadAll()
	fmt.Printf("  ReadAll %q %v\n", all, err)
}

func main() {
	cases := []struct {
		name, input string
		c           config
	}{
		{"simple", "a,b,c\n1,2,3\n", config{}},
		{"no final newline", "a,b\nc,d", config{}},
		{"crlf", "a,b\r\nc,d\r\n", config{}},
		{"bare cr", "a,b\rc,d\r", config{}},
		{"quoted", "\"a\",\"b,c\",\"d\"\"e\"\n", config{}},
		{"multiline", "\"line1\nline2\",x\n\"a\r\nb\",y\n", config{}},
		{"empty fields", ",,\n,\n", config{fields: -1}},
		{"blank lines", "\n\na,b\n\n\nc,d\n\n", config{}},
		{"comment", "#skip\na,b\n # not a comment\n#x,y\nc,d\n", config{comment: '#', fields: -1}},
		{"semicolon", "a;b;\"c;d\"\n", config{comma: ';'}},
		{"tab", "a\tb\n\"x\ty\"\tz\n", config{comma: '\t'}},
		{"unicode comma", "aΣbΣc\n1Σ2Σ3\n", config{comma: 'Σ'}},
		{"bare quote", "a,b\"c,d\n", config{}},
		{"bare quote lazy", "a,b\"c,d\n", config{lazy: true}},
		{"extraneous quote", "\"a\"b,c\n", config{}},
		{"extraneous lazy", "\"a\"b,c\n", config{lazy: true}},
		{"unterminated", "a,\"bc\n", config{}},
		{"unterminated multiline", "x,y\na,\"b\nc\nd", config{}},
		{"unterminated lazy", "a,\"bc\n", config{lazy: true}},
		{"quote then eof", "a,\"b\"", config{}},
		{"field count", "a,b\nc\nd,e,f\ng,h\n", config{}},
		{"field count fixed", "a,b\nc,d,e\n", config{fields: 3}},
		{"field count any", "a,b\nc\nd,e,f\n", config{fields: -1}},
		{"trim", "  a,  b,\t c\n \" q\",  \"r\"\n", config{trim: true}},
		{"trim spaces only", "a,   \n   \n", config{trim: true, fields: -1}},
		{"no trim", "  a,  b\n", config{}},
		{"bad comma", "a,b\n", config{comma: '"'}},
		{"comma equals comment", "a,b\n", config{comma: '#', comment: '#'}},
		{"quoted then garbage multiline", "\"a\nb\"c\n", config{}},
		{"empty input", "", config{}},
		{"only newline", "\n", config{}},
		{"lazy quotes inside", "\"a \"quoted\" word\",x\n", config{lazy: true}},
		{"eof cr in quotes", "\"a\r", config{}},
		{"trailing comma", "a,b,\n", config{}},
		{"unicode", "héllo,wörld\n日本,語\n", config{}},
	}
	for _, c := range cases {
		readAll(c.name, c.input, c.c)
	}

	r := csv.NewReader(strings.NewReader("a,b\nc,d\n"))
	r.ReuseRecord = true
	first, _ := r.Read()
	firstCopy := append([]string(nil), first...)
	second, _ := r.Read()
	fmt.Println(firstCopy, second, &first[0] == &second[0])
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		r.FieldPos(5)
	}()

	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	records := [][]string{{"name", "value"}, {"plain", "with,comma"}, {"quote\"inside", " leading space"}, {"multi\nline", "cr\rhere"},
		{"", "\\."}, {"\t tab", "ok"}, {}, {"single"}, {"crlf\r\nin field", "x"}}
	for _, rec := range records {
		if err := w.Write(rec); err != nil {
			fmt.Println(err)
		}
	}
	w.Flush()
	fmt.Printf("%q %v\n", buf.String(), w.Error())
	buf.Reset()
	w = csv.NewWriter(&buf)
	w.UseCRLF = true
	w.Comma = ';'
	fmt.Println(w.WriteAll(records), w.Error())
	fmt.Printf("%q\n", buf.String())
	back, err := csv.NewReader(strings.NewReader(strings.ReplaceAll(buf.String(), ";", ","))).ReadAll()
	fmt.Printf("%q %v\n", back, err)
	buf.Reset()
	w = csv.NewWriter(&buf)
	w.Comma = 'é'
	w.Write([]string{"aéb", "c"})
	w.Comma = '\n'
	fmt.Println(w.Write([]string{"x"}))
	w.Flush()
	fmt.Printf("%q\n", buf.String())
	fmt.Println(csv.ErrTrailingComma, (&csv.ParseError{StartLine: 1, Line: 2, Column: 3, Err: csv.ErrQuote}).Error())
}
