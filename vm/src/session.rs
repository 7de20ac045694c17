//! Interactive sessions (the REPL): a VM whose program grows while it runs.
//!
//! A session VM is made from the first program of a session and never runs it from
//! `Vm::run`. Instead the host calls [`Vm::run_function`] for each piece of code it wants
//! run (the package initialization entry first, then each input), and [`Vm::run_background`]
//! between inputs so goroutines started earlier keep running. When the host compiles a
//! bigger program, [`Vm::extend_program`] swaps it in: the heap, the globals and every
//! fiber are kept.
//!
//! Invariant: a program swapped in extends the running one. Every function, type,
//! constant, symbol, native and global of the old program has the same index and the same
//! content in the new one (the entry function excepted: it ran once and never runs again;
//! and a type's method table may gain methods),
//! so every frame, closure, interface box and pointer made before the swap stays valid.
//! Boundary: this module only schedules; what an input means is the host's business.
//!
//! Differences from `Vm::run`: the function run for the host is not goroutine 1, so its
//! return does not end the program; a goroutine's uncaught panic is reported (the report is
//! written to `stderr` as gc writes it) and ends that goroutine only; a deadlock abandons the
//! host's function instead of exiting.

use super::{Outcome, Vm};
use crate::fiber::{Fiber, FrameKind};
use crate::native::NativeRegistry;
use crate::program::{Constant, FuncId, Program};
use crate::value::{GoStr, Value};
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// How long the VM sleeps at most while it waits for a timer, so an interrupt or a host
/// request is noticed soon.
const SLEEP_STEP: std::time::Duration = std::time::Duration::from_millis(10);

/// What [`Vm::run_function`] ended with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RunOutcome {
    /// The function returned.
    Returned,
    /// The function panicked and nothing recovered; gc's report went to `stderr`.
    Panicked,
    /// The program asked to exit (`os.Exit`) or hit a fatal error; the session should end
    /// with this status.
    Exited(i32),
    /// The host's interrupt flag was set; the function's goroutine was abandoned.
    Interrupted,
    /// The function blocked and no goroutine could run or was sleeping (gc would report
    /// `all goroutines are asleep - deadlock!`); its goroutine was abandoned. Holds the
    /// reason it was waiting (`chan receive`, ...).
    Deadlocked(&'static str),
}

/// What [`Vm::run_background`] found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackgroundState {
    /// Goroutines are ready to run: call again soon.
    Busy,
    /// Nothing is ready; the earliest sleeping goroutine wakes after this long.
    Sleeping(std::time::Duration),
    /// No goroutine is ready or sleeping (any left are blocked on each other).
    Idle,
    /// A goroutine called `os.Exit` or hit a fatal error.
    Exited(i32),
}

impl Vm {
    /// Replaces the program by `program`, which must extend the current one (see the
    /// invariant at the top of this module), binding its new natives from `natives`.
    ///
    /// # Errors
    /// Says what differs when `program` does not extend the current program, names a
    /// native the registry does not have, or says why `program` fails the verifier; the
    /// VM is left unchanged then.
    pub fn extend_program(
        &mut self,
        program: Arc<Program>,
        natives: &NativeRegistry,
    ) -> Result<(), String> {
        check_extends(&self.program, &program)?;
        crate::verify::verify(&program).map_err(|e| e.to_string())?;
        let mut new_natives = Vec::new();
        for name in &program.natives[self.natives.len()..] {
            match natives.functions.get(name) {
                Some(f) => new_natives.push(f.clone()),
                None => return Err(format!("native function {name} is not registered")),
            }
        }
        self.natives.extend(new_natives);
        let old_constants = self.constants.len();
        self.constants
            .extend(program.constants[old_constants..].iter().map(|c| match c {
                Constant::Int(i) => Value::Int(*i),
                Constant::Float(f) => Value::Float(*f),
                Constant::Str(s) => Value::Str(GoStr::from(s.as_slice())),
            }));
        let globals = self.heap.values(self.globals).to_vec();
        if globals.len() < program.globals as usize {
            // Pointers to globals name the globals object and a slot, so the object keeps
            // its identity and only its slots grow.
            let mut grown = globals;
            grown.resize(program.globals as usize, Value::Nil);
            *self.heap.get_mut(self.globals) =
                crate::heap::Object::Values(grown.into_boxed_slice());
        }
        self.program = program;
        Ok(())
    }

