//! The scheduler's calls into `crate::instrument`: what happens at the end of a time slice
//! and around a collection when a host attached instruments (stats, profile, trace).
//!
//! A child module of `vm` so it can read the scheduler's state (fibers, run queue) without
//! widening the VM's API; `Vm::run` and `Vm::collect` call these only when
//! `Vm::instruments` is set, so an uninstrumented run pays one branch per slice.
//!
//! The call sites, which move with the scheduler loop: `slice_starting` after a fiber is
//! taken from the table, `slice_finished` right after `execute` (before the outcome is
//! matched), `instruments_finished` when the run ends; `collect()` itself calls
//! `collection_starting`/`collection_finished`. Limits are not instruments: the
//! scheduler checks the host's `Limits` itself (vm/src/vm/scheduler.rs).

use super::{Outcome, Vm};
use crate::fiber::Fiber;
use std::time::Instant;

impl Vm {
    /// Called before a slice of the fiber at `index`: notes the time and wakes by timers.
    pub(super) fn slice_starting(&mut self, index: usize, fiber: &Fiber) {
        let next_fiber_id = self.next_fiber_id;
        let Some(instruments) = self.instruments.as_deref_mut() else {
            return;
        };
        if let Some(profile) = instruments.profile.as_mut() {
            // A goroutine that finishes in this slice has no frames left at its end.
            profile.stack_at_slice_start.clear();
            profile
                .stack_at_slice_start
                .extend(fiber.frames.iter().map(|f| f.func));
        }
        let Some(trace) = instruments.trace.as_mut() else {
            return;
        };
        let tid = fiber.id;
        // Goroutine 1's bottom frame is the entry function; name it after main.main as gc does.
        let root = match fiber.frames.first() {
            _ if tid == 1 => "main.main",
            Some(frame) => self
                .program
                .funcs
                .get(frame.func as usize)
                .map_or("?", |f| f.name.as_str()),
            None => "?",
        };
        trace.name_track(tid, &format!("goroutine {tid} ({root})"));
        let now = Instant::now();
        trace.slice_start = Some(now);
        trace.slice_first_id = next_fiber_id;
        // A parked fiber picked to run without a goroutine having woken it was woken by a timer.
        if let Some(id) = trace.blocked.remove(&index) {
            trace.instant(id, "wake", "sched", now, "\"by\":\"timer\"");
        }
    }

    /// Called after a slice of the fiber at `index` ran `ticks` budget ticks.
    pub(super) fn slice_finished(
        &mut self,
        index: usize,
        fiber: &Fiber,
        outcome: &Outcome,
        ticks: u64,
    ) {
        let program = self.program.clone();
        let woke_someone = self.run_next.is_some();
        let next_fiber_id = self.next_fiber_id;
        let last_channel = self.last_channel;
        let fibers = &self.fibers;
        let Some(instruments) = self.instruments.as_deref_mut() else {
            return;
        };
        let stats = &mut instruments.stats;
        stats.slices += 1;
        if instruments.last_fiber.is_some_and(|last| last != index) {
            stats.context_switches += 1;
        }
        instruments.last_fiber = Some(index);
        if let Some(profile) = instruments.profile.as_mut() {
            if fiber.frames.is_empty() {
                let stack = std::mem::take(&mut profile.stack_at_slice_start);
                profile.charge(stack.iter().copied(), ticks);
                profile.stack_at_slice_start = stack;
            } else {
                profile.charge(fiber.frames.iter().map(|f| f.func), ticks);
            }
        }
        if let Some(trace) = instruments.trace.as_mut() {
            let end = Instant::now();
            let start = trace.slice_start.take().unwrap_or(end);
            let tid = fiber.id;
            let func_name = |func: u32| {
                program
                    .funcs
                    .get(func as usize)
                    .map_or("?", |f| f.name.as_str())
            };
            let running = fiber.frames.last().map_or("goexit", |f| func_name(f.func));
            trace.complete(
                tid,
                running,
                "run",
                start,
                end,
                &format!("\"ticks\":{ticks}"),
            );
            for child in trace.slice_first_id.max(2)..next_fiber_id {
                trace.instant(tid, "go", "sched", end, &format!("\"goroutine\":{child}"));
            }
            // Wake-ups: a parked fiber whose wait token was cleared during this slice was
            // woken by it (a woken fiber always lands in `run_next`, so skip the scan otherwise).
            if woke_someone {
                let woken: Vec<(usize, u64)> = trace
                    .blocked
                    .iter()
                    .filter(|(i, _)| matches!(fibers.get(**i), Some(Some(f)) if f.wait_token == 0))
                    .map(|(i, id)| (*i, *id))
                    .collect();
                for (i, id) in woken {
                    trace.blocked.remove(&i);
                    trace.instant(id, "wake", "sched", end, &format!("\"by\":{tid}"));
                }
            }
            match outcome {
                Outcome::Blocked => {
                    let reason = fiber.wait_reason;
                    let args = if reason.starts_with("chan") || reason.starts_with("select") {
                        format!("\"channel\":{last_channel}")
                    } else {
                        String::new()
                    };
                    trace.instant(tid, reason, "block", end, &args);
                    trace.blocked.insert(index, tid);
                }
                Outcome::Done => trace.instant(tid, "exit", "sched", end, ""),
                Outcome::Yield | Outcome::Exit(_) => {}
            }
        }
    }

    /// Called before a collection: records the heap's peak. Returns the start time.
    pub(super) fn collection_starting(&mut self) -> Option<Instant> {
        let (bytes, objects) = (self.heap.bytes, self.heap.live_objects());
        let instruments = self.instruments.as_deref_mut()?;
        let stats = &mut instruments.stats;
        stats.peak_heap_bytes = stats.peak_heap_bytes.max(bytes);
        stats.peak_heap_objects = stats.peak_heap_objects.max(objects);
        Some(Instant::now())
    }

    /// Called after a collection that started at `started`.
    pub(super) fn collection_finished(&mut self, started: Option<Instant>, bytes_before: usize) {
        let bytes_after = self.heap.bytes;
        let (Some(started), Some(instruments)) = (started, self.instruments.as_deref_mut()) else {
            return;
        };
        let end = Instant::now();
        instruments.stats.gc_cycles += 1;
        instruments.stats.gc_pause += end - started;
        if let Some(trace) = instruments.trace.as_mut() {
            let args = format!("\"heap_before\":{bytes_before},\"heap_after\":{bytes_after}");
            trace.complete(crate::instrument::GC_TRACK, "GC", "gc", started, end, &args);
        }
    }

    /// Called when the run ends: final counters.
    pub(super) fn instruments_finished(&mut self) {
        let (bytes, objects) = (self.heap.bytes, self.heap.live_objects());
        let (instructions, goroutines) = (self.instructions, self.next_fiber_id - 1);
        if let Some(instruments) = self.instruments.as_deref_mut() {
            let stats = &mut instruments.stats;
            stats.instructions = instructions;
            stats.goroutines = goroutines;
            stats.peak_heap_bytes = stats.peak_heap_bytes.max(bytes);
            stats.peak_heap_objects = stats.peak_heap_objects.max(objects);
        }
    }
}
