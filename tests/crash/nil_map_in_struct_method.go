package main

import "fmt"

type Cache struct {
	data map[string][]byte
}

func (c *Cache) Set(k string, v []byte) { c.data[k] = v }

func main() {
	c := &Cache{}
	fmt.Println(len(c.data))
	c.Set("k", []byte("v"))
}
