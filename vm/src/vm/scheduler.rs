//! The scheduler loop, run in steps: `Vm::run_for` runs goroutines for a budget and
//! returns to its host; `Vm::run` loops over it. Also host limits, interrupts, calls of
//! Go functions from the host, and moving values through host channels.
//!
//! Invariant: nothing of a goroutine lives on the Rust stack between two `run_for` calls;
//! every fiber is in `Vm::fibers`, so the host may keep a VM paused as long as it likes.
//! Invariant: a limit or an interrupt stops the VM with `Trap::Exit`, which unwinds no
//! frame and runs no deferred call, so `recover()` never sees it.

use super::{Outcome, Trap, Vm};
use crate::fiber::{Fiber, FrameKind};
use crate::host_chan::{self, Direction, HostChannels, Notifier};
use crate::limits::{Limit, Limits, Step, StopReason};
use crate::program::FuncId;
use crate::value::Value;
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The part of a VM that serves its host: limits, interrupts, host calls and channels.
#[derive(Default)]
pub(crate) struct HostControl {
    pub(crate) limits: Limits,
    pub(crate) interrupt: Arc<AtomicBool>,
    pub(crate) channels: HostChannels,
    /// A limit hit inside the interpreter (stack depth), reported when the slice ends.
    pub(crate) stop_reason: Option<StopReason>,
    /// The first fiber was made (the program, or its initialization alone, started).
    started: bool,
    /// The terminal step, once the VM has ended; `run_for` returns it again.
    finished: Option<Step>,
    started_at: Option<Instant>,
    /// The notifier's generation before the last look at host channels.
    seen_generation: u64,
    /// The fiber running a host call (`Vm::start_call`), and its results once it returned.
    call_fiber: Option<usize>,
    call_results: Option<Vec<Value>>,
    /// The last fatal report (panic message and trace), for the host's error value.
    pub(crate) fatal_report: Option<FatalReport>,
}

/// An uncaught panic or fatal error as the VM printed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FatalReport {
    /// The `panic: ...` lines (or `fatal error: ...`), as printed on standard error.
    pub message: String,
    /// The goroutine that failed.
    pub goroutine: u64,
    /// Its stack at the failure, innermost first: (function, file, line).
    pub trace: Vec<(String, String, u32)>,
}

/// Stops a VM from any thread. Cheap to clone.
#[derive(Clone, Debug)]
pub struct InterruptHandle {
    flag: Arc<AtomicBool>,
    notifier: Arc<Notifier>,
}

impl InterruptHandle {
    /// Asks the VM to stop; it does at its next scheduler point (within one time slice)
    /// with `StopReason::Interrupted`, also when it waits for timers or host channels.
    pub fn interrupt(&self) {
        self.flag.store(true, Ordering::SeqCst);
        self.notifier.notify();
    }
}

impl Vm {
    /// Runs the program to completion and returns its exit status (2 after a deadlock,
    /// a limit or an interrupt).
    pub fn run(&mut self) -> i32 {
        loop {
            match self.run_for(u64::MAX) {
                Step::Exited(code) => return code,
                Step::Yielded => {}
                Step::Blocked => self.wait_for_event(),
                Step::Deadlock(_) | Step::Stopped(_) => return 2,
            }
        }
    }

    /// Sets the host's limits (see [`Limits`]).
    pub fn set_limits(&mut self, limits: Limits) {
        self.max_frames = limits
            .max_stack_depth
            .map_or(super::MAX_FRAMES, |depth| depth.min(super::MAX_FRAMES));
        self.host.limits = limits;
    }

