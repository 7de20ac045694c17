// sync/atomic's And and Or functions and methods (Go 1.23) return the old value.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var i32 int32 = 6
	fmt.Println(atomic.AndInt32(&i32, 3), atomic.OrInt32(&i32, 8), i32)
	var u32 uint32 = 0xf0
	fmt.Println(atomic.AndUint32(&u32, 0x3c), atomic.OrUint32(&u32, 1), u32)
	var i64 int64 = -1
	fmt.Println(atomic.AndInt64(&i64, 0xff), atomic.OrInt64(&i64, 0x100), i64)
	var u64 uint64 = 1 << 40
	fmt.Println(atomic.OrUint64(&u64, 1), atomic.AndUint64(&u64, 1), u64)
	var uptr uintptr = 12
	fmt.Println(atomic.AndUintptr(&uptr, 4), atomic.OrUintptr(&uptr, 3), uptr)

	var x atomic.Int64
	x.Store(7)
	fmt.Println(x.And(3), x.Or(4), x.Load())
	var y atomic.Uint32
	y.Store(5)
	fmt.Println(y.Or(2), y.And(6), y.Load())
	var z atomic.Int32
	var w atomic.Uint64
	var p atomic.Uintptr

	// Many goroutines each set their own bit.
	var flags atomic.Uint64
	var group sync.WaitGroup
	for bit := 0; bit < 64; bit++ {
		group.Add(1)
		go func() {
			defer group.Done()
			flags.Or(1 << bit)
			z.Add(1)
			w.Or(uint64(bit))
			p.Add(1)
		}()
	}
	group.Wait()
	fmt.Printf("%#x %d %d %d\n", flags.Load(), z.Load(), w.Load(), p.Load())
}
