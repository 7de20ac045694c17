// Package regexp implements regular expression search with Go's RE2 syntax and
// leftmost-first semantics. Compilation and matching are native (the Rust regex crate,
// see natives/regexp.rs); the API, the iteration over successive matches, replacement
// and template expansion are written here.
//
// Not available: Longest (leftmost-longest matching), the io.RuneReader functions, and
// the regexp/syntax package.
package regexp

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func compileNative(expr string) (id int, names []string, code string, fragment string)
func matchNative(id int, s string, start int) []int

// Error describes a failure to parse a regular expression, as regexp/syntax.Error.
type Error struct {
	Code string
	Expr string
}

func (e *Error) Error() string {
	return "error parsing regexp: " + e.Code + ": `" + e.Expr + "`"
}

// Regexp is the representation of a compiled regular expression. A Regexp is safe for
// concurrent use by multiple goroutines.
type Regexp struct {
	expr  string
	id    int
	names []string // capture names; names[0] is "" for the whole match
}

// Compile parses a regular expression and returns, if successful, a Regexp object
// that can be used to match against text.
func Compile(expr string) (*Regexp, error) {
	id, names, code, fragment := compileNative(expr)
	if id < 0 {
		return nil, &Error{Code: code, Expr: fragment}
	}
	return &Regexp{expr: expr, id: id, names: names}, nil
}

// CompilePOSIX is like Compile; Weft matches leftmost-first even here (see the package
// comment).
func CompilePOSIX(expr string) (*Regexp, error) { return Compile(expr) }

// MustCompile is like Compile but panics if the expression cannot be parsed.
func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
		panic(`regexp: Compile(` + quote(str) + `): ` + err.Error())
	}
	return re
}

