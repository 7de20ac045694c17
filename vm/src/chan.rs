//! Channels: buffered and unbuffered, with queues of parked senders and receivers.
//!
//! Invariants (checked by `check_invariants`, which unit tests run after every channel
//! operation through the `cfg(test)` hook in vm/channel_ops.rs):
//! - `buffer.len() <= cap`.
//! - If `buffer` is non-empty, no live receiver waits (a value would have been handed over).
//! - If a live sender waits, the buffer is full (for unbuffered channels: empty, cap 0).
//! - At most one of the two wait queues holds live waiters, except when every live
//!   waiter in both belongs to one fiber (a select that both sends and receives on
//!   the channel parks on both queues; it cannot rendezvous with itself).
//! - A closed channel has no live senders waiting (closing wakes them with a panic).
//!
//! "Live" because waiters are removed lazily: a fiber parked in `select` waits on
//! several channels under one token; once woken through one, its token changes and
//! the waiters left on the other channels are stale and skipped when dequeued.

use crate::value::Value;
use std::collections::VecDeque;

/// A fiber parked on a channel operation. Two words: a struct of two `u64`s is passed
/// in registers, so queuing a waiter stores it straight into the queue (built in a
/// temporary field by field and reloaded whole, it stalled every parked receive).
#[derive(Clone, Copy, Debug)]
pub struct Waiter {
    /// The fiber's wait token when it parked; stale once the fiber's token changes.
    pub token: u64,
    /// Index of the fiber in the VM's fiber table (low half) and, in the high half, the
    /// select case index, or `PLAIN` / `PLAIN_WANT_OK` for a plain send or receive.
    fiber_and_case: u64,
}

/// The case half of a plain send or receive.
const PLAIN: u32 = u32::MAX;
/// The case half of a plain receive that wants `v, ok`.
const PLAIN_WANT_OK: u32 = u32::MAX - 1;

impl Waiter {
    /// A plain send or receive (`want_ok`: a receive that wants `v, ok`).
    pub fn plain(fiber: usize, token: u64, want_ok: bool) -> Waiter {
        let case = if want_ok { PLAIN_WANT_OK } else { PLAIN };
        Waiter::new(fiber, token, case)
    }

    /// Case `case` of a select.
    pub fn select_case(fiber: usize, token: u64, case: u32) -> Waiter {
        debug_assert!(
            case < PLAIN_WANT_OK,
            "Waiter::select_case: case index too large"
        );
        Waiter::new(fiber, token, case)
    }

    fn new(fiber: usize, token: u64, case: u32) -> Waiter {
        debug_assert!(
            fiber <= u32::MAX as usize,
            "Waiter::new: fiber index too large"
        );
        Waiter {
            token,
            fiber_and_case: fiber as u64 | (case as u64) << 32,
        }
    }

    /// Index of the fiber in the VM's fiber table.
    #[inline]
    pub fn fiber(&self) -> usize {
        self.fiber_and_case as u32 as usize
    }

    /// The select case this waiter stands for; `None` for a plain send or receive.
    #[inline]
    pub fn case(&self) -> Option<u32> {
        let case = (self.fiber_and_case >> 32) as u32;
        (case < PLAIN_WANT_OK).then_some(case)
    }

    /// A plain receive that wants `v, ok`.
    #[inline]
    pub fn want_ok(&self) -> bool {
        (self.fiber_and_case >> 32) as u32 == PLAIN_WANT_OK
    }
}

/// The placeholder `Channel::push_sender` queues before filling it in.
const EMPTY_SENDER: (Waiter, Value) = (
    Waiter {
        token: 0,
        fiber_and_case: 0,
    },
    Value::Nil,
);

pub struct Channel {
    /// Runtime type of the elements (for zero values of receives from a closed channel).
    pub elem: u32,
    pub cap: usize,
    pub buffer: VecDeque<Value>,
    pub closed: bool,
    pub receivers: VecDeque<Waiter>,
    pub senders: VecDeque<(Waiter, Value)>,
    /// What a fiber parked receiving here waits for in deadlock reports; empty means
    /// `chan receive`. `sync` labels the channels it parks on (`sync.Mutex.Lock`).
    pub receive_wait_reason: &'static str,
}

impl Channel {
    pub fn new(elem: u32, cap: usize) -> Channel {
        Channel {
            elem,
            cap,
            buffer: VecDeque::new(),
            closed: false,
            receivers: VecDeque::new(),
            senders: VecDeque::new(),
            receive_wait_reason: "",
        }
    }

    /// Queues a parked sender with the value it sends. The entry is queued as a constant
    /// and then filled in place: built as a temporary, the pair was read back whole
    /// from its field-by-field stores, a store-forwarding stall on every parked send.
    #[inline]
    pub fn push_sender(&mut self, waiter: Waiter, value: Value) {
        self.senders.push_back(EMPTY_SENDER);
        if let Some(entry) = self.senders.back_mut() {
            entry.0 = waiter;
            entry.1 = value;
        }
    }

    pub fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        self.buffer.iter().for_each(&mut *f);
        for (_, v) in &self.senders {
            f(v);
        }
    }

    /// Checks the invariants above; `live` tells whether a waiter is still waiting.
    pub fn check_invariants(&self, live: &dyn Fn(&Waiter) -> bool) {
        assert!(
            self.buffer.len() <= self.cap,
            "Channel::check_invariants: buffer over capacity"
        );
        let live_receivers = self.receivers.iter().filter(|w| live(w)).count();
        let live_senders = self.senders.iter().filter(|(w, _)| live(w)).count();
        if !self.buffer.is_empty() {
            assert_eq!(
                live_receivers, 0,
                "Channel::check_invariants: receivers wait on a non-empty buffer"
            );
        }
        if live_senders > 0 {
            assert_eq!(
                self.buffer.len(),
                self.cap,
                "Channel::check_invariants: senders wait while the buffer has room"
            );
        }
        if live_receivers > 0 && live_senders > 0 {
            let mut fibers = self
                .receivers
                .iter()
                .chain(self.senders.iter().map(|(w, _)| w))
                .filter(|w| live(w))
                .map(|w| w.fiber());
            let first = fibers.next();
            assert!(
                fibers.all(|f| Some(f) == first),
                "Channel::check_invariants: both queues hold live waiters of different fibers"
            );
        }
        if self.closed {
            assert_eq!(
                live_senders, 0,
                "Channel::check_invariants: senders wait on a closed channel"
            );
        }
    }
}
