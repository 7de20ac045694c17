package main

import "fmt"

type Player struct {
	Name  string
	Score int
	Items [2]string
}

func main() {
	team := []Player{{"a", 1, [2]string{"sword"}}, {"b", 2, [2]string{}}}
	first := team[0]
	first.Score = 100
	first.Items[0] = "shield"
	fmt.Println(team[0], first)
	p := &team[1]
	p.Score = 50
	p.Items[1] = "bow"
	fmt.Println(team[1])
	roster := map[string]Player{"x": team[0]}
	team[0].Score = -1
	fmt.Println(roster["x"].Score)
	arr := [2]Player{team[0], team[1]}
	brr := arr
	brr[0].Name = "changed"
	fmt.Println(arr[0].Name, brr[0].Name)
	ptrs := []*Player{&team[0], &team[1]}
	for _, pp := range ptrs {
		pp.Score *= 2
	}
	fmt.Println(team[0].Score, team[1].Score)
	fmt.Println(team[0] == Player{"a", -2, [2]string{"sword", ""}})
}
