package main

import "fmt"

type Node struct {
	Value int
	Next  *Node
}

type Config struct {
	Name    string
	Retries int
	Verbose bool
}

func NewConfig(name string) *Config {
	return &Config{Name: name, Retries: 3}
}

func (c *Config) WithVerbose() *Config {
	c.Verbose = true
	return c
}

func main() {
	c := NewConfig("svc").WithVerbose()
	fmt.Printf("%+v\n", *c)
	fmt.Printf("%+v\n", c)
	var head *Node
	for i := 1; i <= 4; i++ {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Value, " ")
	}
	fmt.Println()
	pp := &head
	(*pp).Value = 40
	fmt.Println(head.Value, (**pp).Next.Value)
	arr := []*Config{{Name: "a"}, {Name: "b"}}
	for _, cfg := range arr {
		cfg.Retries = 9
	}
	fmt.Println(arr[0].Retries, arr[1].Retries)
}
