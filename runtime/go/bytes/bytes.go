// Package bytes implements functions for the manipulation of byte slices, as
// Go's bytes package. Searching and case mapping reuse the natives of package
// strings on string copies; functions that return parts of their input return
// subslices of it, as gc does.
package bytes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MinRead is the minimum slice size passed to a Read call by Buffer.ReadFrom.
const MinRead = 512

// Equal reports whether a and b are the same length and contain the same bytes.
func Equal(a, b []byte) bool {
	return string(a) == string(b)
}

// Compare returns an integer comparing two byte slices lexicographically.
func Compare(a, b []byte) int {
	return strings.Compare(string(a), string(b))
}

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool {
	return strings.Contains(string(b), string(subslice))
}

// ContainsAny reports whether any of the UTF-8-encoded code points in chars are within b.
func ContainsAny(b []byte, chars string) bool {
	return strings.ContainsAny(string(b), chars)
}

// ContainsRune reports whether the rune is contained in the UTF-8-encoded byte slice b.
func ContainsRune(b []byte, r rune) bool {
	return strings.ContainsRune(string(b), r)
}

// ContainsFunc reports whether any of the UTF-8-encoded code points r within b satisfy f(r).
func ContainsFunc(b []byte, f func(rune) bool) bool {
	return IndexFunc(b, f) >= 0
}

// Count counts the number of non-overlapping instances of sep in s.
func Count(s, sep []byte) int {
	return strings.Count(string(s), string(sep))
}

// Index returns the index of the first instance of sep in s, or -1.
func Index(s, sep []byte) int {
	return strings.Index(string(s), string(sep))
}

// IndexByte returns the index of the first instance of c in b, or -1.
func IndexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// IndexRune returns the byte index of the first occurrence in s of the given rune, or -1.
func IndexRune(s []byte, r rune) int {
	return strings.IndexRune(string(s), r)
}

// IndexAny returns the byte index of the first occurrence in s of any of the code points in chars, or -1.
func IndexAny(s []byte, chars string) int {
	return strings.IndexAny(string(s), chars)
}

// LastIndex returns the index of the last instance of sep in s, or -1.
func LastIndex(s, sep []byte) int {
	return strings.LastIndex(string(s), string(sep))
}

// LastIndexByte returns the index of the last instance of c in s, or -1.
func LastIndexByte(s []byte, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexAny returns the byte index of the last occurrence in s of any of the code points in chars, or -1.
func LastIndexAny(s []byte, chars string) int {
	return strings.LastIndexAny(string(s), chars)
}

// IndexFunc returns the byte index of the first code point satisfying f(c), or -1.
func IndexFunc(s []byte, f func(r rune) bool) int {
	return strings.IndexFunc(string(s), f)
}

// LastIndexFunc returns the byte index of the last code point satisfying f(c), or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int {
	return strings.LastIndexFunc(string(s), f)
}

// HasPrefix reports whether the byte slice s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && Equal(s[:len(prefix)], prefix)
}

// HasSuffix reports whether the byte slice s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}

// EqualFold reports whether s and t are equal under simple Unicode case-folding.
func EqualFold(s, t []byte) bool {
	return strings.EqualFold(string(s), string(t))
}

// genSplit splits s after each instance of sep, keeping sepSave bytes of the
// separator, into at most n subslices (capacity-limited, as gc's).
func genSplit(s, sep []byte, sepSave, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([][]byte, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[: m+sepSave : m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// explode splits s into a slice of UTF-8 sequences, one per rune (at most n).
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	a := make([][]byte, n)
	var size int
	na := 0
	for len(s) > 0 {
		if na+1 >= n {
			a[na] = s
			na++
			break
		}
		_, size = utf8.DecodeRune(s)
		a[na] = s[0:size:size]
		s = s[size:]
		na++
	}
	return a[0:na]
}

// Split slices s into all subslices separated by sep.
func Split(s, sep []byte) [][]byte { return genSplit(s, sep, 0, -1) }

// SplitN slices s into at most n subslices separated by sep.
func SplitN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, 0, n) }

// SplitAfter slices s into all subslices after each instance of sep.
func SplitAfter(s, sep []byte) [][]byte { return genSplit(s, sep, len(sep), -1) }

// SplitAfterN slices s into at most n subslices after each instance of sep.
func SplitAfterN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, len(sep), n) }

// Fields splits s around each run of white space, returning subslices of s.
func Fields(s []byte) [][]byte {
	return FieldsFunc(s, unicode.IsSpace)
}