    /// A handle that stops this VM from another thread.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle {
            flag: self.host.interrupt.clone(),
            notifier: self.host.channels.notifier.clone(),
        }
    }

    /// The VM's host channels (for hosts to take handles).
    pub fn host_channels(&mut self) -> &mut HostChannels {
        &mut self.host.channels
    }

    /// The last uncaught panic or fatal error, if the program ended with one.
    pub fn fatal_report(&self) -> Option<&FatalReport> {
        self.host.fatal_report.as_ref()
    }

    /// Whether the first goroutine was made (by `run_for` or `start_with`).
    pub fn started(&self) -> bool {
        self.host.started
    }

    /// Starts the VM at `func` (instead of the program's entry) as goroutine 1; used to
    /// run package initialization alone before host calls. No effect once started.
    pub fn start_with(&mut self, func: FuncId) {
        if self.host.started {
            return;
        }
        self.host.started = true;
        let mut main = Fiber::new(1);
        if let Err(Trap::StackOverflow) =
            self.push_frame(&mut main, func, 0, None, FrameKind::Normal)
        {
            self.host.finished = Some(Step::Exited(2));
            return;
        }
        self.fibers.push(Some(Box::new(main)));
        let index = self.fibers.len() - 1;
        self.run_queue.push_back(index);
    }

    /// Starts `func(args)` on a new goroutine for the host; `take_call_results` gives its
    /// results once `run_for` ran it to its return. A VM whose program exited normally
    /// (status 0) runs calls again; one that panicked, deadlocked or stopped does not.
    ///
    /// # Errors
    /// The VM has ended for good, or another call is in progress.
    pub fn start_call(&mut self, func: FuncId, args: Vec<Value>) -> Result<(), String> {
        match &self.host.finished {
            None => {}
            Some(Step::Exited(0)) if self.host.fatal_report.is_none() => {
                self.host.finished = None;
            }
            Some(step) => return Err(format!("the VM has ended ({step:?})")),
        }
        if self.host.call_fiber.is_some() {
            return Err("another host call is in progress".to_string());
        }
        self.host.started = true;
        let id = self.next_fiber_id;
        self.next_fiber_id += 1;
        let mut fiber = Fiber::new(id);
        let base = fiber.stack.len();
        fiber.stack.extend(args);
        if self
            .push_frame(&mut fiber, func, base, None, FrameKind::Normal)
            .is_err()
        {
            return Err("stack overflow starting the call".to_string());
        }
        let fiber = Box::new(fiber);
        let index = match self.free_fiber_slots.pop() {
            Some(i) => {
                self.fibers[i] = Some(fiber);
                i
            }
            None => {
                self.fibers.push(Some(fiber));
                self.fibers.len() - 1
            }
        };
        self.run_queue.push_back(index);
        self.host.call_fiber = Some(index);
        self.host.call_results = None;
        Ok(())
    }

    /// The results of the host call started by `start_call`, once it returned.
    pub fn take_call_results(&mut self) -> Option<Vec<Value>> {
        self.host.call_results.take()
    }

    /// Runs goroutines until about `budget` instructions ran (calls and backward jumps
    /// count), the program ends, or every goroutine waits; see [`Step`]. A host call's
    /// return also ends the step (`Step::Yielded`), so its caller sees the results early.
    pub fn run_for(&mut self, budget: u64) -> Step {
        if let Some(step) = &self.host.finished {
            return step.clone();
        }
        if !self.host.started {
            self.start_with(self.program.entry);
            if let Some(step) = &self.host.finished {
                return step.clone();
            }
        }
        if self.host.started_at.is_none() {
            self.host.started_at = Some(Instant::now());
        }
        let mut remaining = budget;
        let program = self.program.clone();
        loop {
            if let Some(reason) = self.check_limits() {
                return self.finish(Step::Stopped(reason));
            }
            self.host.seen_generation = self.host.channels.notifier.generation();
            if !self.host.channels.entries.is_empty() {
                self.pump_host_channels(false);
            }
            self.wake_sleepers();
            if remaining == 0 {
                return Step::Yielded;
            }
            let Some(index) = self.run_next.take().or_else(|| self.run_queue.pop_front()) else {
                // Nothing can run: time may move on, or the host may act, or it is a deadlock.
                match self.sleepers.peek() {
                    Some(std::cmp::Reverse((deadline, ..))) if self.clock.virtual_time => {
                        let deadline = *deadline;
                        self.clock.advance_to(deadline);
                        continue;
                    }
                    Some(_) => return Step::Blocked,
                    None if self.host.channels.host_may_act() => return Step::Blocked,
                    None => {
                        let report = self.deadlock();
                        return self.finish(Step::Deadlock(report));
                    }
                }
            };
            let Some(mut fiber) = self.fibers[index].take() else {
                continue;
            };
            self.running = index;
            if fiber.frames.capacity() == 1 {
                // A goroutine resuming for the first time is likely to call something.
                self.fiber_pool.lend_roomy_buffers(&mut fiber);
            }
            if self.instruments.is_some() {
                self.slice_starting(index, &fiber);
            }
            let slice = self.slice_length(remaining);
            let mut slice_budget = slice;
            let outcome = self.execute(&mut fiber, &program, &mut slice_budget);
            let used = (slice - slice_budget).max(1) as u64;
            self.instructions += used;
            remaining = remaining.saturating_sub(used);
            if self.instruments.is_some() {
                let ticks = (slice - slice_budget).max(0) as u64;
                self.slice_finished(index, &fiber, &outcome, ticks);
            }
            match outcome {
                Outcome::Yield => {
                    self.fibers[index] = Some(fiber);
                    self.run_queue.push_back(index);
                }
                Outcome::Blocked => self.fibers[index] = Some(fiber),
                Outcome::Done => {
                    self.free_fiber_slots.push(index);
                    if self.host.call_fiber == Some(index) {
                        self.host.call_fiber = None;
                        let results = fiber.stack;
                        self.host.call_results = Some(results);
                        return Step::Yielded;
                    }
                    self.fiber_pool.give(fiber);
                }
                Outcome::Exit(code) => {
                    let step = match self.host.stop_reason.take() {
                        Some(reason) => Step::Stopped(reason),
                        None => Step::Exited(code),
                    };
                    return self.finish(step);
                }
            }
            if self.heap.should_collect() {
                // With a heap limit, the loop's next `check_limits` judges the live heap.
                self.collect();
            }
        }
    }

    /// Instructions the next slice may run: the quantum, cut to the step's budget and to
    /// what the instruction limit leaves.
    fn slice_length(&self, remaining: u64) -> i64 {
        let mut slice = (self.quantum.max(1) as u64).min(remaining);
        if let Some(max) = self.host.limits.max_instructions {
            slice = slice.min(max.saturating_sub(self.instructions).max(1));
        }
        slice as i64
    }

    /// Ends the VM with `step`: flushes output and releases host channel waiters.
    fn finish(&mut self, step: Step) -> Step {
        self.instruments_finished();
        let _ = self.stdout.flush();
        let _ = self.stderr.flush();
        // Whatever Go sent before the end reaches the host, and a channel Go closed reads as closed.
        self.pump_host_channels(true);
        let terminal = !matches!(step, Step::Exited(0)) || self.host.fatal_report.is_some();
        if terminal {
            self.host.channels.shut_down();
        }
        self.host.call_fiber = None;
        self.host.finished = Some(step.clone());
        step
    }

    /// The first limit exceeded, or an interrupt.
    fn check_limits(&mut self) -> Option<StopReason> {
        if self.host.interrupt.load(Ordering::SeqCst) {
            return Some(StopReason::Interrupted);
        }
        if let Some(reason) = self.host.stop_reason.take() {
            return Some(reason);
        }
        let limits = &self.host.limits;
        if limits
            .max_instructions
            .is_some_and(|max| self.instructions >= max)
        {
            return Some(StopReason::Limit(Limit::Instructions));
        }
        if let (Some(max), Some(start)) = (limits.max_wall_time, self.host.started_at) {
            if start.elapsed() >= max {
                return Some(StopReason::Limit(Limit::WallTime));
            }
        }
        if let Some(max) = limits.max_fibers {
            // Between slices every live fiber is in the table and every empty slot is
            // on the free list, so this counts them without a walk over the table.
            if self.fibers.len() - self.free_fiber_slots.len() > max {
                return Some(StopReason::Limit(Limit::Fibers));
            }
        }
        if let Some(max) = limits.max_heap_bytes {
            if self.heap.bytes > max {
                // Only live bytes count: collect before judging.
                self.collect();
                if self.heap.bytes > max {
                    return Some(StopReason::Limit(Limit::HeapBytes));
                }
            }
            // The interpreter ends a slice at its next tick once the heap is due for a
            // collection: due at the limit, a slice that crosses it stops there (plus
            // the straight-line code up to that tick), and the next check judges it.
            self.heap.next_gc = self.heap.next_gc.min(max.saturating_add(1));
        }
        None
    }

    /// Called by `push_frame` when a fiber is too deep: records the host's depth limit
    /// when it (and not the VM's own overflow bound) is what was hit.
    #[cold]
    pub(super) fn note_stack_limit(&mut self, depth: usize) {
        if self.host.limits.max_stack_depth.is_some() && depth >= self.max_frames {
            self.host.stop_reason = Some(StopReason::Limit(Limit::StackDepth));
        }
    }

    /// Waits (after `Step::Blocked`) until the next timer, a host channel event, an
    /// interrupt, or the wall-time limit.
    pub fn wait_for_event(&mut self) {
        let _ = self.stdout.flush();
        let mut timeout = self
            .sleepers
            .peek()
            .map(|std::cmp::Reverse((deadline, ..))| {
                Duration::from_nanos(deadline.saturating_sub(self.clock.mono()))
            });
        if let (Some(max), Some(start)) = (self.host.limits.max_wall_time, self.host.started_at) {
            let left = max.saturating_sub(start.elapsed());
            timeout = Some(timeout.map_or(left, |t| t.min(left)));
        }
        let notifier = self.host.channels.notifier.clone();
        notifier.wait(self.host.seen_generation, timeout);
    }

    /// Moves values between host channels and their Go channels (see `host_chan.rs`).
    /// `at_end`: the VM stops running, so values from Go are taken beyond the host-side
    /// capacity (no Go sender is left to hold them back).
    fn pump_host_channels(&mut self, at_end: bool) {
        if self.host.channels.entries.is_empty() {
            return;
        }
        let program = self.program.clone();
        for i in 0..self.host.channels.entries.len() {
            let entry = &self.host.channels.entries[i];
            let Some(channel) = entry.channel else {
                continue;
            };
            let shared = entry.shared.clone();
            let ch = Value::Ref(channel);
            let mut state = host_chan::lock(&shared.state);
            let mut changed = false;
            match state.direction {
                Direction::ToGo => {
                    while let Some(item) = state.pending.front() {
                        let value = host_chan::to_value(&mut self.heap, item);
                        match self.try_send(&ch, value) {
                            Ok(true) => {
                                state.pending.pop_front();
                                state.delivered += 1;
                                changed = true;
                            }
                            Ok(false) => break,
                            Err(_) => {
                                // Go closed the channel: nothing sent will arrive.
                                state.pending.clear();
                                state.go_closed = true;
                                changed = true;
                                break;
                            }
                        }
                    }
                    let go_closed = self.channel(&ch).map_or(true, |c| c.closed);
                    if state.host_closed && state.pending.is_empty() && !go_closed {
                        let _ = self.close_channel(&program, &ch);
                        state.go_closed = true;
                        changed = true;
                    }
                }
                Direction::FromGo => {
                    while (at_end || state.pending.len() < state.capacity) && !state.go_closed {
                        match self.try_recv(&program, &ch) {
                            Some((value, true)) => {
                                let item = host_chan::from_value(&self.heap, &value, &state.shape);
                                state.pending.push_back(item);
                                changed = true;
                            }
                            Some((_, false)) => {
                                state.go_closed = true;
                                changed = true;
                            }
                            None => break,
                        }
                    }
                }
            }
            if changed {
                shared.notify_host(&mut state);
            }
        }
        // A blocking host call's channel (named `#...`) is done once Go received its value.
        self.host.channels.entries.retain(|entry| {
            !entry.name.starts_with('#') || !host_chan::lock(&entry.shared.state).go_closed
        });
    }
}

impl Drop for Vm {
    fn drop(&mut self) {
        self.host.channels.shut_down();
    }
}
