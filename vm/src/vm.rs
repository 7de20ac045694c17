//! The virtual machine: owns the heap, globals and fibers, and runs the interpreter loop.
//!
//! Invariant: the interpreter never calls back into itself for a Go call; a
//! call pushes a `Frame` on the fiber and the loop continues with it.
//! Boundary: everything the VM runs arrives as a `Program`; it knows no Go syntax.

use crate::fiber::{Deferred, Fiber, Frame, FrameKind, PanicRecord};
use crate::heap::{GcRef, Heap, Object, SliceHeader};
use crate::map::GoMap;
use crate::native::{Native, NativeCtx, NativeError, NativeRegistry};
use crate::op::*;
use crate::program::{Constant, FuncId, Kind, Program, TypeId};
use crate::typed;
use crate::value::{GoStr, Value};
use std::io::Write;
use std::sync::Arc;

mod channel_ops;
#[cfg(test)]
mod channel_tests;
mod fast;
mod scheduler;
mod select;
pub use scheduler::{FatalReport, InterruptHandle};

/// Instructions a fiber runs before returning to the scheduler.
pub const DEFAULT_QUANTUM: i64 = 10_000;
/// Our memory use per frame and per slot is about this many times gc's, so the
/// stack limit below corresponds to gc's 1 GB goroutine stack limit.
const MAX_STACK_SLOTS: usize = 40_000_000;
const MAX_FRAMES: usize = 8_000_000;
/// gc's goroutine stack limit; frames count their gc-equivalent size against it.
const MAX_GO_STACK_BYTES: u64 = 1_000_000_000;

/// Interactive sessions; a child module so it can use the scheduler's private parts.
#[path = "session.rs"]
pub mod session;
// The scheduler's calls into `crate::instrument` (stats, profile, trace, CLI limits).
mod hooks;

/// Why the interpreter loop stopped.
pub(crate) enum Trap {
    /// A Go panic with an interface value.
    Panic(Value),
    /// A runtime error panic: the message after `runtime error: ` is included by the caller.
    RuntimeError(String),
    /// The program exits with this status (os.Exit, main returned, fatal error printed).
    Exit(i32),
    /// A fatal error: `fatal error: <msg>` (the message is printed by the caller).
    StackOverflow,
    /// The fiber parked on a channel operation (its pc is past the operation; results
    /// are pushed by whoever wakes it).
    Blocked,
    /// A goroutine (not main) returned from its function.
    FiberDone,
    /// The fiber gives up the rest of its time slice (`runtime.Gosched`).
    Yield,
    /// A panic with a runtime error whose text has no `runtime error: ` prefix.
    PlainPanic(String),
    /// `runtime.Goexit`: run the goroutine's deferred calls, then end it.
    Goexit,
}

/// What running a fiber for one time slice ended with.
enum Outcome {
    Yield,
    Blocked,
    Done,
    Exit(i32),
}

pub struct Vm {
    /// Verified (`verify::verify`) when it is installed, by `Vm::new` and
    /// `extend_program`: the fast tier reads instructions without bounds checks.
    pub(crate) program: Arc<Program>,
    constants: Vec<Value>,
    pub heap: Heap,
    globals: GcRef,
    natives: Vec<Native>,
    pub stdout: Box<dyn Write>,
    pub stderr: Box<dyn Write>,
    pub quantum: i64,
    pub instructions: u64,
    /// Stats, profile, trace and limits a host attached (`None`: no cost); see vm/hooks.rs.
    pub instruments: Option<Box<crate::instrument::Instruments>>,
    /// Object index of the channel the last channel operation used (traces name the
    /// channel a goroutine parked on with it).
    last_channel: u32,
    nan_counter: u64,
    /// Messages computed for a fatal panic, oldest first.
    fatal_messages: Vec<String>,
    /// Command-line arguments, program name first (`os.Args`).
    pub args: Vec<String>,
    /// Goroutines by index; `None` for a finished goroutine's slot or the one running.
    /// Boxed so that taking a fiber out to run it and putting it back moves a pointer.
    fibers: Vec<Option<Box<Fiber>>>,
    free_fiber_slots: Vec<usize>,
    /// Finished fibers kept for the next `go` statements (see `FiberPool`).
    fiber_pool: crate::fiber::FiberPool,
    run_queue: std::collections::VecDeque<usize>,
    /// A fiber woken by the running one; it runs next.
    run_next: Option<usize>,
    next_fiber_id: u64,
    next_wait_token: u64,
    /// State of the generator behind select's random choices.
    rng: u64,
    /// Table index of the fiber being run.
    running: usize,
    pub clock: crate::native::Clock,
    /// Sleeping fibers by deadline (monotonic nanoseconds): (deadline, sequence, fiber, token).
    sleepers: std::collections::BinaryHeap<std::cmp::Reverse<(u64, u64, usize, u64)>>,
    /// Main ended by `runtime.Goexit`: the program goes on until no goroutine can run.
    main_goexited: bool,
    /// Frames a fiber may hold: `MAX_FRAMES`, or lower under a host's stack depth limit.
    max_frames: usize,
    /// Limits, interrupts, host calls and host channels (vm/src/vm/scheduler.rs).
    host: scheduler::HostControl,
    /// The results vector lent to each native call, kept to avoid an allocation per call.
    native_results: Vec<Value>,
}

/// Whether `w` still waits: its fiber is parked under the token it queued with (the
/// running fiber is out of the table, so its waiters never count as live here).
#[inline]
fn waiter_is_live(fibers: &[Option<Box<Fiber>>], w: &crate::chan::Waiter) -> bool {
    matches!(fibers.get(w.fiber()), Some(Some(f)) if f.wait_token == w.token)
}

fn runtime_err<T>(msg: String) -> Result<T, Trap> {
    Err(Trap::RuntimeError(msg))
}

fn nil_deref<T>() -> Result<T, Trap> {
    runtime_err("invalid memory address or nil pointer dereference".into())
}

