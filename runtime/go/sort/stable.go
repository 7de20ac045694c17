package sort

// The stable sort: insertion sort on blocks of stableBlock elements, then
// rounds of merging neighbouring blocks of doubling size with SymMerge (Kim and
// Kutzner, "Stable Minimum Storage Merging by Symmetric Comparisons", ESA 2004),
// which merges in place with rotations. The Less and Swap calls happen in the
// same order as in gc.

const stableBlock = 20

func stable(data Interface, n int) {
	block := stableBlock
	lo, hi := 0, block
	for hi <= n {
		insertionSort(data, lo, hi)
		lo = hi
		hi += block
	}
	insertionSort(data, lo, n)

	for block < n {
		lo, hi = 0, 2*block
		for hi <= n {
			symMerge(data, lo, lo+block, hi)
			lo = hi
			hi += 2 * block
		}
		if middle := lo + block; middle < n {
			symMerge(data, lo, middle, n)
		}
		block *= 2
	}
}

// symMerge merges the sorted runs data[lo:middle] and data[middle:hi]
// (both non-empty).
func symMerge(data Interface, lo, middle, hi int) {
	if middle-lo == 1 {
		// A single element on the left: find the first element of the right
		// run that is not less than it, and bubble it to just before that.
		left, right := middle, hi
		for left < right {
			h := int(uint(left+right) >> 1)
			if data.Less(h, lo) {
				left = h + 1
			} else {
				right = h
			}
		}
		for k := lo; k < left-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if hi-middle == 1 {
		// A single element on the right: find the first element of the left
		// run greater than it, and bubble it down to there.
		left, right := lo, middle
		for left < right {
			h := int(uint(left+right) >> 1)
			if data.Less(middle, h) {
				right = h
			} else {
				left = h + 1
			}
		}
		for k := middle; k > left; k-- {
			data.Swap(k, k-1)
		}
		return
	}

	half := int(uint(lo+hi) >> 1)
	total := half + middle
	var start, bound int
	if middle > half {
		start = total - hi
		bound = half
	} else {
		start = lo
		bound = middle
	}
	last := total - 1
	for start < bound {
		c := int(uint(start+bound) >> 1)
		if data.Less(last-c, c) {
			bound = c
		} else {
			start = c + 1
		}
	}

	end := total - start
	if start < middle && middle < end {
		rotate(data, start, middle, end)
	}
	if lo < start && start < half {
		symMerge(data, lo, start, half)
	}
	if half < end && end < hi {
		symMerge(data, half, end, hi)
	}
}

// rotate exchanges the adjacent blocks data[lo:middle] and data[middle:hi]
// (both non-empty) by swapping equal-length block pairs.
func rotate(data Interface, lo, middle, hi int) {
	left := middle - lo
	right := hi - middle
	for left != right {
		if left > right {
			swapRange(data, middle-left, middle, right)
			left -= right
		} else {
			swapRange(data, middle-left, middle+right-left, left)
			right -= left
		}
	}
	swapRange(data, middle-left, middle, left)
}

// swapRange swaps the n elements starting at a with the n starting at b.
func swapRange(data Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}
