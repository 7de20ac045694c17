package main

import (
	"fmt"
	"sort"
)

type Ring struct {
	buf   []string
	start int
	size  int
}

func NewRing(n int) *Ring { return &Ring{buf: make([]string, n)} }

func (r *Ring) Push(s string) (dropped string, ok bool) {
	if r.size == len(r.buf) {
		dropped, ok = r.buf[r.start], true
		r.buf[r.start] = s
		r.start = (r.start + 1) % len(r.buf)
		return
	}
	r.buf[(r.start+r.size)%len(r.buf)] = s
	r.size++
	return
}

func (r *Ring) Items() []string {
	out := make([]string, r.size)
	for i := 0; i < r.size; i++ {
		out[i] = r.buf[(r.start+i)%len(r.buf)]
	}
	return out
}

type Event struct {
	At   int
	Name string
}

type Scheduler struct {
	now    int
	queue  []Event
	ran    *Ring
}

func (s *Scheduler) After(delay int, name string) {
	s.queue = append(s.queue, Event{s.now + delay, name})
	sort.SliceStable(s.queue, func(i, j int) bool { return s.queue[i].At < s.queue[j].At })
}

func (s *Scheduler) Run(until int) {
	for len(s.queue) > 0 && s.queue[0].At <= until {
		ev := s.queue[0]
		s.queue = s.queue[1:]
		s.now = ev.At
		if d, ok := s.ran.Push(fmt.Sprintf("%d:%s", ev.At, ev.Name)); ok {
			fmt.Println("history dropped", d)
		}
		if ev.Name == "tick" && ev.At < 30 {
			s.After(10, "tick")
		}
	}
	s.now = until
}

func main() {
	s := &Scheduler{ran: NewRing(4)}
	s.After(5, "boot")
	s.After(0, "tick")
	s.After(12, "load")
	s.After(12, "ready")
	s.Run(20)
	fmt.Println(s.ran.Items(), len(s.queue))
	s.After(1, "late")
	s.Run(100)
	fmt.Println(s.ran.Items(), s.now)
}
