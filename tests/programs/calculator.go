package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokenKind int

const (
	Number TokenKind = iota
	Operator
	LParen
	RParen
)

type Token struct {
	Kind  TokenKind
	Text  string
	Value float64
}

func tokenize(input string) ([]Token, error) {
	var tokens []Token
	runes := []rune(input)
	for i := 0; i < len(runes); {
		r := runes[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r) || r == '.':
			start := i
			for i < len(runes) && (unicode.IsDigit(runes[i]) || runes[i] == '.') {
				i++
			}
			text := string(runes[start:i])
			v, err := strconv.ParseFloat(text, 64)
			if err != nil {
				return nil, fmt.Errorf("bad number %q at %d", text, start)
			}
			tokens = append(tokens, Token{Number, text, v})
		case strings.ContainsRune("+-*/^%", r):
			tokens = append(tokens, Token{Kind: Operator, Text: string(r)})
			i++
		case r == '(':
			tokens = append(tokens, Token{Kind: LParen, Text: "("})
			i++
		case r == ')':
			tokens = append(tokens, Token{Kind: RParen, Text: ")"})
			i++
		default:
			return nil, fmt.Errorf("unexpected character %q at %d", r, i)
		}
	}
	return tokens, nil
}

type Parser struct {
	tokens []Token
	pos    int
}

func (p *Parser) peek() *Token {
	if p.pos < len(p.tokens) {
		return &p.tokens[p.pos]
	}
	return nil
}

func precedence(op string) int {
	switch op {
	case "+", "-":
		return 1
	case "*", "/", "%":
		return 2
	case "^":
		return 3
	}
	return 0
}

func (p *Parser) primary() (float64, error) {
	t := p.peek()
	if t == nil {
		return 0, fmt.Errorf("unexpected end of input")
	}
	p.pos++
	switch t.Kind {
	case Number:
		return t.Value, nil
	case LParen:
		v, err := p.expression(1)
		if err != nil {
			return 0, err
		}
		if c := p.peek(); c == nil || c.Kind != RParen {
			return 0, fmt.Errorf("missing )")
		}
		p.pos++
		return v, nil
	case Operator:
		if t.Text == "-" {
			v, err := p.primary()
			return -v, err
		}
	}
	return 0, fmt.Errorf("unexpected %q", t.Text)
}

func (p *Parser) expression(minPrec int) (float64, error) {
	left, err := p.primary()
	if err != nil {
		return 0, err
	}
	for {
		t := p.peek()
		if t == nil || t.Kind != Operator || precedence(t.Text) < minPrec {
			return left, nil
		}
		op := t.Text
		p.pos++
		next := precedence(op) + 1
		if op == "^" {
			next = precedence(op)
		}
		right, err := p.expression(next)
		if err != nil {
			return 0, err
		}
		switch op {
		case "+":
			left += right
		case "-":
			left -= right
		case "*":
			left *= right
		case "/":
			if right == 0 {
				return 0, fmt.Errorf("division by zero")
			}
			left /= right
		case "%":
			left = float64(int(left) % int(right))
		case "^":
			result := 1.0
			for i := 0; i < int(right); i++ {
				result *= left
			}
			left = result
		}
	}
}

func evaluate(input string) (float64, error) {
	tokens, err := tokenize(input)
	if err != nil {
		return 0, err
	}
	p := &Parser{tokens: tokens}
	v, err := p.expression(1)
	if err != nil {
		return 0, err
	}
	if p.pos != len(tokens) {
		return 0, fmt.Errorf("trailing input at token %d", p.pos)
	}
	return v, nil
}

func main() {
	inputs := []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"2 ^ 3 ^ 2",
		"-4 + 10 / 4",
		"17 % 5 * 2",
		"3.5 * (2 - 0.5)",
		"1 / 0",
		"2 * (3 + 4",
		"5 $ 3",
		"((((7))))",
		"1 2",
	}
	for _, in := range inputs {
		v, err := evaluate(in)
		if err != nil {
			fmt.Printf("%-18s error: %v\n", in, err)
			continue
		}
		fmt.Printf("%-18s = %g\n", in, v)
	}
}
