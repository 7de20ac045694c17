// Package base64 implements base64 encoding as specified by RFC 4648, with Go's
// encodings, padding options, strict mode, error offsets and streaming.
package base64

import (
	"io"
	"strconv"
)

// An Encoding is a radix 64 encoding/decoding scheme defined by a 64-character alphabet.
type Encoding struct {
	alphabet string
	// values maps a byte to its 6-bit value, or to notInAlphabet.
	values  [256]byte
	padChar rune
	strict  bool
}

const notInAlphabet = 0xff

const (
	StdPadding rune = '=' // Standard padding character
	NoPadding  rune = -1  // No padding
)

const (
	standardAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	urlAlphabet      = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
)

// NewEncoding returns a padded Encoding defined by the given 64-byte alphabet, which
// must not contain '\n', '\r' or repeated bytes.
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	e := &Encoding{alphabet: encoder, padChar: StdPadding}
	for i := range e.values {
		e.values[i] = notInAlphabet
	}
	for i := 0; i < 64; i++ {
		c := encoder[i]
		if c == '\n' || c == '\r' {
			panic("encoding alphabet contains newline character")
		}
		if e.values[c] != notInAlphabet {
			panic("encoding alphabet includes duplicate symbols")
		}
		e.values[c] = byte(i)
	}
	return e
}

// WithPadding returns a copy of enc that pads with padding, or does not pad when
// padding is NoPadding.
func (enc Encoding) WithPadding(padding rune) *Encoding {
	if padding < NoPadding || padding == '\r' || padding == '\n' || padding > 0xff {
		panic("invalid padding")
	}
	if padding != NoPadding && enc.values[byte(padding)] != notInAlphabet {
		panic("padding contained in alphabet")
	}
	enc.padChar = padding
	return &enc
}

// Strict returns a copy of enc whose decoding rejects nonzero trailing padding bits.
func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

// The four encodings of RFC 4648.
var (
	StdEncoding    = NewEncoding(standardAlphabet)
	URLEncoding    = NewEncoding(urlAlphabet)
	RawStdEncoding = StdEncoding.WithPadding(NoPadding)
	RawURLEncoding = URLEncoding.WithPadding(NoPadding)
)

// Encode writes the encoding of src into dst, which needs EncodedLen(len(src)) bytes.
func (enc *Encoding) Encode(dst, src []byte) {
	out := 0
	for len(src) > 0 {
		var group [3]byte
		size := copy(group[:], src)
		src = src[size:]
		bits := uint(group[0])<<16 | uint(group[1])<<8 | uint(group[2])
		// A group of size bytes yields size+1 characters; the rest are padding.
		for k := 0; k < 4; k++ {
			if k <= size {
				dst[out] = enc.alphabet[bits>>(18-6*k)&0x3f]
				out++
			} else if enc.padChar != NoPadding {
				dst[out] = byte(enc.padChar)
				out++
			}
		}
	}
}

// AppendEncode appends the encoding of src to dst.
func (enc *Encoding) AppendEncode(dst, src []byte) []byte {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return append(dst, buf...)
}

// EncodeToString returns the base64 encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return string(buf)
}

// EncodedLen returns the length in bytes of the encoding of n source bytes.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n/3*4 + (n%3*8+5)/6
	}
	return (n + 2) / 3 * 4
}

// DecodedLen returns the maximum length of the decoding of n bytes of base64.
func (enc *Encoding) DecodedLen(n int) int {
	return decodedLen(n, enc.padChar)
}

func decodedLen(n int, padChar rune) int {
	if padChar == NoPadding {
		return n/4*3 + n%4*6/8
	}
	return n / 4 * 3
}

// A CorruptInputError is the offset of the first bad byte of the input.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

func isNewline(c byte) bool { return c == '\n' || c == '\r' }

// decodeGroup decodes the group of up to four characters starting at src[pos],
// skipping newlines, into dst. It returns the position after the group, the number
// of bytes written, and an error.
func (enc *Encoding) decodeGroup(dst, src []byte, pos int) (next, written int, err error) {
	var digits [4]byte
	count := 0
	for count < 4 {
		if pos == len(src) {
			if count == 0 {
				return pos, 0, nil
			}
			if count == 1 || enc.padChar != NoPadding {
				return pos, 0, CorruptInputError(pos - count)
			}
			break
		}
		c := src[pos]
		pos++
		if v := enc.values[c]; v != notInAlphabet {
			digits[count] = v
			count++
			continue
		}
		if isNewline(c) {
			continue
		}
		if rune(c) != enc.padChar || count < 2 {
			return pos, 0, CorruptInputError(pos - 1)
		}
		// Padding: after two digits a second pad character must follow.
		if count == 2 {
			for pos < len(src) && isNewline(src[pos]) {
				pos++
			}
			if pos == len(src) {
				return pos, 0, CorruptInputError(len(src))
			}
			if rune(src[pos]) != enc.padChar {
				return pos, 0, CorruptInputError(pos - 1)
			}
			pos++
		}
		for pos < len(src) && isNewline(src[pos]) {
			pos++
		}
		if pos < len(src) {
			err = CorruptInputError(pos)
		}
		break
	}
	bits := uint(digits[0])<<18 | uint(digits[1])<<12 | uint(digits[2])<<6 | uint(digits[3])
	decoded := [3]byte{byte(bits >> 16), byte(bits >> 8), byte(bits)}
	// count digits carry count-1 whole bytes; strict mode wants the rest zero.
	for i := 0; i < count-1; i++ {
		dst[i] = decoded[i]
	}
	if enc.strict {
		switch count {
		case 3:
			if decoded[2] != 0 {
				return pos, 0, CorruptInputError(pos - 1)
			}
		case 2:
			if decoded[1] != 0 || decoded[2] != 0 {
				return pos, 0, CorruptInputError(pos - 2)
			}
		}
	}
	return pos, count - 1, err
}

