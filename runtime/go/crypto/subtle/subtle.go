// Package subtle implements functions whose running time does not depend on the
// secret data they compare or select, as Go's crypto/subtle does.
package subtle

// ConstantTimeCompare returns 1 if x and y have equal contents and 0 otherwise;
// it returns 0 at once when the lengths differ.
func ConstantTimeCompare(x, y []byte) int {
	if len(x) != len(y) {
		return 0
	}
	var diff byte
	for i := range x {
		diff |= x[i] ^ y[i]
	}
	return ConstantTimeByteEq(diff, 0)
}

// ConstantTimeSelect returns x if v == 1 and y if v == 0.
func ConstantTimeSelect(v, x, y int) int { return x&-v | y&(v-1) }

// ConstantTimeByteEq returns 1 if x == y and 0 otherwise.
func ConstantTimeByteEq(x, y uint8) int {
	// Only a zero difference borrows into bit 8.
	return int(1 & ((uint32(x^y) - 1) >> 8))
}

// ConstantTimeEq returns 1 if x == y and 0 otherwise.
func ConstantTimeEq(x, y int32) int {
	// Only a zero difference borrows into bit 32.
	return int(1 & ((uint64(uint32(x^y)) - 1) >> 32))
}

// ConstantTimeCopy copies y into x (of equal length) if v == 1, and leaves x
// unchanged if v == 0.
func ConstantTimeCopy(v int, x, y []byte) {
	if len(x) != len(y) {
		panic("subtle: slices have different lengths")
	}
	keep := byte(v - 1)
	take := ^byte(v - 1)
	for i := range x {
		x[i] = x[i]&keep | y[i]&take
	}
}

// ConstantTimeLessOrEq returns 1 if x <= y and 0 otherwise; x and y must be
// between 0 and 2^31 - 1.
func ConstantTimeLessOrEq(x, y int) int {
	// y - x is negative exactly when x > y.
	return int(1 ^ (uint32(int32(y)-int32(x)) >> 31))
}

// XORBytes sets dst[i] = x[i] ^ y[i] for each i < n = min(len(x), len(y)) and
// returns n; it panics when dst is shorter than n.
func XORBytes(dst, x, y []byte) int {
	n := min(len(x), len(y))
	if n == 0 {
		return 0
	}
	if n > len(dst) {
		panic("subtle.XORBytes: dst too short")
	}
	for i := 0; i < n; i++ {
		dst[i] = x[i] ^ y[i]
	}
	return n
}
