// Package sync provides Mutex, RWMutex, WaitGroup, Once and Cond on top of
// channels: goroutines block by parking on the VM's scheduler, never spinning.
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
type Mutex struct {
	locked  bool
	waiters []chan struct{}
}

// Lock locks m, parking the goroutine until the mutex is available.
func (m *Mutex) Lock() {
	for m.locked {
		ch := make(chan struct{})
		m.waiters = append(m.waiters, ch)
		<-ch
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
	if len(m.waiters) > 0 {
		ch := m.waiters[0]
		m.waiters = m.waiters[1:]
		close(ch)
	}
}

func fatal(msg string)

// An RWMutex is a reader/writer mutual exclusion lock; a blocked writer keeps new readers out.
type RWMutex struct {
	w              Mutex
	readers        int
	writerWaiting  bool
	readerWaiters  []chan struct{}
	writerWake     chan struct{}
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	for rw.readers > 0 {
		rw.writerWaiting = true
		rw.writerWake = make(chan struct{})
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
		ch := make(chan struct{})
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
	ch := make(chan struct{})
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
	ch := make(chan struct{})
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
