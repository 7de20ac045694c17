//! Values and channels shared between a VM and its host, across threads.
//!
//! A VM's values are not `Send` (strings are reference counted), so nothing here holds
//! one: the host side sees owned [`HostValue`]s, and the VM converts them at scheduler
//! points (`Vm::pump_host_channels`), the only moments it touches a host channel.
//!
//! Invariants:
//! - A host channel has one direction: `ToGo` (the host sends, Go receives) or `FromGo`
//!   (Go sends, the host receives); the Go declaration's channel direction matches it.
//! - `ToGo`: `pending` holds values the host sent that Go has not taken yet, oldest first;
//!   `delivered` counts values taken, so a blocking sender waits for its sequence number.
//! - `FromGo`: `pending` holds values Go sent that the host has not received yet, at most
//!   `capacity` of them (the VM stops draining the Go channel when it is full).
//! - Every change the VM makes to a state is followed by `changed.notify_all()` and waking
//!   the stored wakers; every change the host makes is followed by notifying the VM.

use crate::heap::{GcRef, Heap, Object};
use crate::value::Value;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::task::Waker;
use std::time::Duration;

/// A Go value owned by the host: what crosses between threads.
#[derive(Clone, Debug, PartialEq)]
pub enum HostValue {
    /// Nil (a nil pointer, slice or map).
    Nil,
    Int(i64),
    Float(f64),
    Bool(bool),
    /// A Go string (its bytes; not necessarily UTF-8).
    Str(Vec<u8>),
    /// A slice.
    List(Vec<HostValue>),
    /// A map's entries (read from Go only; Go-side wrappers build maps from two lists).
    Map(Vec<(HostValue, HostValue)>),
}

/// How to read a Go value into a [`HostValue`]: the Go type's shape.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Shape {
    Int,
    Float,
    Bool,
    Str,
    List(Box<Shape>),
    Map(Box<Shape>, Box<Shape>),
    /// A pointer (`*T`) to a value of this shape; nil reads as `HostValue::Nil`.
    Pointer(Box<Shape>),
}

/// Builds a VM value from a host value. Maps become `Nil` (Go wrappers build them).
pub fn to_value(heap: &mut Heap, value: &HostValue) -> Value {
    match value {
        HostValue::Nil | HostValue::Map(_) => Value::Nil,
        HostValue::Int(i) => Value::Int(*i),
        HostValue::Float(f) => Value::Float(*f),
        HostValue::Bool(b) => Value::Bool(*b),
        HostValue::Str(s) => Value::str(s),
        HostValue::List(items) => {
            let values = items.iter().map(|item| to_value(heap, item)).collect();
            crate::native::new_slice(heap, values)
        }
    }
}

/// Reads a VM value of the given shape into a host value.
pub fn from_value(heap: &Heap, value: &Value, shape: &Shape) -> HostValue {
    match shape {
        Shape::Int => HostValue::Int(value.as_int()),
        Shape::Float => HostValue::Float(value.as_float()),
        Shape::Bool => HostValue::Bool(value.as_bool()),
        Shape::Str => HostValue::Str(value.as_str().to_vec()),
        Shape::List(elem) => match value {
            Value::Ref(r) => match heap.get(*r) {
                Object::Slice(h) => {
                    let array = heap.values(h.array);
                    let items = &array[h.offset as usize..(h.offset + h.len) as usize];
                    HostValue::List(items.iter().map(|v| from_value(heap, v, elem)).collect())
                }
                _ => HostValue::Nil,
            },
            _ => HostValue::Nil,
        },
        Shape::Map(key, elem) => match value {
            Value::Ref(r) => match heap.get(*r) {
                Object::Map(m) => HostValue::Map(
                    m.entries()
                        .map(|(k, v)| (from_value(heap, k, key), from_value(heap, v, elem)))
                        .collect(),
                ),
                _ => HostValue::Nil,
            },
            _ => HostValue::Nil,
        },
        Shape::Pointer(elem) => match value {
            Value::Ptr(r, slot) => heap
                .values(*r)
                .get(*slot as usize)
                .map(|v| from_value(heap, v, elem))
                .unwrap_or(HostValue::Nil),
            _ => HostValue::Nil,
        },
    }
}

/// Wakes a thread waiting for a VM event (a host channel operation or an interrupt).
///
/// A generation counter rather than a flag, so that a waiter that read the generation
/// before an event never misses it. Reading it is one atomic load (the scheduler reads
/// it before every slice); it only changes under `lock`, so a waiter that checked it
/// under the lock cannot miss the wake-up.
#[derive(Debug, Default)]
pub struct Notifier {
    generation: AtomicU64,
    lock: Mutex<()>,
    cond: Condvar,
}

