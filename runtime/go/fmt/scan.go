// Scanning: Scan, Scanln, Scanf and their Fscan/Sscan forms, storing into pointers to
// strings, integers, floats, booleans and byte slices. Readers that are not
// io.RuneScanners are read one byte at a time, as gc does, so nothing past the
// scanned text is consumed.

package fmt

import (
	"errors"
	"io"
	"os"
	"strconv"
)

// ScanState is the scanner state passed to custom scanners (not supported by Weft's Scan yet).
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by any value that has a Scan method.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

type scanSource struct {
	s       string
	pos     int
	r       io.Reader
	rs      io.RuneScanner
	pending rune
	has     bool
	last    rune
	lastOK  bool
	eof     bool
}

func (src *scanSource) readRune() (rune, bool) {
	if src.has {
		src.has = false
		src.last, src.lastOK = src.pending, true
		return src.pending, true
	}
	if src.r == nil {
		if src.pos >= len(src.s) {
			src.lastOK = false
			return 0, false
		}
		r, n := decodeRune(src.s[src.pos:])
		src.pos += n
		src.last, src.lastOK = r, true
		return r, true
	}
	if src.rs != nil {
		r, _, err := src.rs.ReadRune()
		if err != nil {
			src.lastOK = false
			return 0, false
		}
		src.last, src.lastOK = r, true
		return r, true
	}
	var buf [1]byte
	n, err := src.r.Read(buf[:])
	if n == 0 || (err != nil && n == 0) {
		src.lastOK = false
		return 0, false
	}
	r := rune(buf[0])
	if r >= 0x80 {
		// Gather the rest of a UTF-8 sequence.
		need := 0
		switch {
		case buf[0]&0xE0 == 0xC0:
			need = 1
		case buf[0]&0xF0 == 0xE0:
			need = 2
		case buf[0]&0xF8 == 0xF0:
			need = 3
		}
		bytes := string(buf[:])
		for i := 0; i < need; i++ {
			if m, _ := src.r.Read(buf[:]); m == 0 {
				break
			}
			bytes += string(buf[:])
		}
		r, _ = decodeRune(bytes)
	}
	src.last, src.lastOK = r, true
	return r, true
}

