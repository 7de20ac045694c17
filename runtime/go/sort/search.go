package sort

// Search uses binary search to find and return the smallest index i in [0, n)
// at which f(i) is true, assuming that f(i) == true implies f(i+1) == true.
// It returns n when there is no such index.
func Search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		middle := int(uint(lo+hi) >> 1)
		if f(middle) {
			hi = middle
		} else {
			lo = middle + 1
		}
	}
	return lo
}

// Find uses binary search to find and return the smallest index i in [0, n)
// at which cmp(i) <= 0, and reports whether cmp(i) == 0 there.
func Find(n int, cmp func(int) int) (i int, found bool) {
	lo, hi := 0, n
	for lo < hi {
		middle := int(uint(lo+hi) >> 1)
		if cmp(middle) > 0 {
			lo = middle + 1
		} else {
			hi = middle
		}
	}
	return lo, lo < n && cmp(lo) == 0
}

// SearchInts searches for x in a sorted slice of ints and returns the index
// as specified by Search.
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchFloat64s searches for x in a sorted slice of float64s and returns the
// index as specified by Search.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings searches for x in a sorted slice of strings and returns the
// index as specified by Search.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}
