package main

import "fmt"

func main() {
	ages := map[string]int{"alice": 31, "bob": 25}
	ages["carol"] = 40
	ages["bob"]++
	fmt.Println(len(ages), ages["bob"], ages["nobody"])
	v, ok := ages["alice"]
	fmt.Println(v, ok)
	v, ok = ages["zed"]
	fmt.Println(v, ok)
	delete(ages, "alice")
	delete(ages, "missing")
	fmt.Println(len(ages), ages)
	var nilMap map[string]bool
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	delete(nilMap, "x")
	_, found := nilMap["y"]
	fmt.Println(found)
	counts := make(map[rune]int)
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	clear(counts)
	fmt.Println(len(counts), counts)
}