func (src *scanSource) unreadRune() {
	if !src.lastOK {
		return
	}
	if src.rs != nil && src.r != nil {
		src.rs.UnreadRune()
		src.lastOK = false
		return
	}
	if src.r == nil && !src.has {
		src.pos -= len(string(src.last))
		src.lastOK = false
		return
	}
	src.pending, src.has = src.last, true
	src.lastOK = false
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\r', '\v', '\f', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// skipSpace skips blanks; newlines count as space unless stopAtNewline.
// It reports whether a newline was found (and left unread) when stopAtNewline.
func (src *scanSource) skipSpace(stopAtNewline bool) bool {
	for {
		r, ok := src.readRune()
		if !ok {
			return false
		}
		if r == '\n' {
			if stopAtNewline {
				src.unreadRune()
				return true
			}
			continue
		}
		if !isSpace(r) {
			src.unreadRune()
			return false
		}
	}
}

func (src *scanSource) token() string {
	tok := ""
	for {
		r, ok := src.readRune()
		if !ok {
			return tok
		}
		if isSpace(r) || r == '\n' {
			src.unreadRune()
			return tok
		}
		tok += string(r)
	}
}

// tokenFor reads the token for one operand: numbers stop at the first character that
// cannot continue them (so "7-8" scans as 7, then -8), strings at a blank.
func (src *scanSource) tokenFor(arg any) string {
	switch arg.(type) {
	case *int, *int8, *int16, *int64, *uint, *uint8, *uint16, *uint32, *uint64, *uintptr, *int32:
		return src.accept(func(tok string, r rune) bool {
			if r == '+' || r == '-' {
				return tok == ""
			}
			return '0' <= r && r <= '9' || 'a' <= r && r <= 'f' || 'A' <= r && r <= 'F' || r == 'x' || r == 'X' || r == 'o' || r == 'O' || r == '_'
		})
	case *float32, *float64:
		return src.accept(func(tok string, r rune) bool {
			if r == '+' || r == '-' {
				if tok == "" {
					return true
				}
				last := tok[len(tok)-1]
				return last == 'e' || last == 'E' || last == 'p' || last == 'P'
			}
			return '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '.' || r == '_'
		})
	}
	return src.token()
}

func (src *scanSource) accept(ok func(tok string, r rune) bool) string {
	tok := ""
	for {
		r, more := src.readRune()
		if !more {
			return tok
		}
		if !ok(tok, r) {
			src.unreadRune()
			return tok
		}
		tok += string(r)
	}
}

var errUnexpectedNewline = errors.New("unexpected newline")

func scanErr(tok, what string) error {
	if tok == "" {
		return io.ErrUnexpectedEOF
	}
	return errors.New("expected " + what)
}

// store parses tok into the variable arg points to.
func store(arg any, tok string, verb rune) error {
	base := 0
	switch verb {
	case 'b':
		base = 2
	case 'o':
		base = 8
	case 'x', 'X':
		base = 16
	case 'd':
		base = 10
	}
	switch p := arg.(type) {
	case *string:
		*p = tok
	case *[]byte:
		*p = []byte(tok)
	case *bool:
		v, err := strconv.ParseBool(tok)
		if err != nil {
			return errors.New("syntax error scanning boolean")
		}
		*p = v
	case *int:
		v, err := scanInt(tok, base, 64)
		if err != nil {
			return err
		}
		*p = int(v)
	case *int8:
		v, err := scanInt(tok, base, 8)
		if err != nil {
			return err
		}
		*p = int8(v)
	case *int16:
		v, err := scanInt(tok, base, 16)
		if err != nil {
			return err
		}
		*p = int16(v)
	case *int32:
		if verb == 'c' {
			r, _ := decodeRune(tok)
			*p = r
			return nil
		}
		v, err := scanInt(tok, base, 32)
		if err != nil {
			return err
		}
		*p = int32(v)
	case *int64:
		v, err := scanInt(tok, base, 64)
		if err != nil {
			return err
		}
		*p = v
	case *uint:
		v, err := scanUint(tok, base, 64)
		if err != nil {
			return err
		}
		*p = uint(v)
	case *uint8:
		v, err := scanUint(tok, base, 8)
		if err != nil {
			return err
		}
		*p = uint8(v)
	case *uint16:
		v, err := scanUint(tok, base, 16)
		if err != nil {
			return err
		}
		*p = uint16(v)
	case *uint32:
		v, err := scanUint(tok, base, 32)
		if err != nil {
			return err
		}
		*p = uint32(v)
	case *uint64:
		v, err := scanUint(tok, base, 64)
		if err != nil {
			return err
		}
		*p = v
	case *float64:
		v, err := strconv.ParseFloat(tok, 64)
		if err != nil {
			return err
		}
		*p = v
	case *float32:
		v, err := strconv.ParseFloat(tok, 32)
		if err != nil {
			return err
		}
		*p = float32(v)
	default:
		return errors.New("can't scan type: " + Sprintf("%T", arg))
	}
	return nil
}

func expectedWhat(arg any) string {
	switch arg.(type) {
	case *float32, *float64:
		return "float"
	case *bool:
		return "boolean"
	}
	return "integer"
}

func scanInt(tok string, base int, bits int) (int64, error) {
	v, err := strconv.ParseInt(tok, base, bits)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return 0, errors.New("integer overflow on token " + tok)
		}
		return 0, scanErr(tok, "integer")
	}
	return v, nil
}

func scanUint(tok string, base int, bits int) (uint64, error) {
	v, err := strconv.ParseUint(tok, base, bits)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return 0, errors.New("unsigned integer overflow on token " + tok)
		}
		return 0, scanErr(tok, "integer")
	}
	return v, nil
}

