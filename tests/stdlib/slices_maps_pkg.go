package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type User struct {
	Name string
	Age  int
}

func main() {
	xs := []int{3, 1, 4, 1, 5, 9, 2, 6}
	sorted := slices.Clone(xs)
	slices.Sort(sorted)
	fmt.Println(xs, sorted)
	fmt.Println(slices.Compact(slices.Clone(sorted)))
	i, found := slices.BinarySearch(sorted, 5)
	fmt.Println(i, found)
	fmt.Println(slices.Equal(xs, sorted), slices.Min(xs), slices.Max(xs), slices.IndexFunc(xs, func(v int) bool { return v > 4 }))
	users := []User{{"bo", 30}, {"al", 25}, {"cy", 30}}
	slices.SortStableFunc(users, func(a, b User) int { return cmp.Compare(b.Age, a.Age) })
	fmt.Println(users)
	slices.SortFunc(users, func(a, b User) int { return strings.Compare(a.Name, b.Name) })
	fmt.Println(users)
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	keys := slices.Collect(maps.Keys(m))
	slices.Sort(keys)
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	clone := maps.Clone(m)
	delete(clone, "x")
	fmt.Println(len(m), len(clone), maps.Equal(m, clone))
	fmt.Println(slices.Insert([]int{1, 4}, 1, 2, 3), slices.Delete([]int{0, 1, 2, 3}, 1, 3))
	fmt.Println(cmp.Compare(1, 2), cmp.Less("b", "a"), min(cmp.Compare(2.0, 2.0), 5))
}