func quote(s string) string {
	if strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// MatchString reports whether the string s contains any match of the regular expression pattern.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

// Match reports whether the byte slice b contains any match of the regular expression pattern.
func Match(pattern string, b []byte) (matched bool, err error) {
	return MatchString(pattern, string(b))
}

// QuoteMeta returns a string that escapes all regular expression metacharacters inside
// the argument text.
func QuoteMeta(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(`\.+*?()|[]{}^$`, s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// String returns the source text used to compile the regular expression.
func (re *Regexp) String() string { return re.expr }

// NumSubexp returns the number of parenthesized subexpressions in this Regexp.
func (re *Regexp) NumSubexp() int { return len(re.names) - 1 }

// SubexpNames returns the names of the parenthesized subexpressions in this Regexp;
// names[0] is always "" (the whole match), unnamed groups are "".
func (re *Regexp) SubexpNames() []string { return re.names }

// SubexpIndex returns the index of the first subexpression with the given name, or -1.
func (re *Regexp) SubexpIndex(name string) int {
	if name != "" {
		for i, n := range re.names {
			if n == name {
				return i
			}
		}
	}
	return -1
}

// LiteralPrefix returns a literal string that must begin any match, and whether that
// string is the whole expression (only plain literal expressions are recognized).
func (re *Regexp) LiteralPrefix() (prefix string, complete bool) {
	for i := 0; i < len(re.expr); i++ {
		if strings.IndexByte(`\.+*?()|[]{}^$`, re.expr[i]) >= 0 {
			return "", false
		}
	}
	return re.expr, true
}

// match returns the submatch indices of the first match at or after pos (nil for none).
func (re *Regexp) match(s string, pos int) []int {
	return matchNative(re.id, s, pos)
}

// allMatches calls deliver with each successive non-overlapping match of re in s (at most
// n when n >= 0). An empty match right after the previous match is not reported.
func (re *Regexp) allMatches(s string, n int, deliver func([]int)) {
	if n < 0 {
		n = len(s) + 1
	}
	previousEnd := -1
	for pos, count := 0, 0; count < n && pos <= len(s); {
		m := re.match(s, pos)
		if m == nil {
			break
		}
		accept := true
		if m[1] == m[0] && m[1] >= pos {
			// An empty match: not next to the previous one, and the search moves on a rune.
			if m[0] == previousEnd {
				accept = false
			}
			if m[1] < len(s) {
				_, width := utf8.DecodeRuneInString(s[m[1]:])
				pos = m[1] + width
			} else {
				pos = len(s) + 1
			}
		} else {
			pos = m[1]
		}
		previousEnd = m[1]
		if accept {
			deliver(m)
			count++
		}
	}
}

// MatchString reports whether the string s contains any match of re.
func (re *Regexp) MatchString(s string) bool { return re.match(s, 0) != nil }

// Match reports whether the byte slice b contains any match of re.
func (re *Regexp) Match(b []byte) bool { return re.match(string(b), 0) != nil }

// FindString returns the text of the leftmost match of re in s ("" for none).
func (re *Regexp) FindString(s string) string {
	m := re.match(s, 0)
	if m == nil {
		return ""
	}
	return s[m[0]:m[1]]
}

// FindStringIndex returns the location of the leftmost match of re in s (nil for none).
func (re *Regexp) FindStringIndex(s string) (loc []int) {
	m := re.match(s, 0)
	if m == nil {
		return nil
	}
	return m[0:2]
}

// FindStringSubmatch returns the texts of the leftmost match and its submatches.
func (re *Regexp) FindStringSubmatch(s string) []string {
	m := re.match(s, 0)
	if m == nil {
		return nil
	}
	return submatchStrings(s, m)
}

func submatchStrings(s string, m []int) []string {
	texts := make([]string, len(m)/2)
	for i := range texts {
		if m[2*i] >= 0 {
			texts[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return texts
}

// FindStringSubmatchIndex returns the index pairs of the leftmost match and its submatches.
func (re *Regexp) FindStringSubmatchIndex(s string) []int { return re.match(s, 0) }

// FindAllString returns successive matches of re in s (at most n when n >= 0).
func (re *Regexp) FindAllString(s string, n int) []string {
	var all []string
	re.allMatches(s, n, func(m []int) { all = append(all, s[m[0]:m[1]]) })
	return all
}

// FindAllStringIndex returns the locations of successive matches of re in s.
func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	var all [][]int
	re.allMatches(s, n, func(m []int) { all = append(all, m[0:2]) })
	return all
}

// FindAllStringSubmatch returns the submatch texts of successive matches of re in s.
func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	var all [][]string
	re.allMatches(s, n, func(m []int) { all = append(all, submatchStrings(s, m)) })
	return all
}

// FindAllStringSubmatchIndex returns the submatch index pairs of successive matches.
func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	var all [][]int
	re.allMatches(s, n, func(m []int) { all = append(all, m) })
	return all
}

// Find returns the leftmost match of re in b (nil for none).
func (re *Regexp) Find(b []byte) []byte {
	m := re.match(string(b), 0)
	if m == nil {
		return nil
	}
	return b[m[0]:m[1]:m[1]]
}

// FindIndex returns the location of the leftmost match of re in b.
func (re *Regexp) FindIndex(b []byte) (loc []int) { return re.FindStringIndex(string(b)) }

// FindSubmatch returns the leftmost match of re in b and its submatches.
func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	m := re.match(string(b), 0)
	if m == nil {
		return nil
	}
	return submatchBytes(b, m)
}

func submatchBytes(b []byte, m []int) [][]byte {
	parts := make([][]byte, len(m)/2)
	for i := range parts {
		if m[2*i] >= 0 {
			parts[i] = b[m[2*i]:m[2*i+1]:m[2*i+1]]
		}
	}
	return parts
}

// FindSubmatchIndex returns the index pairs of the leftmost match in b and its submatches.
func (re *Regexp) FindSubmatchIndex(b []byte) []int { return re.match(string(b), 0) }

// FindAll returns successive matches of re in b (at most n when n >= 0).
func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	var all [][]byte
	re.allMatches(string(b), n, func(m []int) { all = append(all, b[m[0]:m[1]:m[1]]) })
	return all
}

// FindAllIndex returns the locations of successive matches of re in b.
func (re *Regexp) FindAllIndex(b []byte, n int) [][]int { return re.FindAllStringIndex(string(b), n) }

// FindAllSubmatch returns the submatches of successive matches of re in b.
func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	var all [][][]byte
	re.allMatches(string(b), n, func(m []int) { all = append(all, submatchBytes(b, m)) })
	return all
}

// FindAllSubmatchIndex returns the submatch index pairs of successive matches in b.
func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return re.FindAllStringSubmatchIndex(string(b), n)
}

// replace rebuilds s with each match replaced by what replacement appends.
func (re *Regexp) replace(s string, replacement func(out []byte, m []int) []byte) string {
	var out []byte
	last := 0
	re.allMatches(s, -1, func(m []int) {
		out = append(out, s[last:m[0]]...)
		out = replacement(out, m)
		last = m[1]
	})
	if out == nil {
		return s
	}
	return string(append(out, s[last:]...))
}

// ReplaceAllString returns a copy of src, replacing matches of re with repl, in which
// $1, ${1}, $name and ${name} stand for submatches (see Expand).
func (re *Regexp) ReplaceAllString(src, repl string) string {
	return re.replace(src, func(out []byte, m []int) []byte { return re.expand(out, repl, src, m) })
}

