// Package adler32 implements the Adler-32 checksum (RFC 1950), as Go's hash/adler32 does.
package adler32

import "hash"

// The size of an Adler-32 checksum in bytes.
const Size = 4

// modulus is the largest prime smaller than 65536.
const modulus = 65521

// chunk is how many bytes can be summed before the 32-bit sums must be reduced:
// the largest n with 255*n*(n+1)/2 + (n+1)*(modulus-1) < 2^32.
const chunk = 5552

// digest holds the two running sums: s1 in the low 16 bits, s2 in the high 16.
type digest uint32

// New returns a new hash.Hash32 computing the Adler-32 checksum. Its Sum method
// lays the value out in big-endian byte order.
func New() hash.Hash32 {
	d := digest(1)
	return &d
}

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 4 }
func (d *digest) Reset()         { *d = 1 }
func (d *digest) Sum32() uint32  { return uint32(*d) }

func update(d digest, p []byte) digest {
	s1, s2 := uint32(d&0xffff), uint32(d>>16)
	for len(p) > 0 {
		n := len(p)
		if n > chunk {
			n = chunk
		}
		for _, b := range p[:n] {
			s1 += uint32(b)
			s2 += s1
		}
		s1 %= modulus
		s2 %= modulus
		p = p[n:]
	}
	return digest(s2<<16 | s1)
}

func (d *digest) Write(p []byte) (n int, err error) {
	*d = update(*d, p)
	return len(p), nil
}

func (d *digest) Sum(in []byte) []byte {
	s := uint32(*d)
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}

// Checksum returns the Adler-32 checksum of data.
func Checksum(data []byte) uint32 { return uint32(update(1, data)) }
