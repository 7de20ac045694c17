// Binary trees: many short-lived allocations next to one long-lived tree (collector load).
package main

import (
	"fmt"
	"os"
	"strconv"
)

type Node struct {
	left, right *Node
}

func build(depth int) *Node {
	if depth == 0 {
		return &Node{}
	}
	return &Node{left: build(depth - 1), right: build(depth - 1)}
}

func (node *Node) count() int {
	if node.left == nil {
		return 1
	}
	return 1 + node.left.count() + node.right.count()
}

func main() {
	maxDepth := 16
	if len(os.Args) > 1 {
		maxDepth, _ = strconv.Atoi(os.Args[1])
	}
	fmt.Printf("stretch depth %d: %d nodes\n", maxDepth+1, build(maxDepth+1).count())
	longLived := build(maxDepth)
	for depth := 4; depth <= maxDepth; depth += 2 {
		trees := 1 << (maxDepth - depth + 4)
		nodes := 0
		for i := 0; i < trees; i++ {
			nodes += build(depth).count()
		}
		fmt.Printf("depth %d: %d trees, %d nodes\n", depth, trees, nodes)
	}
	fmt.Printf("long-lived depth %d: %d nodes\n", maxDepth, longLived.count())
}
