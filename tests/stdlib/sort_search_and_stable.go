package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event struct {
	Day  int
	Name string
}

type byDay []Event

func (e byDay) Len() int           { return len(e) }
func (e byDay) Less(i, j int) bool { return e[i].Day < e[j].Day }
func (e byDay) Swap(i, j int)      { e[i], e[j] = e[j], e[i] }

func main() {
	events := []Event{{3, "c1"}, {1, "a1"}, {3, "c2"}, {2, "b1"}, {1, "a2"}, {3, "c3"}, {2, "b2"}, {1, "a3"}}
	sort.Stable(byDay(events))
	fmt.Println(events)
	words := strings.Fields("pear fig apple kiwi banana date cherry grape")
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	sorted := []int{1, 3, 5, 7, 9, 11}
	for _, target := range []int{0, 1, 6, 11, 12} {
		i := sort.SearchInts(sorted, target)
		found := i < len(sorted) && sorted[i] == target
		fmt.Println(target, i, found)
	}
	names := []string{"amy", "bob", "cat", "dan"}
	fmt.Println(sort.SearchStrings(names, "bz"), sort.StringsAreSorted(names))
	i, found := sort.Find(len(names), func(i int) int { return strings.Compare("cat", names[i]) })
	fmt.Println(i, found)
	fl := sort.Float64Slice{3.5, -1, 2}
	fl.Sort()
	fmt.Println(fl, fl.Search(2))
}
