// Package sha256 implements the SHA-224 and SHA-256 hash algorithms of FIPS 180-4,
// as Go's crypto/sha256 does; the block function is a native.
package sha256

import "hash"

// The size of a SHA256 checksum in bytes.
const Size = 32

// The size of a SHA224 checksum in bytes.
const Size224 = 28

// The blocksize of SHA256 and SHA224 in bytes.
const BlockSize = 64

// blocks folds every whole 64-byte block of p into the state words.
func blocks(h0, h1, h2, h3, h4, h5, h6, h7 uint32, p []byte) (uint32, uint32, uint32, uint32, uint32, uint32, uint32, uint32)

type digest struct {
	state   [8]uint32
	pending []byte // the bytes of an unfinished block
	length  uint64
	is224   bool
}

// New returns a new hash.Hash computing the SHA256 checksum.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

// New224 returns a new hash.Hash computing the SHA224 checksum.
func New224() hash.Hash {
	d := &digest{is224: true}
	d.Reset()
	return d
}

func (d *digest) Reset() {
	if d.is224 {
		d.state = [8]uint32{0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4}
	} else {
		d.state = [8]uint32{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19}
	}
	d.pending = d.pending[:0]
	d.length = 0
}

func (d *digest) Size() int {
	if d.is224 {
		return Size224
	}
	return Size
}

func (d *digest) BlockSize() int { return BlockSize }

func fold(s *[8]uint32, p []byte) {
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
	return append(in, sum[:d.Size()]...)
}

// checkSum returns the eight final state words as bytes; SHA-224 keeps the first 28.
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

// Sum256 returns the SHA256 checksum of the data.
func Sum256(data []byte) [Size]byte {
	d := new(digest)
	d.Reset()
	d.Write(data)
	return d.checkSum()
}

// Sum224 returns the SHA224 checksum of the data.
func Sum224(data []byte) [Size224]byte {
	d := &digest{is224: true}
	d.Reset()
	d.Write(data)
	full := d.checkSum()
	var out [Size224]byte
	copy(out[:], full[:])
	return out
}
