package main

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) {
	l.lines = append(l.lines, l.prefix+msg)
}

func (l Logger) Count() int { return len(l.lines) }

type Service struct {
	*Logger
	Name string
}

type Cache struct {
	Logger
	items map[string]int
}

func (c *Cache) Put(k string, v int) {
	c.items[k] = v
	c.Log("put " + k)
}

type Inner struct{}

func (Inner) Hello() string { return "inner hello" }

type Middle struct{ Inner }
type Outer struct{ Middle }

func (Outer) Hello() string { return "outer hello" }

func main() {
	svc := Service{&Logger{prefix: "[svc] "}, "api"}
	svc.Log("start")
	svc.Log("ready")
	fmt.Println(svc.Count(), svc.lines)
	c := Cache{Logger{prefix: "cache: "}, map[string]int{}}
	c.Put("a", 1)
	c.Put("b", 2)
	fmt.Println(c.Count(), c.Logger.lines)
	o := Outer{}
	fmt.Println(o.Hello(), o.Middle.Hello(), o.Inner.Hello())
}
