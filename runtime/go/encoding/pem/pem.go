// Package pem implements the PEM data encoding (RFC 1421) used for keys and
// certificates, as Go's encoding/pem does.
package pem

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"sort"
	"strings"
)

// A Block represents a PEM encoded structure:
//
//	-----BEGIN Type-----
//	Headers
//	base64-encoded Bytes
//	-----END Type-----
type Block struct {
	Type    string            // The type, taken from the preamble (i.e. "RSA PRIVATE KEY").
	Headers map[string]string // Optional headers.
	Bytes   []byte            // The decoded bytes of the contents.
}

const (
	beginMarker = "-----BEGIN "
	endMarker   = "-----END "
	dashes      = "-----"
	lineLength  = 64
)

// nextLine splits data after its first line; the line loses its "\n" or "\r\n"
// and its trailing spaces and tabs.
func nextLine(data []byte) (line, rest []byte) {
	i := bytes.IndexByte(data, '\n')
	if i < 0 {
		return bytes.TrimRight(data, " \t"), data[len(data):]
	}
	end := i
	if end > 0 && data[end-1] == '\r' {
		end--
	}
	return bytes.TrimRight(data[:end], " \t"), data[i+1:]
}

func withoutBlanks(data []byte) []byte {
	var out []byte
	for _, c := range data {
		if c != ' ' && c != '\t' {
			out = append(out, c)
		}
	}
	return out
}

// Decode finds the next PEM block in data and returns it and the rest of the
// input; with no block it returns nil and the whole of data. Malformed candidates
// are skipped.
func Decode(data []byte) (p *Block, rest []byte) {
	rest = data
	for {
		// A block starts at the beginning of the input or of a line.
		if bytes.HasPrefix(rest, []byte(beginMarker)) {
			rest = rest[len(beginMarker):]
		} else if i := bytes.Index(rest, []byte("\n"+beginMarker)); i >= 0 {
			rest = rest[i+1+len(beginMarker):]
		} else {
			return nil, data
		}
		var kind []byte
		kind, rest = nextLine(rest)
		if !bytes.HasSuffix(kind, []byte(dashes)) {
			continue
		}
		kind = kind[:len(kind)-len(dashes)]
		block := &Block{Type: string(kind), Headers: make(map[string]string)}

		// Header lines ("Key: value") run until the first line without a colon.
		for {
			if len(rest) == 0 {
				return nil, data
			}
			line, after := nextLine(rest)
			key, value, ok := bytes.Cut(line, []byte(":"))
			if !ok {
				break
			}
			block.Headers[string(bytes.TrimSpace(key))] = string(bytes.TrimSpace(value))
			rest = after
		}

		// Find the END line; without headers it may come first.
		var bodyEnd, trailerStart int
		if len(block.Headers) == 0 && bytes.HasPrefix(rest, []byte(endMarker)) {
			bodyEnd, trailerStart = 0, len(endMarker)
		} else {
			bodyEnd = bytes.Index(rest, []byte("\n"+endMarker))
			trailerStart = bodyEnd + 1 + len(endMarker)
		}
		if bodyEnd < 0 {
			continue
		}
		trailer := rest[trailerStart:]
		want := string(kind) + dashes
		if len(trailer) < len(want) || string(trailer[:len(want)]) != want {
			continue
		}
		if tail, _ := nextLine(trailer[len(want):]); len(tail) != 0 {
			continue
		}
		body := withoutBlanks(rest[:bodyEnd])
		decoded := make([]byte, base64.StdEncoding.DecodedLen(len(body)))
		n, err := base64.StdEncoding.Decode(decoded, body)
		if err != nil {
			continue
		}
		block.Bytes = decoded[:n]
		_, rest = nextLine(rest[trailerStart:])
		return block, rest
	}
}

// lineBreaker writes what it is given in lines of lineLength bytes.
type lineBreaker struct {
	out  io.Writer
	line []byte
}

func (l *lineBreaker) Write(b []byte) (int, error) {
	written := len(b)
	for len(l.line)+len(b) >= lineLength {
		take := lineLength - len(l.line)
		full := append(append(l.line, b[:take]...), '\n')
		l.line = l.line[:0]
		if _, err := l.out.Write(full); err != nil {
			return 0, err
		}
		b = b[take:]
	}
	l.line = append(l.line, b...)
	return written, nil
}

func (l *lineBreaker) Close() error {
	if len(l.line) == 0 {
		return nil
	}
	_, err := l.out.Write(append(l.line, '\n'))
	return err
}

// Encode writes the PEM encoding of b to out: headers in sorted order with
// Proc-Type first, then the base64 of Bytes in 64-character lines.
func Encode(out io.Writer, b *Block) error {
	for key := range b.Headers {
		if strings.Contains(key, ":") {
			return errors.New("pem: cannot encode a header key that contains a colon")
		}
	}
	if _, err := io.WriteString(out, beginMarker+b.Type+dashes+"\n"); err != nil {
		return err
	}
	if len(b.Headers) > 0 {
		var keys []string
		var header strings.Builder
		for key := range b.Headers {
			if key != "Proc-Type" {
				keys = append(keys, key)
			}
		}
		sort.Strings(keys)
		if _, ok := b.Headers["Proc-Type"]; ok {
			keys = append([]string{"Proc-Type"}, keys...)
		}
		for _, key := range keys {
			header.WriteString(key + ": " + b.Headers[key] + "\n")
		}
		header.WriteString("\n")
		if _, err := io.WriteString(out, header.String()); err != nil {
			return err
		}
	}
	breaker := &lineBreaker{out: out}
	encoder := base64.NewEncoder(base64.StdEncoding, breaker)
	if _, err := encoder.Write(b.Bytes); err != nil {
		return err
	}
	encoder.Close()
	breaker.Close()
	_, err := io.WriteString(out, endMarker+b.Type+dashes+"\n")
	return err
}

// EncodeToMemory returns the PEM encoding of b, or nil when b has an invalid header.
func EncodeToMemory(b *Block) []byte {
	var buf bytes.Buffer
	if err := Encode(&buf, b); err != nil {
		return nil
	}
	return buf.Bytes()
}