// FieldsFunc splits s at each run of code points c satisfying f(c), returning subslices of s.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	spans := [][]byte{}
	start := -1
	for i := 0; i < len(s); {
		size := 1
		r := rune(s[i])
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[i:])
		}
		if f(r) {
			if start >= 0 {
				spans = append(spans, s[start:i:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		spans = append(spans, s[start:len(s):len(s)])
	}
	return spans
}

// Join concatenates the elements of s to create a new byte slice, with sep between them.
func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	if len(s) == 1 {
		// A copy, nil when s[0] is empty, as gc's.
		return append([]byte(nil), s[0]...)
	}
	b := make([]byte, 0)
	for i, v := range s {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, v...)
	}
	return b
}

// Repeat returns a new byte slice consisting of count copies of b.
func Repeat(b []byte, count int) []byte {
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	return []byte(strings.Repeat(string(b), count))
}

// Replace returns a copy of s with the first n non-overlapping instances of old replaced by new.
func Replace(s, old, new []byte, n int) []byte {
	if n == 0 || Count(s, old) == 0 {
		// A plain copy (nil for an empty s), as gc's.
		return append([]byte(nil), s...)
	}
	return []byte(strings.Replace(string(s), string(old), string(new), n))
}

// ReplaceAll returns a copy of s with all non-overlapping instances of old replaced by new.
func ReplaceAll(s, old, new []byte) []byte {
	return Replace(s, old, new, -1)
}

// ToUpper returns a copy of s with all Unicode letters mapped to their upper case.
func ToUpper(s []byte) []byte { return []byte(strings.ToUpper(string(s))) }

// ToLower returns a copy of s with all Unicode letters mapped to their lower case.
func ToLower(s []byte) []byte { return []byte(strings.ToLower(string(s))) }

// ToTitle returns a copy of s with all Unicode letters mapped to their title case.
func ToTitle(s []byte) []byte { return []byte(strings.ToTitle(string(s))) }

// Title returns a copy of s with the first letter of each word in title case.
func Title(s []byte) []byte { return []byte(strings.Title(string(s))) }

// ToValidUTF8 returns a copy of s with each run of invalid UTF-8 replaced by replacement.
func ToValidUTF8(s, replacement []byte) []byte {
	return []byte(strings.ToValidUTF8(string(s), string(replacement)))
}

// Map returns a copy of s with all its characters modified by mapping.
func Map(mapping func(r rune) rune, s []byte) []byte {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		wid := 1
		r := rune(s[i])
		if r >= utf8.RuneSelf {
			r, wid = utf8.DecodeRune(s[i:])
		}
		r = mapping(r)
		if r >= 0 {
			b = utf8.AppendRune(b, r)
		}
		i += wid
	}
	return b
}

// Runes interprets s as a sequence of UTF-8-encoded code points and returns a slice of runes.
func Runes(s []byte) []rune {
	return []rune(string(s))
}

// trimBounds returns the [start, end) of s after trimming.
func subslice(s []byte, start, end int) []byte {
	if start == end {
		return nil
	}
	return s[start:end]
}

// Trim returns a subslice of s by slicing off all leading and trailing code points contained in cutset.
func Trim(s []byte, cutset string) []byte {
	t := strings.TrimLeft(string(s), cutset)
	start := len(s) - len(t)
	t = strings.TrimRight(t, cutset)
	return subslice(s, start, start+len(t))
}

// TrimLeft returns a subslice of s by slicing off all leading code points contained in cutset.
func TrimLeft(s []byte, cutset string) []byte {
	t := strings.TrimLeft(string(s), cutset)
	return subslice(s, len(s)-len(t), len(s))
}

// TrimRight returns a subslice of s by slicing off all trailing code points contained in cutset.
func TrimRight(s []byte, cutset string) []byte {
	t := strings.TrimRight(string(s), cutset)
	return s[:len(t)]
}

// TrimSpace returns a subslice of s by slicing off all leading and trailing white space.
func TrimSpace(s []byte) []byte {
	t := strings.TrimLeftFunc(string(s), unicode.IsSpace)
	start := len(s) - len(t)
	t = strings.TrimRightFunc(t, unicode.IsSpace)
	return subslice(s, start, start+len(t))
}

// TrimFunc returns a subslice of s by slicing off all leading and trailing code points satisfying f.
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimLeftFunc returns a subslice of s by slicing off all leading code points satisfying f.
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	t := strings.TrimLeftFunc(string(s), f)
	return subslice(s, len(s)-len(t), len(s))
}

// TrimRightFunc returns a subslice of s by slicing off all trailing code points satisfying f.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	t := strings.TrimRightFunc(string(s), f)
	return s[:len(t)]
}

// TrimPrefix returns s without the provided leading prefix.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Cut slices s around the first instance of sep.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// CutPrefix returns s without the provided leading prefix and reports whether it found the prefix.
func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without the provided ending suffix and reports whether it found the suffix.
func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// Clone returns a copy of b[:len(b)]; the result is nil for a nil b.
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}
