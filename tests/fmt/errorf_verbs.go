package main

import (
	"errors"
	"fmt"
	"strconv"
)

type NotFoundError struct{ Key string }

func (e NotFoundError) Error() string { return "not found: " + e.Key }

func find(m map[string]string, k string) (string, error) {
	v, ok := m[k]
	if !ok {
		return "", NotFoundError{k}
	}
	return v, nil
}

func parsePort(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parsePort(%q): %w", s, err)
	}
	if n < 1 || n > 65535 {
		return 0, fmt.Errorf("parsePort: %d out of range [%d, %d]", n, 1, 65535)
	}
	return n, nil
}

func main() {
	cfg := map[string]string{"port": "80x", "host": "localhost", "alt": "70000"}
	for _, key := range []string{"port", "alt", "host", "user"} {
		v, err := find(cfg, key)
		if err != nil {
			wrapped := fmt.Errorf("config: %w", err)
			var nf NotFoundError
			fmt.Println(wrapped, errors.As(wrapped, &nf), nf.Key)
			continue
		}
		if key == "host" {
			fmt.Println("host", v)
			continue
		}
		_, err = parsePort(v)
		fmt.Println(err)
		fmt.Println(errors.Is(err, strconv.ErrSyntax))
	}
	e := fmt.Errorf("%d%% done, %s, %v, %q", 50, "ok", []int{1}, "q")
	fmt.Println(e)
}
