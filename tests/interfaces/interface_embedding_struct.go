package main

import (
	"fmt"
	"sort"
	"strings"
)

type Store interface {
	Get(key string) (string, bool)
	Set(key, value string)
	Keys() []string
}

type memStore struct{ data map[string]string }

func (m *memStore) Get(k string) (string, bool) { v, ok := m.data[k]; return v, ok }
func (m *memStore) Set(k, v string)             { m.data[k] = v }
func (m *memStore) Keys() []string {
	keys := make([]string, 0, len(m.data))
	for k := range m.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// countingStore overrides Set and inherits the rest of Store from the embedded interface.
type countingStore struct {
	Store
	writes int
}

func (c *countingStore) Set(k, v string) {
	c.writes++
	c.Store.Set(k, strings.ToUpper(v))
}

type readOnly struct{ Store }

func (readOnly) Set(k, v string) { panic("read-only store: cannot set " + k) }

func main() {
	base := &memStore{data: map[string]string{}}
	c := &countingStore{Store: base}
	var s Store = c
	s.Set("a", "apple")
	s.Set("b", "banana")
	v, ok := s.Get("a")
	fmt.Println(v, ok, c.writes, s.Keys())
	ro := readOnly{base}
	v, ok = ro.Get("b")
	fmt.Println(v, ok)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		ro.Set("c", "cherry")
	}()
	_, isCounting := s.(*countingStore)
	_, isMem := s.(*memStore)
	fmt.Println(isCounting, isMem)
}
