//! Fibers: a goroutine's operand stack, call frames, deferred calls and panic state.
//!
//! Invariants:
//! - `frames[i].base <= frames[i+1].base <= stack.len()`; a frame's locals are
//!   `stack[base .. base + local_count]`, its operand stack above them.
//! - `defers` is ordered by `frame_depth` (non-decreasing); a deferred call
//!   belongs to the frame at depth `frame_depth` (1-based index into `frames`).
//! - A Go call pushes a `Frame`; the interpreter never recurses on the Rust stack.

use crate::heap::GcRef;
use crate::value::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameKind {
    Normal,
    /// A deferred call; `by_panic` when run by panic unwinding (only then may it `recover`).
    Deferred {
        by_panic: bool,
    },
    /// The runtime's panic-message helper run after the last frame unwound.
    PanicMessage,
}

#[derive(Clone, Debug)]
pub struct Frame {
    pub func: u32,
    pub pc: u32,
    pub base: u32,
    /// The closure being run (`None` for plain functions), for `LoadCapture`. A bare
    /// reference rather than a `Value`, so pushing and popping frames moves plain data.
    pub closure: Option<GcRef>,
    pub kind: FrameKind,
    /// Set by `Return`: the frame is running its deferred calls before returning.
    pub returning: bool,
    /// gc-equivalent stack bytes used by this frame and all below it.
    pub stack_bytes: u64,
}

#[derive(Clone, Debug)]
pub struct Deferred {
    pub frame_depth: u32,
    pub func: Value,
    pub args: Vec<Value>,
}

#[derive(Clone, Debug)]
pub struct PanicRecord {
    pub value: Value,
    pub recovered: bool,
    /// Stack trace at the point of the panic: (function name, file, line).
    pub trace: Vec<(String, String, u32)>,
}

/// Values as constants, which are copied from read-only memory as whole words (see
/// `Fiber::push_bool` for why a literal moved into place is slower).
pub const NIL_VALUE: Value = Value::Nil;
pub const TRUE_VALUE: Value = Value::Bool(true);
pub const FALSE_VALUE: Value = Value::Bool(false);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FiberState {
    Runnable,
    Finished,
}

pub struct Fiber {
    pub id: u64,
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    pub defers: Vec<Deferred>,
    /// Active panics, oldest first (a panic raised while running deferred calls of another stacks on it).
    pub panics: Vec<PanicRecord>,
    pub state: FiberState,
    /// Non-zero while parked on channels: waiters carrying another token are stale.
    pub wait_token: u64,
    /// What the fiber waits for, as gc names it in deadlock reports (`chan receive`).
    pub wait_reason: &'static str,
    /// A panic to raise when the fiber resumes (a sender woken by `close`).
    pub pending_panic: Option<&'static str>,
    /// While `runtime.Goexit` runs the goroutine's deferred calls: the frame depth of the
    /// one running (0 otherwise), so that only its return continues the exit.
    pub goexit_depth: u32,
}

impl Fiber {
    pub fn new(id: u64) -> Fiber {
        Fiber::with_stack_capacity(id, 0)
    }

    /// A fiber whose stack holds `capacity` values before it first grows. A goroutine
    /// gets what its function needs, so a million parked goroutines stay cheap.
    pub fn with_stack_capacity(id: u64, capacity: usize) -> Fiber {
        Fiber {
            id,
            stack: Vec::with_capacity(capacity),
            frames: Vec::with_capacity(1),
            defers: Vec::new(),
            panics: Vec::new(),
            state: FiberState::Runnable,
            wait_token: 0,
            wait_reason: "",
            pending_panic: None,
            goexit_depth: 0,
        }
    }

    /// Makes this fiber a new goroutine's: empties what the finished one held, keeping
    /// the capacity of its stack and frames (see `FiberPool`).
    fn reset(&mut self, id: u64) {
        self.id = id;
        self.stack.clear();
        self.frames.clear();
        self.defers.clear();
        self.panics.clear();
        self.state = FiberState::Runnable;
        self.wait_token = 0;
        self.wait_reason = "";
        self.pending_panic = None;
        self.goexit_depth = 0;
    }

    /// Pushes `Value::Bool(b)` on the operand stack. A `Value` literal is built in a
    /// temporary a byte at a time and then moved as one 16-byte word, which the processor
    /// cannot forward from the narrower stores (a stall of a dozen cycles that cost a
    /// tenth of every channel hand-off delivering `v, ok`); a constant is copied whole.
    #[inline(always)]
    pub fn push_bool(&mut self, b: bool) {
        self.stack.push(if b { TRUE_VALUE } else { FALSE_VALUE });
    }