impl Vm {
    /// Makes a VM for `program`, binding its natives by name.
    ///
    /// # Errors
    /// Names a native the registry does not have, or says why `program` fails the
    /// verifier (see `verify`): the interpreter relies on what the verifier checks.
    pub fn new(program: Arc<Program>, natives: &NativeRegistry) -> Result<Vm, String> {
        crate::verify::verify(&program).map_err(|e| e.to_string())?;
        let mut bound = Vec::with_capacity(program.natives.len());
        for name in &program.natives {
            match natives.functions.get(name) {
                Some(f) => bound.push(f.clone()),
                None => return Err(format!("native function {name} is not registered")),
            }
        }
        let constants = program
            .constants
            .iter()
            .map(|c| match c {
                Constant::Int(i) => Value::Int(*i),
                Constant::Float(f) => Value::Float(*f),
                Constant::Str(s) => Value::Str(GoStr::from(s.as_slice())),
            })
            .collect();
        let mut heap = Heap::new();
        // At least one slot, so that the globals are never the shared zero-size object
        // (a REPL session grows this object in place).
        let globals = heap.alloc(Object::Values(
            vec![Value::Nil; (program.globals as usize).max(1)].into_boxed_slice(),
        ));
        Ok(Vm {
            program,
            constants,
            heap,
            globals,
            natives: bound,
            stdout: Box::new(std::io::BufWriter::new(std::io::stdout())),
            stderr: Box::new(std::io::stderr()),
            quantum: DEFAULT_QUANTUM,
            instructions: 0,
            instruments: None,
            last_channel: 0,
            nan_counter: 0,
            fatal_messages: Vec::new(),
            args: vec!["weft".to_string()],
            fibers: Vec::new(),
            free_fiber_slots: Vec::new(),
            fiber_pool: crate::fiber::FiberPool::default(),
            run_queue: std::collections::VecDeque::new(),
            run_next: None,
            next_fiber_id: 2,
            next_wait_token: 1,
            running: 0,
            clock: crate::native::Clock::new(false),
            sleepers: std::collections::BinaryHeap::new(),
            main_goexited: false,
            max_frames: MAX_FRAMES,
            host: scheduler::HostControl::default(),
            native_results: Vec::new(),
            rng: 0x9E3779B97F4A7C15
                ^ (std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos() as u64)
                    .unwrap_or(7)),
        })
    }

    /// The program this VM runs.
    pub fn program(&self) -> &Arc<Program> {
        &self.program
    }

    /// Moves sleepers whose deadline has passed to the run queue.
    fn wake_sleepers(&mut self) {
        if self.sleepers.is_empty() {
            return;
        }
        let now = self.clock.mono();
        while let Some(std::cmp::Reverse((deadline, _, fiber, token))) =
            self.sleepers.peek().copied()
        {
            if deadline > now {
                break;
            }
            self.sleepers.pop();
            if matches!(self.fibers.get(fiber), Some(Some(f)) if f.wait_token == token) {
                if let Some(Some(f)) = self.fibers.get_mut(fiber) {
                    f.wait_token = 0;
                    f.wait_reason = "";
                }
                self.run_queue.push_back(fiber);
            }
        }
    }

    /// Every goroutine is blocked: prints gc's deadlock report (the program exits 2) and
    /// returns it.
    fn deadlock(&mut self) -> String {
        let _ = self.stdout.flush();
        if self.main_goexited {
            return self.deadlock_after_goexit();
        }
        let reason = self
            .fibers
            .first()
            .and_then(|f| f.as_ref())
            .map(|f| f.wait_reason)
            .unwrap_or("select (no cases)");
        let mut report = format!(
            "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [{reason}]:\n"
        );
        if let Some(Some(main)) = self.fibers.first() {
            let program = self.program.clone();
            for (name, file, line) in self.trace(main, &program) {
                report.push_str(&format!("{name}(...)\n\t{file}:{line}\n"));
            }
        }
        let _ = write!(self.stderr, "{report}");
        report
    }

    /// Nothing can run after main called `runtime.Goexit`: gc's report names the first
    /// blocked goroutine, or says that none is left.
    fn deadlock_after_goexit(&mut self) -> String {
        let _ = self.stdout.flush();
        let report = match self.fibers.iter().flatten().min_by_key(|f| f.id) {
            None => {
                "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n".to_string()
            }
            Some(fiber) => format!(
                "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine {} [{}]:\n",
                fiber.id, fiber.wait_reason
            ),
        };
        let _ = write!(self.stderr, "{report}");
        report
    }

    fn collect(&mut self) {
        let (started, bytes_before) = (self.collection_starting(), self.heap.bytes);
        let globals = self.globals;
        let constants = &self.constants;
        let fibers = &self.fibers;
        let host_channels = &self.host.channels.entries;
        self.heap.collect(&mut |out: &mut Vec<GcRef>| {
            out.push(globals);
            out.extend(host_channels.iter().filter_map(|entry| entry.channel));
            for c in constants {
                crate::heap::value_refs(c, out);
            }
            let mut root_bytes = 0;
            for fiber in fibers.iter().flatten() {
                fiber.for_each_root(&mut |v| crate::heap::value_refs(v, out));
                root_bytes += fiber.memory_bytes();
            }
            root_bytes
        });
        self.collection_finished(started, bytes_before);
        self.start_ready_finalizers();
    }

    /// Starts each finalizer a collection made ready on a goroutine of its own (gc runs
    /// them on one finalizer goroutine; no program can tell the difference by their order,
    /// which gc does not define).
    fn start_ready_finalizers(&mut self) {
        let ready = self.heap.take_ready_finalizers();
        if ready.is_empty() {
            return;
        }
        let program = self.program.clone();
        for (func, argument) in ready {
            let mut call = vec![func, argument];
            // A finalizer that is not a function value was refused by SetFinalizer.
            let _ = self.spawn(&program, &mut call, 1);
        }
    }

    /// Seeds the generator behind every scheduling choice (select), so a run is reproducible.
    pub fn set_seed(&mut self, seed: u64) {
        self.rng = seed.wrapping_mul(0x9E3779B97F4A7C15) | 1;
    }

    fn next_random(&mut self) -> u64 {
        let mut x = self.rng;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.rng = x;
        x.wrapping_mul(0x2545F4914F6CDD1D)
    }

    /// The table index of the running fiber (its slot is empty while it runs).
    fn current_index(&self, fiber: &Fiber) -> usize {
        let _ = fiber;
        self.running
    }

    /// Waiters left behind by selects are removed lazily; on a channel nobody else
    /// touches they would pile up, so a queue that doubles past 32 entries is swept.
    fn drop_stale_waiters(&mut self, ch: &Value, running_token: u64) {
        let Value::Ref(r) = ch else { return };
        let fibers = &self.fibers;
        let running = self.running;
        // The running fiber is out of the table: its live waiters carry the token it parks with.
        let live = |w: &crate::chan::Waiter| {
            if w.fiber() == running {
                return w.token == running_token;
            }
            waiter_is_live(fibers, w)
        };
        if let Object::Chan(c) = self.heap.get_mut(*r) {
            let n = c.receivers.len();
            if n >= 32 && n.is_power_of_two() {
                c.receivers.retain(|w| live(w));
            }
            let n = c.senders.len();
            if n >= 32 && n.is_power_of_two() {
                c.senders.retain(|(w, _)| live(w));
            }
        }
    }

    /// Makes a parked fiber runnable; it runs next (gc's runnext).
    fn wake(&mut self, index: usize) {
        if let Some(Some(f)) = self.fibers.get_mut(index) {
            f.wait_token = 0;
            f.wait_reason = "";
        }
        if let Some(previous) = self.run_next.replace(index) {
            self.run_queue.push_back(previous);
        }
    }

    fn is_live(&self, w: &crate::chan::Waiter) -> bool {
        waiter_is_live(&self.fibers, w)
    }

    /// Pushes the results of a completed receive (or select) onto a woken fiber.
    #[inline]
    fn deliver(&mut self, w: crate::chan::Waiter, value: Value, ok: bool) {
        if let Some(Some(f)) = self.fibers.get_mut(w.fiber()) {
            f.wait_token = 0;
            f.wait_reason = "";
            if let Some(case) = w.case() {
                f.push_int(case as i64);
                f.stack.push(value);
                f.push_bool(ok);
            } else {
                f.stack.push(value);
                if w.want_ok() {
                    f.push_bool(ok);
                }
            }
        }
        if let Some(previous) = self.run_next.replace(w.fiber()) {
            self.run_queue.push_back(previous);
        }
    }

    /// The channel `ch` names; `None` for a nil channel.
    #[inline]
    fn channel(&mut self, ch: &Value) -> Option<&mut crate::chan::Channel> {
        match ch {
            Value::Ref(r) => match self.heap.get_mut(*r) {
                Object::Chan(c) => {
                    self.last_channel = r.0;
                    Some(c)
                }
                _ => None,
            },
            _ => None,
        }
    }

    fn pop_live_receiver(&mut self, ch: &Value) -> Option<crate::chan::Waiter> {
        loop {
            let w = self.channel(ch)?.receivers.pop_front()?;
            if self.is_live(&w) {
                return Some(w);
            }
        }
    }

    fn pop_live_sender(&mut self, ch: &Value) -> Option<(crate::chan::Waiter, Value)> {
        loop {
            let (w, v) = self.channel(ch)?.senders.pop_front()?;
            if self.is_live(&w) {
                return Some((w, v));
            }
        }
    }

    /// Tries to send without blocking. `Ok(true)`: sent. `Ok(false)`: would block.
    #[inline]
    fn try_send(&mut self, ch: &Value, v: Value) -> Result<bool, Trap> {
        let mut slot = v;
        self.try_send_from(ch, &mut slot)
    }

    /// `try_send` of the value in `slot`, which is taken (a constant is left behind) only
    /// when it is sent, so a send that parks keeps it without cloning it first (a clone
    /// is built field by field, and moving it on stalled; see `Fiber::push_bool`).
    /// The common cases (room in the buffer, nobody waiting) touch the channel once.
    #[inline]
    fn try_send_from(&mut self, ch: &Value, slot: &mut Value) -> Result<bool, Trap> {
        let Some(c) = self.channel(ch) else {
            return Ok(false);
        };
        if c.closed {
            return runtime_err_plain("send on closed channel");
        }
        if c.receivers.is_empty() {
            if c.buffer.len() < c.cap {
                c.buffer
                    .push_back(std::mem::replace(slot, crate::fiber::NIL_VALUE));
                return Ok(true);
            }
            return Ok(false);
        }
        self.try_send_to_waiter(ch, slot)
    }

    /// `try_send_from` when receivers are queued: hands the value to the first live one
    /// (stale ones are dropped), or, when all were stale, falls back to the buffer.
    fn try_send_to_waiter(&mut self, ch: &Value, slot: &mut Value) -> Result<bool, Trap> {
        let Value::Ref(r) = ch else { return Ok(false) };
        let fibers = &self.fibers;
        let Object::Chan(c) = self.heap.get_mut(*r) else {
            return Ok(false);
        };
        let receiver = loop {
            match c.receivers.pop_front() {
                None => break None,
                Some(w) => {
                    if waiter_is_live(fibers, &w) {
                        break Some(w);
                    }
                }
            }
        };
        match receiver {
            Some(w) => {
                let v = std::mem::replace(slot, crate::fiber::NIL_VALUE);
                self.deliver(w, v, true);
            }
            None if c.buffer.len() < c.cap => c
                .buffer
                .push_back(std::mem::replace(slot, crate::fiber::NIL_VALUE)),
            None => return Ok(false),
        }
        Ok(true)
    }

    /// Tries to receive without blocking: `Some((value, ok))`, or `None` when it would block.
    /// The common cases (a buffered value and no parked sender, or nothing at all) touch
    /// the channel once.
    #[inline]
    fn try_recv(&mut self, program: &Program, ch: &Value) -> Option<(Value, bool)> {
        let c = self.channel(ch)?;
        if c.senders.is_empty() {
            if let Some(v) = c.buffer.pop_front() {
                return Some((v, true));
            }
            if !c.closed {
                return None;
            }
        }
        self.try_recv_slow(program, ch)
    }

    /// `try_recv` when senders are queued or the channel is closed. One borrow of the
    /// channel: the first live sender (stale ones are dropped) gives its value, directly
    /// or through the buffer, whose head is received first.
    ///
    /// The hand-off from a parked sender is the hot path of unbuffered channels (every
    /// ping-pong hop takes it), so it is written to move the value once.
    fn try_recv_slow(&mut self, program: &Program, ch: &Value) -> Option<(Value, bool)> {
        let Value::Ref(r) = ch else { return None };
        let fibers = &self.fibers;
        let Object::Chan(c) = self.heap.get_mut(*r) else {
            return None;
        };
        while let Some((w, entry)) = c.senders.front_mut() {
            let w = *w;
            // Taken by reference, leaving a constant behind: moving the whole
            // `(Waiter, Value)` out through an `Option` copies the value in pieces and
            // reloads it as a word, a store-forwarding stall (see `Fiber::push_bool`).
            let sent = std::mem::replace(entry, crate::fiber::NIL_VALUE);
            c.senders.pop_front();
            if !waiter_is_live(fibers, &w) {
                continue;
            }
            let received = match c.buffer.pop_front() {
                Some(head) => {
                    c.buffer.push_back(sent);
                    head
                }
                None => sent,
            };
            self.deliver_sent(w);
            return Some((received, true));
        }
        if let Some(head) = c.buffer.pop_front() {
            return Some((head, true));
        }
        if !c.closed {
            return None;
        }
        let elem = c.elem;
        Some((typed::zero_value(program, &mut self.heap, elem), false))
    }

    /// Wakes a sender whose value was taken.
    #[inline]
    fn deliver_sent(&mut self, w: crate::chan::Waiter) {
        if w.case().is_some() {
            self.deliver(w, Value::Nil, false);
        } else {
            self.wake(w.fiber());
        }
    }

    fn park(&mut self, fiber: &mut Fiber, reason: &'static str) -> u64 {
        let token = self.next_wait_token;
        self.next_wait_token += 1;
        fiber.wait_token = token;
        fiber.wait_reason = reason;
        token
    }

    /// Closes a channel: receivers get zero values, parked senders panic.
    fn close_channel(&mut self, program: &Program, ch: &Value) -> Result<(), Trap> {
        let Some(c) = self.channel(ch) else {
            return runtime_err_plain("close of nil channel");
        };
        if c.closed {
            return runtime_err_plain("close of closed channel");
        }
        c.closed = true;
        let elem = c.elem;
        // Receivers share one zero value unless it is an aggregate they could modify
        // (closing a `chan struct{}` that a million goroutines wait on allocates once).
        let elem_type = &program.types[elem as usize];
        let shared_zero = (!elem_type.kind.is_aggregate() || elem_type.size == 0)
            .then(|| typed::zero_value(program, &mut self.heap, elem));
        while let Some(w) = self.pop_live_receiver(ch) {
            let z = match &shared_zero {
                Some(z) => z.clone(),
                None => typed::zero_value(program, &mut self.heap, elem),
            };
            self.deliver(w, z, false);
        }
        while let Some((w, _)) = self.pop_live_sender(ch) {
            if let Some(Some(f)) = self.fibers.get_mut(w.fiber()) {
                f.pending_panic = Some("send on closed channel");
                if let Some(case) = w.case() {
                    f.stack
                        .extend([Value::Int(case as i64), Value::Nil, Value::Bool(false)]);
                }
            }
            self.wake(w.fiber());
        }
        #[cfg(test)]
        self.check_channel(ch, 0);
        Ok(())
    }

    /// Starts a goroutine running the function value at `stack[at - 1]` with the
    /// arguments `stack[at..]`, taking both off the spawning fiber's stack.
    fn spawn(&mut self, program: &Program, stack: &mut Vec<Value>, at: usize) -> Result<(), Trap> {
        let f = stack[at - 1].clone();
        // What to call, as `call_value` resolves it (the two must agree).
        let (func, closure, receiver) = match &f {
            Value::Func(id) => (*id, None, None),
            Value::Ref(r) => match self.heap.get(*r) {
                Object::Closure { func, .. } => (*func, Some(*r), None),
                Object::Bound { func, recv } => (*func, None, Some(recv.clone())),
                Object::BoundIface { method, recv } => {
                    let (method, recv) = (*method, recv.clone());
                    let (func, recv) = self.resolve_iface_method(program, &recv, method)?;
                    (func, None, Some(recv))
                }
                _ => return nil_deref(),
            },
            _ => return nil_deref(),
        };
        if let Some(max) = self.host.limits.max_fibers {
            // Checked here as well as between slices, so that one slice cannot start a
            // million goroutines past the limit. The running fiber's slot is neither free
            // nor empty-listed, so this counts it too.
            if self.fibers.len() - self.free_fiber_slots.len() >= max {
                self.host.stop_reason = Some(crate::limits::StopReason::Limit(
                    crate::limits::Limit::Fibers,
                ));
                return Err(Trap::Exit(2));
            }
        }
        let id = self.next_fiber_id;
        self.next_fiber_id += 1;
        // One allocation for the usual goroutine's whole life: its locals, its deepest
        // operand stack, and the three results a select wake-up pushes.
        let proto = &program.funcs[func as usize];
        let capacity = proto.local_count as usize + proto.max_stack as usize + 3;
        let mut fiber = self.fiber_pool.take(id, capacity);
        fiber.stack.extend(receiver);
        fiber.stack.extend(stack.drain(at..));
        stack.truncate(at - 1);
        self.push_frame(&mut fiber, func, 0, closure, FrameKind::Normal)?;
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
        // As gc does, the new goroutine runs next (the previous `run_next` goes to the queue's tail).
        if let Some(previous) = self.run_next.replace(index) {
            self.run_queue.push_back(previous);
        }
        Ok(())
    }

    /// `runtime.Goexit`, and each time one of its deferred calls returns: starts the
    /// next deferred call of the goroutine (`Ok`: a frame was pushed), or, when none is
    /// left, ends it with `Err(Trap::FiberDone)`. Main ending this way lets the others run.
    fn goexit_unwind(&mut self, fiber: &mut Fiber, program: &Program) -> Result<(), Trap> {
        loop {
            if fiber.frames.is_empty() {
                if fiber.id == 1 {
                    self.main_goexited = true;
                }
                return Err(Trap::FiberDone);
            }
            if fiber.top_has_defers() {
                let deferred = fiber.defers.pop().unwrap();
                self.call_deferred(fiber, program, deferred, false)?;
                fiber.goexit_depth = fiber.frames.len() as u32;
                return Ok(());
            }
            let frame = fiber.frames.pop().unwrap();
            fiber.stack.truncate(frame.base as usize);
        }
    }

    /// Runs the fiber for one time slice.
    fn execute(&mut self, fiber: &mut Fiber, program: &Program, budget: &mut i64) -> Outcome {
        if let Some(msg) = fiber.pending_panic.take() {
            let v = self.runtime_error_value(program, msg.to_string());
            let trace = self.trace(fiber, program);
            fiber.panics.push(PanicRecord {
                value: v,
                recovered: false,
                trace,
            });
            if let Some(code) = self.unwind(fiber, program) {
                return Outcome::Exit(code);
            }
        }
        loop {
            // The common endings are matched before the trap is moved out, so they cost
            // a look at its tag (moving the whole trap stalled on every context switch).
            let trap = match self.dispatch(fiber, program, budget) {
                Ok(()) => return Outcome::Yield,
                Err(Trap::Blocked) => return Outcome::Blocked,
                Err(Trap::FiberDone) => return Outcome::Done,
                Err(t) => t,
            };
            let value = match trap {
                Trap::Exit(code) => return Outcome::Exit(code),
                Trap::Blocked => return Outcome::Blocked,
                Trap::FiberDone => return Outcome::Done,
                Trap::Yield => return Outcome::Yield,
                Trap::Goexit => match self.goexit_unwind(fiber, program) {
                    Ok(()) => continue,
                    Err(Trap::FiberDone) => return Outcome::Done,
                    Err(_) => return Outcome::Exit(2),
                },
                Trap::PlainPanic(msg) => self.runtime_error_value(program, msg),
                Trap::StackOverflow => {
                    if self.host.stop_reason.is_some() {
                        // A host's stack depth limit, not Go's overflow: no report.
                        return Outcome::Exit(2);
                    }
                    self.host.fatal_report = Some(FatalReport {
                        message: "fatal error: stack overflow".to_string(),
                        goroutine: fiber.id,
                        trace: self.trace(fiber, &program),
                    });
                    let _ = self.stdout.flush();
                    let _ = writeln!(
                        self.stderr,
                        "runtime: goroutine stack exceeds 1000000000-byte limit"
                    );
                    let _ = writeln!(self.stderr, "fatal error: stack overflow\n");
                    self.write_trace(fiber, program);
                    return Outcome::Exit(2);
                }
                Trap::Panic(v) => v,
                Trap::RuntimeError(msg) => {
                    let text = if is_plain_error(&msg) {
                        msg
                    } else {
                        format!("runtime error: {msg}")
                    };
                    self.runtime_error_value(program, text)
                }
            };
            if fiber
                .frames
                .iter()
                .any(|f| f.kind == FrameKind::PanicMessage)
            {
                let _ = self.stdout.flush();
                let _ = writeln!(self.stderr, "panic: (panic while printing panic value)");
                return Outcome::Exit(2);
            }
            let trace = self.trace(fiber, program);
            fiber.panics.push(PanicRecord {
                value,
                recovered: false,
                trace,
            });
            if let Some(code) = self.unwind(fiber, program) {
                return Outcome::Exit(code);
            }
        }
    }

    /// A `runtime.Error` interface value for `msg`, of the runtime type gc would use.
    fn runtime_error_value(&mut self, program: &Program, msg: String) -> Value {
        let hooks = &program.hooks;
        let specific = if msg.starts_with("interface conversion") {
            hooks.type_assertion_error_type
        } else if msg.contains("index out of range") || msg.contains("slice bounds out of range") {
            hooks.bounds_error_type
        } else if is_plain_error(&msg) {
            hooks.plain_error_type
        } else {
            None
        };
        match specific.or(hooks.runtime_error_type) {
            Some(ty) => {
                let inner = self.heap.alloc(Object::Values(
                    vec![Value::str(msg.as_bytes())].into_boxed_slice(),
                ));
                Value::Ref(self.heap.alloc(Object::Iface {
                    ty,
                    value: Value::Ref(inner),
                }))
            }
            None => Value::str(msg.as_bytes()),
        }
    }

    fn trace(&self, fiber: &Fiber, program: &Program) -> Vec<(String, String, u32)> {
        fiber
            .frames
            .iter()
            .rev()
            .take(100)
            .map(|fr| {
                let f = &program.funcs[fr.func as usize];
                let (file, line) = f.line_at((fr.pc as usize).saturating_sub(1));
                (
                    f.name.clone(),
                    program
                        .files
                        .get(file as usize)
                        .cloned()
                        .unwrap_or_default(),
                    line,
                )
            })
            .collect()
    }

    fn write_trace(&mut self, fiber: &Fiber, program: &Program) {
        let _ = writeln!(self.stderr, "goroutine {} [running]:", fiber.id);
        for (name, file, line) in self.trace(fiber, program) {
            let _ = writeln!(self.stderr, "{name}(...)\n\t{file}:{line}");
        }
    }

    /// Continues unwinding for the newest panic: runs the next deferred call, or
    /// pops frames; when none remain, prints the panic and ends the program.
    fn unwind(&mut self, fiber: &mut Fiber, program: &Program) -> Option<i32> {
        loop {
            if fiber.frames.is_empty() {
                return self.start_fatal_panic(fiber, program);
            }
            if fiber.top_has_defers() {
                let d = fiber.defers.pop().unwrap();
                if let Err(Trap::StackOverflow) = self.call_deferred(fiber, program, d, true) {
                    return Some(2);
                }
                return None;
            }
            let frame = fiber.frames.pop().unwrap();
            fiber.stack.truncate(frame.base as usize);
        }
    }

    /// Prints `panic: ...` lines for every active panic (computing each message with the
    /// runtime's Go helper so Error/String methods run), then the trace; exits 2.
    fn start_fatal_panic(&mut self, fiber: &mut Fiber, program: &Program) -> Option<i32> {
        self.fatal_messages.clear();
        self.next_fatal_message(fiber, program)
    }

    fn next_fatal_message(&mut self, fiber: &mut Fiber, program: &Program) -> Option<i32> {
        let index = self.fatal_messages.len();
        if index < fiber.panics.len() {
            if let Some(helper) = program.hooks.panic_message_func {
                let v = fiber.panics[index].value.clone();
                let base = fiber.stack.len();
                fiber.stack.push(v);
                if self
                    .push_frame(fiber, helper, base, None, FrameKind::PanicMessage)
                    .is_err()
                {
                    return Some(2);
                }
                return None;
            }
            let msg = format!("{:?}", fiber.panics[index].value);
            self.fatal_messages.push(msg);
            return self.next_fatal_message(fiber, program);
        }
        let _ = self.stdout.flush();
        let mut text = String::new();
        for (i, (msg, p)) in self
            .fatal_messages
            .iter()
            .zip(fiber.panics.iter())
            .enumerate()
        {
            if i > 0 {
                text.push('\t');
            }
            text.push_str("panic: ");
            text.push_str(msg);
            if p.recovered {
                text.push_str(" [recovered]");
            }
            text.push('\n');
        }
        self.host.fatal_report = Some(FatalReport {
            message: text.trim_end().to_string(),
            goroutine: fiber.id,
            trace: fiber
                .panics
                .last()
                .map(|p| p.trace.clone())
                .unwrap_or_default(),
        });
        let _ = write!(self.stderr, "{text}\ngoroutine {} [running]:\n", fiber.id);
        if let Some(p) = fiber.panics.last() {
            for (name, file, line) in &p.trace {
                let _ = writeln!(self.stderr, "{name}(...)\n\t{file}:{line}");
            }
        }
        let _ = self.stderr.flush();
        Some(2)
    }

    /// Pushes a frame for `func` whose arguments are `stack[base..]`.
    /// Always inlined: it is on the path of every Go call, and a call through a
    /// function boundary cost more than the frame set-up itself.
    #[inline(always)]
    fn push_frame(
        &mut self,
        fiber: &mut Fiber,
        func: FuncId,
        base: usize,
        closure: Option<GcRef>,
        kind: FrameKind,
    ) -> Result<(), Trap> {
        let proto = &self.program.funcs[func as usize];
        let top = base + proto.local_count as usize;
        let stack_bytes =
            fiber.frames.last().map_or(0, |f| f.stack_bytes) + proto.frame_bytes as u64;
        if top > MAX_STACK_SLOTS
            || fiber.frames.len() >= self.max_frames
            || stack_bytes > MAX_GO_STACK_BYTES
        {
            self.note_stack_limit(fiber.frames.len());
            return Err(Trap::StackOverflow);
        }
        let len = fiber.stack.len();
        if len < top {
            // A mapped range has an exact length, so this reserves once and writes the
            // locals without the per-element clone `resize` does.
            fiber.stack.extend((len..top).map(|_| Value::Nil));
        }
        fiber.frames.push(Frame {
            func,
            pc: 0,
            base: base as u32,
            closure,
            kind,
            returning: false,
            stack_bytes,
        });
        Ok(())
    }

    fn call_deferred(
        &mut self,
        fiber: &mut Fiber,
        program: &Program,
        d: Deferred,
        by_panic: bool,
    ) -> Result<(), Trap> {
        let base = fiber.stack.len();
        let kind = FrameKind::Deferred { by_panic };
        self.call_value(fiber, program, d.func, d.args, base, kind)
    }

    /// Calls function value `f` with `args` placed at `base`.
    fn call_value(
        &mut self,
        fiber: &mut Fiber,
        program: &Program,
        f: Value,
        args: Vec<Value>,
        base: usize,
        kind: FrameKind,
    ) -> Result<(), Trap> {
        fiber.stack.truncate(base);
        match f {
            Value::Func(id) => {
                fiber.stack.extend(args);
                self.push_frame(fiber, id, base, None, kind)
            }
            Value::Ref(r) => match self.heap.get(r) {
                Object::Closure { func, .. } => {
                    let func = *func;
                    fiber.stack.extend(args);
                    self.push_frame(fiber, func, base, Some(r), kind)
                }
                Object::Bound { func, recv } => {
                    let (func, recv) = (*func, recv.clone());
                    fiber.stack.push(recv);
                    fiber.stack.extend(args);
                    self.push_frame(fiber, func, base, None, kind)
                }
                Object::BoundIface { method, recv } => {
                    let (method, recv) = (*method, recv.clone());
                    let (func, recv) = self.resolve_iface_method(program, &recv, method)?;
                    fiber.stack.push(recv);
                    fiber.stack.extend(args);
                    self.push_frame(fiber, func, base, None, kind)
                }
                _ => nil_deref(),
            },
            _ => nil_deref(),
        }
    }

    /// The method and receiver value for calling `method` on interface value `iface`.
    fn resolve_iface_method(
        &mut self,
        program: &Program,
        iface: &Value,
        method: u32,
    ) -> Result<(FuncId, Value), Trap> {
        let Value::Ref(r) = iface else {
            return nil_deref();
        };
        let Object::Iface { ty, value } = self.heap.get(*r) else {
            return nil_deref();
        };
        let (ty, value) = (*ty, value.clone());
        let t = &program.types[ty as usize];
        let Some(func) = t.method(method) else {
            return runtime_err(format!(
                "method {} not found on {}",
                program.symbols[method as usize]
                    .split(' ')
                    .next()
                    .unwrap_or(""),
                t.name
            ));
        };
        // Value receivers get their own copy of an aggregate: the box stays immutable.
        let recv = if t.kind.is_aggregate() {
            typed::clone_value(program, &mut self.heap, ty, &value)
        } else {
            value
        };
        Ok((func, recv))
    }

    /// Runs the `Return` sequence for the top frame: deferred calls first, then
    /// the results move to the caller. Returns `Some(status)` when the program ends.
    fn do_return(&mut self, fiber: &mut Fiber, program: &Program) -> Result<Option<i32>, Trap> {
        loop {
            if fiber.top_has_defers() {
                let d = fiber.defers.pop().unwrap();
                self.call_deferred(fiber, program, d, false)?;
                return Ok(None);
            }
            let frame = fiber.frames.pop().unwrap();
            let proto = &program.funcs[frame.func as usize];
            let base = frame.base as usize;
            match frame.kind {
                FrameKind::Normal => {
                    let results = base + proto.param_count as usize;
                    let n = proto.result_count as usize;
                    for &i in &proto.boxed_results {
                        let slot = results + i as usize;
                        if let Value::Ref(cell) = fiber.stack[slot] {
                            fiber.stack[slot] = self.heap.values(cell)[0].clone();
                        }
                    }
                    for i in 0..n {
                        fiber.stack.swap(base + i, results + i);
                    }
                    fiber.stack.truncate(base + n);
                    if fiber.frames.is_empty() {
                        if fiber.id != 1 {
                            return Err(Trap::FiberDone);
                        }
                        return Ok(Some(0));
                    }
                    return Ok(None);
                }
                FrameKind::Deferred { by_panic } => {
                    fiber.stack.truncate(base);
                    // A deferred call started by `runtime.Goexit` returned: run the next.
                    if !by_panic && fiber.goexit_depth == fiber.frames.len() as u32 + 1 {
                        self.goexit_unwind(fiber, program)?;
                        return Ok(None);
                    }
                    if by_panic {
                        if let Some(p) = fiber.panics.last() {
                            if !p.recovered {
                                return Ok(self.unwind(fiber, program));
                            }
                            // A recovered panic ends when the deferred call that recovered it returns;
                            // any panics it aborted end with it.
                            fiber.panics.clear();
                        }
                    }
                    if let Some(parent) = fiber.frames.last_mut() {
                        parent.returning = true;
                    }
                }
                FrameKind::PanicMessage => {
                    let result = base + proto.param_count as usize;
                    let msg = fiber
                        .stack
                        .get(result)
                        .map(|v| String::from_utf8_lossy(v.as_str()).into_owned())
                        .unwrap_or_default();
                    fiber.stack.truncate(base);
                    self.fatal_messages.push(msg);
                    return Ok(self.next_fatal_message(fiber, program));
                }
            }
        }
    }

    /// `s[i]` for a slice value `s`, or the panic `SliceGet` raises.
    /// Must match `Op::SliceGet`.
    #[inline(always)]
    fn slice_element(&self, s: &Value, i: i64) -> Result<Value, Trap> {
        let (array, index) = self.slice_slot(s, i)?;
        Ok(self.heap.values(array)[index].clone())
    }

    /// The backing array and index of `s[i]`, or the index error for `i`.
    #[inline(always)]
    fn slice_slot(&self, s: &Value, i: i64) -> Result<(GcRef, usize), Trap> {
        let header = match s {
            Value::Ref(r) => match self.heap.get(*r) {
                Object::Slice(h) => Some(*h),
                _ => None,
            },
            _ => None,
        };
        let (array, offset, len) = header.map_or((GcRef(0), 0, 0), |h| (h.array, h.offset, h.len));
        if i < 0 || i >= len as i64 {
            return Err(index_error(i, len as usize));
        }
        Ok((array, (offset as i64 + i) as usize))
    }

    fn slice_header(&self, v: &Value) -> Option<SliceHeader> {
        match v {
            Value::Ref(r) => match self.heap.get(*r) {
                Object::Slice(h) => Some(*h),
                _ => None,
            },
            _ => None,
        }
    }

    fn new_slice_header(&mut self, h: SliceHeader) -> Value {
        Value::Ref(self.heap.alloc(Object::Slice(h)))
    }

    fn make_slice(&mut self, program: &Program, elem: TypeId, len: usize, cap: usize) -> Value {
        let mut values = Vec::with_capacity(cap);
        let et = &program.types[elem as usize];
        if et.kind.is_aggregate() || matches!(et.kind, Kind::Complex64 | Kind::Complex128) {
            for _ in 0..cap {
                values.push(typed::zero_value(program, &mut self.heap, elem));
            }
        } else {
            let z = typed::zero_value(program, &mut self.heap, elem);
            values.resize(cap, z);
        }
        let array = self.heap.alloc(Object::Values(values.into_boxed_slice()));
        self.new_slice_header(SliceHeader {
            array,
            offset: 0,
            len: len as u32,
            cap: cap as u32,
        })
    }

    /// `append(s, items...)` with gc's capacity growth.
    fn append(
        &mut self,
        program: &Program,
        elem: TypeId,
        s: &Value,
        items: Vec<Value>,
    ) -> Result<Value, Trap> {
        let h = self.slice_header(s);
        let (old_len, old_cap) = h.map(|h| (h.len as u64, h.cap as u64)).unwrap_or((0, 0));
        let new_len = old_len + items.len() as u64;
        if items.is_empty() {
            return Ok(s.clone());
        }
        if new_len > u32::MAX as u64 / 2 {
            return runtime_err("growslice: len out of range".into());
        }
        if let Some(h) = h {
            if new_len <= old_cap {
                let vals = self.heap.values_mut(h.array);
                for (i, v) in items.into_iter().enumerate() {
                    vals[h.offset as usize + old_len as usize + i] = v;
                }
                return Ok(self.new_slice_header(SliceHeader {
                    len: new_len as u32,
                    ..h
                }));
            }
        }
        let et = &program.types[elem as usize];
        let new_cap =
            typed::grow_capacity_of(old_cap, new_len, et.size, et.has_pointers).max(new_len);
        let mut values: Vec<Value> = Vec::with_capacity(new_cap as usize);
        if let Some(h) = h {
            values.extend_from_slice(
                &self.heap.values(h.array)[h.offset as usize..(h.offset + h.len) as usize],
            );
        }
        values.extend(items);
        let et = &program.types[elem as usize];
        if et.kind.is_aggregate() || matches!(et.kind, Kind::Complex64 | Kind::Complex128) {
            while values.len() < new_cap as usize {
                values.push(typed::zero_value(program, &mut self.heap, elem));
            }
        } else {
            let z = typed::zero_value(program, &mut self.heap, elem);
            values.resize(new_cap as usize, z);
        }
        let array = self.heap.alloc(Object::Values(values.into_boxed_slice()));
        Ok(self.new_slice_header(SliceHeader {
            array,
            offset: 0,
            len: new_len as u32,
            cap: new_cap as u32,
        }))
    }

    fn slice_items(&self, v: &Value) -> Vec<Value> {
        match self.slice_header(v) {
            Some(h) => {
                self.heap.values(h.array)[h.offset as usize..(h.offset + h.len) as usize].to_vec()
            }
            None => Vec::new(),
        }
    }

    /// Deep copies of aggregate elements (value semantics of `append(s, t...)` and `copy`).
    fn clone_elements(&mut self, program: &Program, elem: TypeId, items: Vec<Value>) -> Vec<Value> {
        if !program.types[elem as usize].kind.is_aggregate() {
            return items;
        }
        items
            .iter()
            .map(|v| typed::clone_value(program, &mut self.heap, elem, v))
            .collect()
    }

    fn complex(&mut self, re: f64, im: f64) -> Value {
        Value::Ref(self.heap.alloc(Object::Complex(re, im)))
    }

    fn print_value(&mut self, kind: PrintKind, v: &Value) {
        let _ = self.stdout.flush();
        let text = match kind {
            PrintKind::Bool => format!("{}", v.as_bool()),
            PrintKind::Int => format!("{}", v.as_int()),
            PrintKind::Uint => format!("{}", v.as_int() as u64),
            PrintKind::Float => crate::print::format_float(v.as_float()),
            PrintKind::Complex => {
                let (re, im) = typed::complex_parts(&self.heap, v);
                crate::print::format_complex(re, im)
            }
            PrintKind::String => String::from_utf8_lossy(v.as_str()).into_owned(),
            PrintKind::Pointer => match v {
                Value::Nil => "0x0".into(),
                Value::Ref(r) | Value::Ptr(r, _) => format!("0xc{:09x}", r.0 as u64 * 16),
                Value::Func(f) => format!("0x{:x}", 0x401000 + *f as u64 * 32),
                _ => "0x0".into(),
            },
            PrintKind::Iface => match v {
                Value::Nil => "(0x0,0x0)".into(),
                Value::Ref(r) => {
                    format!("(0x{:x},0xc{:09x})", 0x4a0000 + r.0 as u64, r.0 as u64 * 16)
                }
                _ => "(0x0,0x0)".into(),
            },
        };
        if matches!(kind, PrintKind::String) {
            let _ = self.stderr.write_all(v.as_str());
        } else {
            let _ = self.stderr.write_all(text.as_bytes());
        }
    }

    fn map_key(
        &mut self,
        program: &Program,
        key_ty: TypeId,
        k: &Value,
    ) -> Result<crate::map::MapKey, Trap> {
        typed::map_key(program, &self.heap, key_ty, k, &mut self.nan_counter)
            .map_err(|name| Trap::RuntimeError(format!("hash of unhashable type {name}")))
    }

    fn map_types(&self, m: GcRef) -> (TypeId, TypeId) {
        match self.heap.get(m) {
            Object::Map(map) => (map.key_type, map.value_type),
            _ => (0, 0),
        }
    }

    fn map_get(&mut self, program: &Program, m: &Value, k: &Value) -> Result<(Value, bool), Trap> {
        match m {
            Value::Ref(r) => {
                let (kt, vt) = self.map_types(*r);
                let key = self.map_key(program, kt, k)?;
                let found = match self.heap.get(*r) {
                    Object::Map(map) => map.get(&key).cloned(),
                    _ => None,
                };
                match found {
                    Some(v) => Ok((v, true)),
                    None => Ok((typed::zero_value(program, &mut self.heap, vt), false)),
                }
            }
            _ => Err(Trap::RuntimeError(String::new())),
        }
    }

    fn iface_parts(&self, v: &Value) -> Option<(TypeId, Value)> {
        match v {
            Value::Ref(r) => match self.heap.get(*r) {
                Object::Iface { ty, value } => Some((*ty, value.clone())),
                _ => None,
            },
            _ => None,
        }
    }

    fn type_matches(&self, program: &Program, iface: &Value, ty: TypeId) -> bool {
        let Some((dt, _)) = self.iface_parts(iface) else {
            return false;
        };
        if program.types[ty as usize].kind == Kind::Interface {
            typed::implements(program, dt, ty).is_ok()
        } else {
            dt == ty
        }
    }

    fn const_str(&self, i: u32) -> String {
        String::from_utf8_lossy(self.constants[i as usize].as_str()).into_owned()
    }

    /// The interpreter loop. Returns `Ok(())` when the budget is spent, `Err` for everything else.
    fn dispatch(
        &mut self,
        fiber: &mut Fiber,
        program: &Program,
        budget: &mut i64,
    ) -> Result<(), Trap> {
        let mut frame_index = fiber.frames.len() - 1;
        let mut code: &[Op] = &program.funcs[fiber.frames[frame_index].func as usize].code;
        let mut pc = fiber.frames[frame_index].pc as usize;
        let mut base = fiber.frames[frame_index].base as usize;

        macro_rules! save {
            () => {
                fiber.frames[frame_index].pc = pc as u32
            };
        }
        macro_rules! reload {
            () => {{
                frame_index = fiber.frames.len() - 1;
                let fr = &fiber.frames[frame_index];
                code = &program.funcs[fr.func as usize].code;
                pc = fr.pc as usize;
                base = fr.base as usize;
            }};
        }
        macro_rules! trap {
            ($e:expr) => {{
                save!();
                return Err($e);
            }};
        }
        macro_rules! pop {
            () => {
                fiber.stack.pop().unwrap_or_default()
            };
        }
        macro_rules! top {
            () => {
                fiber.stack.last_mut().unwrap()
            };
        }
        macro_rules! int_binop {
            ($f:expr) => {{
                let b = pop!().as_int();
                let a = top!();
                *a = Value::Int($f(a.as_int(), b));
            }};
        }
        macro_rules! int_cmp {
            ($f:expr) => {{
                let b = pop!().as_int();
                let a = top!();
                *a = Value::Bool($f(a.as_int(), b));
            }};
        }
        macro_rules! float_binop {
            ($f:expr) => {{
                let b = pop!().as_float();
                let a = top!();
                *a = Value::Float($f(a.as_float(), b));
            }};
        }
        macro_rules! float_cmp {
            ($f:expr) => {{
                let b = pop!().as_float();
                let a = top!();
                *a = Value::Bool($f(a.as_float(), b));
            }};
        }
        macro_rules! str_cmp {
            ($f:expr) => {{
                let b = pop!();
                let a = top!();
                *a = Value::Bool($f(a.as_str(), b.as_str()));
            }};
        }
        macro_rules! check {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(t) => trap!(t),
                }
            };
        }
        // Every jump, conditional or not, goes through here: a backward one counts
        // against the budget and may end the slice (a loop is a backward jump). Must
        // match `jump_to!` in vm/fast.rs.
        macro_rules! jump_to {
            ($target:expr) => {{
                let target = $target as usize;
                if target < pc {
                    *budget -= 1;
                    if *budget <= 0 || self.heap.should_collect() {
                        pc = target;
                        save!();
                        return Ok(());
                    }
                }
                pc = target;
            }};
        }
        // Slices end when the budget is spent, or early when the heap is due for a
        // collection (which can only run at the scheduler's safepoint between slices).
        macro_rules! call_frame_done {
            () => {{
                reload!();
                *budget -= 1;
                if *budget <= 0 || self.heap.should_collect() {
                    return Ok(());
                }
            }};
        }

        loop {
            // The hot, simple instructions run in the fast tier (vm/fast.rs); it stops at
            // the first instruction it does not handle, or cannot run in its common
            // case, and this loop runs that one.
            if fast::handles(&code[pc]) {
                save!();
                if let fast::FastExit::Yield = self.run_fast(fiber, program, budget) {
                    return Ok(());
                }
                reload!();
            }
            let op = code[pc];
            pc += 1;
            match op {
                Op::Nop => {}
                Op::PushNil => fiber.stack.push(Value::Nil),
                Op::PushBool(b) => fiber.stack.push(Value::Bool(b)),
                Op::PushInt(i) => fiber.stack.push(Value::Int(i as i64)),
                Op::PushConst(i) => fiber.stack.push(self.constants[i as usize].clone()),
                Op::PushFunc(f) => fiber.stack.push(Value::Func(f)),
                Op::Zero(ty) => {
                    let v = typed::zero_value(program, &mut self.heap, ty);
                    fiber.stack.push(v);
                }
                Op::Pop => {
                    fiber.stack.pop();
                }
                Op::Dup => {
                    let v = fiber.stack.last().cloned().unwrap_or_default();
                    fiber.stack.push(v);
                }
                Op::Dup2 => {
                    let n = fiber.stack.len();
                    let (a, b) = (fiber.stack[n - 2].clone(), fiber.stack[n - 1].clone());
                    fiber.stack.push(a);
                    fiber.stack.push(b);
                }
                Op::Swap => {
                    let n = fiber.stack.len();
                    fiber.stack.swap(n - 1, n - 2);
                }
                Op::LoadLocal(s) => {
                    let v = fiber.stack[base + s as usize].clone();
                    fiber.stack.push(v);
                }
                Op::StoreLocal(s) => {
                    let v = pop!();
                    fiber.stack[base + s as usize] = v;
                }
                Op::LoadGlobal(i) => {
                    let v = self.heap.values(self.globals)[i as usize].clone();
                    fiber.stack.push(v);
                }
                Op::StoreGlobal(i) => {
                    let v = pop!();
                    let g = self.globals;
                    self.heap.values_mut(g)[i as usize] = v;
                }
                Op::GlobalAddr(i) => fiber.stack.push(Value::Ptr(self.globals, i)),
                Op::LoadCapture(i) => {
                    let v = match fiber.frames[frame_index].closure {
                        Some(r) => match self.heap.get(r) {
                            Object::Closure { captures, .. } => captures[i as usize].clone(),
                            _ => Value::Nil,
                        },
                        None => Value::Nil,
                    };
                    fiber.stack.push(v);
                }
                Op::NewCell => {
                    let v = pop!();
                    let r = self.heap.alloc_cell(v);
                    fiber.stack.push(Value::Ref(r));
                }
                Op::LoadCell => {
                    let r = pop!();
                    let v = match r {
                        Value::Ref(r) => self.heap.values(r)[0].clone(),
                        _ => trap!(Trap::RuntimeError(
                            "invalid memory address or nil pointer dereference".into()
                        )),
                    };
                    fiber.stack.push(v);
                }
                Op::StoreCell => {
                    let v = pop!();
                    let r = pop!();
                    if let Value::Ref(r) = r {
                        self.heap.values_mut(r)[0] = v;
                    }
                }
                Op::CellPtr => {
                    let r = pop!();
                    match r {
                        Value::Ref(r) => fiber.stack.push(Value::Ptr(r, 0)),
                        _ => fiber.stack.push(Value::Nil),
                    }
                }
                Op::AddInt => int_binop!(i64::wrapping_add),
                Op::SubInt => int_binop!(i64::wrapping_sub),
                Op::MulInt => int_binop!(i64::wrapping_mul),
                Op::DivInt | Op::RemInt | Op::DivUint | Op::RemUint => {
                    let b = pop!().as_int();
                    if b == 0 {
                        trap!(Trap::RuntimeError("integer divide by zero".into()));
                    }
                    let a = top!();
                    let x = a.as_int();
                    *a = Value::Int(match op {
                        Op::DivInt => x.wrapping_div(b),
                        Op::RemInt => x.wrapping_rem(b),
                        Op::DivUint => ((x as u64) / (b as u64)) as i64,
                        _ => ((x as u64) % (b as u64)) as i64,
                    });
                }
                Op::AndInt => int_binop!(|a, b| a & b),
                Op::OrInt => int_binop!(|a, b| a | b),
                Op::XorInt => int_binop!(|a, b| a ^ b),
                Op::AndNotInt => int_binop!(|a: i64, b: i64| a & !b),
                Op::Shl { unsigned_count }
                | Op::Shr { unsigned_count }
                | Op::ShrUint { unsigned_count } => {
                    let n = pop!().as_int();
                    if !unsigned_count && n < 0 {
                        trap!(Trap::RuntimeError("negative shift amount".into()));
                    }
                    let n = n as u64;
                    let a = top!();
                    let x = a.as_int();
                    *a = Value::Int(match op {
                        Op::Shl { .. } => {
                            if n >= 64 {
                                0
                            } else {
                                x << n
                            }
                        }
                        Op::Shr { .. } => x >> n.min(63),
                        _ => {
                            if n >= 64 {
                                0
                            } else {
                                ((x as u64) >> n) as i64
                            }
                        }
                    });
                }
                Op::NegInt => {
                    let a = top!();
                    *a = Value::Int(a.as_int().wrapping_neg());
                }
                Op::NotInt => {
                    let a = top!();
                    *a = Value::Int(!a.as_int());
                }
                Op::Wrap(w) => {
                    let a = top!();
                    let x = a.as_int();
                    *a = Value::Int(match w {
                        IntWidth::I8 => x as i8 as i64,
                        IntWidth::I16 => x as i16 as i64,
                        IntWidth::I32 => x as i32 as i64,
                        IntWidth::U8 => x as u8 as i64,
                        IntWidth::U16 => x as u16 as i64,
                        IntWidth::U32 => x as u32 as i64,
                    });
                }
                Op::EqInt => int_cmp!(|a, b| a == b),
                Op::NeInt => int_cmp!(|a, b| a != b),
                Op::LtInt => int_cmp!(|a, b| a < b),
                Op::LeInt => int_cmp!(|a, b| a <= b),
                Op::GtInt => int_cmp!(|a, b| a > b),
                Op::GeInt => int_cmp!(|a, b| a >= b),
                Op::LtUint => int_cmp!(|a: i64, b: i64| (a as u64) < (b as u64)),
                Op::LeUint => int_cmp!(|a: i64, b: i64| (a as u64) <= (b as u64)),
                Op::GtUint => int_cmp!(|a: i64, b: i64| (a as u64) > (b as u64)),
                Op::GeUint => int_cmp!(|a: i64, b: i64| (a as u64) >= (b as u64)),
                Op::AddFloat => float_binop!(|a, b| a + b),
                Op::SubFloat => float_binop!(|a, b| a - b),
                Op::MulFloat => float_binop!(|a, b| a * b),
                Op::DivFloat => float_binop!(|a, b| a / b),
                Op::NegFloat => {
                    let a = top!();
                    *a = Value::Float(-a.as_float());
                }
                Op::RoundF32 => {
                    let a = top!();
                    *a = Value::Float(a.as_float() as f32 as f64);
                }
                Op::EqFloat => float_cmp!(|a, b| a == b),
                Op::NeFloat => float_cmp!(|a, b| a != b),
                Op::LtFloat => float_cmp!(|a, b| a < b),
                Op::LeFloat => float_cmp!(|a, b| a <= b),
                Op::GtFloat => float_cmp!(|a, b| a > b),
                Op::GeFloat => float_cmp!(|a, b| a >= b),
                Op::IntToFloat => {
                    let a = top!();
                    *a = Value::Float(a.as_int() as f64);
                }
                Op::UintToFloat => {
                    let a = top!();
                    *a = Value::Float(a.as_int() as u64 as f64);
                }
                Op::FloatToInt => {
                    let a = top!();
                    let f = a.as_float();
                    *a = Value::Int(
                        if f.is_nan()
                            || f >= 9.223372036854775807e18
                            || f < -9.223372036854775808e18
                        {
                            i64::MIN
                        } else {
                            f as i64
                        },
                    );
                }
                Op::FloatToUint => {
                    let a = top!();
                    let f = a.as_float();
                    *a = Value::Int(if f.is_nan() {
                        i64::MIN
                    } else if f < 9.223372036854775807e18 {
                        f as i64
                    } else if f < 1.8446744073709551615e19 {
                        (f as u64) as i64
                    } else {
                        i64::MIN
                    });
                }
                Op::MakeComplex { f32 } => {
                    let im = pop!().as_float();
                    let re = pop!().as_float();
                    let v = if f32 {
                        self.complex(re as f32 as f64, im as f32 as f64)
                    } else {
                        self.complex(re, im)
                    };
                    fiber.stack.push(v);
                }
                Op::Real | Op::Imag => {
                    let c = pop!();
                    let (re, im) = typed::complex_parts(&self.heap, &c);
                    fiber
                        .stack
                        .push(Value::Float(if op == Op::Real { re } else { im }));
                }
                Op::AddComplex { f32 }
                | Op::SubComplex { f32 }
                | Op::MulComplex { f32 }
                | Op::DivComplex { f32 } => {
                    let b = pop!();
                    let a = pop!();
                    let (ar, ai) = typed::complex_parts(&self.heap, &a);
                    let (br, bi) = typed::complex_parts(&self.heap, &b);
                    let (mut re, mut im) = match op {
                        Op::AddComplex { .. } => (ar + br, ai + bi),
                        Op::SubComplex { .. } => (ar - br, ai - bi),
                        Op::MulComplex { .. } => (ar * br - ai * bi, ar * bi + ai * br),
                        _ => complex_div(ar, ai, br, bi),
                    };
                    if f32 {
                        re = re as f32 as f64;
                        im = im as f32 as f64;
                    }
                    let v = self.complex(re, im);
                    fiber.stack.push(v);
                }
                Op::NegComplex => {
                    let a = pop!();
                    let (re, im) = typed::complex_parts(&self.heap, &a);
                    let v = self.complex(-re, -im);
                    fiber.stack.push(v);
                }
                Op::EqComplex | Op::NeComplex => {
                    let b = pop!();
                    let a = pop!();
                    let (ar, ai) = typed::complex_parts(&self.heap, &a);
                    let (br, bi) = typed::complex_parts(&self.heap, &b);
                    let eq = ar == br && ai == bi;
                    fiber
                        .stack
                        .push(Value::Bool(if op == Op::EqComplex { eq } else { !eq }));
                }
                Op::Not => {
                    let a = top!();
                    *a = Value::Bool(!a.as_bool());
                }
                Op::EqBool => {
                    let b = pop!().as_bool();
                    let a = top!();
                    *a = Value::Bool(a.as_bool() == b);
                }
                Op::NeBool => {
                    let b = pop!().as_bool();
                    let a = top!();
                    *a = Value::Bool(a.as_bool() != b);
                }
                Op::Concat => {
                    let b = pop!();
                    let a = top!();
                    if !b.as_str().is_empty() {
                        let mut s = Vec::with_capacity(a.as_str().len() + b.as_str().len());
                        s.extend_from_slice(a.as_str());
                        s.extend_from_slice(b.as_str());
                        *a = Value::Str(GoStr::from(s));
                    }
                }
                Op::EqStr => str_cmp!(|a: &[u8], b: &[u8]| a == b),
                Op::NeStr => str_cmp!(|a: &[u8], b: &[u8]| a != b),
                Op::LtStr => str_cmp!(|a: &[u8], b: &[u8]| a < b),
                Op::LeStr => str_cmp!(|a: &[u8], b: &[u8]| a <= b),
                Op::GtStr => str_cmp!(|a: &[u8], b: &[u8]| a > b),
                Op::GeStr => str_cmp!(|a: &[u8], b: &[u8]| a >= b),
                Op::StrLen => {
                    let a = top!();
                    *a = Value::Int(a.as_str().len() as i64);
                }
                Op::StrIndex => {
                    let i = pop!().as_int();
                    let s = pop!();
                    let bytes = s.as_str();
                    if i < 0 || i as usize >= bytes.len() {
                        trap!(index_error(i, bytes.len()));
                    }
                    fiber.stack.push(Value::Int(bytes[i as usize] as i64));
                }
                Op::StrSlice { has_lo, has_hi } => {
                    let hi = if has_hi { Some(pop!().as_int()) } else { None };
                    let lo = if has_lo { pop!().as_int() } else { 0 };
                    let s = pop!();
                    let len = s.as_str().len() as i64;
                    let hi_v = hi.unwrap_or(len);
                    if hi_v < 0 || hi_v > len {
                        trap!(Trap::RuntimeError(slice_bounds_error(
                            format!("[:{hi_v}]"),
                            hi_v,
                            format!(" with length {len}")
                        )));
                    }
                    if lo < 0 || lo > hi_v {
                        trap!(Trap::RuntimeError(slice_bounds_low_error(lo, hi_v, "")));
                    }
                    let v = if lo == 0 && hi_v == len {
                        s
                    } else {
                        Value::str(&s.as_str()[lo as usize..hi_v as usize])
                    };
                    fiber.stack.push(v);
                }
                Op::RuneToStr => {
                    let r = pop!().as_int();
                    let c = if (0..=0x10FFFF).contains(&r) {
                        char::from_u32(r as u32).unwrap_or('\u{FFFD}')
                    } else {
                        '\u{FFFD}'
                    };
                    let mut buf = [0u8; 4];
                    fiber
                        .stack
                        .push(Value::str(c.encode_utf8(&mut buf).as_bytes()));
                }
                Op::StrToBytes => {
                    let s = pop!();
                    let values: Vec<Value> =
                        s.as_str().iter().map(|b| Value::Int(*b as i64)).collect();
                    let v = self.bytes_slice(values);
                    fiber.stack.push(v);
                }
                Op::BytesToStr => {
                    let s = pop!();
                    let bytes: Vec<u8> = self
                        .slice_items(&s)
                        .iter()
                        .map(|v| v.as_int() as u8)
                        .collect();
                    fiber.stack.push(Value::Str(GoStr::from(bytes)));
                }
                Op::StrToRunes => {
                    let s = pop!();
                    let mut values = Vec::new();
                    let bytes = s.as_str();
                    let mut i = 0;
                    while i < bytes.len() {
                        let (r, w) = decode_rune(&bytes[i..]);
                        values.push(Value::Int(r as i64));
                        i += w;
                    }
                    let n = values.len();
                    let cap = typed::grow_capacity(0, n as u64, 4).max(n as u64) as usize;
                    values.resize(cap, Value::Int(0));
                    let array = self.heap.alloc(Object::Values(values.into_boxed_slice()));
                    let v = self.new_slice_header(SliceHeader {
                        array,
                        offset: 0,
                        len: n as u32,
                        cap: cap as u32,
                    });
                    fiber.stack.push(v);
                }
                Op::RunesToStr => {
                    let s = pop!();
                    let mut out = String::new();
                    for r in self.slice_items(&s) {
                        let r = r.as_int();
                        out.push(if (0..=0x10FFFF).contains(&r) {
                            char::from_u32(r as u32).unwrap_or('\u{FFFD}')
                        } else {
                            '\u{FFFD}'
                        });
                    }
                    fiber.stack.push(Value::str(out.as_bytes()));
                }
                Op::StrDecodeRune => {
                    let i = pop!().as_int() as usize;
                    let s = pop!();
                    let (r, w) = decode_rune(&s.as_str()[i..]);
                    fiber.stack.push(Value::Int(r as i64));
                    fiber.stack.push(Value::Int(w as i64));
                }
                Op::Equal(ty) | Op::NotEqual(ty) => {
                    let b = pop!();
                    let a = pop!();
                    let eq = match typed::equal(program, &self.heap, ty, &a, &b) {
                        Ok(eq) => eq,
                        Err(name) => trap!(Trap::RuntimeError(format!(
                            "comparing uncomparable type {name}"
                        ))),
                    };
                    fiber.stack.push(Value::Bool(if matches!(op, Op::Equal(_)) {
                        eq
                    } else {
                        !eq
                    }));
                }
                Op::IsNil => {
                    let a = top!();
                    *a = Value::Bool(a.is_nil());
                }
                Op::MakeAggregate(n) => {
                    let at = fiber.stack.len() - n as usize;
                    let values: Vec<Value> = fiber.stack.drain(at..).collect();
                    let r = self.heap.alloc(Object::Values(values.into_boxed_slice()));
                    fiber.stack.push(Value::Ref(r));
                }
                Op::GetField(i) => {
                    let v = match pop!() {
                        Value::Ref(r) => self.heap.values(r)[i as usize].clone(),
                        _ => trap!(Trap::RuntimeError(
                            "invalid memory address or nil pointer dereference".into()
                        )),
                    };
                    fiber.stack.push(v);
                }
                Op::SetField(i) => {
                    let v = pop!();
                    match pop!() {
                        Value::Ref(r) => self.heap.values_mut(r)[i as usize] = v,
                        _ => trap!(Trap::RuntimeError(
                            "invalid memory address or nil pointer dereference".into()
                        )),
                    }
                }
                Op::FieldPtr(i) => match pop!() {
                    Value::Ref(r) => fiber.stack.push(Value::Ptr(r, i)),
                    _ => trap!(Trap::RuntimeError(
                        "invalid memory address or nil pointer dereference".into()
                    )),
                },
                Op::Clone(ty) => {
                    let v = pop!();
                    if v.is_nil() {
                        trap!(Trap::RuntimeError(
                            "invalid memory address or nil pointer dereference".into()
                        ));
                    }
                    let c = typed::clone_value(program, &mut self.heap, ty, &v);
                    fiber.stack.push(c);
                }
                Op::CopyInto(ty) => {
                    let src = pop!();
                    let dst = pop!();
                    if dst.is_nil() || src.is_nil() {
                        trap!(Trap::RuntimeError(
                            "invalid memory address or nil pointer dereference".into()
                        ));
                    }
                    typed::copy_into(program, &mut self.heap, ty, &dst, &src);
                }
                Op::PtrLoad => match pop!() {
                    Value::Ptr(r, i) => {
                        let v = self.heap.values(r)[i as usize].clone();
                        fiber.stack.push(v);
                    }
                    _ => trap!(Trap::RuntimeError(
                        "invalid memory address or nil pointer dereference".into()
                    )),
                },
                Op::PtrStore => {
                    let v = pop!();
                    match pop!() {
                        Value::Ptr(r, i) => self.heap.values_mut(r)[i as usize] = v,
                        _ => trap!(Trap::RuntimeError(
                            "invalid memory address or nil pointer dereference".into()
                        )),
                    }
                }
                Op::NilCheck => {
                    if fiber.stack.last().is_none_or(|v| v.is_nil()) {
                        trap!(Trap::RuntimeError(
                            "invalid memory address or nil pointer dereference".into()
                        ));
                    }
                }
                Op::ArrayGet => {
                    let i = pop!().as_int();
                    let a = pop!();
                    let Value::Ref(r) = a else {
                        trap!(Trap::RuntimeError(
                            "invalid memory address or nil pointer dereference".into()
                        ))
                    };
                    let vals = self.heap.values(r);
                    if i < 0 || i as usize >= vals.len() {
                        trap!(index_error(i, vals.len()));
                    }
                    let v = vals[i as usize].clone();
                    fiber.stack.push(v);
                }
                Op::ArraySet => {
                    let v = pop!();
                    let i = pop!().as_int();
                    let a = pop!();
                    let Value::Ref(r) = a else {
                        trap!(Trap::RuntimeError(
                            "invalid memory address or nil pointer dereference".into()
                        ))
                    };
                    let vals = self.heap.values_mut(r);
                    if i < 0 || i as usize >= vals.len() {
                        let n = vals.len();
                        trap!(index_error(i, n));
                    }
                    vals[i as usize] = v;
                }
                Op::ArrayElemPtr => {
                    let i = pop!().as_int();
                    let a = pop!();
                    let Value::Ref(r) = a else {
                        trap!(Trap::RuntimeError(
                            "invalid memory address or nil pointer dereference".into()
                        ))
                    };
                    let n = self.heap.values(r).len();
                    if i < 0 || i as usize >= n {
                        trap!(index_error(i, n));
                    }
                    fiber.stack.push(Value::Ptr(r, i as u32));
                }
                Op::MakeSlice(elem) => {
                    let cap = pop!().as_int();
                    let len = pop!().as_int();
                    if len < 0 || len > u32::MAX as i64 / 4 {
                        trap!(Trap::RuntimeError("makeslice: len out of range".into()));
                    }
                    if cap < len || cap > u32::MAX as i64 / 4 {
                        trap!(Trap::RuntimeError("makeslice: cap out of range".into()));
                    }
                    let v = self.make_slice(program, elem, len as usize, cap as usize);
                    fiber.stack.push(v);
                }
                Op::SliceLiteral(n) => {
                    let at = fiber.stack.len() - n as usize;
                    let values: Vec<Value> = fiber.stack.drain(at..).collect();
                    let array = self.heap.alloc(Object::Values(values.into_boxed_slice()));
                    let v = self.new_slice_header(SliceHeader {
                        array,
                        offset: 0,
                        len: n,
                        cap: n,
                    });
                    fiber.stack.push(v);
                }
                Op::SliceGet => {
                    let i = pop!().as_int();
                    let s = top!();
                    match self.slice_element(s, i) {
                        Ok(v) => *s = v,
                        Err(t) => {
                            // As if the slice had been popped first.
                            fiber.stack.pop();
                            trap!(t);
                        }
                    }
                }
                Op::SliceSet => {
                    let v = pop!();
                    let i = pop!().as_int();
                    let s = pop!();
                    let (array, index) = check!(self.slice_slot(&s, i));
                    self.heap.values_mut(array)[index] = v;
                }
                Op::SliceElemPtr => {
                    let i = pop!().as_int();
                    let s = pop!();
                    let h = self.slice_header(&s).unwrap_or(SliceHeader {
                        array: GcRef(0),
                        offset: 0,
                        len: 0,
                        cap: 0,
                    });
                    if i < 0 || i >= h.len as i64 {
                        trap!(index_error(i, h.len as usize));
                    }
                    fiber
                        .stack
                        .push(Value::Ptr(h.array, (h.offset as i64 + i) as u32));
                }
                Op::SliceLen => {
                    let s = pop!();
                    let n = self.slice_header(&s).map(|h| h.len).unwrap_or(0);
                    fiber.stack.push(Value::Int(n as i64));
                }
                Op::SliceCap => {
                    let s = pop!();
                    let n = self.slice_header(&s).map(|h| h.cap).unwrap_or(0);
                    fiber.stack.push(Value::Int(n as i64));
                }
                Op::Append { elem, count } => {
                    let at = fiber.stack.len() - count as usize;
                    let items: Vec<Value> = fiber.stack.drain(at..).collect();
                    let s = pop!();
                    let v = check!(self.append(program, elem, &s, items));
                    fiber.stack.push(v);
                }
                Op::AppendSlice { elem, from_string } => {
                    let t = pop!();
                    let s = pop!();
                    let items = if from_string {
                        t.as_str().iter().map(|b| Value::Int(*b as i64)).collect()
                    } else {
                        self.slice_items(&t)
                    };
                    let items = self.clone_elements(program, elem, items);
                    let v = check!(self.append(program, elem, &s, items));
                    fiber.stack.push(v);
                }
                Op::SliceSlice {
                    has_lo,
                    has_hi,
                    has_max,
                    array,
                } => {
                    let max = if has_max { Some(pop!().as_int()) } else { None };
                    let hi = if has_hi { Some(pop!().as_int()) } else { None };
                    let lo = if has_lo { pop!().as_int() } else { 0 };
                    let x = pop!();
                    let h = if array {
                        match x {
                            Value::Ref(r) => {
                                let n = self.heap.values(r).len() as u32;
                                SliceHeader {
                                    array: r,
                                    offset: 0,
                                    len: n,
                                    cap: n,
                                }
                            }
                            _ => trap!(Trap::RuntimeError(
                                "invalid memory address or nil pointer dereference".into()
                            )),
                        }
                    } else {
                        match self.slice_header(&x) {
                            Some(h) => h,
                            None => SliceHeader {
                                array: GcRef(u32::MAX),
                                offset: 0,
                                len: 0,
                                cap: 0,
                            },
                        }
                    };
                    let cap = h.cap as i64;
                    let what = if array { "length" } else { "capacity" };
                    let max_v = max.unwrap_or(cap);
                    if has_max && (max_v < 0 || max_v > cap) {
                        trap!(Trap::RuntimeError(slice_bounds_error(
                            format!("[::{max_v}]"),
                            max_v,
                            format!(" with {what} {cap}")
                        )));
                    }
                    let hi_v = hi.unwrap_or(if has_max { max_v } else { h.len as i64 });
                    if hi_v < 0 || hi_v > max_v {
                        if has_max {
                            let form = if hi_v < 0 {
                                format!("[:{hi_v}:]")
                            } else {
                                format!("[:{hi_v}:{max_v}]")
                            };
                            trap!(Trap::RuntimeError(format!(
                                "slice bounds out of range {form}"
                            )));
                        }
                        trap!(Trap::RuntimeError(slice_bounds_error(
                            format!("[:{hi_v}]"),
                            hi_v,
                            format!(" with {what} {cap}")
                        )));
                    }
                    if lo < 0 || lo > hi_v {
                        if has_max {
                            trap!(Trap::RuntimeError(slice_bounds_low_error(lo, hi_v, ":")));
                        }
                        trap!(Trap::RuntimeError(slice_bounds_low_error(lo, hi_v, "")));
                    }
                    if h.array.0 == u32::MAX {
                        fiber.stack.push(Value::Nil);
                    } else {
                        let v = self.new_slice_header(SliceHeader {
                            array: h.array,
                            offset: h.offset + lo as u32,
                            len: (hi_v - lo) as u32,
                            cap: (max_v - lo) as u32,
                        });
                        fiber.stack.push(v);
                    }
                }
                Op::Copy { elem, from_string } => {
                    let src = pop!();
                    let dst = pop!();
                    let items = if from_string {
                        src.as_str().iter().map(|b| Value::Int(*b as i64)).collect()
                    } else {
                        self.slice_items(&src)
                    };
                    let items = self.clone_elements(program, elem, items);
                    let n = match self.slice_header(&dst) {
                        Some(h) => {
                            let n = items.len().min(h.len as usize);
                            let vals = self.heap.values_mut(h.array);
                            for (i, v) in items.into_iter().take(n).enumerate() {
                                vals[h.offset as usize + i] = v;
                            }
                            n
                        }
                        None => 0,
                    };
                    fiber.stack.push(Value::Int(n as i64));
                }
                Op::SliceClear(elem) => {
                    let s = pop!();
                    if let Some(h) = self.slice_header(&s) {
                        for i in 0..h.len {
                            let z = typed::zero_value(program, &mut self.heap, elem);
                            self.heap.values_mut(h.array)[(h.offset + i) as usize] = z;
                        }
                    }
                }
                Op::ArrayToSlice => {
                    let a = pop!();
                    let Value::Ref(r) = a else {
                        trap!(Trap::RuntimeError(
                            "invalid memory address or nil pointer dereference".into()
                        ))
                    };
                    let n = self.heap.values(r).len() as u32;
                    let v = self.new_slice_header(SliceHeader {
                        array: r,
                        offset: 0,
                        len: n,
                        cap: n,
                    });
                    fiber.stack.push(v);
                }
                Op::SliceToArray { len, elem, pointer } => {
                    let s = pop!();
                    let h = self.slice_header(&s);
                    let have = h.map(|h| h.len).unwrap_or(0);
                    if have < len {
                        trap!(Trap::RuntimeError(format!("cannot convert slice with length {have} to array or pointer to array with length {len}")));
                    }
                    match h {
                        None if pointer => fiber.stack.push(Value::Nil),
                        Some(h)
                            if pointer
                                && h.offset == 0
                                && self.heap.values(h.array).len() == len as usize =>
                        {
                            fiber.stack.push(Value::Ref(h.array))
                        }
                        _ => {
                            let items: Vec<Value> = self
                                .slice_items(&s)
                                .into_iter()
                                .take(len as usize)
                                .collect();
                            let mut items = self.clone_elements(program, elem, items);
                            while items.len() < len as usize {
                                items.push(typed::zero_value(program, &mut self.heap, elem));
                            }
                            let r = self.heap.alloc(Object::Values(items.into_boxed_slice()));
                            fiber.stack.push(Value::Ref(r));
                        }
                    }
                }
                Op::MakeMap { key, value } => {
                    let hint = pop!().as_int();
                    if hint < 0 {
                        trap!(Trap::RuntimeError("makemap: size out of range".into()));
                    }
                    let r = self.heap.alloc(Object::Map(Box::new(GoMap::new(
                        key,
                        value,
                        hint as usize,
                    ))));
                    fiber.stack.push(Value::Ref(r));
                }
                Op::MapGet(value_type) | Op::MapGet2(value_type) => {
                    let k = pop!();
                    let m = pop!();
                    let (v, ok) = if m.is_nil() {
                        (
                            typed::zero_value(program, &mut self.heap, value_type),
                            false,
                        )
                    } else {
                        check!(self.map_get(program, &m, &k))
                    };
                    fiber.stack.push(v);
                    if matches!(op, Op::MapGet2(_)) {
                        fiber.stack.push(Value::Bool(ok));
                    }
                }
                Op::MapSet => {
                    let v = pop!();
                    let k = pop!();
                    let m = pop!();
                    let Value::Ref(r) = m else {
                        trap!(Trap::RuntimeError("assignment to entry in nil map".into()))
                    };
                    let (kt, _) = self.map_types(r);
                    let key = check!(self.map_key(program, kt, &k));
                    if let Object::Map(map) = self.heap.get_mut(r) {
                        if map.insert(key, k, v) {
                            self.heap.note_growth(64);
                        }
                    }
                }
                Op::MapDelete => {
                    let k = pop!();
                    let m = pop!();
                    if let Value::Ref(r) = m {
                        let (kt, _) = self.map_types(r);
                        let key = check!(self.map_key(program, kt, &k));
                        if let Object::Map(map) = self.heap.get_mut(r) {
                            map.remove(&key);
                        }
                    }
                }
                Op::MapLen => {
                    let m = pop!();
                    let n = match m {
                        Value::Ref(r) => match self.heap.get(r) {
                            Object::Map(map) => map.len(),
                            _ => 0,
                        },
                        _ => 0,
                    };
                    fiber.stack.push(Value::Int(n as i64));
                }
                Op::MapClear => {
                    if let Value::Ref(r) = pop!() {
                        if let Object::Map(map) = self.heap.get_mut(r) {
                            map.clear();
                        }
                    }
                }
                Op::MapIter => {
                    let m = pop!();
                    let (map, keys) = match m {
                        Value::Ref(r) => match self.heap.get(r) {
                            Object::Map(map) => (r, map.keys()),
                            _ => (r, Vec::new()),
                        },
                        _ => {
                            let empty = self.heap.alloc(Object::Map(Box::new(GoMap::new(0, 0, 0))));
                            (empty, Vec::new())
                        }
                    };
                    let it = self.heap.alloc(Object::MapIter { map, keys, pos: 0 });
                    fiber.stack.push(Value::Ref(it));
                }
                Op::MapIterNext { target } => {
                    let Some(Value::Ref(it)) = fiber.stack.last().cloned() else {
                        trap!(Trap::RuntimeError("bad map iterator".into()))
                    };
                    let mut next = None;
                    loop {
                        let (map, key) = match self.heap.get_mut(it) {
                            Object::MapIter { map, keys, pos } => {
                                if *pos >= keys.len() {
                                    break;
                                }
                                *pos += 1;
                                (*map, keys[*pos - 1].clone())
                            }
                            _ => break,
                        };
                        let (kt, _) = self.map_types(map);
                        let mk = check!(self.map_key(program, kt, &key));
                        if let Object::Map(m) = self.heap.get(map) {
                            if let Some(v) = m.get(&mk) {
                                next = Some((key, v.clone()));
                                break;
                            }
                            // NaN keys cannot be looked up: yield them with their stored values.
                            if matches!(mk, crate::map::MapKey::NaN(_)) {
                                let v = m
                                    .entries()
                                    .find(|(k, _)| {
                                        k.as_float().is_nan()
                                            && k.as_float().to_bits() == key.as_float().to_bits()
                                    })
                                    .map(|e| e.1.clone());
                                if let Some(v) = v {
                                    next = Some((key, v));
                                    break;
                                }
                            }
                        }
                    }
                    match next {
                        Some((k, v)) => {
                            fiber.stack.push(k);
                            fiber.stack.push(v);
                        }
                        None => pc = target as usize,
                    }
                }
                Op::ToIface(ty) => {
                    let v = pop!();
                    let r = self.heap.alloc(Object::Iface { ty, value: v });
                    fiber.stack.push(Value::Ref(r));
                }
                Op::TypeAssert { ty, src_name } => {
                    let v = pop!();
                    match self.iface_parts(&v) {
                        Some((dt, inner)) if dt == ty => fiber.stack.push(inner),
                        parts => {
                            let src = self.const_str(src_name);
                            let target = &program.types[ty as usize].name;
                            let msg = match parts {
                                Some((dt, _)) => {
                                    let dynamic = &program.types[dt as usize].name;
                                    // Two local types of one name (gc adds the same note).
                                    let note = if dynamic == target {
                                        " (types from different scopes)"
                                    } else {
                                        ""
                                    };
                                    format!("interface conversion: {src} is {dynamic}, not {target}{note}")
                                }
                                None => format!("interface conversion: {src} is nil, not {target}"),
                            };
                            let pv = self.runtime_error_value(program, msg);
                            trap!(Trap::Panic(pv));
                        }
                    }
                }
                Op::TypeAssertOk(ty) => {
                    let v = pop!();
                    match self.iface_parts(&v) {
                        Some((dt, inner)) if dt == ty => {
                            fiber.stack.push(inner);
                            fiber.stack.push(Value::Bool(true));
                        }
                        _ => {
                            let z = typed::zero_value(program, &mut self.heap, ty);
                            fiber.stack.push(z);
                            fiber.stack.push(Value::Bool(false));
                        }
                    }
                }
                Op::IfaceAssert { ty, src_name } => {
                    let v = fiber.stack.last().cloned().unwrap_or_default();
                    match self.iface_parts(&v) {
                        Some((dt, _)) => {
                            if let Err(missing) = typed::implements(program, dt, ty) {
                                let msg = format!(
                                    "interface conversion: {} is not {}: missing method {}",
                                    program.types[dt as usize].name,
                                    program.types[ty as usize].name,
                                    program.symbols[missing as usize]
                                        .split(' ')
                                        .next()
                                        .unwrap_or("")
                                );
                                let pv = self.runtime_error_value(program, msg);
                                trap!(Trap::Panic(pv));
                            }
                        }
                        None => {
                            let src = self.const_str(src_name);
                            let msg = format!(
                                "interface conversion: interface is nil, not {}",
                                program.types[ty as usize].name
                            );
                            let _ = src;
                            let pv = self.runtime_error_value(program, msg);
                            trap!(Trap::Panic(pv));
                        }
                    }
                }
                Op::IfaceAssertOk(ty) => {
                    let v = pop!();
                    let ok = self.type_matches(program, &v, ty);
                    fiber.stack.push(if ok { v } else { Value::Nil });
                    fiber.stack.push(Value::Bool(ok));
                }
                Op::TypeMatches(ty) => {
                    let v = fiber.stack.last().cloned().unwrap_or_default();
                    let ok = self.type_matches(program, &v, ty);
                    fiber.stack.push(Value::Bool(ok));
                }
                Op::IfaceIsNil => {
                    let v = fiber.stack.last().map(|v| v.is_nil()).unwrap_or(true);
                    fiber.stack.push(Value::Bool(v));
                }
                Op::Unbox => {
                    let v = pop!();
                    let inner = self.iface_parts(&v).map(|p| p.1).unwrap_or_default();
                    fiber.stack.push(inner);
                }
                Op::CallIface { method, argc } => {
                    let at = fiber.stack.len() - argc as usize - 1;
                    let iface = fiber.stack[at].clone();
                    let (func, recv) = check!(self.resolve_iface_method(program, &iface, method));
                    fiber.stack[at] = recv;
                    save!();
                    check!(self.push_frame(fiber, func, at, None, FrameKind::Normal));
                    call_frame_done!();
                }
                Op::BindIface(method) => {
                    let v = pop!();
                    if v.is_nil() {
                        trap!(Trap::RuntimeError(
                            "invalid memory address or nil pointer dereference".into()
                        ));
                    }
                    let r = self.heap.alloc(Object::BoundIface { method, recv: v });
                    fiber.stack.push(Value::Ref(r));
                }
                Op::MakeClosure { func, captures } => {
                    let at = fiber.stack.len() - captures as usize;
                    let caps: Vec<Value> = fiber.stack.drain(at..).collect();
                    let r = self.heap.alloc(Object::Closure {
                        func,
                        captures: caps.into_boxed_slice(),
                    });
                    fiber.stack.push(Value::Ref(r));
                }
                Op::Bind(func) => {
                    let recv = pop!();
                    let r = self.heap.alloc(Object::Bound { func, recv });
                    fiber.stack.push(Value::Ref(r));
                }
                Op::Call { func, argc } => {
                    save!();
                    let at = fiber.stack.len() - argc as usize;
                    check!(self.push_frame(fiber, func, at, None, FrameKind::Normal));
                    call_frame_done!();
                }
                Op::CallValue { argc } => {
                    save!();
                    let at = fiber.stack.len() - argc as usize - 1;
                    let f = fiber.stack[at].clone();
                    let args: Vec<Value> = fiber.stack.drain(at + 1..).collect();
                    check!(self.call_value(fiber, program, f, args, at, FrameKind::Normal));
                    call_frame_done!();
                }
                Op::CallNative {
                    native,
                    argc,
                    results,
                } => {
                    // The arguments are read in place on the stack and the results
                    // vector is reused, so a call such as `math.Sqrt` allocates nothing.
                    let at = fiber.stack.len() - argc as usize;
                    let f = &self.natives[native as usize];
                    save!();
                    let mut ctx = NativeCtx {
                        heap: &mut self.heap,
                        program,
                        stdout: &mut *self.stdout,
                        stderr: &mut *self.stderr,
                        results: std::mem::take(&mut self.native_results),
                        args: &self.args,
                        fibers: &self.fibers,
                        clock: &self.clock,
                        host_channels: &mut self.host.channels,
                        frames: &fiber.frames,
                        goroutine: fiber.id,
                    };
                    let outcome = f.call(&mut ctx, &fiber.stack[at..]);
                    let mut res = ctx.results;
                    fiber.stack.truncate(at);
                    match outcome {
                        Ok(()) => {
                            res.resize(results as usize, Value::Nil);
                            fiber.stack.extend(res.drain(..));
                            self.native_results = res;
                        }
                        Err(NativeError::Yield) => {
                            save!();
                            return Err(Trap::Yield);
                        }
                        Err(NativeError::CollectGarbage) => {
                            save!();
                            self.heap.collect_requested = true;
                            return Err(Trap::Yield);
                        }
                        Err(NativeError::Sleep(nanos)) => {
                            save!();
                            if nanos <= 0 {
                                return Err(Trap::Yield);
                            }
                            let token = self.park(fiber, "sleep");
                            let deadline = self.clock.mono().saturating_add(nanos as u64);
                            let seq = self.next_wait_token;
                            self.sleepers.push(std::cmp::Reverse((
                                deadline,
                                seq,
                                self.running,
                                token,
                            )));
                            return Err(Trap::Blocked);
                        }
                        Err(NativeError::Goexit) => trap!(Trap::Goexit),
                        Err(NativeError::Exit(code)) => {
                            let _ = self.stdout.flush();
                            trap!(Trap::Exit(code));
                        }
                        Err(NativeError::RuntimeError(msg)) => trap!(Trap::RuntimeError(msg)),
                        Err(NativeError::Panic(v)) => trap!(Trap::Panic(v)),
                        Err(NativeError::PanicString(s)) => {
                            let v = self.string_iface(program, s);
                            trap!(Trap::Panic(v));
                        }
                    }
                }
                Op::Return => {
                    // The common case, a plain call returning to a Go caller with no
                    // deferred calls and no boxed results, is done here; everything
                    // else goes through `do_return`.
                    if frame_index > 0
                        && fiber.frames[frame_index].kind == FrameKind::Normal
                        && !fiber.top_has_defers()
                    {
                        let proto = &program.funcs[fiber.frames[frame_index].func as usize];
                        if proto.boxed_results.is_empty() {
                            let results = base + proto.param_count as usize;
                            let count = proto.result_count as usize;
                            for i in 0..count {
                                fiber.stack.swap(base + i, results + i);
                            }
                            fiber.stack.truncate(base + count);
                            fiber.frames.pop();
                            reload!();
                            continue;
                        }
                    }
                    save!();
                    fiber.frames[frame_index].returning = true;
                    match self.do_return(fiber, program) {
                        Ok(None) => {}
                        Ok(Some(code)) => return Err(Trap::Exit(code)),
                        Err(t) => return Err(t),
                    }
                    if fiber.frames.is_empty() {
                        return Err(Trap::Exit(2));
                    }
                    reload!();
                }
                Op::Defer { argc } => {
                    let at = fiber.stack.len() - argc as usize;
                    let args: Vec<Value> = fiber.stack.drain(at..).collect();
                    let f = pop!();
                    fiber.defers.push(Deferred {
                        frame_depth: fiber.frames.len() as u32,
                        func: f,
                        args,
                    });
                }
                Op::DeferAt { argc } => {
                    let at = fiber.stack.len() - argc as usize;
                    let args: Vec<Value> = fiber.stack.drain(at..).collect();
                    let f = pop!();
                    let depth = pop!().as_int() as u32;
                    // Keep `defers` ordered by frame depth: the iterator's own defers stay on top.
                    let index = fiber.defers.partition_point(|d| d.frame_depth <= depth);
                    fiber.defers.insert(
                        index,
                        Deferred {
                            frame_depth: depth,
                            func: f,
                            args,
                        },
                    );
                }
                Op::FrameDepth => fiber.stack.push(Value::Int(fiber.frames.len() as i64)),
                Op::Go { argc } => {
                    let at = fiber.stack.len() - argc as usize;
                    check!(self.spawn(program, &mut fiber.stack, at));
                }
                Op::MakeChan(elem) => {
                    let cap = pop!().as_int();
                    if cap < 0 || cap > (1 << 40) {
                        trap!(Trap::RuntimeError("makechan: size out of range".into()));
                    }
                    let r = self
                        .heap
                        .alloc(Object::Chan(Box::new(crate::chan::Channel::new(
                            elem,
                            cap as usize,
                        ))));
                    fiber.stack.push(Value::Ref(r));
                }
                Op::Send => {
                    let v = pop!();
                    let ch = pop!();
                    save!();
                    if !check!(self.send(fiber, &ch, v)) {
                        return Err(Trap::Blocked);
                    }
                }
                Op::Recv | Op::Recv2 => {
                    let ch = pop!();
                    save!();
                    if !self.receive(fiber, program, &ch, matches!(op, Op::Recv2)) {
                        return Err(Trap::Blocked);
                    }
                }
                Op::Close => {
                    let ch = pop!();
                    check!(self.close_channel(program, &ch));
                }
                Op::ChanLen | Op::ChanCap => {
                    let ch = pop!();
                    let n = match self.channel(&ch) {
                        Some(c) => {
                            if op == Op::ChanLen {
                                c.buffer.len()
                            } else {
                                c.cap
                            }
                        }
                        None => 0,
                    };
                    fiber.stack.push(Value::Int(n as i64));
                }
                Op::Select { table, has_default } => {
                    save!();
                    if !check!(self.select(fiber, program, table, has_default)) {
                        return Err(Trap::Blocked);
                    }
                }
                Op::Recover => {
                    let fr = &fiber.frames[frame_index];
                    let v = match (fr.kind, fiber.panics.last_mut()) {
                        (FrameKind::Deferred { by_panic: true }, Some(p)) if !p.recovered => {
                            p.recovered = true;
                            p.value.clone()
                        }
                        _ => Value::Nil,
                    };
                    fiber.stack.push(v);
                }
                Op::Panic => {
                    let v = pop!();
                    trap!(Trap::Panic(v));
                }
                Op::RuntimePanic(msg) => {
                    let m = self.const_str(msg);
                    trap!(Trap::RuntimeError(m));
                }
                Op::IncLocal { slot, delta } => {
                    let local = &mut fiber.stack[base + slot as usize];
                    *local = Value::Int(local.as_int().wrapping_add(delta as i64));
                    pc += FUSED_TAIL_INC_LOCAL;
                }
                Op::LoadLocalAddConst { slot, delta } => {
                    let v = fiber.stack[base + slot as usize]
                        .as_int()
                        .wrapping_add(delta as i64);
                    fiber.stack.push(Value::Int(v));
                    pc += FUSED_TAIL_LOAD_LOCAL_ADD_CONST;
                }
                Op::LoadLocalField { slot, field } => {
                    // The pc moves past the fused `GetField` first, so a nil dereference
                    // reports the same position as the unfused sequence.
                    pc += FUSED_TAIL_LOAD_LOCAL_FIELD;
                    let v = match &fiber.stack[base + slot as usize] {
                        Value::Ref(r) => self.heap.values(*r)[field as usize].clone(),
                        _ => trap!(Trap::RuntimeError(
                            "invalid memory address or nil pointer dereference".into()
                        )),
                    };
                    fiber.stack.push(v);
                }
                Op::MoveLocal { from, to } => {
                    let v = fiber.stack[base + from as usize].clone();
                    fiber.stack[base + to as usize] = v;
                    pc += FUSED_TAIL_MOVE_LOCAL;
                }
                Op::ArithLocals { op, a, b } => {
                    let v = op.apply(
                        &fiber.stack[base + a as usize],
                        &fiber.stack[base + b as usize],
                    );
                    fiber.stack.push(v);
                    pc += FUSED_TAIL_ARITH_LOCALS;
                }
                Op::ArithLocalsStore { op, a, b, dest } => {
                    let v = op.apply(
                        &fiber.stack[base + a as usize],
                        &fiber.stack[base + b as usize],
                    );
                    fiber.stack[base + dest as usize] = v;
                    pc += FUSED_TAIL_ARITH_LOCALS_STORE;
                }
                Op::ArithLocal { op, slot } => {
                    let n = fiber.stack.len();
                    let v = op.apply(&fiber.stack[n - 1], &fiber.stack[base + slot as usize]);
                    fiber.stack[n - 1] = v;
                    pc += FUSED_TAIL_ARITH_OPERAND;
                }
                Op::ArithInt { op, imm } => {
                    let a = top!();
                    *a = op.apply(a, &Value::Int(imm as i64));
                    pc += FUSED_TAIL_ARITH_OPERAND;
                }
                Op::ArithConst { op, value } => {
                    let a = top!();
                    *a = op.apply(a, &self.constants[value as usize]);
                    pc += FUSED_TAIL_ARITH_OPERAND;
                }
                Op::ArithStore { op, dest } => {
                    let b = pop!();
                    let a = pop!();
                    fiber.stack[base + dest as usize] = op.apply(&a, &b);
                    pc += FUSED_TAIL_ARITH_STORE;
                }
                Op::ArithLocalStore { op, slot, dest } => {
                    let x = pop!();
                    fiber.stack[base + dest as usize] =
                        op.apply(&x, &fiber.stack[base + slot as usize]);
                    pc += FUSED_TAIL_ARITH_LOCAL_STORE;
                }
                Op::ArithLocalField { op, slot, field } => {
                    // The pc moves to the fused `GetField` first, so a nil dereference
                    // reports the same position as the unfused sequence.
                    pc += FUSED_TAIL_ARITH_LOCAL_FIELD - 1;
                    let operand = match &fiber.stack[base + slot as usize] {
                        Value::Ref(r) => self.heap.values(*r)[field as usize].clone(),
                        _ => trap!(Trap::RuntimeError(
                            "invalid memory address or nil pointer dereference".into()
                        )),
                    };
                    pc += 1;
                    let a = top!();
                    *a = op.apply(a, &operand);
                }
                Op::LoadLocalDupField { slot, field } => {
                    let object = fiber.stack[base + slot as usize].clone();
                    fiber.stack.push(object);
                    pc += FUSED_TAIL_LOAD_LOCAL_DUP_FIELD;
                    let v = match fiber.stack.last() {
                        Some(Value::Ref(r)) => self.heap.values(*r)[field as usize].clone(),
                        _ => trap!(Trap::RuntimeError(
                            "invalid memory address or nil pointer dereference".into()
                        )),
                    };
                    fiber.stack.push(v);
                }
                Op::ArithSetField { op, field } => {
                    pc += FUSED_TAIL_ARITH_SET_FIELD;
                    let b = pop!();
                    let a = pop!();
                    let v = op.apply(&a, &b);
                    match pop!() {
                        Value::Ref(r) => self.heap.values_mut(r)[field as usize] = v,
                        _ => trap!(Trap::RuntimeError(
                            "invalid memory address or nil pointer dereference".into()
                        )),
                    }
                }
                Op::CopyLocals2 { a, b, to_b, to_a } => {
                    let x = fiber.stack[base + a as usize].clone();
                    let y = fiber.stack[base + b as usize].clone();
                    fiber.stack[base + to_b as usize] = y;
                    fiber.stack[base + to_a as usize] = x;
                    pc += FUSED_TAIL_COPY_LOCALS_2;
                }
                Op::MoveLocal2 {
                    from,
                    to,
                    from2,
                    to2,
                } => {
                    let v = fiber.stack[base + from as usize].clone();
                    fiber.stack[base + to as usize] = v;
                    let v = fiber.stack[base + from2 as usize].clone();
                    fiber.stack[base + to2 as usize] = v;
                    pc += FUSED_TAIL_MOVE_LOCAL_2;
                }
                Op::LoadCaptureCell(i) => {
                    // The pc moves past the fused `LoadCell` first, so a failure reports
                    // the same position as the unfused sequence.
                    pc += FUSED_TAIL_LOAD_CAPTURE_CELL;
                    let cell = match fiber.frames[frame_index].closure {
                        Some(r) => match self.heap.get(r) {
                            Object::Closure { captures, .. } => captures[i as usize].clone(),
                            _ => Value::Nil,
                        },
                        None => Value::Nil,
                    };
                    let v = match cell {
                        Value::Ref(r) => self.heap.values(r)[0].clone(),
                        _ => {
                            // As if the capture had been pushed and popped by `LoadCell`.
                            trap!(Trap::RuntimeError(
                                "invalid memory address or nil pointer dereference".into()
                            ))
                        }
                    };
                    fiber.stack.push(v);
                }
                Op::LocalAddConstTo { from, to, delta } => {
                    let v = fiber.stack[base + from as usize]
                        .as_int()
                        .wrapping_add(delta as i64);
                    fiber.stack[base + to as usize] = Value::Int(v);
                    pc += FUSED_TAIL_LOCAL_ADD_CONST_TO;
                }
                Op::SliceGetLocals { slice, index } => {
                    // The pc moves past the fused `SliceGet` first, so an index error
                    // reports the same position as the unfused sequence.
                    pc += FUSED_TAIL_SLICE_GET_LOCALS;
                    let i = fiber.stack[base + index as usize].as_int();
                    let v = check!(self.slice_element(&fiber.stack[base + slice as usize], i));
                    fiber.stack.push(v);
                }
                Op::SliceGetLocalsStore { slice, index, dest } => {
                    pc += FUSED_TAIL_SLICE_GET_LOCALS;
                    let i = fiber.stack[base + index as usize].as_int();
                    let v = check!(self.slice_element(&fiber.stack[base + slice as usize], i));
                    fiber.stack[base + dest as usize] = v;
                    pc += FUSED_TAIL_SLICE_GET_LOCALS_STORE - FUSED_TAIL_SLICE_GET_LOCALS;
                }
                Op::SliceSetLocals {
                    slice,
                    index,
                    source,
                } => {
                    pc += FUSED_TAIL_SLICE_SET_LOCALS;
                    let i = fiber.stack[base + index as usize].as_int();
                    let v = fiber.stack[base + source as usize].clone();
                    let slot = check!(self.slice_slot(&fiber.stack[base + slice as usize], i));
                    self.heap.values_mut(slot.0)[slot.1] = v;
                }
                Op::SliceSetLocalsConst {
                    slice,
                    index,
                    value,
                    bool,
                } => {
                    pc += FUSED_TAIL_SLICE_SET_LOCALS_CONST;
                    let i = fiber.stack[base + index as usize].as_int();
                    let slot = check!(self.slice_slot(&fiber.stack[base + slice as usize], i));
                    self.heap.values_mut(slot.0)[slot.1] = if bool {
                        Value::Bool(value != 0)
                    } else {
                        Value::Int(value as i64)
                    };
                }
                Op::BranchInt { cmp, target } => {
                    let b = pop!().as_int();
                    let a = pop!().as_int();
                    if cmp.holds(a, b) {
                        pc += FUSED_TAIL_BRANCH_INT;
                    } else {
                        jump_to!(target);
                    }
                }
                Op::LoadLocal2 { a, b } => {
                    let (x, y) = (
                        fiber.stack[base + a as usize].clone(),
                        fiber.stack[base + b as usize].clone(),
                    );
                    fiber.stack.push(x);
                    fiber.stack.push(y);
                    pc += FUSED_TAIL_LOAD_LOCAL_2;
                }
                Op::BranchLocals { a, b, cmp, target } => {
                    let (x, y) = (
                        fiber.stack[base + a as usize].as_int(),
                        fiber.stack[base + b as usize].as_int(),
                    );
                    if cmp.holds(x, y) {
                        pc += FUSED_TAIL_BRANCH;
                    } else {
                        jump_to!(target);
                    }
                }
                Op::BranchLocalConst {
                    slot,
                    cmp,
                    value,
                    target,
                } => {
                    let x = fiber.stack[base + slot as usize].as_int();
                    if cmp.holds(x, value as i64) {
                        pc += FUSED_TAIL_BRANCH;
                    } else {
                        jump_to!(target);
                    }
                }
                Op::Jump(t) => jump_to!(t),
                Op::JumpIfFalse(t) => {
                    if !pop!().as_bool() {
                        jump_to!(t);
                    }
                }
                Op::JumpIfTrue(t) => {
                    if pop!().as_bool() {
                        jump_to!(t);
                    }
                }
                Op::Print(kind) => {
                    let v = pop!();
                    self.print_value(kind, &v);
                }
                Op::PrintSpace => {
                    let _ = self.stderr.write_all(b" ");
                }
                Op::PrintNewline => {
                    let _ = self.stderr.write_all(b"\n");
                }
                Op::MinInt => int_binop!(|a: i64, b: i64| a.min(b)),
                Op::MaxInt => int_binop!(|a: i64, b: i64| a.max(b)),
                Op::MinUint => int_binop!(|a: i64, b: i64| (a as u64).min(b as u64) as i64),
                Op::MaxUint => int_binop!(|a: i64, b: i64| (a as u64).max(b as u64) as i64),
                Op::MinFloat => float_binop!(go_min_float),
                Op::MaxFloat => float_binop!(go_max_float),
                Op::MinStr | Op::MaxStr => {
                    let b = pop!();
                    let a = top!();
                    let take_b = if op == Op::MinStr {
                        b.as_str() < a.as_str()
                    } else {
                        b.as_str() > a.as_str()
                    };
                    if take_b {
                        *a = b;
                    }
                }
            }
        }
    }

    fn bytes_slice(&mut self, values: Vec<Value>) -> Value {
        let n = values.len();
        let mut values = values;
        let cap = typed::grow_capacity(0, n as u64, 1).max(n as u64) as usize;
        values.resize(cap, Value::Int(0));
        let array = self.heap.alloc(Object::Values(values.into_boxed_slice()));
        self.new_slice_header(SliceHeader {
            array,
            offset: 0,
            len: n as u32,
            cap: cap as u32,
        })
    }

    /// A string boxed as `any` (for `panic("...")` raised by natives); uses the `string` runtime type.
    fn string_iface(&mut self, program: &Program, s: String) -> Value {
        let ty = program
            .types
            .iter()
            .position(|t| t.kind == Kind::String && t.name == "string");
        match ty {
            Some(ty) => Value::Ref(self.heap.alloc(Object::Iface {
                ty: ty as u32,
                value: Value::str(s.as_bytes()),
            })),
            None => Value::str(s.as_bytes()),
        }
    }
}

