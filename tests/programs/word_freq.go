package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was the spring
of hope, it was the winter of despair.`

type entry struct {
	word  string
	count int
}

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	entries := make([]entry, 0, len(freq))
	for w, c := range freq {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	fmt.Println("total words:", len(words), "distinct:", len(freq))
	for _, e := range entries[:10] {
		fmt.Printf("%-12s %3d %s\n", e.word, e.count, strings.Repeat("*", e.count))
	}
	byLength := map[int][]string{}
	for w := range freq {
		byLength[len(w)] = append(byLength[len(w)], w)
	}
	lengths := []int{}
	for l := range byLength {
		lengths = append(lengths, l)
	}
	sort.Ints(lengths)
	for _, l := range lengths {
		ws := byLength[l]
		sort.Strings(ws)
		fmt.Println(l, ws)
	}
}
