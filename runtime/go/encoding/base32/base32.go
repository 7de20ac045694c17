// Package base32 implements base32 encoding as specified by RFC 4648, with Go's
// encodings, padding options, error offsets and streaming.
package base32

import (
	"io"
	"strconv"
)

// An Encoding is a radix 32 encoding/decoding scheme defined by a 32-character alphabet.
type Encoding struct {
	alphabet string
	values   [256]byte // the 5-bit value of each byte, or notInAlphabet
	padChar  rune
}

const notInAlphabet = 0xff

const (
	StdPadding rune = '=' // Standard padding character
	NoPadding  rune = -1  // No padding
)

// NewEncoding returns a padded Encoding defined by the given 32-byte alphabet, which
// must not contain '\n', '\r' or repeated bytes.
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 32 {
		panic("encoding alphabet is not 32-bytes long")
	}
	e := &Encoding{alphabet: encoder, padChar: StdPadding}
	for i := range e.values {
		e.values[i] = notInAlphabet
	}
	for i := 0; i < 32; i++ {
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

// StdEncoding is the standard base32 encoding of RFC 4648; HexEncoding is its
// "Extended Hex Alphabet".
var (
	StdEncoding = NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
	HexEncoding = NewEncoding("0123456789ABCDEFGHIJKLMNOPQRSTUV")
)

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

// Encode writes the encoding of src into dst, which needs EncodedLen(len(src)) bytes.
func (enc *Encoding) Encode(dst, src []byte) {
	out := 0
	for len(src) > 0 {
		var group [5]byte
		size := copy(group[:], src)
		src = src[size:]
		var bits uint64
		for _, b := range group {
			bits = bits<<8 | uint64(b)
		}
		// size bytes carry ceil(8*size/5) characters; padding fills the group to 8.
		chars := (size*8 + 4) / 5
		for k := 0; k < 8; k++ {
			if k < chars {
				dst[out] = enc.alphabet[bits>>(35-5*k)&0x1f]
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

// EncodeToString returns the base32 encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return string(buf)
}

// EncodedLen returns the length in bytes of the encoding of n source bytes.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n/5*8 + (n%5*8+4)/5
	}
	return (n + 4) / 5 * 8
}

// DecodedLen returns the maximum length of the decoding of n bytes of base32.
func (enc *Encoding) DecodedLen(n int) int { return decodedLen(n, enc.padChar) }

func decodedLen(n int, padChar rune) int {
	if padChar == NoPadding {
		return n/8*5 + n%8*5/8
	}
	return n / 8 * 5
}

// A CorruptInputError is the offset of the first bad byte of the input (after
// newlines are removed).
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base32 data at input byte " + strconv.FormatInt(int64(e), 10)
}

// wholeBytes is how many bytes a group of n characters decodes to; the lengths
// that cannot end a group (1, 3 and 6) decode to nothing.
var wholeBytes = [9]int{0, 0, 1, 0, 2, 3, 0, 4, 5}

// decode decodes newline-free src into dst in groups of eight characters. It
// returns the bytes written, whether padding ended the data, and an error.
func (enc *Encoding) decode(dst, src []byte) (n int, end bool, err error) {
	pos := 0
	for pos < len(src) && !end {
		var digits [8]byte
		count := 8
		for j := 0; j < 8; {
			if pos == len(src) {
				if enc.padChar != NoPadding {
					return n, false, CorruptInputError(pos - j)
				}
				count, end = j, true
				break
			}
			c := src[pos]
			pos++
			left := len(src) - pos
			// A pad character counts as padding only in the last group.
			if c == byte(enc.padChar) && j >= 2 && left < 8 {
				if left+j < 7 {
					return n, false, CorruptInputError(len(src))
				}
				for k := 0; k < 7-j; k++ {
					if left > k && src[pos+k] != byte(enc.padChar) {
						return n, false, CorruptInputError(pos + k - 1)
					}
				}
				count, end = j, true
				// 1, 3 or 6 characters do not make whole bytes.
				if count == 1 || count == 3 || count == 6 {
					return n, false, CorruptInputError(pos - 1)
				}
				break
			}
			digits[j] = enc.values[c]
			if digits[j] == notInAlphabet {
				return n, false, CorruptInputError(pos - 1)
			}
			j++
		}
		var bits uint64
		for _, d := range digits {
			bits = bits<<5 | uint64(d)
		}
		for i := 0; i < wholeBytes[count]; i++ {
			dst[n] = byte(bits >> (32 - 8*i))
			n++
		}
	}
	return n, end, nil
}

// withoutNewlines returns src without '\r' and '\n', in dst.
func withoutNewlines(dst, src []byte) []byte {
	kept := 0
	for _, c := range src {
		if c != '\r' && c != '\n' {
			dst[kept] = c
			kept++
		}
	}
	return dst[:kept]
}

// Decode decodes src into dst, ignoring '\r' and '\n', and returns the number of
// bytes written; on malformed input it returns a CorruptInputError with them.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	clean := withoutNewlines(make([]byte, len(src)), src)
	n, _, err = enc.decode(dst, clean)
	return n, err
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

// DecodeString returns the bytes represented by the base32 string s.
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	buf := []byte(s)
	clean := withoutNewlines(buf, buf)
	n, _, err := enc.decode(buf, clean)
	return buf[:n], err
}