impl Notifier {
    /// The number of events so far.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }
    /// Records an event and wakes the waiter.
    pub fn notify(&self) {
        let _guard = lock(&self.lock);
        self.generation.fetch_add(1, Ordering::SeqCst);
        self.cond.notify_all();
    }
    /// Waits until an event after `seen` or until `timeout` passes.
    pub fn wait(&self, seen: u64, timeout: Option<Duration>) {
        let mut guard = lock(&self.lock);
        let deadline = timeout.map(|t| std::time::Instant::now() + t);
        while self.generation() == seen {
            match deadline {
                None => guard = self.cond.wait(guard).unwrap_or_else(|e| e.into_inner()),
                Some(deadline) => {
                    let now = std::time::Instant::now();
                    if now >= deadline {
                        return;
                    }
                    guard = self
                        .cond
                        .wait_timeout(guard, deadline - now)
                        .unwrap_or_else(|e| e.into_inner())
                        .0;
                }
            }
        }
    }
}

/// Locks a mutex, ignoring poisoning: host handles must not panic because another
/// thread did, and every state here stays consistent between statements.
pub fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

/// Which way values flow through a host channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// The host sends, Go receives (`<-chan T` in Go).
    ToGo,
    /// Go sends, the host receives (`chan<- T` in Go).
    FromGo,
}

/// The state of one host channel, shared by the VM and the host's handles.
#[derive(Debug)]
pub struct HostChanShared {
    pub state: Mutex<HostChanState>,
    /// Signalled whenever the VM changes `state` (host threads blocked in send/recv wait on it).
    pub changed: Condvar,
    /// Wakes the VM's `run` when the host changes `state`.
    pub vm_notifier: Arc<Notifier>,
}

/// See the invariants at the top of this file.
#[derive(Debug)]
pub struct HostChanState {
    pub direction: Direction,
    pub shape: Shape,
    pub pending: VecDeque<HostValue>,
    /// `FromGo`: how many values the host side holds before Go senders wait.
    pub capacity: usize,
    /// `ToGo`: values sent by the host so far, and taken by Go so far.
    pub sent: u64,
    pub delivered: u64,
    /// The host closed its end (`ToGo`: the Go channel is closed once `pending` drains).
    pub host_closed: bool,
    /// The Go channel is closed (`FromGo`: the host receives `None` once `pending` drains).
    pub go_closed: bool,
    /// The VM was dropped or stopped: no value will move again.
    pub vm_gone: bool,
    /// Host handles alive; with none left, Go waiting on the channel is a deadlock.
    pub host_handles: usize,
    /// Async tasks waiting for a change.
    pub wakers: Vec<Waker>,
}

impl HostChanShared {
    /// Wakes everyone on the host side after the VM changed the state.
    pub fn notify_host(&self, state: &mut HostChanState) {
        self.changed.notify_all();
        for waker in state.wakers.drain(..) {
            waker.wake();
        }
    }
}

/// One host channel as a VM holds it.
#[derive(Debug)]
pub struct HostChanEntry {
    pub name: String,
    pub shared: Arc<HostChanShared>,
    /// The Go channel, once Go's package initialization made it.
    pub channel: Option<GcRef>,
}

/// The host channels of one VM, by name.
#[derive(Debug, Default)]
pub struct HostChannels {
    pub entries: Vec<HostChanEntry>,
    pub notifier: Arc<Notifier>,
}

impl HostChannels {
    /// The shared state of the channel `name`, made on first use (by the host asking
    /// for a handle, or by Go's initialization binding the channel).
    pub fn shared(
        &mut self,
        name: &str,
        direction: Direction,
        shape: &Shape,
        capacity: usize,
    ) -> Arc<HostChanShared> {
        if let Some(entry) = self.entries.iter().find(|e| e.name == name) {
            return entry.shared.clone();
        }
        let shared = Arc::new(HostChanShared {
            state: Mutex::new(HostChanState {
                direction,
                shape: shape.clone(),
                pending: VecDeque::new(),
                capacity: capacity.max(1),
                sent: 0,
                delivered: 0,
                host_closed: false,
                go_closed: false,
                vm_gone: false,
                host_handles: 0,
                wakers: Vec::new(),
            }),
            changed: Condvar::new(),
            vm_notifier: self.notifier.clone(),
        });
        self.entries.push(HostChanEntry {
            name: name.to_string(),
            shared: shared.clone(),
            channel: None,
        });
        shared
    }

    /// Attaches the Go channel `channel` (a `Value::Ref` to a channel object) to `name`.
    pub fn bind(
        &mut self,
        name: &str,
        direction: Direction,
        shape: &Shape,
        capacity: usize,
        channel: &Value,
    ) {
        self.shared(name, direction, shape, capacity);
        if let (Some(entry), Value::Ref(r)) =
            (self.entries.iter_mut().find(|e| e.name == name), channel)
        {
            entry.channel = Some(*r);
        }
    }

    /// Some goroutine may still be woken by the host: a channel is open with a host handle alive.
    pub fn host_may_act(&self) -> bool {
        self.entries.iter().any(|entry| {
            let state = lock(&entry.shared.state);
            let open = match state.direction {
                Direction::ToGo => !state.host_closed,
                Direction::FromGo => !state.go_closed,
            };
            state.host_handles > 0 && open && !state.vm_gone
        })
    }

    /// Marks every channel dead (the VM stopped or was dropped) and wakes host waiters.
    pub fn shut_down(&mut self) {
        for entry in &self.entries {
            let mut state = lock(&entry.shared.state);
            state.vm_gone = true;
            entry.shared.notify_host(&mut state);
        }
    }
}
