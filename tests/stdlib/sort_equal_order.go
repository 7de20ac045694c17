package main

import (
	"fmt"
	"sort"
)

type item struct {
	key, id int
}

type byKey struct {
	items        []item
	less, swaps  int
}

func (b *byKey) Len() int { return len(b.items) }
func (b *byKey) Less(i, j int) bool {
	b.less++
	return b.items[i].key < b.items[j].key
}
func (b *byKey) Swap(i, j int) {
	b.swaps++
	b.items[i], b.items[j] = b.items[j], b.items[i]
}

// checksum folds the order of ids into one number, so whole permutations can be compared.
func checksum(items []item) int {
	h := 0
	for _, it := range items {
		h = (h*31 + it.id) % 1000000007
	}
	return h
}

func pattern(kind, n int) []item {
	items := make([]item, n)
	seed := uint32(n*7 + kind)
	for i := range items {
		seed = seed*1664525 + 1013904223
		var k int
		switch kind {
		case 0:
			k = int(seed>>8) % 10
		case 1:
			k = i
		case 2:
			k = n - i
		case 3:
			k = int(seed>>8) % 1000
		case 4:
			k = i % 7
		case 5:
			if i%10 == 0 {
				k = int(seed>>8) % n
			} else {
				k = i
			}
		case 6:
			k = (i * i) % 13
		case 7:
			if i < n/2 {
				k = i
			} else {
				k = n - i
			}
		}
		items[i] = item{k, i}
	}
	return items
}

func main() {
	for _, n := range []int{0, 1, 5, 12, 13, 20, 21, 49, 50, 51, 100, 257, 1000} {
		for kind := 0; kind < 8; kind++ {
			a := &byKey{items: pattern(kind, n)}
			sort.Sort(a)
			b := &byKey{items: pattern(kind, n)}
			sort.Stable(b)
			c := pattern(kind, n)
			calls := 0
			sort.Slice(c, func(i, j int) bool { calls++; return c[i].key < c[j].key })
			d := pattern(kind, n)
			sort.SliceStable(d, func(i, j int) bool { return d[i].key < d[j].key })
			e := &byKey{items: pattern(kind, n)}
			sort.Sort(sort.Reverse(e))
			fmt.Println(n, kind, checksum(a.items), a.less, a.swaps, checksum(b.items), b.less, b.swaps, checksum(c), calls, checksum(d), checksum(e.items), e.less, e.swaps)
			sortedA := sort.IsSorted(a)
			sortedC := sort.SliceIsSorted(c, func(i, j int) bool { return c[i].key < c[j].key })
			fmt.Println(sortedA, sortedC, a.less)
		}
	}
	small := pattern(0, 30)
	sort.Slice(small, func(i, j int) bool { return small[i].key < small[j].key })
	fmt.Println(small)
	fs := []float64{3, -0.0, 1, 0, -1, 0, -0.0, 2}
	sort.Float64s(fs)
	fmt.Println(fs, sort.Float64sAreSorted(fs))
	words := sort.StringSlice{"pear", "apple", "fig", "apple"}
	words.Sort()
	fmt.Println(words, words.Search("fig"), sort.SearchStrings(words, "zzz"))
	ints := sort.IntSlice{5, 2, 8, 2}
	sort.Sort(sort.Reverse(ints))
	fmt.Println(ints, sort.IntsAreSorted(ints))
	i, found := sort.Find(len(words), func(i int) int {
		if "fig" < words[i] {
			return -1
		} else if "fig" == words[i] {
			return 0
		}
		return 1
	})
	fmt.Println(i, found)
	defer func() { fmt.Println("recovered:", recover()) }()
	sort.Slice(42, func(i, j int) bool { return false })
}
