//! The VM heap: an arena of objects addressed by `GcRef`, reclaimed by a mark-and-sweep collector.
//!
//! Invariants:
//! - A `GcRef` held by any root-reachable `Value` always names a live object
//!   (never a free slot): the collector only frees what marking did not reach.
//! - Collection happens only at scheduler safepoints, where every live `Value`
//!   is in a root (fiber stacks, frames, deferred calls, globals, panic values).
//! - Marking uses an explicit work list, so deep object graphs (long linked
//!   lists) never recurse on the Rust stack.

use crate::map::GoMap;
use crate::value::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GcRef(pub u32);

#[derive(Clone, Copy, Debug)]
pub struct SliceHeader {
    /// The backing array (a `Values` object).
    pub array: GcRef,
    pub offset: u32,
    pub len: u32,
    pub cap: u32,
}

pub enum Object {
    /// A free slot, linking to the next free slot.
    Free(u32),
    /// Struct fields, array elements, or a boxed variable (one slot), when there are at
    /// most `INLINE_VALUES` of them: kept in the object itself, with no allocation of
    /// their own (a tree node, a boxed variable). `Heap::alloc` turns small `Values`
    /// into this; read both through `Heap::values`.
    InlineValues {
        len: u8,
        values: [Value; INLINE_VALUES],
    },
    /// Struct fields, array elements, or a boxed variable (more than `INLINE_VALUES`).
    Values(Box<[Value]>),
    /// A slice header (immutable).
    Slice(SliceHeader),
    Map(Box<GoMap>),
    /// Iteration state of `range` over a map: the keys at the start.
    MapIter {
        map: GcRef,
        keys: Vec<Value>,
        pos: usize,
    },
    Closure {
        func: u32,
        captures: Box<[Value]>,
    },
    /// A method value `x.M`: calling it passes `recv` first.
    Bound {
        func: u32,
        recv: Value,
    },
    /// A method value of an interface: dispatched on call.
    BoundIface {
        method: u32,
        recv: Value,
    },
    /// A non-nil interface value: dynamic type and value (immutable).
    Iface {
        ty: u32,
        value: Value,
    },
    /// A complex number (immutable).
    Complex(f64, f64),
    /// A channel.
    Chan(Box<crate::chan::Channel>),
}

/// How many values an object holds inline: two keep `Object` at 40 bytes, the size
/// its largest other variant already has.
pub const INLINE_VALUES: usize = 2;

impl Object {
    fn trace(&self, out: &mut Vec<GcRef>) {
        let mut push = |v: &Value| match v {
            Value::Ref(r) | Value::Ptr(r, _) => out.push(*r),
            _ => {}
        };
        match self {
            Object::Free(_) | Object::Complex(..) => {}
            Object::Values(vs) => vs.iter().for_each(&mut push),
            Object::InlineValues { len, values } => {
                values[..*len as usize].iter().for_each(&mut push)
            }
            Object::Slice(h) => push(&Value::Ref(h.array)),
            Object::Map(m) => m.for_each_value(&mut push),
            Object::MapIter { map, keys, .. } => {
                push(&Value::Ref(*map));
                keys.iter().for_each(&mut push);
            }
            Object::Closure { captures, .. } => captures.iter().for_each(&mut push),
            Object::Bound { recv, .. } | Object::BoundIface { recv, .. } => push(recv),
            Object::Iface { value, .. } => push(value),
            Object::Chan(c) => c.for_each_value(&mut push),
        }
    }
}

pub struct Heap {
    objects: Vec<Object>,
    marks: Vec<bool>,
    free_head: u32,
    live: usize,
    /// Approximate bytes held by live objects (for `--stats` and the next-GC threshold).
    pub bytes: usize,
    /// Collect when `bytes` exceeds this.
    pub next_gc: usize,
    pub collections: u64,
    /// The most `bytes` ever held, as of the last collection (`peak()` is exact now).
    peak_bytes: usize,
    /// Cumulative allocation counts, for `runtime.ReadMemStats`.
    pub total_allocated_bytes: u64,
    pub total_allocated_objects: u64,
    /// Set by `runtime.GC`: collect at the next safepoint whatever the heap size.
    pub collect_requested: bool,
    /// `runtime.SetFinalizer` registrations, one per object at most.
    finalizers: Vec<Finalizer>,
    /// Finalizers whose objects a collection found unreachable: calls the VM starts on
    /// new goroutines right after that collection (`take_ready_finalizers`).
    ready_finalizers: Vec<(Value, Value)>,
}

/// A finalizer: call `func(argument)` once `object` is unreachable.
struct Finalizer {
    object: GcRef,
    func: Value,
    /// The value the finalizer receives (the pointer, or the interface holding it).
    argument: Value,
}

const NO_FREE: u32 = u32::MAX;

/// The one object every zero-size struct or array value (`struct{}{}`, `new([0]int)`)
/// refers to, as gc points them all at `runtime.zerobase`: such an object has no slots,
/// so nothing can write to it and sharing it is safe. `Heap::alloc` hands it out for
/// every empty `Values` object, and the collector never frees it.
pub const ZERO_SIZED_OBJECT: GcRef = GcRef(0);
const MIN_GC_BYTES: usize = 4 << 20;

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

