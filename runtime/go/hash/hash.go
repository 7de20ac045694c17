// Package hash provides the interfaces implemented by hash functions, as Go's hash does.
package hash

import "io"

// Hash is the common interface implemented by all hash functions. Write never
// returns an error; Sum appends the current hash to b without changing the state.
type Hash interface {
	io.Writer
	Sum(b []byte) []byte
	Reset()
	Size() int
	BlockSize() int
}

// Hash32 is the common interface implemented by all 32-bit hash functions.
type Hash32 interface {
	Hash
	Sum32() uint32
}

// Hash64 is the common interface implemented by all 64-bit hash functions.
type Hash64 interface {
	Hash
	Sum64() uint64
}
