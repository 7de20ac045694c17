package main

import (
	"fmt"
	"sort"
	"strings"
)

type hnode struct {
	weight      int
	symbol      rune
	order       int
	left, right *hnode
}

func build(text string) *hnode {
	freq := map[rune]int{}
	for _, r := range text {
		freq[r]++
	}
	var nodes []*hnode
	for r, w := range freq {
		nodes = append(nodes, &hnode{weight: w, symbol: r, order: int(r)})
	}
	next := 1 << 20
	for len(nodes) > 1 {
		sort.Slice(nodes, func(i, j int) bool {
			if nodes[i].weight != nodes[j].weight {
				return nodes[i].weight < nodes[j].weight
			}
			return nodes[i].order < nodes[j].order
		})
		a, b := nodes[0], nodes[1]
		merged := &hnode{weight: a.weight + b.weight, order: next, left: a, right: b}
		next++
		nodes = append([]*hnode{merged}, nodes[2:]...)
	}
	return nodes[0]
}

func codes(n *hnode, prefix string, out map[rune]string) {
	if n.left == nil {
		if prefix == "" {
			prefix = "0"
		}
		out[n.symbol] = prefix
		return
	}
	codes(n.left, prefix+"0", out)
	codes(n.right, prefix+"1", out)
}

func main() {
	text := "this is an example of a huffman tree"
	root := build(text)
	table := map[rune]string{}
	codes(root, "", table)
	symbols := make([]rune, 0, len(table))
	for r := range table {
		symbols = append(symbols, r)
	}
	sort.Slice(symbols, func(i, j int) bool { return symbols[i] < symbols[j] })
	for _, r := range symbols {
		fmt.Printf("%q %s\n", r, table[r])
	}
	var sb strings.Builder
	for _, r := range text {
		sb.WriteString(table[r])
	}
	encoded := sb.String()
	fmt.Println(len(encoded), "bits vs", len(text)*8)
	var decoded []rune
	n := root
	for _, bit := range encoded {
		if bit == '0' {
			n = n.left
		} else {
			n = n.right
		}
		if n.left == nil {
			decoded = append(decoded, n.symbol)
			n = root
		}
	}
	fmt.Println(string(decoded) == text)
}
