// Package md5 implements the MD5 hash algorithm of RFC 1321, as Go's crypto/md5
// does; the block function is a native.
package md5

import "hash"

// The size of an MD5 checksum in bytes.
const Size = 16

// The blocksize of MD5 in bytes.
const BlockSize = 64

// blocks folds every whole 64-byte block of p into the state words.
func blocks(a, b, c, d uint32, p []byte) (uint32, uint32, uint32, uint32)

type digest struct {
	state   [4]uint32
	pending []byte // the bytes of an unfinished block
	length  uint64
}

// New returns a new hash.Hash computing the MD5 checksum.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Reset() {
	d.state = [4]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476}
	d.pending = d.pending[:0]
	d.length = 0
}

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) fold(p []byte) {
	s := &d.state
	s[0], s[1], s[2], s[3] = blocks(s[0], s[1], s[2], s[3], p)
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
		d.fold(d.pending)
		d.pending = d.pending[:0]
	}
	if whole := len(p) / BlockSize * BlockSize; whole > 0 {
		d.fold(p[:whole])
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
	// The padding: 0x80, zeros up to 56 mod 64, then the bit length (little-endian).
	tail := append([]byte(nil), d.pending...)
	tail = append(tail, 0x80)
	for len(tail)%BlockSize != 56 {
		tail = append(tail, 0)
	}
	bitLength := d.length << 3
	for i := 0; i < 8; i++ {
		tail = append(tail, byte(bitLength>>(8*i)))
	}
	s := d.state
	s[0], s[1], s[2], s[3] = blocks(s[0], s[1], s[2], s[3], tail)
	var out [Size]byte
	for i, word := range s {
		out[4*i], out[4*i+1], out[4*i+2], out[4*i+3] = byte(word), byte(word>>8), byte(word>>16), byte(word>>24)
	}
	return out
}

// Sum returns the MD5 checksum of the data.
func Sum(data []byte) [Size]byte {
	d := new(digest)
	d.Reset()
	d.Write(data)
	return d.checkSum()
}