// ReplaceAllLiteralString returns a copy of src, replacing matches of re with repl as is.
func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return re.replace(src, func(out []byte, m []int) []byte { return append(out, repl...) })
}

// ReplaceAllStringFunc returns a copy of src in which each match is replaced by repl(match).
func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return re.replace(src, func(out []byte, m []int) []byte { return append(out, repl(src[m[0]:m[1]])...) })
}

// ReplaceAll returns a copy of src, replacing matches of re with repl (expanded as in
// ReplaceAllString).
func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	text := string(src)
	template := string(repl)
	return []byte(re.replace(text, func(out []byte, m []int) []byte { return re.expand(out, template, text, m) }))
}

// ReplaceAllLiteral returns a copy of src, replacing matches of re with repl as is.
func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return []byte(re.ReplaceAllLiteralString(string(src), string(repl)))
}

// ReplaceAllFunc returns a copy of src in which each match is replaced by repl(match).
func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	text := string(src)
	return []byte(re.replace(text, func(out []byte, m []int) []byte {
		return append(out, repl([]byte(text[m[0]:m[1]]))...)
	}))
}

// Expand appends template to dst with submatch references replaced from match (index
// pairs into src, as FindSubmatchIndex returns) and returns the result.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), string(src), match)
}

// ExpandString is like Expand but the template and source are strings.
func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, src, match)
}

// expand appends template with $ references replaced: "$$" is a "$", $name or ${name}
// is the submatch with that name or number (the longest run of letters, digits and
// underscores forms the name), an unknown or unmatched one is empty, and a "$" that
// starts no reference is copied.
func (re *Regexp) expand(dst []byte, template string, src string, match []int) []byte {
	for {
		dollar := strings.IndexByte(template, '$')
		if dollar < 0 {
			break
		}
		dst = append(dst, template[:dollar]...)
		template = template[dollar+1:]
		if template != "" && template[0] == '$' {
			dst = append(dst, '$')
			template = template[1:]
			continue
		}
		name, rest, ok := referenceName(template)
		if !ok {
			dst = append(dst, '$')
			continue
		}
		template = rest
		if number, isNumber := groupNumber(name); isNumber {
			if 2*number+1 < len(match) && match[2*number] >= 0 {
				dst = append(dst, src[match[2*number]:match[2*number+1]]...)
			}
			continue
		}
		// A name: the first group of that name that took part in the match.
		for group, groupName := range re.names {
			if groupName == name && 2*group+1 < len(match) && match[2*group] >= 0 {
				dst = append(dst, src[match[2*group]:match[2*group+1]]...)
				break
			}
		}
	}
	return append(dst, template...)
}

// referenceName reads the name after a "$": {name} or a run of word characters.
func referenceName(template string) (name string, rest string, ok bool) {
	braced := template != "" && template[0] == '{'
	if braced {
		template = template[1:]
	}
	i := 0
	for i < len(template) {
		r, width := utf8.DecodeRuneInString(template[i:])
		if !(r == '_' || '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && isLetterOrDigit(r)) {
			break
		}
		i += width
	}
	if i == 0 {
		return "", "", false
	}
	name = template[:i]
	if braced {
		if i >= len(template) || template[i] != '}' {
			return "", "", false
		}
		i++
	}
	return name, template[i:], true
}

func isLetterOrDigit(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// groupNumber reads a reference made only of decimal digits (no leading zero, below
// 1e8) as a group number.
func groupNumber(name string) (int, bool) {
	if len(name) > 8 || len(name) > 1 && name[0] == '0' {
		return 0, false
	}
	number := 0
	for i := 0; i < len(name); i++ {
		if name[i] < '0' || name[i] > '9' {
			return 0, false
		}
		number = number*10 + int(name[i]-'0')
	}
	return number, true
}

// Split slices s into substrings separated by the expression and returns them: at most
// n pieces when n > 0 (the last one holds the rest of s), all of them when n < 0, nil
// when n == 0. An empty match at the start of s or at its end cuts off no empty piece.
func (re *Regexp) Split(s string, n int) []string {
	switch {
	case n == 0:
		return nil
	case s == "" && re.expr != "":
		return []string{""}
	}
	pieces := make([]string, 0, 4)
	pieceStart := 0 // where the piece being cut begins
	lastCut := 0    // where the last separator used began
	for _, m := range re.FindAllStringIndex(s, n) {
		if n > 0 && len(pieces)+1 >= n {
			break
		}
		lastCut = m[0]
		if m[1] > 0 {
			pieces = append(pieces, s[pieceStart:m[0]])
		}
		pieceStart = m[1]
	}
	if lastCut != len(s) {
		pieces = append(pieces, s[pieceStart:])
	}
	return pieces
}
