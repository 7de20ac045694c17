package main

import (
	"fmt"
	"sort"
)

type Account struct {
	Owner   string
	Balance int
}

func main() {
	accounts := map[int]*Account{}
	accounts[1] = &Account{"ann", 100}
	accounts[2] = &Account{"ben", 50}
	accounts[1].Balance -= 30
	byValue := map[string]Account{"x": {"xavier", 5}}
	acc := byValue["x"]
	acc.Balance = 500
	fmt.Println(byValue["x"].Balance, acc.Balance)
	byValue["x"] = acc
	fmt.Println(byValue["x"].Balance)
	ids := []int{}
	for id := range accounts {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		fmt.Printf("%d %+v\n", id, *accounts[id])
	}
	groups := map[string][]string{}
	for _, name := range []string{"apple", "avocado", "banana", "blueberry", "cherry"} {
		key := name[:1]
		groups[key] = append(groups[key], name)
	}
	fmt.Println(groups)
	sets := map[string]map[string]bool{}
	add := func(a, b string) {
		if sets[a] == nil {
			sets[a] = map[string]bool{}
		}
		sets[a][b] = true
	}
	add("x", "y")
	add("x", "z")
	add("w", "x")
	fmt.Println(sets, len(sets["x"]))
}
