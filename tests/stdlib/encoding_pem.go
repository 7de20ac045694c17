// Tests encoding/pem: encoding with headers and long bodies, and decoding of
// well-formed and malformed blocks.
package main

import (
	"bytes"
	"encoding/pem"
	"errors"
	"fmt"
	"sort"
	"strings"
)

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, errors.New("no space") }

func show(p *pem.Block, rest []byte) {
	if p == nil {
		fmt.Printf("  nil rest=%q\n", rest)
		return
	}
	var keys []string
	for k := range p.Headers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Printf("  %q %d bytes %q rest=%q\n", p.Type, len(p.Bytes), p.Bytes[:min(len(p.Bytes), 16)], rest)
	for _, k := range keys {
		fmt.Printf("    %q: %q\n", k, p.Headers[k])
	}
}

func main() {
	data := make([]byte, 200)
	for i := range data {
		data[i] = byte(i * 7)
	}
	blocks := []*pem.Block{
		{Type: "MESSAGE", Bytes: []byte("hello")},
		{Type: "EMPTY"},
		{Type: "RSA PRIVATE KEY", Headers: map[string]string{"Proc-Type": "4,ENCRYPTED", "DEK-Info": "AES-128-CBC,00", "Comment": "x"}, Bytes: data},
		{Type: "EXACT", Bytes: data[:48]},
		{Type: "BAD", Headers: map[string]string{"a:b": "c"}},
	}
	var all bytes.Buffer
	for _, b := range blocks {
		out := pem.EncodeToMemory(b)
		fmt.Printf("%q\n", out)
		all.Write(out)
		all.WriteString("junk between\n")
	}
	fmt.Println(pem.Encode(failWriter{}, blocks[0]))
	rest := all.Bytes()
	for {
		var p *pem.Block
		p, rest = pem.Decode(rest)
		show(p, rest[:min(len(rest), 20)])
		if p == nil {
			break
		}
	}
	inputs := []string{
		"",
		"no pem here",
		"-----BEGIN X-----\nAAAA\n-----END X-----\n",
		"-----BEGIN X-----\r\nAA AA\r\n\tAAAA  \r\n-----END X-----  \r\ntrailing",
		"prefix\n-----BEGIN X-----\nAAAA\n-----END X-----",
		"prefix-----BEGIN X-----\nAAAA\n-----END X-----\n",
		"-----BEGIN X-----\nAAAA\n-----END Y-----\n",
		"-----BEGIN X-----\nAAAA\n-----END X----- extra\n",
		"-----BEGIN X-----\n!!!!\n-----END X-----\n-----BEGIN Z-----\nQUJD\n-----END Z-----\n",
		"-----BEGIN X----\nAAAA\n-----END X----\n",
		"-----BEGIN X-----\nKey: Value\nOther :  spaced  \n\nQUJD\n-----END X-----\n",
		"-----BEGIN X-----\nKey: Value\n-----END X-----\n",
		"-----BEGIN X-----\nKey: Value",
		"-----BEGIN X-----\n-----END X-----\n",
		"-----BEGIN X-----\nQUJD\n",
		"-----BEGIN -----\nQUJD\n-----END -----\n",
		"-----BEGIN X-----\nQUJD\n-----END X-",
	}
	for _, in := range inputs {
		fmt.Printf("%q\n", in)
		p, rest := pem.Decode([]byte(in))
		show(p, rest)
	}
	long := pem.EncodeToMemory(&pem.Block{Type: "LONG", Bytes: []byte(strings.Repeat("0123456789", 100))})
	p, _ := pem.Decode(long)
	fmt.Println(strings.Count(string(long), "\n"), len(p.Bytes), string(p.Bytes[990:]))
}