fn object_bytes(o: &Object) -> usize {
    32 + match o {
        Object::Values(v) => v.len() * 16,
        Object::InlineValues { len, .. } => *len as usize * 16,
        Object::Map(m) => m.len() * 64,
        Object::MapIter { keys, .. } => keys.len() * 16,
        Object::Closure { captures, .. } => captures.len() * 16,
        _ => 0,
    }
}

impl Heap {
    pub fn new() -> Heap {
        Heap {
            objects: vec![Object::Values(Box::new([]))],
            marks: vec![false],
            free_head: NO_FREE,
            live: 1,
            bytes: 0,
            next_gc: MIN_GC_BYTES,
            collections: 0,
            total_allocated_bytes: 0,
            total_allocated_objects: 0,
            collect_requested: false,
            finalizers: Vec::new(),
            ready_finalizers: Vec::new(),
            peak_bytes: 0,
        }
    }

    /// The most bytes live objects ever held (`runtime.MemStats.Sys`'s estimate): the heap
    /// only shrinks in a collection, which records the peak first.
    pub fn peak(&self) -> usize {
        self.peak_bytes.max(self.bytes)
    }

    pub fn alloc(&mut self, object: Object) -> GcRef {
        let object = match object {
            Object::Values(values) if values.is_empty() => return ZERO_SIZED_OBJECT,
            Object::Values(values) if values.len() <= INLINE_VALUES => {
                let len = values.len() as u8;
                let mut inline: [Value; INLINE_VALUES] = Default::default();
                for (slot, value) in inline.iter_mut().zip(values.into_vec()) {
                    *slot = value;
                }
                Object::InlineValues {
                    len,
                    values: inline,
                }
            }
            other => other,
        };
        let size = object_bytes(&object);
        self.bytes += size;
        self.total_allocated_bytes += size as u64;
        self.total_allocated_objects += 1;
        self.live += 1;
        if self.free_head != NO_FREE {
            let index = self.free_head;
            match self.objects[index as usize] {
                Object::Free(next) => self.free_head = next,
                _ => unreachable!("Heap::alloc: free list names a live object"),
            }
            self.objects[index as usize] = object;
            GcRef(index)
        } else {
            self.objects.push(object);
            self.marks.push(false);
            GcRef((self.objects.len() - 1) as u32)
        }
    }

    /// A one-slot object holding `value` (a variable that escapes), built inline
    /// directly rather than through a boxed slice `alloc` would unpack.
    pub fn alloc_cell(&mut self, value: Value) -> GcRef {
        self.alloc(Object::InlineValues {
            len: 1,
            values: [value, Value::Nil],
        })
    }

    /// Accounts for memory an object gained after allocation (a growing map).
    pub fn note_growth(&mut self, bytes: usize) {
        self.bytes += bytes;
    }

    #[inline]
    pub fn get(&self, r: GcRef) -> &Object {
        &self.objects[r.0 as usize]
    }

    #[inline]
    pub fn get_mut(&mut self, r: GcRef) -> &mut Object {
        &mut self.objects[r.0 as usize]
    }

    /// Slots of a `Values` object (empty for any other kind).
    #[inline]
    pub fn values(&self, r: GcRef) -> &[Value] {
        match &self.objects[r.0 as usize] {
            Object::Values(v) => v,
            Object::InlineValues { len, values } => &values[..*len as usize],
            _ => &[],
        }
    }

    /// The backing array and index of `s[i]` when `s` is a slice and `0 <= i < len`,
    /// without building the index error (the fast tier defers instead).
    #[inline(always)]
    fn slice_slot(&self, s: &Value, i: i64) -> Option<(GcRef, usize)> {
        let Value::Ref(r) = s else { return None };
        let Object::Slice(h) = self.objects.get(r.0 as usize)? else {
            return None;
        };
        if (i as u64) >= h.len as u64 {
            return None;
        }
        Some((h.array, h.offset as usize + i as usize))
    }

    /// The element `s[i]` when `s` is a slice and `0 <= i < len`; `None` otherwise.
    #[inline(always)]
    pub fn slice_element(&self, s: &Value, i: i64) -> Option<&Value> {
        let (array, index) = self.slice_slot(s, i)?;
        self.values(array).get(index)
    }

    /// The element `s[i]` for writing, under the conditions of `slice_element`.
    #[inline(always)]
    pub fn slice_element_mut(&mut self, s: &Value, i: i64) -> Option<&mut Value> {
        let (array, index) = self.slice_slot(s, i)?;
        self.values_mut(array).get_mut(index)
    }

    #[inline]
    pub fn values_mut(&mut self, r: GcRef) -> &mut [Value] {
        match &mut self.objects[r.0 as usize] {
            Object::Values(v) => v,
            Object::InlineValues { len, values } => &mut values[..*len as usize],
            _ => &mut [],
        }
    }

    pub fn live_objects(&self) -> usize {
        self.live
    }

