package main

import (
	"fmt"
	"strings"
)

type Record map[string]string

type parseState int

const (
	stateKey parseState = iota
	stateValue
	stateQuoted
	stateEscape
)

func parseLine(line string) (Record, error) {
	rec := Record{}
	var key, val strings.Builder
	state := stateKey
	flush := func() {
		if key.Len() > 0 {
			rec[strings.TrimSpace(key.String())] = val.String()
		}
		key.Reset()
		val.Reset()
	}
	for i, r := range line {
		switch state {
		case stateKey:
			switch r {
			case '=':
				state = stateValue
			case ';':
				return nil, fmt.Errorf("column %d: key without value", i)
			default:
				key.WriteRune(r)
			}
		case stateValue:
			switch {
			case r == '"' && val.Len() == 0:
				state = stateQuoted
			case r == ';':
				flush()
				state = stateKey
			default:
				val.WriteRune(r)
			}
		case stateQuoted:
			switch r {
			case '\\':
				state = stateEscape
			case '"':
				state = stateValue
			default:
				val.WriteRune(r)
			}
		case stateEscape:
			if r == 'n' {
				val.WriteRune('\n')
			} else {
				val.WriteRune(r)
			}
			state = stateQuoted
		}
	}
	if state == stateQuoted || state == stateEscape {
		return nil, fmt.Errorf("unterminated quote")
	}
	if state == stateValue {
		flush()
	}
	return rec, nil
}

func main() {
	lines := []string{
		`name=weft;lang=go`,
		`msg="hello; world";n=3`,
		`esc="a\"b\nc"`,
		`broken;x=1`,
		`open="never closed`,
		` spaced key =value `,
		``,
	}
	for _, l := range lines {
		rec, err := parseLine(l)
		if err != nil {
			fmt.Printf("%-24q error: %v\n", l, err)
			continue
		}
		fmt.Printf("%-24q %d fields: %q\n", l, len(rec), rec)
	}
}
