// Package hmac implements the Keyed-Hash Message Authentication Code (HMAC) of
// FIPS 198 over any hash.Hash constructor, as Go's crypto/hmac does.
package hmac

import (
	"crypto/subtle"
	"hash"
)

// mac computes H((key ^ opad) || H((key ^ ipad) || message)).
type mac struct {
	inner, outer hash.Hash
	innerPad     []byte // the key xor 0x36, one block long
	outerPad     []byte // the key xor 0x5c, one block long
}

// New returns a new HMAC hash using the given hash constructor and key; a key
// longer than the block size is hashed first. New panics when h returns the same
// value twice.
func New(h func() hash.Hash, key []byte) hash.Hash {
	m := &mac{outer: h(), inner: h()}
	same := false
	func() {
		// Comparing two uncomparable hash values panics: they are then distinct.
		defer func() { recover() }()
		same = m.outer == m.inner
	}()
	if same {
		panic("crypto/hmac: hash generation function does not produce unique values")
	}
	blockSize := m.inner.BlockSize()
	if len(key) > blockSize {
		m.outer.Write(key)
		key = m.outer.Sum(nil)
	}
	m.innerPad = make([]byte, blockSize)
	m.outerPad = make([]byte, blockSize)
	copy(m.innerPad, key)
	copy(m.outerPad, key)
	for i := range m.innerPad {
		m.innerPad[i] ^= 0x36
		m.outerPad[i] ^= 0x5c
	}
	m.inner.Write(m.innerPad)
	return m
}

func (m *mac) Write(p []byte) (int, error) { return m.inner.Write(p) }

// Sum appends the MAC of the data written so far to in.
func (m *mac) Sum(in []byte) []byte {
	start := len(in)
	in = m.inner.Sum(in)
	m.outer.Reset()
	m.outer.Write(m.outerPad)
	m.outer.Write(in[start:])
	return m.outer.Sum(in[:start])
}

func (m *mac) Reset() {
	m.inner.Reset()
	m.inner.Write(m.innerPad)
}

func (m *mac) Size() int      { return m.outer.Size() }
func (m *mac) BlockSize() int { return m.inner.BlockSize() }

// Equal compares two MACs for equality without leaking timing information.
func Equal(mac1, mac2 []byte) bool {
	return subtle.ConstantTimeCompare(mac1, mac2) == 1
}
