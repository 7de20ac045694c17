package os

import "syscall"

// environment holds the program's variables: the host's environment at start (empty in
// the sandbox), changed by Setenv, Unsetenv and Clearenv.
var environment = loadEnvironment()

func loadEnvironment() map[string]string {
	variables := map[string]string{}
	for _, item := range sysEnviron() {
		for i := 0; i < len(item); i++ {
			if item[i] == '=' {
				if _, seen := variables[item[:i]]; !seen {
					variables[item[:i]] = item[i+1:]
				}
				break
			}
		}
	}
	return variables
}

// Getenv returns the value of the environment variable named by key, or "".
func Getenv(key string) string {
	return environment[key]
}

// LookupEnv returns the value of the environment variable named by key and whether it is set.
func LookupEnv(key string) (string, bool) {
	value, ok := environment[key]
	return value, ok
}

// Setenv sets the value of the environment variable named by key.
func Setenv(key, value string) error {
	if len(key) == 0 {
		return NewSyscallError("setenv", syscall.EINVAL)
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return NewSyscallError("setenv", syscall.EINVAL)
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return NewSyscallError("setenv", syscall.EINVAL)
		}
	}
	environment[key] = value
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	delete(environment, key)
	return nil
}

// Clearenv deletes all environment variables.
func Clearenv() {
	environment = map[string]string{}
}

// Environ returns the environment as "key=value" strings, in no particular order.
func Environ() []string {
	all := make([]string, 0, len(environment))
	for key, value := range environment {
		all = append(all, key+"="+value)
	}
	return all
}

// ExpandEnv replaces ${var} or $var in s by the variables' values (unset ones by "").
func ExpandEnv(s string) string {
	return Expand(s, Getenv)
}

// Expand replaces ${var} or $var in s by mapping(var). Names are runs of letters,
// digits and underscores, or one shell special character ($*, $#, $$, $@, $!, $?, $-,
// $0 to $9). A "$" followed by anything else stays as it is; a malformed "${...}" (empty,
// or never closed) is dropped.
func Expand(s string, mapping func(string) string) string {
	var out []byte
	copied := 0 // s[:copied] is already in out
	for i := 0; i+1 < len(s); i++ {
		if s[i] != '$' {
			continue
		}
		rest := s[i+1:]
		name, consumed := "", 0
		malformed := false
		switch {
		case rest[0] == '{' && len(rest) > 2 && isShellSpecial(rest[1]) && rest[2] == '}':
			name, consumed = rest[1:2], 3
		case rest[0] == '{':
			closing := indexByte(rest, '}')
			switch {
			case closing < 0:
				malformed, consumed = true, 1
			case closing == 1:
				malformed, consumed = true, 2
			default:
				name, consumed = rest[1:closing], closing+1
			}
		case isShellSpecial(rest[0]):
			name, consumed = rest[:1], 1
		default:
			for consumed < len(rest) && isAlphaNumeric(rest[consumed]) {
				consumed++
			}
			name = rest[:consumed]
		}
		if out == nil {
			out = make([]byte, 0, 2*len(s))
		}
		out = append(out, s[copied:i]...)
		if name != "" {
			out = append(out, mapping(name)...)
		} else if !malformed {
			out = append(out, '$')
		}
		i += consumed
		copied = i + 1
	}
	if out == nil {
		return s
	}
	return string(out) + s[copied:]
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func isShellSpecial(c byte) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNumeric(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// UserHomeDir returns the current user's home directory ($HOME).
func UserHomeDir() (string, error) {
	if home := Getenv("HOME"); home != "" {
		return home, nil
	}
	return "", errorString("$HOME is not defined")
}

type errorString string

func (e errorString) Error() string { return string(e) }
