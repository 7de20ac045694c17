package main

import "fmt"

type State int

func (s State) String() string { return fmt.Sprintf("state-%d", int(s)) }

func main() {
	panic(State(4))
}
