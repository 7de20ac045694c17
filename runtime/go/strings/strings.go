// Package strings implements simple functions to manipulate UTF-8 encoded
// strings, as Go's strings package. Leaf work (searching, splitting, case
// mapping) is done by natives (runtime/src/natives/strings.rs); the functions
// that take Go funcs are written here in Go.
package strings

import "unicode/utf8"

// Natives over whole strings.

// Contains reports whether substr is within s.
func Contains(s, substr string) bool

// ContainsAny reports whether any Unicode code points in chars are within s.
func ContainsAny(s, chars string) bool

// ContainsRune reports whether the Unicode code point r is within s.
func ContainsRune(s string, r rune) bool

// Count counts the number of non-overlapping instances of substr in s.
func Count(s, substr string) int

// Index returns the index of the first instance of substr in s, or -1.
func Index(s, substr string) int

// LastIndex returns the index of the last instance of substr in s, or -1.
func LastIndex(s, substr string) int

// IndexByte returns the index of the first instance of c in s, or -1.
func IndexByte(s string, c byte) int

// LastIndexByte returns the index of the last instance of c in s, or -1.
func LastIndexByte(s string, c byte) int

// IndexRune returns the index of the first instance of the Unicode code point r, or -1.
func IndexRune(s string, r rune) int

// IndexAny returns the index of the first instance of any code point from chars in s, or -1.
func IndexAny(s, chars string) int

// LastIndexAny returns the index of the last instance of any code point from chars in s, or -1.
func LastIndexAny(s, chars string) int

// Split slices s into all substrings separated by sep.
func Split(s, sep string) []string

// SplitN slices s into at most n substrings separated by sep.
func SplitN(s, sep string, n int) []string

// SplitAfter slices s into all substrings after each instance of sep.
func SplitAfter(s, sep string) []string

// SplitAfterN slices s into at most n substrings after each instance of sep.
func SplitAfterN(s, sep string, n int) []string

// Fields splits s around each run of white space (unicode.IsSpace).
func Fields(s string) []string

// Join concatenates the elements of elems, placing sep between them.
func Join(elems []string, sep string) string

// Repeat returns a new string consisting of count copies of s.
func Repeat(s string, count int) string

// Replace returns a copy of s with the first n non-overlapping instances of old replaced by new.
func Replace(s, old, new string, n int) string

// ReplaceAll returns a copy of s with all non-overlapping instances of old replaced by new.
func ReplaceAll(s, old, new string) string

// ToUpper returns s with all Unicode letters mapped to their upper case.
func ToUpper(s string) string

// ToLower returns s with all Unicode letters mapped to their lower case.
func ToLower(s string) string

// ToTitle returns s with all Unicode letters mapped to their title case.
func ToTitle(s string) string

// Title returns s with the first letter of each word mapped to title case (deprecated in Go).
func Title(s string) string

// ToValidUTF8 returns s with each run of invalid UTF-8 byte sequences replaced by replacement.
func ToValidUTF8(s, replacement string) string

// Trim returns s with all leading and trailing code points contained in cutset removed.
func Trim(s, cutset string) string

// TrimLeft returns s with all leading code points contained in cutset removed.
func TrimLeft(s, cutset string) string

// TrimRight returns s with all trailing code points contained in cutset removed.
func TrimRight(s, cutset string) string

// TrimSpace returns s with all leading and trailing white space removed.
func TrimSpace(s string) string

// EqualFold reports whether s and t are equal under simple Unicode case-folding.
func EqualFold(s, t string) bool

// HasPrefix reports whether the string s begins with prefix.
func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// HasSuffix reports whether the string s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// TrimPrefix returns s without the provided leading prefix string.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix string.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Compare returns an integer comparing two strings lexicographically.
func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return +1
}

// Cut slices s around the first instance of sep.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// CutPrefix returns s without the provided leading prefix string and reports whether it found the prefix.
func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without the provided ending suffix string and reports whether it found the suffix.
func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// Clone returns a fresh copy of s.
func Clone(s string) string {
	return s
}

// Functions taking Go funcs: the predicate is called once per rune, in order.

// Map returns a copy of s with all its characters modified by mapping;
// characters for which mapping returns a negative value are dropped.
// mapping is called exactly once per rune, in order, as in gc.
func Map(mapping func(rune) rune, s string) string {
	var b []byte
	changed := false
	for i, c := range s {
		r := mapping(c)
		if !changed {
			if r == c && c != utf8.RuneError {
				continue
			}
			if c == utf8.RuneError {
				// A real U+FFFD mapped to itself is no change; an invalid byte is.
				if _, width := utf8.DecodeRuneInString(s[i:]); width != 1 && r == c {
					continue
				}
			}
			changed = true
			b = append(b, s[:i]...)
		}
		if r >= 0 {
			b = utf8.AppendRune(b, r)
		}
	}
	if !changed {
		return s
	}
	return string(b)
}

// FieldsFunc splits s at each run of code points c satisfying f(c).
func FieldsFunc(s string, f func(rune) bool) []string {
	type span struct{ start, end int }
	spans := make([]span, 0, 32)
	start := -1
	for end, r := range s {
		if f(r) {
			if start >= 0 {
				spans = append(spans, span{start, end})
				start = ^start
			}
		} else {
			if start < 0 {
				start = end
			}
		}
	}
	if start >= 0 {
		spans = append(spans, span{start, len(s)})
	}
	a := make([]string, len(spans))
	for i, sp := range spans {
		a[i] = s[sp.start:sp.end]
	}
	return a
}

// IndexFunc returns the index of the first code point satisfying f(c), or -1.
func IndexFunc(s string, f func(rune) bool) int {
	return indexFunc(s, f, true)
}

// LastIndexFunc returns the index of the last code point satisfying f(c), or -1.
func LastIndexFunc(s string, f func(rune) bool) int {
	return lastIndexFunc(s, f, true)
}

// ContainsFunc reports whether any code point c within s satisfies f(c).
func ContainsFunc(s string, f func(rune) bool) bool {
	return IndexFunc(s, f) >= 0
}

// TrimFunc returns s with all leading and trailing code points satisfying f removed.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimLeftFunc returns s with all leading code points satisfying f removed.
func TrimLeftFunc(s string, f func(rune) bool) string {
	i := indexFunc(s, f, false)
	if i == -1 {
		return ""
	}
	return s[i:]
}

// TrimRightFunc returns s with all trailing code points satisfying f removed.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, wid := utf8.DecodeRuneInString(s[i:])
		i += wid
	} else {
		i++
	}
	return s[0:i]
}

func indexFunc(s string, f func(rune) bool, truth bool) int {
	for i, r := range s {
		if f(r) == truth {
			return i
		}
	}
	return -1
}

func lastIndexFunc(s string, f func(rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}
