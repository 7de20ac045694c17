// Package time provides durations, the clock and timers. Timers live in the VM's
// scheduler: a sleeping goroutine is parked, and while every goroutine sleeps the
// process sleeps (or, with virtual time, the clock jumps to the next deadline).
package time

// A Duration represents the elapsed time between two instants as an int64 nanosecond count.
type Duration int64

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// Natives: the scheduler's clock and sleep.
func sleep(ns int64)
func nowNanos() int64
func monoNanos() int64

// Sleep pauses the current goroutine for at least the duration d.
func Sleep(d Duration) {
	sleep(int64(d))
}

// String returns a string representing the duration in the form "72h3m0.5s", as gc does.
func (d Duration) String() string {
	var arr [32]byte
	n := d.format(&arr)
	return string(arr[n:])
}

func (d Duration) format(buf *[32]byte) int {
	w := len(buf)
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	if u < uint64(Second) {
		var prec int
		w--
		buf[w] = 's'
		w--
		switch {
		case u == 0:
			buf[w] = '0'
			return w
		case u < uint64(Microsecond):
			prec = 0
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			w--
			copy(buf[w:], "µ")
		default:
			prec = 6
			buf[w] = 'm'
		}
		w, u = fmtFrac(buf[:w], u, prec)
		w = fmtInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'
		w, u = fmtFrac(buf[:w], u, 9)
		w = fmtInt(buf[:w], u%60)
		u /= 60
		if u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf[:w], u%60)
			u /= 60
			if u > 0 {
				w--
				buf[w] = 'h'
				w = fmtInt(buf[:w], u)
			}
		}
	}
	if neg {
		w--
		buf[w] = '-'
	}
	return w
}

// fmtFrac formats the fraction of v/10**prec (e.g., ".12345") into the tail of buf,
// omitting trailing zeros; it returns the index where the output begins and v/10**prec.
func fmtFrac(buf []byte, v uint64, prec int) (nw int, nv uint64) {
	w := len(buf)
	print := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		print = print || digit != 0
		if print {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if print {
		w--
		buf[w] = '.'
	}
	return w, v
}

// fmtInt formats v into the tail of buf and returns the index where the output begins.
func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
	} else {
		for v > 0 {
			w--
			buf[w] = byte(v%10) + '0'
			v /= 10
		}
	}
	return w
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns the result of rounding d to the nearest multiple of m (halfway away from zero).
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// A Time represents an instant with nanosecond precision: seconds since January 1 of
// year 1, 00:00:00 UTC (so the zero Time is that instant, as in gc), the nanoseconds
// within the second, an optional monotonic clock reading (nanoseconds since the VM
// started, plus one; 0 when absent) and the location used to present it (nil: UTC).
type Time struct {
	sec  int64
	nsec int64
	mono int64
	loc  *Location
}

// Seconds from January 1, year 1 to January 1, 1970 (UTC): 1969 years of 365 days, plus
// their 477 leap days.
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay

const secondsPerDay = 86400

// Now returns the current local time (with a monotonic clock reading).
func Now() Time {
	wall := nowNanos()
	t := unixTime(floorDiv(wall, 1e9), wall-floorDiv(wall, 1e9)*1e9)
	t.mono = monoNanos()
	t.loc = Local
	return t
}

// unixTime is the UTC Time of Unix seconds sec and nanoseconds nsec in [0, 1e9).
func unixTime(sec, nsec int64) Time {
	return Time{sec: sec + unixToInternal, nsec: nsec}
}

// Unix returns the local Time corresponding to the given Unix time, sec seconds and
// nsec nanoseconds since January 1, 1970 UTC (nsec may be outside [0, 999999999]).
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	t := unixTime(sec, nsec)
	t.loc = Local
	return t
}

// UnixMilli returns the local Time corresponding to the given Unix time in milliseconds.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time corresponding to the given Unix time in microseconds.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

// Sub returns the duration t-u, saturated to the largest or smallest Duration.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return subMono(t.mono, u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	// The multiplication may have overflowed: check by adding d back to u.
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

func subMono(t, u int64) Duration {
	d := Duration(t - u)
	if d < 0 && t > u {
		return maxDuration
	}
	if d > 0 && t < u {
		return minDuration
	}
	return d
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.mono != 0 {
		mono := t.mono + int64(d)
		if d < 0 && mono > t.mono || d > 0 && mono < t.mono || mono == 0 {
			mono = 0 // out of the monotonic clock's range: drop the reading
		}
		t.mono = mono
	}
	return t
}

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Equal reports whether t and u represent the same time instant (whatever their locations).
func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Compare compares t and u: -1 if t is before u, +1 if after, 0 if the same.
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return 1
	}
	return 0
}

