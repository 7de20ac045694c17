// Package csv reads and writes comma-separated values (RFC 4180), as Go's
// encoding/csv does: the same dialect options, positions and ParseError messages.
package csv

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode"
	"unicode/utf8"
)

// A ParseError is returned for parsing errors. Line and column numbers are 1-based.
type ParseError struct {
	StartLine int   // Line where the record starts
	Line      int   // Line where the error occurred
	Column    int   // Column (1-based byte index) where the error occurred
	Err       error // The actual error
}

func (e *ParseError) Error() string {
	if e.Err == ErrFieldCount {
		return fmt.Sprintf("record on line %d: %v", e.Line, e.Err)
	}
	if e.StartLine != e.Line {
		return fmt.Sprintf("record on line %d; parse error on line %d, column %d: %v", e.StartLine, e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("parse error on line %d, column %d: %v", e.Line, e.Column, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// These are the errors that can be returned in ParseError.Err.
var (
	ErrBareQuote  = errors.New("bare \" in non-quoted-field")
	ErrQuote      = errors.New("extraneous or missing \" in quoted-field")
	ErrFieldCount = errors.New("wrong number of fields")

	// Deprecated: ErrTrailingComma is no longer used.
	ErrTrailingComma = errors.New("extra delimiter at end of line")
)

var errInvalidDelim = errors.New("csv: invalid field or comment delimiter")

func validDelim(r rune) bool {
	return r != 0 && r != '"' && r != '\r' && r != '\n' && utf8.ValidRune(r) && r != utf8.RuneError
}

// A Reader reads records from a CSV-encoded file. Its exported fields may be
// changed before the first call to Read or ReadAll.
type Reader struct {
	// Comma is the field delimiter (',' by NewReader).
	Comma rune
	// Comment, if not 0, starts comment lines (without leading whitespace).
	Comment rune
	// FieldsPerRecord: > 0 is the number of fields each record must have; 0 sets it
	// from the first record; < 0 allows any number.
	FieldsPerRecord int
	// LazyQuotes allows a quote in an unquoted field and a lone quote in a quoted one.
	LazyQuotes bool
	// TrimLeadingSpace ignores leading white space in a field.
	TrimLeadingSpace bool
	// ReuseRecord lets Read return a slice sharing the previous call's backing array.
	ReuseRecord bool
	// Deprecated: TrailingComma is no longer used.
	TrailingComma bool

	r          *bufio.Reader
	lineNumber int   // lines read so far
	offset     int64 // bytes read so far
	positions  []position
	lastRecord []string
}

type position struct{ line, col int }

// NewReader returns a new Reader that reads from r.
func NewReader(r io.Reader) *Reader {
	return &Reader{Comma: ',', r: bufio.NewReader(r)}
}

// Read reads one record (a slice of fields). A record with the wrong number of
// fields comes back with an ErrFieldCount error; at the end of input it returns
// nil, io.EOF.
func (r *Reader) Read() (record []string, err error) {
	if r.ReuseRecord {
		record, err = r.readRecord(r.lastRecord)
		r.lastRecord = record
		return record, err
	}
	return r.readRecord(nil)
}

// FieldPos returns the line and column where the given field of the record most
// recently returned by Read starts.
func (r *Reader) FieldPos(field int) (line, column int) {
	if field < 0 || field >= len(r.positions) {
		panic("out of range index passed to FieldPos")
	}
	return r.positions[field].line, r.positions[field].col
}

// InputOffset returns the input stream byte offset of the end of the most recently
// read record.
func (r *Reader) InputOffset() int64 { return r.offset }

// ReadAll reads all the remaining records; a successful call returns err == nil.
func (r *Reader) ReadAll() (records [][]string, err error) {
	for {
		record, err := r.readRecord(nil)
		if err == io.EOF {
			return records, nil
		}
		if err != nil {
			return nil, err
		}
		records = append(records, record)
	}
}

// readLine reads the next line with its '\n' (a final line may lack it); "\r\n"
// becomes "\n", and a lone '\r' at the very end of input is dropped.
func (r *Reader) readLine() ([]byte, error) {
	line, err := r.r.ReadBytes('\n')
	size := len(line)
	if size > 0 && err == io.EOF {
		err = nil
		if line[size-1] == '\r' {
			line = line[:size-1]
		}
	}
	r.lineNumber++
	r.offset += int64(size)
	if n := len(line); n >= 2 && line[n-2] == '\r' && line[n-1] == '\n' {
		line[n-2] = '\n'
		line = line[:n-1]
	}
	return line, err
}

// newlineLength is 1 when b ends with '\n'.
func newlineLength(b []byte) int {
	if len(b) > 0 && b[len(b)-1] == '\n' {
		return 1
	}
	return 0
}

func firstRune(b []byte) rune {
	r, _ := utf8.DecodeRune(b)
	return r
}

func (r *Reader) readRecord(dst []string) ([]string, error) {
	if r.Comma == r.Comment || !validDelim(r.Comma) || (r.Comment != 0 && !validDelim(r.Comment)) {
		return nil, errInvalidDelim
	}

	// Skip comment lines and empty lines.
	var line []byte
	var readErr error
	for readErr == nil {
		line, readErr = r.readLine()
		if r.Comment != 0 && firstRune(line) == r.Comment {
			line = nil
			continue
		}
		if readErr == nil && len(line) == newlineLength(line) {
			line = nil
			continue
		}
		break
	}
	if readErr == io.EOF {
		return nil, readErr
	}

	commaLen := utf8.RuneLen(r.Comma)
	startLine := r.lineNumber
	var text []byte // the fields' contents, one after another
	var ends []int  // where each field's contents end in text
	r.positions = r.positions[:0]
	pos := position{line: r.lineNumber, col: 1}
	var err error
	// endField records a field that started at start.
	endField := func(start position) {
		ends = append(ends, len(text))
		r.positions = append(r.positions, start)
	}
	fail := func(line, col int, cause error) {
		err = &ParseError{StartLine: startLine, Line: line, Column: col, Err: cause}
	}

fields:
	for {
		if r.TrimLeadingSpace {
			i := bytes.IndexFunc(line, func(c rune) bool { return !unicode.IsSpace(c) })
			if i < 0 {
				// Only spaces left: the column stops before the newline.
				i = len(line)
				pos.col -= newlineLength(line)
			}
			line = line[i:]
			pos.col += i
		}

		if len(line) == 0 || line[0] != '"' {
			// An unquoted field runs to the next delimiter or the end of the line.
			i := bytes.IndexRune(line, r.Comma)
			field := line
			if i >= 0 {
				field = field[:i]
			} else {
				field = field[:len(field)-newlineLength(field)]
			}
			if !r.LazyQuotes {
				if j := bytes.IndexByte(field, '"'); j >= 0 {
					fail(r.lineNumber, pos.col+j, ErrBareQuote)
					break fields
				}
			}
			text = append(text, field...)
			endField(pos)
			if i < 0 {
				break fields
			}
			line = line[i+commaLen:]
			pos.col += i + commaLen
			continue fields
		}

		// A quoted field may span lines; "" stands for one quote.
		start := pos
		line = line[1:]
		pos.col++
		for {
			i := bytes.IndexByte(line, '"')
			switch {
			case i >= 0:
				text = append(text, line[:i]...)
				line = line[i+1:]
				pos.col += i + 1
				next := firstRune(line)
				switch {
				case next == '"':
					text = append(text, '"')
					line = line[1:]
					pos.col++
				case next == r.Comma:
					line = line[commaLen:]
					pos.col += commaLen
					endField(start)
					continue fields
				case newlineLength(line) == len(line):
					endField(start)
					break fields
				case r.LazyQuotes:
					text = append(text, '"')
				default:
					fail(r.lineNumber, pos.col-1, ErrQuote)
					break fields
				}
			case len(line) > 0:
				// The field goes on past the end of this line.
				text = append(text, line...)
				if readErr != nil {
					break fields
				}
				pos.col += len(line)
				line, readErr = r.readLine()
				if len(line) > 0 {
					pos.line++
					pos.col = 1
				}
				if readErr == io.EOF {
					readErr = nil
				}
			default:
				// The input ended inside the quotes.
				if !r.LazyQuotes && readErr == nil {
					fail(pos.line, pos.col, ErrQuote)
					break fields
				}
				endField(start)
				break fields
			}
		}
	}
	if err == nil {
		err = readErr
	}

	// Build the record, in dst's backing array when it is big enough.
	all := string(text)
	if cap(dst) < len(ends) {
		dst = make([]string, len(ends))
	}
	dst = dst[:len(ends)]
	from := 0
	for i, end := range ends {
		dst[i] = all[from:end]
		from = end
	}

	if r.FieldsPerRecord > 0 {
		if len(dst) != r.FieldsPerRecord && err == nil {
			err = &ParseError{StartLine: startLine, Line: startLine, Column: 1, Err: ErrFieldCount}
		}
	} else if r.FieldsPerRecord == 0 {
		r.FieldsPerRecord = len(dst)
	}
	return dst, err
}