    /// Pushes `Value::Int(i)` on the operand stack, built in its slot (see `push_bool`).
    #[inline(always)]
    pub fn push_int(&mut self, i: i64) {
        self.stack.push(NIL_VALUE);
        if let Some(slot) = self.stack.last_mut() {
            *slot = Value::Int(i);
        }
    }

    /// True when the top frame has deferred calls pending.
    pub fn top_has_defers(&self) -> bool {
        let depth = self.frames.len() as u32;
        self.defers.last().is_some_and(|d| d.frame_depth == depth)
    }

    /// Bytes this fiber occupies outside the heap: its header, stack and frames (the
    /// collector counts them towards its next goal, as gc counts goroutine stacks).
    pub fn memory_bytes(&self) -> usize {
        std::mem::size_of::<Fiber>()
            + self.stack.capacity() * std::mem::size_of::<Value>()
            + self.frames.capacity() * std::mem::size_of::<Frame>()
    }

    pub fn for_each_root(&self, f: &mut dyn FnMut(&Value)) {
        self.stack.iter().for_each(&mut *f);
        for closure in self.frames.iter().filter_map(|frame| frame.closure) {
            f(&Value::Ref(closure));
        }
        for d in &self.defers {
            f(&d.func);
            d.args.iter().for_each(&mut *f);
        }
        for p in &self.panics {
            f(&p.value);
        }
    }
}

/// Finished fibers kept for reuse, with their stacks and frames emptied but their
/// capacity kept, so a program that starts goroutines in waves allocates nothing per
/// goroutine once the first wave ended, and a parked goroutine whose first slice grows its
/// stack (a call such as `WaitGroup.Done`) can take over grown buffers instead of
/// reallocating its own (`FiberPool::lend_roomy_buffers`).
///
/// Invariant: a pooled fiber holds no `Value` (it is not a root of the collector) and
/// at most `MAX_POOLED_STACK` stack values and `MAX_POOLED_FRAMES` frames, so the pool
/// retains little memory.
#[derive(Default)]
pub struct FiberPool {
    fibers: Vec<Box<Fiber>>,
}

/// How many finished fibers the pool keeps.
const MAX_POOLED_FIBERS: usize = 1024;
/// A fiber whose stack grew past this many values is freed rather than pooled.
const MAX_POOLED_STACK: usize = 256;
/// A fiber whose frames grew past this many is freed rather than pooled.
const MAX_POOLED_FRAMES: usize = 64;

impl FiberPool {
    /// A fiber for goroutine `id` whose stack holds `capacity` values before it grows:
    /// a pooled one when there is one, else a new allocation.
    pub fn take(&mut self, id: u64, capacity: usize) -> Box<Fiber> {
        match self.fibers.pop() {
            Some(mut fiber) => {
                fiber.reset(id);
                fiber.stack.reserve(capacity);
                fiber
            }
            None => Box::new(Fiber::with_stack_capacity(id, capacity)),
        }
    }

    /// Keeps a finished fiber for reuse, unless the pool is full or its stack is large.
    pub fn give(&mut self, mut fiber: Box<Fiber>) {
        if self.fibers.len() < MAX_POOLED_FIBERS
            && fiber.stack.capacity() <= MAX_POOLED_STACK
            && fiber.frames.capacity() <= MAX_POOLED_FRAMES
        {
            // Emptied now, so the pool holds no values the collector would have to see.
            fiber.reset(0);
            self.fibers.push(fiber);
        }
    }

    /// Gives `fiber` the stack and frames buffers of a pooled fiber when they are larger
    /// than its own (moving its values and frames into them), and frees its small ones.
    /// Called when a goroutine that has never grown resumes: a finished goroutine's grown
    /// buffers replace two reallocations in the slice about to run.
    pub fn lend_roomy_buffers(&mut self, fiber: &mut Fiber) {
        let Some(roomy) = self.fibers.last_mut() else {
            return;
        };
        if roomy.frames.capacity() <= fiber.frames.capacity()
            || roomy.stack.capacity() <= fiber.stack.capacity()
        {
            return;
        }
        let Some(mut roomy) = self.fibers.pop() else {
            return;
        };
        roomy.stack.extend(fiber.stack.drain(..));
        roomy.frames.extend(fiber.frames.drain(..));
        std::mem::swap(&mut roomy.stack, &mut fiber.stack);
        std::mem::swap(&mut roomy.frames, &mut fiber.frames);
    }
}
