package strings

import "io"

// Replacer replaces a list of strings with replacements.
type Replacer struct {
	oldnew []string
}

// NewReplacer returns a new Replacer from a list of old, new string pairs.
// Replacements are performed in the order they appear in the target string,
// without overlapping matches; at a position, the first pair in argument
// order whose old string matches wins.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{oldnew: append([]string(nil), oldnew...)}
}

// replacePairs is the native replacement algorithm over the pairs.
func replacePairs(oldnew []string, s string) string

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	return replacePairs(r.oldnew, s)
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, replacePairs(r.oldnew, s))
}