    /// Runs `func` (no parameters, no results) on a new goroutine until it returns, while
    /// the other goroutines keep being scheduled as usual. Checks `interrupt` between time
    /// slices; when it is set, the function's goroutine is abandoned (the flag is left set).
    pub fn run_function(&mut self, func: FuncId, interrupt: &AtomicBool) -> RunOutcome {
        let id = self.next_fiber_id;
        self.next_fiber_id += 1;
        let mut fiber = Fiber::new(id);
        if self
            .push_frame(&mut fiber, func, 0, None, FrameKind::Normal)
            .is_err()
        {
            return RunOutcome::Panicked;
        }
        let index = self.place_fiber(fiber);
        if let Some(previous) = self.run_next.replace(index) {
            self.run_queue.push_back(previous);
        }
        loop {
            if interrupt.load(Ordering::Relaxed) {
                self.abandon_fiber(index);
                return RunOutcome::Interrupted;
            }
            self.wake_sleepers();
            let Some(next) = self.run_next.take().or_else(|| self.run_queue.pop_front()) else {
                match self.time_to_next_sleeper() {
                    Some(wait) => {
                        self.wait_for_timer(wait);
                        continue;
                    }
                    None => {
                        let reason = self.fibers[index]
                            .as_ref()
                            .map(|f| f.wait_reason)
                            .unwrap_or("");
                        self.abandon_fiber(index);
                        return RunOutcome::Deadlocked(reason);
                    }
                }
            };
            match self.run_slice(next) {
                SliceEnd::Continues => {}
                SliceEnd::FiberEnded { panicked } if next == index => {
                    return if panicked {
                        RunOutcome::Panicked
                    } else {
                        RunOutcome::Returned
                    };
                }
                SliceEnd::FiberEnded { .. } => {}
                SliceEnd::Exit(code) => return RunOutcome::Exited(code),
            }
        }
    }

    /// Whether some goroutine is ready or sleeping, so `run_background` has work (a REPL
    /// shows their output above the prompt while they live).
    pub fn has_background_work(&self) -> bool {
        self.run_next.is_some() || !self.run_queue.is_empty() || !self.sleepers.is_empty()
    }

    /// Runs ready goroutines for at most `max_slices` time slices (between inputs).
    pub fn run_background(&mut self, max_slices: usize) -> BackgroundState {
        for _ in 0..max_slices {
            self.wake_sleepers();
            let Some(next) = self.run_next.take().or_else(|| self.run_queue.pop_front()) else {
                return match self.time_to_next_sleeper() {
                    Some(wait) => BackgroundState::Sleeping(wait),
                    None => BackgroundState::Idle,
                };
            };
            if let SliceEnd::Exit(code) = self.run_slice(next) {
                return BackgroundState::Exited(code);
            }
        }
        BackgroundState::Busy
    }

    /// Runs the fiber at `index` for one time slice and files it back where it belongs.
    fn run_slice(&mut self, index: usize) -> SliceEnd {
        let Some(mut fiber) = self.fibers[index].take() else {
            return SliceEnd::Continues;
        };
        self.running = index;
        let mut budget = self.quantum;
        let program = self.program.clone();
        let outcome = self.execute(&mut fiber, &program, &mut budget);
        self.instructions += (self.quantum - budget).max(0) as u64;
        let end = match outcome {
            Outcome::Yield => {
                self.fibers[index] = Some(fiber);
                self.run_queue.push_back(index);
                SliceEnd::Continues
            }
            Outcome::Blocked => {
                self.fibers[index] = Some(fiber);
                SliceEnd::Continues
            }
            Outcome::Done => {
                self.free_fiber_slots.push(index);
                SliceEnd::FiberEnded { panicked: false }
            }
            // An uncaught panic or a stack overflow ends only its goroutine here; its report
            // is already written.
            Outcome::Exit(_) if !fiber.panics.is_empty() || overflowed(&fiber) => {
                self.free_fiber_slots.push(index);
                SliceEnd::FiberEnded { panicked: true }
            }
            Outcome::Exit(code) => SliceEnd::Exit(code),
        };
        if self.heap.should_collect() {
            self.collect();
        }
        // Output appears as it is made, not when the session ends.
        let _ = self.stdout.flush();
        let _ = self.stderr.flush();
        end
    }

    /// Puts a new fiber in a free slot of the fiber table; returns its index.
    fn place_fiber(&mut self, fiber: Fiber) -> usize {
        let fiber = Box::new(fiber);
        match self.free_fiber_slots.pop() {
            Some(i) => {
                self.fibers[i] = Some(fiber);
                i
            }
            None => {
                self.fibers.push(Some(fiber));
                self.fibers.len() - 1
            }
        }
    }

    /// Drops the fiber at `index` wherever it is queued. Channel waiters and sleepers
    /// left behind carry its wait token, which no later fiber in the slot has, so they
    /// are skipped as stale.
    fn abandon_fiber(&mut self, index: usize) {
        if self.fibers[index].take().is_some() {
            self.free_fiber_slots.push(index);
        }
        self.run_queue.retain(|&i| i != index);
        if self.run_next == Some(index) {
            self.run_next = None;
        }
    }