    pub fn should_collect(&self) -> bool {
        self.bytes >= self.next_gc || self.collect_requested
    }

    /// Marks everything reachable from `roots` and frees the rest. `roots` pushes the
    /// root references and returns the bytes the roots themselves occupy (goroutine
    /// stacks), which count towards the next collection's goal.
    ///
    /// As in gc since Go 1.18, the goal is the live heap plus as much again as the live
    /// heap and the roots together: a burst of goroutines that park (each holding a
    /// closure) otherwise triggers collections that find everything alive, each one
    /// tracing every parked fiber.
    pub fn collect(&mut self, roots: &mut dyn FnMut(&mut Vec<GcRef>) -> usize) {
        self.peak_bytes = self.peak();
        let mut work = vec![ZERO_SIZED_OBJECT];
        let root_bytes = roots(&mut work);
        self.mark(&mut work);
        if !self.finalizers.is_empty() {
            // As in gc: what a finalizer function references stays alive (so a finalizer
            // that refers to its own object never runs); an object that only finalizers
            // reach is resurrected for one more cycle, with everything it references, and
            // its finalizer becomes ready to run (once: the registration is dropped).
            for f in &self.finalizers {
                value_refs(&f.func, &mut work);
            }
            self.mark(&mut work);
            let (ready, kept): (Vec<Finalizer>, Vec<Finalizer>) =
                std::mem::take(&mut self.finalizers)
                    .into_iter()
                    .partition(|f| !self.marks[f.object.0 as usize]);
            self.finalizers = kept;
            for f in ready {
                value_refs(&f.argument, &mut work);
                self.ready_finalizers.push((f.func, f.argument));
            }
            self.mark(&mut work);
        }
        let mut bytes = 0;
        let mut live = 0;
        for i in 0..self.objects.len() {
            if self.marks[i] {
                self.marks[i] = false;
                bytes += object_bytes(&self.objects[i]);
                live += 1;
            } else if !matches!(self.objects[i], Object::Free(_)) {
                self.objects[i] = Object::Free(self.free_head);
                self.free_head = i as u32;
            }
        }
        self.bytes = bytes;
        self.live = live;
        self.next_gc = (bytes * 2).saturating_add(root_bytes).max(MIN_GC_BYTES);
        self.collections += 1;
        self.collect_requested = false;
    }
}

impl Heap {
    /// Marks everything reachable from the references in `work` (emptying it).
    fn mark(&mut self, work: &mut Vec<GcRef>) {
        while let Some(r) = work.pop() {
            let i = r.0 as usize;
            if self.marks[i] {
                continue;
            }
            self.marks[i] = true;
            self.objects[i].trace(work);
        }
    }

    /// `runtime.SetFinalizer(object, func)`: after a collection finds `object`
    /// unreachable, `func(argument)` runs on a new goroutine. A `Nil` func removes the
    /// object's finalizer; a new one replaces it.
    pub fn set_finalizer(&mut self, object: GcRef, func: Value, argument: Value) {
        self.finalizers.retain(|f| f.object != object);
        if !func.is_nil() {
            self.finalizers.push(Finalizer {
                object,
                func,
                argument,
            });
        }
    }

    /// The finalizer calls (function, argument) the last collection made ready.
    pub fn take_ready_finalizers(&mut self) -> Vec<(Value, Value)> {
        std::mem::take(&mut self.ready_finalizers)
    }
}

/// Pushes the heap references a value holds.
pub fn value_refs(v: &Value, out: &mut Vec<GcRef>) {
    match v {
        Value::Ref(r) | Value::Ptr(r, _) => out.push(*r),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_stay_small() {
        assert_eq!(std::mem::size_of::<Object>(), 40);
    }

    #[test]
    fn small_objects_are_inline_and_read_like_boxed_ones() {
        let mut heap = Heap::new();
        let pair = heap.alloc(Object::Values(Box::new([Value::Int(1), Value::Int(2)])));
        assert!(matches!(
            heap.get(pair),
            Object::InlineValues { len: 2, .. }
        ));
        heap.values_mut(pair)[1] = Value::Int(5);
        assert_eq!(heap.values(pair).len(), 2);
        assert_eq!(heap.values(pair)[1].as_int(), 5);
        let triple = heap.alloc(Object::Values(vec![Value::Int(0); 3].into_boxed_slice()));
        assert!(matches!(heap.get(triple), Object::Values(_)));
        let cell = heap.alloc_cell(Value::Int(9));
        assert_eq!(heap.values(cell).len(), 1);
        assert_eq!(heap.values(cell)[0].as_int(), 9);
        let empty = heap.alloc(Object::Values(Box::new([])));
        assert_eq!(empty, ZERO_SIZED_OBJECT);
        // A collection keeps what the roots reach through inline values, frees the rest.
        let cell = heap.alloc(Object::Values(Box::new([Value::Ref(triple)])));
        heap.collect(&mut |work: &mut Vec<GcRef>| {
            work.push(cell);
            0
        });
        assert!(matches!(heap.get(triple), Object::Values(_)));
        assert!(matches!(heap.get(pair), Object::Free(_)));
    }
}