// Decode decodes src into dst, ignoring '\r' and '\n', and returns the number of
// bytes written; on malformed input it returns the bytes decoded so far and a
// CorruptInputError.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	pos := 0
	for pos < len(src) {
		var written int
		pos, written, err = enc.decodeGroup(dst[n:], src, pos)
		n += written
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// AppendDecode appends the decoding of src to dst; on malformed input it returns
// what was decoded with the error.
func (enc *Encoding) AppendDecode(dst, src []byte) ([]byte, error) {
	size := len(src)
	for size > 0 && rune(src[size-1]) == enc.padChar {
		size--
	}
	buf := make([]byte, decodedLen(size, NoPadding))
	n, err := enc.Decode(buf, src)
	return append(dst, buf[:n]...), err
}

// DecodeString returns the bytes represented by the base64 string s.
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	buf := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(buf, []byte(s))
	return buf[:n], err
}

// encoder streams the encoding of what is written to it, three bytes at a time.
type encoder struct {
	enc     *Encoding
	w       io.Writer
	err     error
	pending []byte // fewer than three bytes waiting for a full group
}

// NewEncoder returns a stream encoder writing to w; Close flushes the partial group.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &encoder{enc: enc, w: w}
}

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	if len(e.pending) > 0 {
		take := 3 - len(e.pending)
		if take > len(p) {
			take = len(p)
		}
		e.pending = append(e.pending, p[:take]...)
		n += take
		p = p[take:]
		if len(e.pending) < 3 {
			return n, nil
		}
		if _, e.err = e.w.Write(e.enc.AppendEncode(nil, e.pending)); e.err != nil {
			return n, e.err
		}
		e.pending = e.pending[:0]
	}
	for len(p) >= 3 {
		size := 768
		if size > len(p) {
			size = len(p) - len(p)%3
		}
		if _, e.err = e.w.Write(e.enc.AppendEncode(nil, p[:size])); e.err != nil {
			return n, e.err
		}
		n += size
		p = p[size:]
	}
	e.pending = append(e.pending, p...)
	n += len(p)
	return n, nil
}

func (e *encoder) Close() error {
	if e.err == nil && len(e.pending) > 0 {
		_, e.err = e.w.Write(e.enc.AppendEncode(nil, e.pending))
		e.pending = e.pending[:0]
	}
	return e.err
}

// decoder streams the decoding of a reader, in whole groups of four characters;
// error offsets count from the start of the chunk being decoded, as in gc.
type decoder struct {
	enc      *Encoding
	r        io.Reader
	err      error
	readErr  error
	input    []byte // 1024 bytes; the first inputLen are read but not decoded
	inputLen int
	output   []byte // decoded bytes not yet returned
}

// NewDecoder returns a stream decoder reading base64 from r; newlines are skipped.
func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: &newlineSkipper{r}, input: make([]byte, 1024)}
}

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.output) > 0 {
		n = copy(p, d.output)
		d.output = d.output[n:]
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	for d.inputLen < 4 && d.readErr == nil {
		want := len(p) / 3 * 4
		if want < 4 {
			want = 4
		}
		if want > len(d.input) {
			want = len(d.input)
		}
		var got int
		got, d.readErr = d.r.Read(d.input[d.inputLen:want])
		d.inputLen += got
	}
	if d.inputLen < 4 {
		if d.enc.padChar == NoPadding && d.inputLen > 0 {
			// An unpadded stream may end in a short group.
			out := make([]byte, 768)
			var written int
			written, d.err = d.enc.Decode(out, d.input[:d.inputLen])
			d.inputLen = 0
			d.output = out[:written]
			n = copy(p, d.output)
			d.output = d.output[n:]
			if n > 0 || len(p) == 0 && len(d.output) > 0 {
				return n, nil
			}
			if d.err != nil {
				return 0, d.err
			}
		}
		d.err = d.readErr
		if d.err == io.EOF && d.inputLen > 0 {
			d.err = io.ErrUnexpectedEOF
		}
		return 0, d.err
	}
	whole := d.inputLen / 4 * 4
	if whole/4*3 > len(p) {
		out := make([]byte, 768)
		var written int
		written, d.err = d.enc.Decode(out, d.input[:whole])
		d.output = out[:written]
		n = copy(p, d.output)
		d.output = d.output[n:]
	} else {
		n, d.err = d.enc.Decode(p, d.input[:whole])
	}
	d.inputLen -= whole
	copy(d.input, d.input[whole:whole+d.inputLen])
	return n, d.err
}

// newlineSkipper drops '\r' and '\n' from what it reads, reading again when a read
// held nothing else.
type newlineSkipper struct{ r io.Reader }

func (s *newlineSkipper) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	for n > 0 {
		kept := 0
		for _, c := range p[:n] {
			if !isNewline(c) {
				p[kept] = c
				kept++
			}
		}
		if kept > 0 {
			return kept, err
		}
		n, err = s.r.Read(p)
	}
	return n, err
}
