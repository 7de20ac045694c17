package main

import (
	"fmt"
	"runtime"
)

var keep []byte

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	// 200 MB of garbage, 1 MB kept at a time: the collector must reuse memory, so the
	// memory obtained from the system grows by far less than what was allocated.
	for i := 0; i < 200; i++ {
		keep = make([]byte, 1<<20)
		keep[i] = 1
	}
	runtime.ReadMemStats(&after)
	allocated := after.TotalAlloc - before.TotalAlloc
	fmt.Println("allocated at least 200 MB:", allocated >= 200<<20)
	fmt.Println("sys grew by less than a quarter of that:", after.Sys-before.Sys < allocated/4)
	fmt.Println("collected:", after.NumGC > before.NumGC)
	fmt.Println("sys covers the live heap:", after.Sys >= after.HeapAlloc)
}