/// A runtime error whose message has no `runtime error: ` prefix in gc (`close of nil channel`).
fn runtime_err_plain<T>(msg: &str) -> Result<T, Trap> {
    Err(Trap::PlainPanic(msg.to_string()))
}

/// gc's message for a slice bound past its limit: `[:5] with capacity 3`, without the
/// limit when the bound is negative (`[:-1]`), as gc's `boundsError` prints it.
fn slice_bounds_error(form: String, bound: i64, limit: String) -> String {
    if bound < 0 {
        format!("slice bounds out of range {form}")
    } else {
        format!("slice bounds out of range {form}{limit}")
    }
}

/// gc's message for a low bound above the high one (`[4:2]`, or `[4:2:]` in a
/// three-index slice), or negative (`[-1:]`, `[-1::]`).
fn slice_bounds_low_error(low: i64, high: i64, three_index_tail: &str) -> String {
    if low < 0 {
        format!("slice bounds out of range [{low}:{three_index_tail}]")
    } else {
        format!("slice bounds out of range [{low}:{high}{three_index_tail}]")
    }
}

fn index_error(i: i64, len: usize) -> Trap {
    if i < 0 {
        Trap::RuntimeError(format!("index out of range [{i}]"))
    } else {
        Trap::RuntimeError(format!("index out of range [{i}] with length {len}"))
    }
}

