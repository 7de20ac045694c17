// Package hex implements hexadecimal encoding and decoding, and the hex dump format
// of `hexdump -C`, as Go's encoding/hex does.
package hex

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

const lowerDigits = "0123456789abcdef"

// ErrLength reports an attempt to decode an odd-length input.
var ErrLength = errors.New("encoding/hex: odd length hex string")

// InvalidByteError values describe errors resulting from an invalid byte in a hex string.
type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

// EncodedLen returns the length of an encoding of n source bytes.
func EncodedLen(n int) int { return n * 2 }

// DecodedLen returns the length of a decoding of x source bytes.
func DecodedLen(x int) int { return x / 2 }

// Encode writes the lowercase hex of src into dst and returns EncodedLen(len(src)).
func Encode(dst, src []byte) int {
	for i, b := range src {
		dst[2*i] = lowerDigits[b>>4]
		dst[2*i+1] = lowerDigits[b&0x0f]
	}
	return len(src) * 2
}

// AppendEncode appends the hex of src to dst.
func AppendEncode(dst, src []byte) []byte {
	for _, b := range src {
		dst = append(dst, lowerDigits[b>>4], lowerDigits[b&0x0f])
	}
	return dst
}

// EncodeToString returns the hexadecimal encoding of src.
func EncodeToString(src []byte) string {
	buf := make([]byte, len(src)*2)
	Encode(buf, src)
	return string(buf)
}

// digitValue returns the value of a hex digit (either case) and whether c is one.
func digitValue(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// Decode decodes src into DecodedLen(len(src)) bytes of dst and returns how many it
// wrote. An invalid byte is reported before an odd length; the bytes decoded before
// an error are kept.
func Decode(dst, src []byte) (int, error) {
	n := 0
	for ; 2*n+1 < len(src); n++ {
		high, ok := digitValue(src[2*n])
		if !ok {
			return n, InvalidByteError(src[2*n])
		}
		low, ok := digitValue(src[2*n+1])
		if !ok {
			return n, InvalidByteError(src[2*n+1])
		}
		dst[n] = high<<4 | low
	}
	if len(src)%2 == 1 {
		if _, ok := digitValue(src[len(src)-1]); !ok {
			return n, InvalidByteError(src[len(src)-1])
		}
		return n, ErrLength
	}
	return n, nil
}

// AppendDecode appends the decoding of src to dst; on error it returns the bytes
// decoded so far with the error.
func AppendDecode(dst, src []byte) ([]byte, error) {
	out := make([]byte, len(src)/2)
	n, err := Decode(out, src)
	return append(dst, out[:n]...), err
}

// DecodeString returns the bytes represented by the hexadecimal string s.
func DecodeString(s string) ([]byte, error) {
	src := []byte(s)
	n, err := Decode(src, src)
	return src[:n], err
}

// Dump returns a string that contains a hex dump of data, as `hexdump -C` prints it.
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var out strings.Builder
	d := Dumper(&out)
	d.Write(data)
	d.Close()
	return out.String()
}

// encoder and decoder stream hex through an io.Writer and an io.Reader.
type encoder struct {
	w   io.Writer
	err error
}

// NewEncoder returns an io.Writer that writes lowercase hexadecimal characters to w.
func NewEncoder(w io.Writer) io.Writer { return &encoder{w: w} }

func (e *encoder) Write(p []byte) (n int, err error) {
	const chunk = 512
	for len(p) > 0 && e.err == nil {
		size := len(p)
		if size > chunk {
			size = chunk
		}
		var written int
		written, e.err = e.w.Write(AppendEncode(nil, p[:size]))
		n += written / 2
		p = p[size:]
	}
	return n, e.err
}

type decoder struct {
	r       io.Reader
	err     error
	pending []byte // encoded bytes read but not yet decoded
	buf     []byte
}

// NewDecoder returns an io.Reader that decodes hexadecimal characters from r.
func NewDecoder(r io.Reader) io.Reader { return &decoder{r: r, buf: make([]byte, 1024)} }

func (d *decoder) Read(p []byte) (int, error) {
	if len(d.pending) < 2 && d.err == nil {
		kept := copy(d.buf, d.pending)
		var read int
		read, d.err = d.r.Read(d.buf[kept:])
		d.pending = d.buf[:kept+read]
		if d.err == io.EOF && len(d.pending)%2 == 1 {
			last := d.pending[len(d.pending)-1]
			if _, ok := digitValue(last); !ok {
				d.err = InvalidByteError(last)
			} else {
				d.err = io.ErrUnexpectedEOF
			}
		}
	}
	if available := len(d.pending) / 2; len(p) > available {
		p = p[:available]
	}
	n, err := Decode(p, d.pending[:2*len(p)])
	d.pending = d.pending[2*n:]
	if err != nil {
		d.pending, d.err = nil, err
	}
	// Errors surface only once the buffered input is used up.
	if len(d.pending) < 2 {
		return n, d.err
	}
	return n, nil
}

// Dumper returns a WriteCloser that writes a hex dump of everything written to it to
// w; Close writes the last, partial line.
func Dumper(w io.Writer) io.WriteCloser { return &dumper{w: w} }

type dumper struct {
	w      io.Writer
	text   []byte // the printable form of the current line's bytes
	offset uint
	closed bool
}

func printable(b byte) byte {
	if b < 32 || b > 126 {
		return '.'
	}
	return b
}

// columnTail is what follows the hex of the byte in column i of a line: a space,
// an extra space after the eighth byte, and the opening bar after the sixteenth.
func columnTail(i int) string {
	switch i {
	case 7:
		return "  "
	case 15:
		return "  |"
	}
	return " "
}

func (d *dumper) Write(data []byte) (n int, err error) {
	if d.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	for _, b := range data {
		if len(d.text) == 0 {
			o := d.offset
			header := []byte{byte(o >> 24), byte(o >> 16), byte(o >> 8), byte(o)}
			if _, err = d.w.Write(append(AppendEncode(nil, header), ' ', ' ')); err != nil {
				return
			}
		}
		piece := append([]byte{lowerDigits[b>>4], lowerDigits[b&0x0f]}, columnTail(len(d.text))...)
		if _, err = d.w.Write(piece); err != nil {
			return
		}
		n++
		d.text = append(d.text, printable(b))
		d.offset++
		if len(d.text) == 16 {
			line := append(d.text, '|', '\n')
			d.text = d.text[:0]
			if _, err = d.w.Write(line); err != nil {
				return
			}
		}
	}
	return
}

func (d *dumper) Close() (err error) {
	if d.closed {
		return nil
	}
	d.closed = true
	if len(d.text) == 0 {
		return nil
	}
	for i := len(d.text); i < 16; i++ {
		if _, err = d.w.Write([]byte("  " + columnTail(i))); err != nil {
			return
		}
	}
	_, err = d.w.Write(append(d.text, '|', '\n'))
	return
}
