package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func rle(s string) string {
	var sb strings.Builder
	runes := []rune(s)
	for i := 0; i < len(runes); {
		j := i
		for j < len(runes) && runes[j] == runes[i] {
			j++
		}
		if j-i > 1 {
			sb.WriteString(strconv.Itoa(j - i))
		}
		sb.WriteRune(runes[i])
		i = j
	}
	return sb.String()
}

func unrle(s string) string {
	var sb strings.Builder
	count := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			count = count*10 + int(r-'0')
			continue
		}
		if count == 0 {
			count = 1
		}
		sb.WriteString(strings.Repeat(string(r), count))
		count = 0
	}
	return sb.String()
}

func caesar(s string, shift int) string {
	shift = (shift%26 + 26) % 26
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(shift))%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(shift))%26
		}
		return r
	}, s)
}

func main() {
	for _, s := range []string{"aaabccddddde", "wwwwwwwwwwwwbbb", "abc", "", "ééé!!"} {
		enc := rle(s)
		fmt.Printf("%q -> %q -> %q\n", s, enc, unrle(enc))
	}
	msg := "Hello, World! The quick brown fox."
	for _, k := range []int{3, 13, -1, 52} {
		enc := caesar(msg, k)
		fmt.Println(k, enc, caesar(enc, -k) == msg)
	}
}
