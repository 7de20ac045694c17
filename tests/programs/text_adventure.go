package main

import (
	"fmt"
	"sort"
	"strings"
)

type State int

const (
	Hall State = iota
	Library
	Vault
	Garden
	Escaped
)

var stateNames = map[State]string{Hall: "hall", Library: "library", Vault: "vault", Garden: "garden", Escaped: "outside"}

func (s State) String() string { return stateNames[s] }

type Game struct {
	state     State
	inventory map[string]bool
	moves     int
	log       []string
}

type transition struct {
	from State
	verb string
}

var exits = map[transition]State{
	{Hall, "north"}:    Library,
	{Library, "south"}: Hall,
	{Hall, "east"}:     Garden,
	{Garden, "west"}:   Hall,
	{Library, "down"}:  Vault,
	{Vault, "up"}:      Library,
	{Garden, "gate"}:   Escaped,
}

var items = map[State]string{Library: "key", Vault: "lamp"}

func (g *Game) say(format string, args ...any) {
	g.log = append(g.log, fmt.Sprintf(format, args...))
}

func (g *Game) Do(command string) {
	g.moves++
	words := strings.Fields(command)
	if len(words) == 0 {
		g.say("say something")
		return
	}
	switch words[0] {
	case "take":
		item, ok := items[g.state]
		if !ok || g.inventory[item] {
			g.say("nothing to take in the %v", g.state)
			return
		}
		g.inventory[item] = true
		g.say("you take the %s", item)
	case "inventory":
		var held []string
		for it := range g.inventory {
			held = append(held, it)
		}
		sort.Strings(held)
		g.say("you carry: %s", strings.Join(held, ", "))
	default:
		next, ok := exits[transition{g.state, words[0]}]
		if !ok {
			g.say("you cannot go %s from the %v", words[0], g.state)
			return
		}
		if next == Vault && !g.inventory["lamp"] && !g.inventory["key"] {
			g.say("the vault is locked")
			return
		}
		if next == Escaped && !g.inventory["lamp"] {
			g.say("it is too dark to find the gate")
			return
		}
		g.state = next
		g.say("you walk %s to the %v", words[0], next)
	}
}

func main() {
	g := &Game{inventory: map[string]bool{}}
	script := []string{"east", "gate", "west", "north", "take", "take", "down", "take", "inventory", "fly", "up", "south", "east", "gate", ""}
	for _, cmd := range script {
		if g.state == Escaped {
			break
		}
		g.Do(cmd)
	}
	for i, line := range g.log {
		fmt.Printf("%2d. %s\n", i+1, line)
	}
	fmt.Printf("finished in the %v after %d moves\n", g.state, g.moves)
}
