// Package ring implements operations on circular lists, as Go's container/ring.
package ring

// A Ring is an element of a circular list. The zero value is a one-element ring
// whose Value is nil.
type Ring struct {
	next, prev *Ring
	Value      any
}

// ensure makes a zero Ring point to itself.
func (r *Ring) ensure() *Ring {
	r.next = r
	r.prev = r
	return r
}

// Next returns the next ring element. r must not be empty.
func (r *Ring) Next() *Ring {
	if r.next == nil {
		return r.ensure()
	}
	return r.next
}

// Prev returns the previous ring element. r must not be empty.
func (r *Ring) Prev() *Ring {
	if r.next == nil {
		return r.ensure()
	}
	return r.prev
}

// Move moves n % r.Len() elements backward (n < 0) or forward (n >= 0).
func (r *Ring) Move(n int) *Ring {
	if r.next == nil {
		return r.ensure()
	}
	for ; n < 0; n++ {
		r = r.prev
	}
	for ; n > 0; n-- {
		r = r.next
	}
	return r
}

// New creates a ring of n elements, or returns nil when n <= 0.
func New(n int) *Ring {
	if n <= 0 {
		return nil
	}
	first := new(Ring)
	last := first
	for i := 1; i < n; i++ {
		next := &Ring{prev: last}
		last.next = next
		last = next
	}
	last.next = first
	first.prev = last
	return first
}

// Link connects ring r with ring s such that r.Next() becomes s and returns
// the original value of r.Next(). If r and s are the same ring, linking
// removes the elements between them.
func (r *Ring) Link(s *Ring) *Ring {
	after := r.Next()
	if s != nil {
		sPrev := s.Prev()
		r.next = s
		s.prev = r
		after.prev = sPrev
		sPrev.next = after
	}
	return after
}

// Unlink removes n % r.Len() elements from the ring r, starting at r.Next(),
// and returns the removed subring.
func (r *Ring) Unlink(n int) *Ring {
	if n <= 0 {
		return nil
	}
	return r.Link(r.Move(n + 1))
}

// Len computes the number of elements in ring r in O(n).
func (r *Ring) Len() int {
	n := 0
	if r != nil {
		n = 1
		for p := r.Next(); p != r; p = p.next {
			n++
		}
	}
	return n
}

// Do calls f on each element of the ring, in forward order.
func (r *Ring) Do(f func(any)) {
	if r != nil {
		f(r.Value)
		for p := r.Next(); p != r; p = p.next {
			f(p.Value)
		}
	}
}
