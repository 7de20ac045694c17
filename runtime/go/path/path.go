// Package path manipulates slash-separated paths (URLs, archive entries), as Go's
// path does: Clean, Join, Split, Base, Dir, Ext, IsAbs and the shell pattern Match.
package path

import (
	"errors"
	"unicode/utf8"
)

// ErrBadPattern is returned by Match for a malformed pattern.
var ErrBadPattern = errors.New("syntax error in pattern")

// Clean returns the shortest path equivalent to path by purely lexical processing:
// repeated slashes become one, "." elements go, ".." removes the element before it
// (or disappears at the root of a rooted path). An empty result is ".".
func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	out := make([]byte, 0, len(path))
	if rooted {
		out = append(out, '/')
	}
	// floor is the length of out that ".." may never remove: the root slash, or
	// leading ".." elements of a relative path.
	floor := len(out)
	i := 0
	for i < len(path) {
		if path[i] == '/' {
			i++
			continue
		}
		start := i
		for i < len(path) && path[i] != '/' {
			i++
		}
		element := path[start:i]
		if element == "." {
			continue
		}
		if element == ".." {
			if len(out) > floor {
				// Drop the last element and the slash before it.
				cut := len(out) - 1
				for cut > floor && out[cut] != '/' {
					cut--
				}
				out = out[:cut]
				continue
			}
			if rooted {
				continue
			}
			if len(out) > 0 {
				out = append(out, '/')
			}
			out = append(out, ".."...)
			floor = len(out)
			continue
		}
		if len(out) > 0 && !(rooted && len(out) == 1) {
			out = append(out, '/')
		}
		out = append(out, element...)
	}
	if len(out) == 0 {
		return "."
	}
	return string(out)
}

// Split splits path just after its last slash into a directory and a file name.
func Split(path string) (dir, file string) {
	i := len(path) - 1
	for i >= 0 && path[i] != '/' {
		i--
	}
	return path[:i+1], path[i+1:]
}

// Join joins the non-empty elements with slashes and cleans the result; it returns
// "" when every element is empty.
func Join(elem ...string) string {
	size := 0
	for _, e := range elem {
		size += len(e)
	}
	if size == 0 {
		return ""
	}
	buf := make([]byte, 0, size+len(elem))
	for _, e := range elem {
		if len(buf) > 0 || e != "" {
			if len(buf) > 0 {
				buf = append(buf, '/')
			}
			buf = append(buf, e...)
		}
	}
	return Clean(string(buf))
}

// Ext returns the file name extension: the suffix from the final dot of the last
// element, or "" when it has none.
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns the last element of path, trailing slashes removed; "." for an empty
// path and "/" for a path of only slashes.
func Base(path string) string {
	if path == "" {
		return "."
	}
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[:len(path)-1]
	}
	i := len(path) - 1
	for i >= 0 && path[i] != '/' {
		i--
	}
	path = path[i+1:]
	if path == "" {
		return "/"
	}
	return path
}

// IsAbs reports whether the path starts with a slash.
func IsAbs(path string) bool {
	return len(path) > 0 && path[0] == '/'
}

// Dir returns all but the last element of path, cleaned.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}

// Match reports whether name matches the shell pattern: '*' matches any run of
// non-slash characters, '?' one non-slash character, '[...]' a character class
// ('^' negates, 'a-z' ranges), and '\\' escapes. A malformed pattern anywhere gives
// ErrBadPattern, whatever name is.
func Match(pattern, name string) (matched bool, err error) {
	if !validPattern(pattern) {
		return false, ErrBadPattern
	}
	return matchFrom(pattern, name), nil
}

// validPattern reports whether every class and escape of pattern is well formed.
func validPattern(pattern string) bool {
	for i := 0; i < len(pattern); {
		switch pattern[i] {
		case '\\':
			if i+1 >= len(pattern) {
				return false
			}
			i += 2
		case '[':
			_, _, next, ok := matchClass(pattern, i, 0)
			if !ok {
				return false
			}
			i = next
		default:
			i++
		}
	}
	return true
}

// matchClass parses the class starting at pattern[start] == '[' and tests r against
// it. It returns whether r matched, whether the class was negated, the index after
// the closing ']', and whether the class was well formed.
func matchClass(pattern string, start int, r rune) (matched, negated bool, next int, ok bool) {
	i := start + 1
	if i < len(pattern) && pattern[i] == '^' {
		negated = true
		i++
	}
	ranges := 0
	for {
		if i < len(pattern) && pattern[i] == ']' && ranges > 0 {
			return matched, negated, i + 1, true
		}
		var lo, hi rune
		lo, i, ok = classChar(pattern, i)
		if !ok {
			return
		}
		hi = lo
		if pattern[i] == '-' {
			hi, i, ok = classChar(pattern, i+1)
			if !ok {
				return
			}
		}
		if lo <= r && r <= hi {
			matched = true
		}
		ranges++
	}
}

// classChar reads one possibly escaped character of a class; the class must go on
// after it.
func classChar(pattern string, i int) (r rune, next int, ok bool) {
	if i >= len(pattern) || pattern[i] == '-' || pattern[i] == ']' {
		return 0, i, false
	}
	if pattern[i] == '\\' {
		i++
		if i >= len(pattern) {
			return 0, i, false
		}
	}
	r, size := utf8.DecodeRuneInString(pattern[i:])
	if r == utf8.RuneError && size == 1 {
		return 0, i, false
	}
	i += size
	return r, i, i < len(pattern)
}

// matchFrom matches a valid pattern against name, backtracking over stars.
func matchFrom(pattern, name string) bool {
	for len(pattern) > 0 {
		switch pattern[0] {
		case '*':
			for len(pattern) > 0 && pattern[0] == '*' {
				pattern = pattern[1:]
			}
			if pattern == "" {
				for i := 0; i < len(name); i++ {
					if name[i] == '/' {
						return false
					}
				}
				return true
			}
			for i := 0; ; i++ {
				if matchFrom(pattern, name[i:]) {
					return true
				}
				if i >= len(name) || name[i] == '/' {
					return false
				}
			}
		case '?':
			if name == "" || name[0] == '/' {
				return false
			}
			_, size := utf8.DecodeRuneInString(name)
			name = name[size:]
			pattern = pattern[1:]
		case '[':
			if name == "" {
				return false
			}
			r, size := utf8.DecodeRuneInString(name)
			matched, negated, next, _ := matchClass(pattern, 0, r)
			if matched == negated {
				return false
			}
			name = name[size:]
			pattern = pattern[next:]
		default:
			if pattern[0] == '\\' {
				pattern = pattern[1:]
			}
			if name == "" || name[0] != pattern[0] {
				return false
			}
			name = name[1:]
			pattern = pattern[1:]
		}
	}
	return name == ""
}