fn go_min_float(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        return f64::NAN;
    }
    if a == 0.0 && b == 0.0 {
        return if a.is_sign_negative() { a } else { b };
    }
    if b < a {
        b
    } else {
        a
    }
}

fn go_max_float(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        return f64::NAN;
    }
    if a == 0.0 && b == 0.0 {
        return if a.is_sign_negative() { b } else { a };
    }
    if b > a {
        b
    } else {
        a
    }
}

/// Go's complex division (as the runtime's complex128div: handles Inf/NaN like gc).
fn complex_div(ar: f64, ai: f64, br: f64, bi: f64) -> (f64, f64) {
    if br.abs() >= bi.abs() {
        if br == 0.0 && bi == 0.0 {
            return (ar / br, ai / br);
        }
        let ratio = bi / br;
        let denom = br + ratio * bi;
        ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
    } else {
        let ratio = br / bi;
        let denom = bi + ratio * br;
        ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
    }
}

/// Decodes one UTF-8 rune as Go does: invalid sequences give (U+FFFD, 1).
pub fn decode_rune(b: &[u8]) -> (u32, usize) {
    if b.is_empty() {
        return (0xFFFD, 0);
    }
    let b0 = b[0];
    if b0 < 0x80 {
        return (b0 as u32, 1);
    }
    let (need, min, init) = match b0 {
        0xC2..=0xDF => (1, 0x80, (b0 & 0x1F) as u32),
        0xE0..=0xEF => (2, 0x800, (b0 & 0x0F) as u32),
        0xF0..=0xF4 => (3, 0x10000, (b0 & 0x07) as u32),
        _ => return (0xFFFD, 1),
    };
    if b.len() <= need {
        return (0xFFFD, 1);
    }
    let mut r = init;
    for &c in &b[1..=need] {
        if c & 0xC0 != 0x80 {
            return (0xFFFD, 1);
        }
        r = (r << 6) | (c & 0x3F) as u32;
    }
    if r < min || r > 0x10FFFF || (0xD800..=0xDFFF).contains(&r) {
        return (0xFFFD, 1);
    }
    (r, need + 1)
}

/// Whether gc raises the runtime error `msg` as a `plainError`, whose message carries no
/// "runtime error: " prefix: nil map writes, and value methods called through a nil
/// pointer (from a method wrapper).
fn is_plain_error(msg: &str) -> bool {
    msg.starts_with("assignment to entry in nil map")
        || (msg.starts_with("value method ") && msg.ends_with(" pointer"))
}