func (src *scanSource) doScan(a []any, nlIsSpace bool) (n int, err error) {
	for _, arg := range a {
		if src.skipSpace(!nlIsSpace) {
			return n, errUnexpectedNewline
		}
		tok := src.tokenFor(arg)
		if tok == "" {
			if n == 0 {
				if _, more := src.readRune(); more {
					src.unreadRune()
					return n, scanErr("?", expectedWhat(arg))
				}
				return n, io.EOF
			}
			return n, io.ErrUnexpectedEOF
		}
		if err := store(arg, tok, 'v'); err != nil {
			return n, err
		}
		n++
	}
	if !nlIsSpace {
		// Scanln: the rest of the line must be empty.
		for {
			r, ok := src.readRune()
			if !ok || r == '\n' {
				break
			}
			if !isSpace(r) {
				return n, errors.New("expected newline")
			}
		}
	}
	return n, nil
}

func (src *scanSource) doScanf(format string, a []any) (n int, err error) {
	argNum := 0
	for i := 0; i < len(format); {
		c := format[i]
		if c != '%' {
			if isSpace(rune(c)) || c == '\n' {
				src.skipSpace(c != '\n')
				i++
				continue
			}
			r, ok := src.readRune()
			if !ok {
				return n, io.ErrUnexpectedEOF
			}
			if r != rune(c) {
				src.unreadRune()
				return n, errors.New("input does not match format")
			}
			i++
			continue
		}
		i++
		if i >= len(format) {
			return n, errors.New("too few operands for format '%'")
		}
		verb := rune(format[i])
		i++
		if verb == '%' {
			src.skipSpace(true)
			if r, ok := src.readRune(); !ok || r != '%' {
				return n, errors.New("missing literal %")
			}
			continue
		}
		if argNum >= len(a) {
			return n, errors.New("too few operands for format '%" + string(verb) + "'")
		}
		var tok string
		if verb == 'c' {
			r, ok := src.readRune()
			if !ok {
				return n, io.ErrUnexpectedEOF
			}
			tok = string(r)
		} else {
			src.skipSpace(true)
			tok = src.tokenFor(a[argNum])
		}
		if tok == "" {
			if n == 0 {
				return n, io.EOF
			}
			return n, io.ErrUnexpectedEOF
		}
		if err := store(a[argNum], tok, verb); err != nil {
			return n, err
		}
		argNum++
		n++
	}
	if argNum < len(a) {
		return n, errors.New("too many operands")
	}
	return n, nil
}

func readerSource(r io.Reader) *scanSource {
	src := &scanSource{r: r}
	if rs, ok := r.(io.RuneScanner); ok {
		src.rs = rs
	}
	return src
}

// Sscan scans the argument string, storing successive space-separated values into successive arguments.
func Sscan(str string, a ...any) (n int, err error) {
	return (&scanSource{s: str}).doScan(a, true)
}

// Sscanln is like Sscan, but stops scanning at a newline.
func Sscanln(str string, a ...any) (n int, err error) {
	return (&scanSource{s: str}).doScan(a, false)
}

// Sscanf scans the argument string according to a format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return (&scanSource{s: str}).doScanf(format, a)
}

// Fscan scans text read from r, storing successive space-separated values into successive arguments.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return readerSource(r).doScan(a, true)
}

// Fscanln is like Fscan, but stops scanning at a newline.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return readerSource(r).doScan(a, false)
}

// Fscanf scans text read from r according to a format.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return readerSource(r).doScanf(format, a)
}

// Scan scans text read from standard input.
func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

// Scanln is like Scan, but stops scanning at a newline.
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

// Scanf scans text read from standard input according to a format.
func Scanf(format string, a ...any) (n int, err error) { return Fscanf(os.Stdin, format, a...) }
