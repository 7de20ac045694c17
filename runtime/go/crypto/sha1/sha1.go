// Package sha1 implements the SHA-1 hash algorithm of RFC 3174, as Go's crypto/sha1
// does; the block function is a native.
package sha1

import "hash"

// The size of a SHA-1 checksum in bytes.
const Size = 20

// The blocksize of SHA-1 in bytes.
const BlockSize = 64

// blocks folds every whole 64-byte block of p into the state words.
func blocks(h0, h1, h2, h3, h4 uint32, p []byte) (uint32, uint32, uint32, uint32, uint32)

type digest struct {
	state   [5]uint32
	pending []byte // the bytes of an unfinished block
	length  uint64
}

// New returns a new hash.Hash computing the SHA-1 checksum.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Reset() {
	d.state = [5]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0}
	d.pending = d.pending[:0]
	d.length = 0
}

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return BlockSize }

func fold(s *[5]uint32, p []byte) {
	s[0], s[1], s[2], s[3], s[4] = blocks(s[0], s[1], s[2], s[3], s[4], p)
}

func (d *digest) Write(p []byte) (int, error) {
	n := len(p)
	d.length += uint64(n)
	if len(d.pending) > 0 {
		take := min(BlockSize-len(d.pending), len(p))
		d.pending = append(d.pending, p[:take]...)
		p = p[take:]
		if len(d.pending) < BlockSize {
			return n, nil
		}
		fold(&d.state, d.pending)
		d.pending = d.pending[:0]
	}
	if whole := len(p) / BlockSize * BlockSize; whole > 0 {
		fold(&d.state, p[:whole])
		p = p[whole:]
	}
	d.pending = append(d.pending, p...)
	return n, nil
}

// Sum appends the checksum of the data written so far to in, leaving d unchanged.
func (d *digest) Sum(in []byte) []byte {
	sum := d.checkSum()
	return append(in, sum[:]...)
}

func (d *digest) checkSum() [Size]byte {
	// The padding: 0x80, zeros up to 56 mod 64, then the bit length (big-endian).
	tail := append([]byte(nil), d.pending...)
	tail = append(tail, 0x80)
	for len(tail)%BlockSize != 56 {
		tail = append(tail, 0)
	}
	bitLength := d.length << 3
	for shift := 56; shift >= 0; shift -= 8 {
		tail = append(tail, byte(bitLength>>shift))
	}
	s := d.state
	fold(&s, tail)
	var out [Size]byte
	for i, word := range s {
		out[4*i], out[4*i+1], out[4*i+2], out[4*i+3] = byte(word>>24), byte(word>>16), byte(word>>8), byte(word)
	}
	return out
}

// Sum returns the SHA-1 checksum of the data.
func Sum(data []byte) [Size]byte {
	d := new(digest)
	d.Reset()
	d.Write(data)
	return d.checkSum()
}
