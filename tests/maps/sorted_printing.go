package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"zeta": 26, "alpha": 1, "mu": 12, "beta": 2}
	fmt.Println(m)
	fmt.Printf("%v\n%+v\n%#v\n", m, m, m)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
	ints := map[int]string{-5: "neg", 10: "ten", 2: "two", 0: "zero"}
	fmt.Println(ints)
	nested := map[string][]int{"b": {2}, "a": {1, 1}}
	fmt.Println(nested)
	floats := map[float64]bool{2.5: true, -1: false, 1e10: true}
	fmt.Println(floats)
	var nilMap map[string]int
	fmt.Println(nilMap, len(nilMap))
	fmt.Printf("%#v\n", nilMap)
}
