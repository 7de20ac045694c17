package main

import "fmt"

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
	pivot := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < pivot {
			i++
		}
		for a[j] > pivot {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func mergesort(a []string) []string {
	if len(a) <= 1 {
		return a
	}
	mid := len(a) / 2
	left, right := mergesort(a[:mid]), mergesort(a[mid:])
	out := make([]string, 0, len(a))
	for len(left) > 0 && len(right) > 0 {
		if left[0] <= right[0] {
			out, left = append(out, left[0]), left[1:]
		} else {
			out, right = append(out, right[0]), right[1:]
		}
	}
	out = append(out, left...)
	return append(out, right...)
}

type lcg struct{ state uint32 }

func (g *lcg) next() int {
	g.state = g.state*1664525 + 1013904223
	return int(g.state >> 16 % 1000)
}

func main() {
	g := &lcg{42}
	nums := make([]int, 30)
	for i := range nums {
		nums[i] = g.next()
	}
	fmt.Println(nums)
	quicksort(nums)
	fmt.Println(nums)
	big := make([]int, 5000)
	for i := range big {
		big[i] = g.next()
	}
	quicksort(big)
	ok := true
	for i := 1; i < len(big); i++ {
		if big[i-1] > big[i] {
			ok = false
		}
	}
	fmt.Println("sorted 5000:", ok, big[0], big[4999])
	words := []string{"delta", "alpha", "echo", "bravo", "charlie", "alpha", "foxtrot"}
	fmt.Println(mergesort(words), words)
}