// encoder streams the encoding of what is written to it, five bytes at a time.
type encoder struct {
	enc     *Encoding
	w       io.Writer
	err     error
	pending []byte // fewer than five bytes waiting for a full group
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
		take := min(5-len(e.pending), len(p))
		e.pending = append(e.pending, p[:take]...)
		n += take
		p = p[take:]
		if len(e.pending) < 5 {
			return n, nil
		}
		if _, e.err = e.w.Write(e.enc.AppendEncode(nil, e.pending)); e.err != nil {
			return n, e.err
		}
		e.pending = e.pending[:0]
	}
	for len(p) >= 5 {
		size := 640
		if size > len(p) {
			size = len(p) - len(p)%5
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

// decoder streams the decoding of a reader in groups of eight characters; error
// offsets count from the start of the chunk being decoded, as in gc.
type decoder struct {
	enc      *Encoding
	r        io.Reader
	err      error
	end      bool   // padding was seen
	input    []byte // 1024 bytes; the first inputLen are read but not decoded
	inputLen int
	output   []byte // decoded bytes not yet returned
}

// NewDecoder returns a stream decoder reading base32 from r; newlines are skipped.
func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: &newlineSkipper{r}, input: make([]byte, 1024)}
}

// readAtLeast reads into buf until it holds least bytes or reading fails.
func readAtLeast(r io.Reader, buf []byte, least int, padded bool) (n int, err error) {
	for n < least && err == nil {
		var got int
		got, err = r.Read(buf[n:])
		n += got
	}
	if n < least && n > 0 && err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	// A padded stream ends with a whole group: an EOF in the middle of one is early.
	if padded && least < 8 && n == 0 && err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return n, err
}

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.output) > 0 {
		n = copy(p, d.output)
		d.output = d.output[n:]
		if len(d.output) == 0 {
			return n, d.err
		}
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	limit := (len(p) + 4) / 5 * 8
	limit = max(limit, 8)
	limit = min(limit, len(d.input))
	least, padded := 1, false
	if d.enc.padChar != NoPadding {
		least, padded = 8-d.inputLen, true
	}
	var got int
	got, d.err = readAtLeast(d.r, d.input[d.inputLen:limit], least, padded)
	d.inputLen += got
	if d.inputLen < least {
		return 0, d.err
	}
	if got > 0 && d.end {
		return 0, CorruptInputError(0)
	}
	usable := d.inputLen
	if d.enc.padChar != NoPadding {
		usable = d.inputLen / 8 * 8
	}
	if d.enc.DecodedLen(d.inputLen) > len(p) {
		out := make([]byte, 640)
		var written int
		written, d.end, err = d.enc.decode(out, d.input[:usable])
		d.output = out[:written]
		n = copy(p, d.output)
		d.output = d.output[n:]
	} else {
		n, d.end, err = d.enc.decode(p, d.input[:usable])
	}
	d.inputLen -= usable
	copy(d.input, d.input[usable:usable+d.inputLen])
	if err != nil && (d.err == nil || d.err == io.EOF) {
		d.err = err
	}
	if len(d.output) > 0 {
		return n, nil
	}
	return n, d.err
}

// newlineSkipper drops '\r' and '\n' from what it reads, reading again when a read
// held nothing else and brought no error.
type newlineSkipper struct{ r io.Reader }

func (s *newlineSkipper) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	for n > 0 {
		kept := len(withoutNewlines(p[:n], p[:n]))
		if err != nil || kept > 0 {
			return kept, err
		}
		n, err = s.r.Read(p)
	}
	return n, err
}
