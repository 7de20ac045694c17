package main

import "fmt"

type Node struct {
	id    int
	peer  *Node
	data  [4]int
	items []int
}

func makeCycle(i int) *Node {
	a := &Node{id: i}
	b := &Node{id: i + 1, peer: a}
	a.peer = b
	a.data[i%4] = i
	return a
}

func main() {
	const total = 10_000_000
	checksum := 0
	var keep *Node
	for i := 0; i < total; i++ {
		n := makeCycle(i)
		checksum += n.peer.id - n.id + n.data[i%4]%7
		if i%1_000_000 == 0 {
			keep = n
		}
	}
	fmt.Println("cycles:", total, "checksum:", checksum)
	fmt.Println("last kept:", keep.id, keep.peer.peer == keep)
	var chunks [][]byte
	for i := 0; i < 2000; i++ {
		chunks = append(chunks, make([]byte, 100_000))
		if len(chunks) > 10 {
			chunks = chunks[1:]
		}
	}
	fmt.Println("chunks:", len(chunks), len(chunks[0]))
}
