// Package sha512 implements the SHA-384, SHA-512, SHA-512/224 and SHA-512/256 hash
// algorithms of FIPS 180-4, as Go's crypto/sha512 does; the block function and
// the initial states are natives.
package sha512

import "hash"

const (
	// Size is the size, in bytes, of a SHA-512 checksum.
	Size = 64
	// Size224 is the size, in bytes, of a SHA-512/224 checksum.
	Size224 = 28
	// Size256 is the size, in bytes, of a SHA-512/256 checksum.
	Size256 = 32
	// Size384 is the size, in bytes, of a SHA-384 checksum.
	Size384 = 48
	// BlockSize is the block size, in bytes, of the SHA-512/224, SHA-512/256,
	// SHA-384 and SHA-512 hash functions.
	BlockSize = 128
)

// The variants, as numbered by the initialState native.
const (
	variant512 = iota
	variant384
	variant512_224
	variant512_256
)

// blocks folds every whole 128-byte block of p into the state words.
func blocks(h0, h1, h2, h3, h4, h5, h6, h7 uint64, p []byte) (uint64, uint64, uint64, uint64, uint64, uint64, uint64, uint64)

// initialState returns the first state words of a variant.
func initialState(variant int) (uint64, uint64, uint64, uint64, uint64, uint64, uint64, uint64)

type digest struct {
	state   [8]uint64
	pending []byte // the bytes of an unfinished block
	length  uint64
	variant int
	size    int
}

func newDigest(variant, size int) *digest {
	d := &digest{variant: variant, size: size}
	d.Reset()
	return d
}

// New returns a new hash.Hash computing the SHA-512 checksum.
func New() hash.Hash { return newDigest(variant512, Size) }

// New384 returns a new hash.Hash computing the SHA-384 checksum.
func New384() hash.Hash { return newDigest(variant384, Size384) }

// New512_224 returns a new hash.Hash computing the SHA-512/224 checksum.
func New512_224() hash.Hash { return newDigest(variant512_224, Size224) }

// New512_256 returns a new hash.Hash computing the SHA-512/256 checksum.
func New512_256() hash.Hash { return newDigest(variant512_256, Size256) }

func (d *digest) Reset() {
	s := &d.state
	s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7] = initialState(d.variant)
	d.pending = d.pending[:0]
	d.length = 0
}

func (d *digest) Size() int      { return d.size }
func (d *digest) BlockSize() int { return BlockSize }

func fold(s *[8]uint64, p []byte) {
	s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7] = blocks(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], p)
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
	return append(in, sum[:d.size]...)
}

// checkSum returns all eight final state words as bytes; the shorter variants
// keep a prefix.
func (d *digest) checkSum() [Size]byte {
	// The padding: 0x80, zeros up to 112 mod 128, then the 128-bit bit length.
	tail := append([]byte(nil), d.pending...)
	tail = append(tail, 0x80)
	for len(tail)%BlockSize != 112 {
		tail = append(tail, 0)
	}
	high, low := d.length>>61, d.length<<3
	for _, word := range [2]uint64{high, low} {
		for shift := 56; shift >= 0; shift -= 8 {
			tail = append(tail, byte(word>>shift))
		}
	}
	s := d.state
	fold(&s, tail)
	var out [Size]byte
	for i, word := range s {
		for j := 0; j < 8; j++ {
			out[8*i+j] = byte(word >> (56 - 8*j))
		}
	}
	return out
}

// Sum512 returns the SHA512 checksum of the data.
func Sum512(data []byte) [Size]byte {
	d := newDigest(variant512, Size)
	d.Write(data)
	return d.checkSum()
}

// Sum384 returns the SHA384 checksum of the data.
func Sum384(data []byte) [Size384]byte {
	d := newDigest(variant384, Size384)
	d.Write(data)
	full := d.checkSum()
	var out [Size384]byte
	copy(out[:], full[:])
	return out
}

// Sum512_224 returns the Sum512/224 checksum of the data.
func Sum512_224(data []byte) [Size224]byte {
	d := newDigest(variant512_224, Size224)
	d.Write(data)
	full := d.checkSum()
	var out [Size224]byte
	copy(out[:], full[:])
	return out
}

// Sum512_256 returns the Sum512/256 checksum of the data.
func Sum512_256(data []byte) [Size256]byte {
	d := newDigest(variant512_256, Size256)
	d.Write(data)
	full := d.checkSum()
	var out [Size256]byte
	copy(out[:], full[:])
	return out
}
