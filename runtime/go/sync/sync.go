// Package sync provides Mutex, RWMutex, WaitGroup, Once and Cond. Weft runs goroutines
// on one thread and switches only at calls, loop back-edges and blocking operations, so
// a test-and-set with no call or loop between is atomic: uncontended Lock and Unlock are
// a few field operations. Goroutines that must wait park on a channel made by
// newSemaphore, which labels it with gc's wait reason for deadlock reports; nothing spins.
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// Wait reasons of parked goroutines, as gc prints them (`goroutine 1 [sync.Mutex.Lock]:`).
// Must match the table in runtime/src/natives/sync.rs.
const (
	reasonSemacquire   = 0
	reasonMutexLock    = 1
	reasonRWMutexLock  = 2
	reasonRWMutexRLock = 3
	reasonCondWait     = 4
)

// newSemaphore makes an unbuffered channel whose receivers park with the given wait reason.
func newSemaphore(reason int) chan struct{} {
	ch := make(chan struct{})
	labelChannel(ch, reason)
	return ch
}

// labelChannel sets the wait reason of goroutines parked receiving from ch.
func labelChannel(ch chan struct{}, reason int)

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
type Mutex struct {
	locked bool
	// woken is set while a released waiter has not yet retried, so that Unlock
	// releases one waiter at a time instead of waking a convoy.
	woken bool
	// waiting counts goroutines parked in lockSlow (and the woken one until it retries).
	waiting int
	// sema is made on first contention; waiters park receiving from it.
	sema chan struct{}
}

// Lock locks m, parking the goroutine until the mutex is available.
func (m *Mutex) Lock() {
	// No switch point lies between the test and the store: this is atomic.
	if !m.locked {
		m.locked = true
		return
	}
	m.lockSlow()
}

// lockSlow parks until an Unlock releases this goroutine, then retries; a
// goroutine that was not parked may take the lock first (as in gc's normal mode).
func (m *Mutex) lockSlow() {
	if m.sema == nil {
		m.sema = newSemaphore(reasonMutexLock)
	}
	for m.locked {
		m.waiting++
		<-m.sema
		m.waiting--
		m.woken = false
	}
	m.locked = true
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	if m.locked {
		return false
	}
	m.locked = true
	return true
}

// Unlock unlocks m; it is a run-time error if m is not locked.
func (m *Mutex) Unlock() {
	if !m.locked {
		fatal("sync: unlock of unlocked mutex")
	}
	m.locked = false
	// Every counted waiter is parked on sema unless one was woken, so this send
	// hands over at once and never blocks.
	if m.waiting > 0 && !m.woken {
		m.woken = true
		m.sema <- struct{}{}
	}
}

func fatal(msg string)

// An RWMutex is a reader/writer mutual exclusion lock; a blocked writer keeps new readers out.
type RWMutex struct {
	w             Mutex
	readers       int
	writerWaiting bool
	readerWaiters []chan struct{}
	writerWake    chan struct{}
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	for rw.readers > 0 {
		rw.writerWaiting = true
		rw.writerWake = newSemaphore(reasonRWMutexLock)
		<-rw.writerWake
	}
	rw.writerWaiting = false
}

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock() {
	rw.w.Unlock()
	for _, ch := range rw.readerWaiters {
		close(ch)
	}
	rw.readerWaiters = nil
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	for rw.w.locked {
		ch := newSemaphore(reasonRWMutexRLock)
		rw.readerWaiters = append(rw.readerWaiters, ch)
		<-ch
	}
	rw.readers++
}

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock() {
	if rw.readers <= 0 {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	rw.readers--
	if rw.readers == 0 && rw.writerWaiting {
		rw.writerWaiting = false
		close(rw.writerWake)
	}
}

// RLocker returns a Locker that calls RLock and RUnlock.
func (rw *RWMutex) RLocker() Locker { return (*rlocker)(rw) }

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	n       int
	waiters []chan struct{}
}

// Add adds delta, which may be negative, to the WaitGroup counter.
func (wg *WaitGroup) Add(delta int) {
	wg.n += delta
	if wg.n < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if wg.n == 0 {
		for _, ch := range wg.waiters {
			close(ch)
		}
		wg.waiters = nil
	}
}

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() { wg.Add(-1) }

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait() {
	if wg.n == 0 {
		return
	}
	ch := newSemaphore(reasonSemacquire)
	wg.waiters = append(wg.waiters, ch)
	<-ch
}

// Once is an object that will perform exactly one action.
type Once struct {
	done bool
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time for this Once.
func (o *Once) Do(f func()) {
	if o.done {
		return
	}
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done {
		defer func() { o.done = true }()
		f()
	}
}

// Cond implements a condition variable.
type Cond struct {
	L       Locker
	waiters []chan struct{}
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond { return &Cond{L: l} }

// Wait atomically unlocks c.L and suspends the goroutine; it locks c.L again before returning.
func (c *Cond) Wait() {
	ch := newSemaphore(reasonCondWait)
	c.waiters = append(c.waiters, ch)
	c.L.Unlock()
	<-ch
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	if len(c.waiters) > 0 {
		ch := c.waiters[0]
		c.waiters = c.waiters[1:]
		close(ch)
	}
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	for _, ch := range c.waiters {
		close(ch)
	}
	c.waiters = nil
}