    fn time_to_next_sleeper(&self) -> Option<std::time::Duration> {
        let std::cmp::Reverse((deadline, ..)) = self.sleepers.peek()?;
        let now = self.clock.mono();
        Some(std::time::Duration::from_nanos(
            deadline.saturating_sub(now),
        ))
    }

    /// Waits (at most [`SLEEP_STEP`]) for the next timer, or jumps to it in virtual time.
    fn wait_for_timer(&mut self, wait: std::time::Duration) {
        if self.clock.virtual_time {
            if let Some(std::cmp::Reverse((deadline, ..))) = self.sleepers.peek() {
                let deadline = *deadline;
                self.clock.advance_to(deadline);
            }
            return;
        }
        let _ = self.stdout.flush();
        std::thread::sleep(wait.min(SLEEP_STEP));
    }
}

/// Whether `fiber` ended by growing past the goroutine stack limit (the VM reports that as
/// a fatal error; the session only loses the goroutine). Half the limits: the frame that
/// did not fit may have been large.
fn overflowed(fiber: &Fiber) -> bool {
    fiber.frames.len() >= super::MAX_FRAMES / 2
        || fiber.stack.len() >= super::MAX_STACK_SLOTS / 2
        || fiber
            .frames
            .last()
            .is_some_and(|f| f.stack_bytes >= super::MAX_GO_STACK_BYTES / 2)
}

/// How one time slice ended, for the session's loops.
enum SliceEnd {
    Continues,
    FiberEnded { panicked: bool },
    Exit(i32),
}

/// `name` without the `__shadowedN` suffixes the REPL gives declarations that a later
/// input declared again (cli/src/repl/session.rs, `try_shadowing`): renaming an old
/// declaration keeps its code, globals and type, so the program still extends the old.
fn unshadowed(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut rest = name;
    while let Some(at) = rest.find("__shadowed") {
        out.push_str(&rest[..at]);
        rest = rest[at + "__shadowed".len()..].trim_start_matches(|c: char| c.is_ascii_digit());
    }
    out.push_str(rest);
    out
}

/// Checks that `new` extends `old` (the invariant at the top of this module).
fn check_extends(old: &Program, new: &Program) -> Result<(), String> {
    if new.entry != old.entry {
        return Err("the entry function moved".into());
    }
    if new.globals < old.globals {
        return Err("package-level variables were removed".into());
    }
    for (index, (a, b)) in old.funcs.iter().zip(new.funcs.iter()).enumerate() {
        if index == old.entry as usize {
            continue;
        }
        let same = unshadowed(&a.name) == unshadowed(&b.name)
            && a.code == b.code
            && a.param_count == b.param_count
            && a.result_count == b.result_count
            && a.local_count == b.local_count
            && a.boxed_results == b.boxed_results;
        if !same {
            return Err(format!("function {} changed", a.name));
        }
    }
    if new.funcs.len() < old.funcs.len() {
        return Err("functions were removed".into());
    }
    // Types have no equality of their own; their debug rendering shows every field. A
    // method table may grow (a later input declared a method of an earlier type): calls
    // look methods up in the current program, so values made before see the new methods.
    for (a, b) in old.types.iter().zip(new.types.iter()) {
        let without_methods = |t: &crate::program::RtType| {
            let mut t = t.clone();
            t.methods.clear();
            unshadowed(&format!("{t:?}"))
        };
        let kept_methods = a.methods.iter().all(|m| b.methods.contains(m));
        if !kept_methods || without_methods(a) != without_methods(b) {
            return Err(format!("type {} changed", a.name));
        }
    }
    let prefix = |what: &str, old_len: usize, new_len: usize, same: bool| {
        if new_len < old_len || !same {
            Err(format!("the program's {what} changed"))
        } else {
            Ok(())
        }
    };
    prefix("types", old.types.len(), new.types.len(), true)?;
    let same_constants = old
        .constants
        .iter()
        .zip(new.constants.iter())
        .all(|(a, b)| match (a, b) {
            (Constant::Float(x), Constant::Float(y)) => x.to_bits() == y.to_bits(),
            _ => a == b,
        });
    prefix(
        "constants",
        old.constants.len(),
        new.constants.len(),
        same_constants,
    )?;
    prefix(
        "method symbols",
        old.symbols.len(),
        new.symbols.len(),
        new.symbols.starts_with(&old.symbols),
    )?;
    prefix(
        "natives",
        old.natives.len(),
        new.natives.len(),
        new.natives.starts_with(&old.natives),
    )?;
    prefix(
        "files",
        old.files.len(),
        new.files.len(),
        new.files.starts_with(&old.files),
    )?;
    prefix(
        "select tables",
        old.select_tables.len(),
        new.select_tables.len(),
        new.select_tables.starts_with(&old.select_tables),
    )?;
    if format!("{:?}", old.hooks) != format!("{:?}", new.hooks) {
        return Err("the runtime hooks changed".into());
    }
    Ok(())
}
