package main

import (
	"fmt"
	"sort"
	"strings"
)

type Graph map[string][]string

func (g Graph) TopoSort() ([]string, error) {
	indegree := map[string]int{}
	for n, deps := range g {
		if _, ok := indegree[n]; !ok {
			indegree[n] = 0
		}
		for _, d := range deps {
			indegree[d] += 0
			indegree[n]++
		}
	}
	dependents := map[string][]string{}
	for n, deps := range g {
		for _, d := range deps {
			dependents[d] = append(dependents[d], n)
		}
	}
	var ready []string
	for n, d := range indegree {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	sort.Strings(ready)
	var order []string
	for len(ready) > 0 {
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		next := dependents[n]
		sort.Strings(next)
		for _, m := range next {
			indegree[m]--
			if indegree[m] == 0 {
				ready = append(ready, m)
				sort.Strings(ready)
			}
		}
	}
	if len(order) != len(indegree) {
		var stuck []string
		for n, d := range indegree {
			if d > 0 {
				stuck = append(stuck, n)
			}
		}
		sort.Strings(stuck)
		return order, fmt.Errorf("cycle among %s", strings.Join(stuck, ", "))
	}
	return order, nil
}

func main() {
	build := Graph{
		"app":      {"http", "db", "log"},
		"http":     {"net", "log"},
		"db":       {"net", "log", "driver"},
		"driver":   {"net"},
		"net":      nil,
		"log":      {"fmt"},
		"fmt":      nil,
		"tests":    {"app"},
	}
	order, err := build.TopoSort()
	fmt.Println(order, err)
	build["net"] = []string{"app"}
	order, err = build.TopoSort()
	fmt.Println(order, err)
}
