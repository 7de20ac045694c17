package main

import "fmt"

type Stats struct {
	Count int
	Sum   float64
}

func update(m map[string]Stats, key string, v float64) {
	s := m[key]
	s.Count++
	s.Sum += v
	m[key] = s
}

func resetMap(m map[string]int) {
	m["new"] = 1
	m = map[string]int{"other": 2}
	m["ignored"] = 3
}

func main() {
	stats := map[string]Stats{}
	for i, v := range []float64{1, 2, 3, 4, 5} {
		key := "even"
		if i%2 == 1 {
			key = "odd"
		}
		update(stats, key, v)
	}
	fmt.Println(stats)
	fmt.Printf("%+v\n", stats)
	m := map[string]int{}
	resetMap(m)
	fmt.Println(m)
	alias := m
	alias["shared"] = 10
	fmt.Println(m)
	slices := map[string][]int{}
	slices["a"] = append(slices["a"], 1)
	slices["a"] = append(slices["a"], 2)
	fmt.Println(slices, len(slices["missing"]))
	ptrs := map[string]*Stats{"p": {}}
	ptrs["p"].Count = 7
	fmt.Println(*ptrs["p"])
}
