// runtime.SetFinalizer: finalizers run after a collection finds their objects
// unreachable, once; a nil finalizer cancels; KeepAlive keeps an object reachable.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

type resource struct {
	name string
	data []int
}

var closed = make(chan string, 100)

func open(name string) *resource {
	r := &resource{name: name, data: make([]int, 10)}
	runtime.SetFinalizer(r, func(r *resource) { closed <- r.name })
	return r
}

type handle struct{ id int }

func main() {
	kept := open("kept")
	for i := 0; i < 5; i++ {
		open(fmt.Sprint("dropped", i))
	}
	canceled := open("canceled")
	runtime.SetFinalizer(canceled, nil)
	canceled = nil

	h := &handle{7}
	runtime.SetFinalizer(h, func(x any) { closed <- fmt.Sprintf("any %d", x.(*handle).id) })
	h = nil

	var names []string
	deadline := time.Now().Add(5 * time.Second)
	for len(names) < 6 && time.Now().Before(deadline) {
		runtime.GC()
		select {
		case n := <-closed:
			names = append(names, n)
		case <-time.After(10 * time.Millisecond):
		}
	}
	sort.Strings(names)
	fmt.Println(names)
	runtime.KeepAlive(kept)
	fmt.Println(kept.name, "still open")
}
