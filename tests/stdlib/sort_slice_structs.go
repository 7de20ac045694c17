package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
	tags [2]string
}

func main() {
	people := []person{
		{"alice", 30, [2]string{"a", "x"}},
		{"bob", 25, [2]string{"b", "y"}},
		{"carol", 35, [2]string{"c", "z"}},
		{"dave", 25, [2]string{"d", "w"}},
		{"eve", 30, [2]string{"e", "v"}},
	}
	first := &people[0]
	firstAge := &people[0].age
	sort.Slice(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	fmt.Println(*first, *firstAge)
	sort.SliceStable(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people, *first)
	ptrs := []*person{&people[0], &people[1], &people[2]}
	sort.Slice(ptrs, func(i, j int) bool { return ptrs[i].age < ptrs[j].age })
	for _, p := range ptrs {
		fmt.Print(p.name, " ")
	}
	fmt.Println()
	grid := [][2]int{{3, 1}, {1, 2}, {2, 0}, {1, 1}}
	sort.Slice(grid, func(i, j int) bool {
		if grid[i][0] != grid[j][0] {
			return grid[i][0] < grid[j][0]
		}
		return grid[i][1] < grid[j][1]
	})
	fmt.Println(grid)
	names := []string{"b", "a", "c"}
	sub := names[1:]
	sort.Slice(sub, func(i, j int) bool { return sub[i] < sub[j] })
	fmt.Println(names, sub)
	var empty []int
	sort.Slice(empty, func(i, j int) bool { return empty[i] < empty[j] })
	fmt.Println(empty == nil)
}
