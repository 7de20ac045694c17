package csv

import (
	"bufio"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Writer writes records using CSV encoding, through a buffer: call Flush (and
// check Error) when done.
type Writer struct {
	Comma   rune // Field delimiter (set to ',' by NewWriter)
	UseCRLF bool // True to use \r\n as the line terminator
	w       *bufio.Writer
}

// NewWriter returns a new Writer that writes to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{Comma: ',', w: bufio.NewWriter(w)}
}

// Write writes a single CSV record, quoting fields only when needed.
func (w *Writer) Write(record []string) error {
	if !validDelim(w.Comma) {
		return errInvalidDelim
	}
	for n, field := range record {
		if n > 0 {
			if _, err := w.w.WriteRune(w.Comma); err != nil {
				return err
			}
		}
		if !w.fieldNeedsQuotes(field) {
			if _, err := w.w.WriteString(field); err != nil {
				return err
			}
			continue
		}
		if err := w.writeQuoted(field); err != nil {
			return err
		}
	}
	return w.lineEnd()
}

func (w *Writer) lineEnd() error {
	if w.UseCRLF {
		_, err := w.w.WriteString("\r\n")
		return err
	}
	return w.w.WriteByte('\n')
}

// writeQuoted writes field in quotes, doubling its quotes; with UseCRLF a '\n'
// becomes "\r\n" and a '\r' is dropped.
func (w *Writer) writeQuoted(field string) error {
	if err := w.w.WriteByte('"'); err != nil {
		return err
	}
	for len(field) > 0 {
		i := strings.IndexAny(field, "\"\r\n")
		if i < 0 {
			i = len(field)
		}
		if _, err := w.w.WriteString(field[:i]); err != nil {
			return err
		}
		field = field[i:]
		if len(field) == 0 {
			break
		}
		var err error
		switch field[0] {
		case '"':
			_, err = w.w.WriteString(`""`)
		case '\r':
			if !w.UseCRLF {
				err = w.w.WriteByte('\r')
			}
		case '\n':
			err = w.lineEnd()
		}
		field = field[1:]
		if err != nil {
			return err
		}
	}
	return w.w.WriteByte('"')
}

// Flush writes any buffered data to the underlying io.Writer; Error reports
// whether it failed.
func (w *Writer) Flush() { w.w.Flush() }

// Error reports any error that has occurred during a previous Write or Flush.
func (w *Writer) Error() error {
	_, err := w.w.Write(nil)
	return err
}

// WriteAll writes multiple CSV records using Write and then calls Flush,
// returning any error from the Flush.
func (w *Writer) WriteAll(records [][]string) error {
	for _, record := range records {
		if err := w.Write(record); err != nil {
			return err
		}
	}
	return w.w.Flush()
}

// fieldNeedsQuotes reports whether field must be quoted: it holds the delimiter, a
// quote, '\r' or '\n', starts with a space, or is `\.` (which Postgres would read
// as the end of data).
func (w *Writer) fieldNeedsQuotes(field string) bool {
	if field == "" {
		return false
	}
	if field == `\.` {
		return true
	}
	if strings.ContainsRune(field, w.Comma) || strings.ContainsAny(field, "\"\r\n") {
		return true
	}
	first, _ := utf8.DecodeRuneInString(field)
	return unicode.IsSpace(first)
}
