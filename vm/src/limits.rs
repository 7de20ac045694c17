//! Limits a host puts on a VM, and the reasons a VM stops for its host.
//!
//! Limits are enforced outside Go's panic machinery: exceeding one ends the VM at once,
//! runs no deferred call, and cannot be caught by `recover()`.

use std::time::Duration;

/// Resource limits of one VM; `None` is unlimited. The embedding API (`weft::Limits`)
/// and the command line (`weft run --max-instructions --max-heap`) both set these.
///
/// How tightly each holds:
/// - instructions: a slice is cut to what the limit leaves, so the VM stops after
///   exactly `max_instructions` budget ticks (a slice that blocks at once counts one);
/// - heap bytes: a collection is due when the heap crosses the limit, which ends the
///   running slice at its next tick; the live heap is then judged after a collection.
///   One allocation is made whole before it is counted (`make([]int, n)` allocates `n`
///   elements, up to the VM's own 2^30 cap, before the limit sees them);
/// - fibers and wall time: checked between slices (`Vm::quantum` instructions at most);
/// - stack depth: checked at every call.
///
/// ```
/// let limits = weft_vm::Limits { max_instructions: Some(1_000), ..Default::default() };
/// assert_eq!(limits.describe(weft_vm::Limit::Instructions, 1_000, 0),
///            "instruction limit exceeded (1000 >= max-instructions 1000)");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Limits {
    /// Instructions executed (calls and backward jumps are what the VM counts).
    pub max_instructions: Option<u64>,
    /// Approximate bytes held by live heap objects, measured after a collection.
    pub max_heap_bytes: Option<usize>,
    /// Live goroutines, main included.
    pub max_fibers: Option<usize>,
    /// Frames on one goroutine's stack.
    pub max_stack_depth: Option<usize>,
    /// Wall-clock time since the VM first ran.
    pub max_wall_time: Option<Duration>,
}

/// The limit a VM exceeded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Limit {
    Instructions,
    HeapBytes,
    Fibers,
    StackDepth,
    WallTime,
}

impl Limits {
    /// The command line's text for `limit` being exceeded (after `fatal error: `), with
    /// the VM's instruction count and live heap bytes when it stopped and the flag names
    /// of `weft run`.
    pub fn describe(&self, limit: Limit, instructions: u64, heap_bytes: usize) -> String {
        match limit {
            Limit::Instructions => format!(
                "instruction limit exceeded ({instructions} >= max-instructions {})",
                self.max_instructions.unwrap_or(0)
            ),
            Limit::HeapBytes => format!(
                "heap limit exceeded (live heap {heap_bytes} bytes > max-heap {} bytes)",
                self.max_heap_bytes.unwrap_or(0)
            ),
            other => other.to_string(),
        }
    }
}

impl Limit {
    /// The name of the limit as the builder spells it (`max_instructions`).
    pub fn name(self) -> &'static str {
        match self {
            Limit::Instructions => "max_instructions",
            Limit::HeapBytes => "max_heap_bytes",
            Limit::Fibers => "max_fibers",
            Limit::StackDepth => "max_stack_depth",
            Limit::WallTime => "max_wall_time",
        }
    }
}

impl std::fmt::Display for Limit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = match self {
            Limit::Instructions => "instruction limit exceeded",
            Limit::HeapBytes => "heap limit exceeded",
            Limit::Fibers => "goroutine limit exceeded",
            Limit::StackDepth => "stack depth limit exceeded",
            Limit::WallTime => "wall time limit exceeded",
        };
        write!(f, "{what} ({})", self.name())
    }
}

/// Why a VM stopped before its program ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StopReason {
    /// A limit of [`Limits`] was exceeded.
    Limit(Limit),
    /// The host interrupted it (`Vm::interrupt_handle`).
    Interrupted,
}

impl std::fmt::Display for StopReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StopReason::Limit(limit) => limit.fmt(f),
            StopReason::Interrupted => f.write_str("interrupted by the host"),
        }
    }
}

/// What one call of `Vm::run_for` ended with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// The program ended with this exit status (main returned, `os.Exit`, a fatal panic).
    Exited(i32),
    /// The budget ran out; call `run_for` again to continue.
    Yielded,
    /// Every goroutine waits for something outside the VM (a timer, a host channel);
    /// run again later.
    Blocked,
    /// Every goroutine is blocked for good: gc's deadlock report.
    Deadlock(String),
    /// A limit or an interrupt stopped the VM.
    Stopped(StopReason),
}
