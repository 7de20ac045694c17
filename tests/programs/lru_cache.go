package main

import (
	"container/list"
	"fmt"
)

type entry struct {
	key   string
	value int
}

type LRU struct {
	capacity int
	order    *list.List
	items    map[string]*list.Element
	evicted  []string
}

func NewLRU(capacity int) *LRU {
	return &LRU{capacity: capacity, order: list.New(), items: map[string]*list.Element{}}
}

func (c *LRU) Get(key string) (int, bool) {
	el, ok := c.items[key]
	if !ok {
		return 0, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*entry).value, true
}

func (c *LRU) Put(key string, value int) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.order.MoveToFront(el)
		return
	}
	if c.order.Len() == c.capacity {
		oldest := c.order.Back()
		c.order.Remove(oldest)
		e := oldest.Value.(*entry)
		delete(c.items, e.key)
		c.evicted = append(c.evicted, e.key)
	}
	c.items[key] = c.order.PushFront(&entry{key, value})
}

func (c *LRU) Keys() []string {
	var keys []string
	for el := c.order.Front(); el != nil; el = el.Next() {
		keys = append(keys, el.Value.(*entry).key)
	}
	return keys
}

type ManualLRU struct {
	cap        int
	keys       []string
	vals       map[string]int
}

func (m *ManualLRU) touch(k string) {
	for i, x := range m.keys {
		if x == k {
			m.keys = append(m.keys[:i], m.keys[i+1:]...)
			break
		}
	}
	m.keys = append([]string{k}, m.keys...)
}

func (m *ManualLRU) Put(k string, v int) {
	if _, ok := m.vals[k]; !ok && len(m.keys) == m.cap {
		last := m.keys[len(m.keys)-1]
		m.keys = m.keys[:len(m.keys)-1]
		delete(m.vals, last)
	}
	m.vals[k] = v
	m.touch(k)
}

func main() {
	c := NewLRU(3)
	m := &ManualLRU{cap: 3, vals: map[string]int{}}
	ops := []string{"a", "b", "c", "a", "d", "b", "e", "a", "c", "f"}
	for i, k := range ops {
		if v, ok := c.Get(k); ok {
			fmt.Printf("hit  %s=%d\n", k, v)
			m.touch(k)
			continue
		}
		fmt.Printf("miss %s\n", k)
		c.Put(k, i)
		m.Put(k, i)
	}
	fmt.Println(c.Keys(), m.keys)
	fmt.Println("evicted", c.evicted)
}
