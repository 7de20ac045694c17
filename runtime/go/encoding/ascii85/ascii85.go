// Package ascii85 implements the ascii85 data encoding as used in the btoa tool
// and Adobe's PostScript and PDF formats, as Go's encoding/ascii85 does.
package ascii85

import (
	"io"
	"strconv"
)

// Encode encodes src into at most MaxEncodedLen(len(src)) bytes of dst and returns
// the number written. A group of four zero bytes becomes 'z'; the output has no
// <~ ~> framing.
func Encode(dst, src []byte) int {
	n := 0
	for len(src) > 0 {
		// Every group fills five bytes of dst, as in gc, even when it keeps fewer.
		dst[0], dst[1], dst[2], dst[3], dst[4] = 0, 0, 0, 0, 0
		var group [4]byte
		size := copy(group[:], src)
		src = src[size:]
		value := uint32(group[0])<<24 | uint32(group[1])<<16 | uint32(group[2])<<8 | uint32(group[3])
		if value == 0 && size == 4 {
			dst[0] = 'z'
			dst = dst[1:]
			n++
			continue
		}
		for i := 4; i >= 0; i-- {
			dst[i] = '!' + byte(value%85)
			value /= 85
		}
		// A short final group of k bytes keeps k+1 digits.
		dst = dst[size+1:]
		n += size + 1
	}
	return n
}

// MaxEncodedLen returns the maximum length of an encoding of n source bytes.
func MaxEncodedLen(n int) int { return (n + 3) / 4 * 5 }

// NewEncoder returns a new ascii85 stream encoder; Close flushes the partial group.
func NewEncoder(w io.Writer) io.WriteCloser { return &encoder{w: w} }

type encoder struct {
	w       io.Writer
	err     error
	pending []byte // fewer than four bytes waiting for a full group
}

func (e *encoder) encodeAndWrite(p []byte) error {
	out := make([]byte, MaxEncodedLen(len(p)))
	_, e.err = e.w.Write(out[:Encode(out, p)])
	return e.err
}

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	if len(e.pending) > 0 {
		take := min(4-len(e.pending), len(p))
		e.pending = append(e.pending, p[:take]...)
		n += take
		p = p[take:]
		if len(e.pending) < 4 {
			return n, nil
		}
		if e.encodeAndWrite(e.pending) != nil {
			return n, e.err
		}
		e.pending = e.pending[:0]
	}
	for len(p) >= 4 {
		size := min(816, len(p))
		size -= size % 4
		if e.encodeAndWrite(p[:size]) != nil {
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
		e.encodeAndWrite(e.pending)
		e.pending = e.pending[:0]
	}
	return e.err
}

// A CorruptInputError is the offset of the first bad byte of the input.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal ascii85 data at input byte " + strconv.FormatInt(int64(e), 10)
}

// Decode decodes src into dst, returning the bytes written and the source bytes
// consumed; white space and control characters are skipped. Without flush a final
// partial group is left for the next call; with flush it is decoded. Decoding
// stops early when dst has room for fewer than four more bytes.
func Decode(dst, src []byte, flush bool) (ndst, nsrc int, err error) {
	var value uint32
	digits := 0
	for i, c := range src {
		if len(dst)-ndst < 4 {
			return
		}
		switch {
		case c <= ' ':
			continue
		case c == 'z' && digits == 0:
			value, digits = 0, 5
		case '!' <= c && c <= 'u':
			value = value*85 + uint32(c-'!')
			digits++
		default:
			return 0, 0, CorruptInputError(i)
		}
		if digits == 5 {
			nsrc = i + 1
			dst[ndst], dst[ndst+1], dst[ndst+2], dst[ndst+3] = byte(value>>24), byte(value>>16), byte(value>>8), byte(value)
			ndst += 4
			value, digits = 0, 0
		}
	}
	if flush {
		nsrc = len(src)
		if digits == 1 {
			return 0, 0, CorruptInputError(len(src))
		}
		if digits > 1 {
			// Pad with the highest digit, then keep digits-1 bytes.
			for i := digits; i < 5; i++ {
				value = value*85 + 84
			}
			for i := 0; i < digits-1; i++ {
				dst[ndst] = byte(value >> 24)
				value <<= 8
				ndst++
			}
		}
	}
	return
}

// NewDecoder constructs a new ascii85 stream decoder.
func NewDecoder(r io.Reader) io.Reader {
	return &decoder{r: r, input: make([]byte, 1024), outputBuf: make([]byte, 1024)}
}

type decoder struct {
	r         io.Reader
	err       error
	readErr   error
	input     []byte // 1024 bytes; the first inputLen are read but not decoded
	inputLen  int
	output    []byte // decoded bytes not yet returned
	outputBuf []byte
}

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(p) == 0 {
		return 0, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	for {
		if len(d.output) > 0 {
			n = copy(p, d.output)
			d.output = d.output[n:]
			return n, nil
		}
		if d.inputLen > 0 {
			var written, used int
			written, used, d.err = Decode(d.outputBuf, d.input[:d.inputLen], d.readErr != nil)
			if written > 0 {
				d.output = d.outputBuf[:written]
				d.inputLen = copy(d.input, d.input[used:d.inputLen])
				continue
			}
			if d.err == nil {
				// Nothing decodable yet: drop the blanks to make room for more input.
				kept := 0
				for _, c := range d.input[:d.inputLen] {
					if c > ' ' {
						d.input[kept] = c
						kept++
					}
				}
				d.inputLen = kept
			}
		}
		if d.err != nil {
			return 0, d.err
		}
		if d.readErr != nil {
			d.err = d.readErr
			return 0, d.err
		}
		var got int
		got, d.readErr = d.r.Read(d.input[d.inputLen:])
		d.inputLen += got
	}
}