// IsZero reports whether t represents the zero time instant, January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// Unix returns t as a Unix time in seconds.
func (t Time) Unix() int64 { return t.sec - unixToInternal }

// UnixNano returns t as a Unix time in nanoseconds (undefined outside int64's range).
func (t Time) UnixNano() int64 { return (t.sec-unixToInternal)*1e9 + t.nsec }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return (t.sec-unixToInternal)*1e3 + t.nsec/1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return (t.sec-unixToInternal)*1e6 + t.nsec/1e3 }

// Nanosecond returns the nanosecond offset within the second, in [0, 999999999].
func (t Time) Nanosecond() int { return int(t.nsec) }

// Round returns the result of rounding t to the nearest multiple of d since the zero
// time (halfway values round up), without a monotonic reading. Round(0) strips only that.
func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	r := t.remainder(d)
	if r+r < d {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// Truncate returns the result of rounding t down to a multiple of d since the zero
// time, without a monotonic reading. Truncate(0) strips only that.
func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	return t.Add(-t.remainder(d))
}

// remainder returns (t - zero time) mod d for d > 0, computed without overflowing.
func (t Time) remainder(d Duration) Duration {
	n := uint64(d)
	sec := t.sec
	negative := sec < 0
	if negative {
		// Work on the mirror image before the zero time, then reflect back.
		sec = -sec
		if t.nsec != 0 {
			sec--
		}
	}
	nsec := uint64(t.nsec)
	if negative && t.nsec != 0 {
		nsec = 1e9 - nsec
	}
	// (sec * 1e9 + nsec) mod n, with a 128-bit-safe multiply-and-reduce.
	r := addMod(mulMod(uint64(sec)%n, 1e9%n, n), nsec%n, n)
	if negative && r != 0 {
		r = n - r
	}
	return Duration(r)
}

func addMod(a, b, n uint64) uint64 {
	if a >= n-b {
		return a - (n - b)
	}
	return a + b
}

func mulMod(a, b, n uint64) uint64 {
	var r uint64
	for b > 0 {
		if b&1 != 0 {
			r = addMod(r, a, n)
		}
		a = addMod(a, a, n)
		b >>= 1
	}
	return r
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// The Timer type represents a single event: when it fires, the current time is sent on C.
type Timer struct {
	C      <-chan Time
	c      chan Time
	gen    int
	active bool
	f      func()
}

// NewTimer creates a new Timer that will send the current time on its channel after at least d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, c: c}
	t.start(d)
	return t
}

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{f: f}
	t.start(d)
	return t
}

func (t *Timer) start(d Duration) {
	t.gen++
	t.active = true
	gen := t.gen
	go func() {
		Sleep(d)
		if !t.active || t.gen != gen {
			return
		}
		t.active = false
		if t.f != nil {
			go t.f()
			return
		}
		select {
		case t.c <- Now():
		default:
		}
	}()
}

// Stop prevents the Timer from firing; it reports whether the call stopped the timer.
func (t *Timer) Stop() bool {
	was := t.active
	t.active = false
	return was
}

// Reset changes the timer to expire after duration d; it reports whether the timer had been active.
func (t *Timer) Reset(d Duration) bool {
	was := t.active
	if t.c != nil {
		// Go 1.23: Reset discards a value not yet received.
		select {
		case <-t.c:
		default:
		}
	}
	t.start(d)
	return was
}

// After waits for the duration to elapse and then sends the current time on the returned channel.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// A Ticker holds a channel that delivers ticks of a clock at intervals.
type Ticker struct {
	C      <-chan Time
	c      chan Time
	period Duration
	gen    int
}

// NewTicker returns a new Ticker sending the time on its channel every d.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, c: c, period: d}
	t.run()
	return t
}

func (t *Ticker) run() {
	t.gen++
	gen := t.gen
	go func() {
		next := Now().Add(t.period)
		for {
			Sleep(Until(next))
			if t.gen != gen {
				return
			}
			select {
			case t.c <- Now():
			default:
			}
			next = next.Add(t.period)
		}
	}()
}

// Stop turns off a ticker.
func (t *Ticker) Stop() { t.gen++ }

// Reset stops a ticker and resets its period to the specified duration.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	t.period = d
	t.run()
}

// Tick is a convenience wrapper for NewTicker providing access to the ticking channel only.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
