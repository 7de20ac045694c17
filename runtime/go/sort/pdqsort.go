package sort

// The unstable sort: pattern-defeating quicksort (Orson Peters, arXiv:2106.05123)
// without the block-partitioning optimisations, falling back to heapsort after
// too many unbalanced partitions. Every Less and Swap call below happens in the
// same order as in gc, which is what makes the placement of equal elements
// identical.

// Pivot hints: what choosing the pivot revealed about the order of the range.
const (
	hintUnknown = iota
	hintIncreasing
	hintDecreasing
)

const (
	// Ranges this short are insertion sorted.
	insertionThreshold = 12
	// From this length the pivot is a median of medians (Tukey's ninther).
	nintherThreshold = 50
	// Median-of-three on three adjacent triples makes at most 12 swaps; all
	// of them means the range looked strictly decreasing.
	allPivotSwaps = 4 * 3
	// partialInsertionSort gives up after this many out-of-order pairs.
	partialInsertionSteps = 5
	// ... and does not shift anything on ranges shorter than this.
	partialInsertionMinLength = 50
)

// insertionSort sorts data[lo:hi] by inserting each element into the sorted prefix.
func insertionSort(data Interface, lo, hi int) {
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// siftDown restores the max-heap property for the heap rooted at node within
// data[offset+0 : offset+size].
func siftDown(data Interface, node, size, offset int) {
	for {
		child := 2*node + 1
		if child >= size {
			return
		}
		if child+1 < size && data.Less(offset+child, offset+child+1) {
			child++
		}
		if !data.Less(offset+node, offset+child) {
			return
		}
		data.Swap(offset+node, offset+child)
		node = child
	}
}

// heapSort sorts data[lo:hi] with a binary max-heap.
func heapSort(data Interface, lo, hi int) {
	size := hi - lo
	for node := (size - 1) / 2; node >= 0; node-- {
		siftDown(data, node, size, lo)
	}
	for last := size - 1; last >= 0; last-- {
		data.Swap(lo, lo+last)
		siftDown(data, 0, last, lo)
	}
}

// pdqsort sorts data[lo:hi]; badPivotsLeft is how many unbalanced partitions
// are tolerated before switching to heapsort.
func pdqsort(data Interface, lo, hi, badPivotsLeft int) {
	balanced := true
	partitioned := true
	for {
		length := hi - lo
		if length <= insertionThreshold {
			insertionSort(data, lo, hi)
			return
		}
		if badPivotsLeft == 0 {
			heapSort(data, lo, hi)
			return
		}
		if !balanced {
			breakPatterns(data, lo, hi)
			badPivotsLeft--
		}

		pivot, hint := choosePivot(data, lo, hi)
		if hint == hintDecreasing {
			reverseRange(data, lo, hi)
			// The pivot moved to the mirrored position.
			pivot = (hi - 1) - (pivot - lo)
			hint = hintIncreasing
		}

		// A balanced, already partitioned range whose pivot sample was
		// increasing is probably sorted: try to finish with a few shifts.
		if balanced && partitioned && hint == hintIncreasing {
			if partialInsertionSort(data, lo, hi) {
				return
			}
		}

		// If the element before the range (a previous pivot) is not less
		// than this pivot, the range starts with a run of elements equal to
		// it: put them aside and continue with the greater ones.
		if lo > 0 && !data.Less(lo-1, pivot) {
			lo = partitionEqual(data, lo, hi, pivot)
			continue
		}

		middle, wasPartitioned := partition(data, lo, hi, pivot)
		partitioned = wasPartitioned

		leftLength, rightLength := middle-lo, hi-middle
		minimumBalanced := length / 8
		// Recurse into the shorter side, loop on the longer one.
		if leftLength < rightLength {
			balanced = leftLength >= minimumBalanced
			pdqsort(data, lo, middle, badPivotsLeft)
			lo = middle + 1
		} else {
			balanced = rightLength >= minimumBalanced
			pdqsort(data, middle+1, hi, badPivotsLeft)
			hi = middle
		}
	}
}

// partition moves the pivot to lo, then arranges data[lo+1:hi] so that the
// elements less than it come first; the pivot ends between the two groups, at
// the returned index. It also reports whether no element had to move.
func partition(data Interface, lo, hi, pivot int) (int, bool) {
	data.Swap(lo, pivot)
	left, right := lo+1, hi-1 // the unpartitioned elements are data[left:right+1]
	for left <= right && data.Less(left, lo) {
		left++
	}
	for left <= right && !data.Less(right, lo) {
		right--
	}
	if left > right {
		data.Swap(right, lo)
		return right, true
	}
	data.Swap(left, right)
	left++
	right--
	for {
		for left <= right && data.Less(left, lo) {
			left++
		}
		for left <= right && !data.Less(right, lo) {
			right--
		}
		if left > right {
			break
		}
		data.Swap(left, right)
		left++
		right--
	}
	data.Swap(right, lo)
	return right, false
}

// partitionEqual arranges data[lo:hi], which holds no element less than the
// pivot, into the elements equal to the pivot followed by the greater ones,
// and returns the index of the first greater element.
func partitionEqual(data Interface, lo, hi, pivot int) int {
	data.Swap(lo, pivot)
	left, right := lo+1, hi-1
	for {
		for left <= right && !data.Less(lo, left) {
			left++
		}
		for left <= right && data.Less(lo, right) {
			right--
		}
		if left > right {
			return left
		}
		data.Swap(left, right)
		left++
		right--
	}
}

// partialInsertionSort fixes up to a few out-of-order adjacent pairs of
// data[lo:hi] by shifting, and reports whether the range ended up sorted.
func partialInsertionSort(data Interface, lo, hi int) bool {
	i := lo + 1
	for step := 0; step < partialInsertionSteps; step++ {
		for i < hi && !data.Less(i, i-1) {
			i++
		}
		if i == hi {
			return true
		}
		if hi-lo < partialInsertionMinLength {
			return false
		}
		data.Swap(i, i-1)
		// Move the smaller element of the pair left to its place...
		if i-lo >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
		// ... and the greater one right to its place.
		if hi-i >= 2 {
			for j := i + 1; j < hi; j++ {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
	}
	return false
}

// breakPatterns swaps three elements around the middle of data[lo:hi] with
// pseudo-random partners, to defeat inputs that make pivots unbalanced.
func breakPatterns(data Interface, lo, hi int) {
	length := hi - lo
	if length < 8 {
		return
	}
	state := uint64(length) // xorshift64 generator seeded with the length
	mask := uint(1)<<uint(lenBits(uint(length))) - 1
	middle := lo + (length/4)*2
	for idx := middle - 1; idx <= middle+1; idx++ {
		state ^= state << 13
		state ^= state >> 17
		state ^= state << 5
		other := int(uint(state) & mask)
		if other >= length {
			other -= length
		}
		data.Swap(idx, lo+other)
	}
}

func lenBits(x uint) int {
	n := 0
	for x != 0 {
		x >>= 1
		n++
	}
	return n
}

// choosePivot picks the pivot of data[lo:hi]: a fixed element for short
// ranges, a median of three from 8 elements, Tukey's ninther from 50; the
// number of swaps the medians needed tells whether the range looked sorted.
func choosePivot(data Interface, lo, hi int) (int, int) {
	length := hi - lo
	swaps := 0
	quarter := length / 4
	first, second, third := lo+quarter, lo+quarter*2, lo+quarter*3
	if length >= 8 {
		if length >= nintherThreshold {
			first = medianOfThree(data, first-1, first, first+1, &swaps)
			second = medianOfThree(data, second-1, second, second+1, &swaps)
			third = medianOfThree(data, third-1, third, third+1, &swaps)
		}
		second = medianOfThree(data, first, second, third, &swaps)
	}
	switch swaps {
	case 0:
		return second, hintIncreasing
	case allPivotSwaps:
		return second, hintDecreasing
	}
	return second, hintUnknown
}

// ordered returns the indexes a and b ordered by their elements, counting a swap.
func ordered(data Interface, a, b int, swaps *int) (int, int) {
	if data.Less(b, a) {
		*swaps++
		return b, a
	}
	return a, b
}

// medianOfThree returns the index among a, b, c holding the median element.
func medianOfThree(data Interface, a, b, c int, swaps *int) int {
	a, b = ordered(data, a, b, swaps)
	b, c = ordered(data, b, c, swaps)
	_, b = ordered(data, a, b, swaps)
	return b
}

// reverseRange reverses data[lo:hi].
func reverseRange(data Interface, lo, hi int) {
	for i, j := lo, hi-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}
