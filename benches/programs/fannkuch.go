// Fannkuch-redux: prefix reversals over every permutation (small arrays, tight loops).
// Permutations come from Heap's algorithm; the checksum adds the flip count of
// even-numbered permutations and subtracts that of odd-numbered ones.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func flips(permutation, work []int) int {
	copy(work, permutation)
	count := 0
	for work[0] != 0 {
		for low, high := 0, work[0]; low < high; low, high = low+1, high-1 {
			work[low], work[high] = work[high], work[low]
		}
		count++
	}
	return count
}

func main() {
	n := 10
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	permutation := make([]int, n)
	work := make([]int, n)
	counters := make([]int, n)
	for i := range permutation {
		permutation[i] = i
	}
	checksum, maxFlips, index := 0, 0, 0
	record := func() {
		count := flips(permutation, work)
		if count > maxFlips {
			maxFlips = count
		}
		if index%2 == 0 {
			checksum += count
		} else {
			checksum -= count
		}
		index++
	}
	record()
	for i := 1; i < n; {
		if counters[i] < i {
			if i%2 == 0 {
				permutation[0], permutation[i] = permutation[i], permutation[0]
			} else {
				permutation[counters[i]], permutation[i] = permutation[i], permutation[counters[i]]
			}
			record()
			counters[i]++
			i = 1
		} else {
			counters[i] = 0
			i++
		}
	}
	fmt.Printf("%d permutations, checksum %d, max flips %d\n", index, checksum, maxFlips)
}
