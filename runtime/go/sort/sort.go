// Package sort provides primitives for sorting slices and user-defined
// collections, as Go's sort package. Sort and Slice use pattern-defeating
// quicksort and Stable/SliceStable use insertion sort on blocks of 20
// followed by SymMerge, making the same Less and Swap calls in the same order
// as gc, so that equal elements end up in the same order.
package sort

import (
	"internal/reflectlite"
	"math/bits"
)

// An implementation of Interface can be sorted by the routines in this package.
type Interface interface {
	// Len is the number of elements in the collection.
	Len() int
	// Less reports whether the element with index i must sort before the element with index j.
	Less(i, j int) bool
	// Swap swaps the elements with indexes i and j.
	Swap(i, j int)
}

// Sort sorts data in ascending order as determined by the Less method.
// The sort is not guaranteed to be stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(data, 0, n, bits.Len(uint(n)))
}

// Stable sorts data in ascending order as determined by the Less method,
// while keeping the original order of equal elements.
func Stable(data Interface) {
	stable(data, data.Len())
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	// The embedded Interface provides Len and Swap; Less is inverted.
	Interface
}

// Less returns the opposite of the embedded implementation's Less method.
func (r reverse) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// sliceData sorts an arbitrary slice held in an interface with a user's less
// function, swapping elements through reflectlite.
type sliceData struct {
	x    any
	n    int
	less func(i, j int) bool
}

func (d *sliceData) Len() int           { return d.n }
func (d *sliceData) Less(i, j int) bool { return d.less(i, j) }
func (d *sliceData) Swap(i, j int)      { reflectlite.SliceSwap(d.x, i, j) }

func newSliceData(x any, less func(i, j int) bool) *sliceData {
	if reflectlite.Kind(x) != reflectlite.Slice {
		panic("reflect: call of Swapper on " + kindName(reflectlite.Kind(x)) + " Value")
	}
	return &sliceData{x, reflectlite.Len(x), less}
}

func kindName(k int) string {
	switch k {
	case reflectlite.Invalid:
		return "zero"
	case reflectlite.Array:
		return "array"
	case reflectlite.Pointer:
		return "ptr"
	case reflectlite.Map:
		return "map"
	case reflectlite.String:
		return "string"
	case reflectlite.Struct:
		return "struct"
	case reflectlite.Int:
		return "int"
	}
	return "non-slice"
}

// Slice sorts the slice x given the provided less function. It panics if x is not a slice.
// The sort is not guaranteed to be stable.
func Slice(x any, less func(i, j int) bool) {
	data := newSliceData(x, less)
	pdqsort(data, 0, data.n, bits.Len(uint(data.n)))
}

// SliceStable sorts the slice x using the provided less function, keeping
// equal elements in their original order.
func SliceStable(x any, less func(i, j int) bool) {
	data := newSliceData(x, less)
	stable(data, data.n)
}

// SliceIsSorted reports whether the slice x is sorted according to the provided less function.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := reflectlite.Len(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// Ints sorts a slice of ints in increasing order. Equal ints are
// indistinguishable, so the native sort gives gc's result.
func Ints(x []int) { reflectlite.SortInts(x) }

// Strings sorts a slice of strings in increasing order (natively, as Ints).
func Strings(x []string) { reflectlite.SortStrings(x) }

// Float64s sorts a slice of float64s in increasing order; NaNs are ordered
// before other values. (Zeros of both signs are equal: gc's algorithm decides
// their order, so the same algorithm is used.)
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// IntsAreSorted reports whether the slice x is sorted in increasing order.
func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

// Float64sAreSorted reports whether the slice x is sorted in increasing order, with NaNs first.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// StringsAreSorted reports whether the slice x is sorted in increasing order.
func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }

// IntSlice attaches the methods of Interface to []int, sorting in increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x IntSlice) Sort() { Sort(x) }

// Search returns the result of applying SearchInts to the receiver and x.
func (p IntSlice) Search(x int) int { return SearchInts(p, x) }

// Float64Slice implements Interface for a []float64, sorting in increasing order,
// with not-a-number (NaN) values ordered before other values.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

// Less reports whether x[i] should be ordered before x[j], NaNs first.
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j])) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x Float64Slice) Sort() { Sort(x) }

// Search returns the result of applying SearchFloat64s to the receiver and x.
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }

func isNaN(f float64) bool {
	return f != f
}

// StringSlice attaches the methods of Interface to []string, sorting in increasing order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x StringSlice) Sort() { Sort(x) }

// Search returns the result of applying SearchStrings to the receiver and x.
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }
