// Word count: a map from string to int under many lookups and updates. The words come
// from a linear congruential generator so every implementation sees the same text.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
)

var syllables = []string{"ka", "lo", "mi", "ne", "ru", "so", "ta", "vi",
	"wen", "dar", "ith", "ol", "pre", "qua", "ber", "ux"}

func main() {
	total := 1000000
	if len(os.Args) > 1 {
		total, _ = strconv.Atoi(os.Args[1])
	}
	counts := make(map[string]int)
	state := 42
	for i := 0; i < total; i++ {
		state = (state*1103515245 + 12345) % 2147483648
		word := syllables[state>>8&15] + syllables[state>>12&15]
		if state>>16&3 != 0 {
			word += syllables[state>>18&15]
		}
		counts[word]++
	}
	words := make([]string, 0, len(counts))
	for word := range counts {
		words = append(words, word)
	}
	sort.Slice(words, func(a, b int) bool {
		if counts[words[a]] != counts[words[b]] {
			return counts[words[a]] > counts[words[b]]
		}
		return words[a] < words[b]
	})
	fmt.Printf("%d words, %d distinct\n", total, len(words))
	for _, word := range words[:5] {
		fmt.Printf("%s %d\n", word, counts[word])
	}
}
