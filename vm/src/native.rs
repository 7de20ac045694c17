//! Host (Rust) functions callable from Go: the calling convention and the registry.

use crate::heap::{Heap, Object, SliceHeader};
use crate::program::Program;
use crate::value::{GoStr, Value};
use std::collections::HashMap;
use std::io::Write;
use std::sync::Arc;

/// What a native function sees: the heap (to read and build objects), the
/// program's types, output streams, and a place for its results.
pub struct NativeCtx<'a> {
    pub heap: &'a mut Heap,
    pub program: &'a Program,
    pub stdout: &'a mut dyn Write,
    pub stderr: &'a mut dyn Write,
    /// Results, pushed in order; must match the Go declaration's result count.
    pub results: Vec<Value>,
    /// The program's command-line arguments (`os.Args`).
    pub args: &'a [String],
    /// The fiber table (the running fiber is out of it), counted only when a native asks
    /// for `runtime.NumGoroutine`: not on every native call.
    pub fibers: &'a [Option<Box<crate::fiber::Fiber>>],
    /// The VM's clock (real, or virtual with `--virtual-time`).
    pub clock: &'a Clock,
    /// The VM's channels shared with its host (natives of host packages bind them).
    pub host_channels: &'a mut crate::host_chan::HostChannels,
    /// The calling goroutine's frames, innermost last, each with its pc saved (for
    /// `runtime.Caller` and `runtime.Callers`).
    pub frames: &'a [crate::fiber::Frame],
    /// The calling goroutine's number, as stack traces print it.
    pub goroutine: u64,
}

/// The clock timers and `time.Now` read: monotonic nanoseconds since the VM started
/// (plus the virtual advance when time is virtual), and the wall clock at start.
#[derive(Debug)]
pub struct Clock {
    start: std::time::Instant,
    wall_at_start: i64,
    /// With virtual time the clock only moves when every goroutine sleeps: it then jumps.
    pub virtual_time: bool,
    virtual_nanos: std::cell::Cell<u64>,
}

impl Default for Clock {
    fn default() -> Self {
        Clock::new(false)
    }
}

impl Clock {
    pub fn new(virtual_time: bool) -> Clock {
        let wall = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as i64)
            .unwrap_or(0);
        Clock {
            start: std::time::Instant::now(),
            wall_at_start: wall,
            virtual_time,
            virtual_nanos: std::cell::Cell::new(0),
        }
    }
    /// Monotonic nanoseconds (never 0).
    pub fn mono(&self) -> u64 {
        if self.virtual_time {
            return self.virtual_nanos.get() + 1;
        }
        self.start.elapsed().as_nanos() as u64 + 1
    }
    /// Wall clock, Unix nanoseconds.
    pub fn wall(&self) -> i64 {
        self.wall_at_start + self.mono() as i64
    }
    /// Moves virtual time forward to `mono` (no effect on a real clock).
    pub fn advance_to(&self, mono: u64) {
        if self.virtual_time && mono > self.virtual_nanos.get() + 1 {
            self.virtual_nanos.set(mono - 1);
        }
    }
}

/// How a native function can fail.
#[derive(Debug)]
pub enum NativeError {
    /// A Go panic with a runtime error (`runtime error: ` is NOT added: pass the whole message).
    RuntimeError(String),
    /// A Go panic with a plain string value (`panic("strings: negative Repeat count")`).
    PanicString(String),
    /// A Go panic with an arbitrary (interface) value.
    Panic(Value),
    /// `os.Exit(code)`.
    Exit(i32),
    /// `runtime.Gosched()`: the calling goroutine yields its time slice.
    Yield,
    /// `time.Sleep`: the calling goroutine parks for this many nanoseconds.
    Sleep(i64),
    /// `runtime.GC`: the calling goroutine yields and the heap is collected first.
    CollectGarbage,
    /// `runtime.Goexit`: the calling goroutine runs its deferred calls and ends.
    Goexit,
}

/// A native implemented by a plain Rust function (the standard library's natives).
pub type NativeFn = fn(&mut NativeCtx<'_>, &[Value]) -> Result<(), NativeError>;

/// A native implemented by a closure, shared between threads (host functions of an embedder).
pub type SharedNativeFn =
    Arc<dyn Fn(&mut NativeCtx<'_>, &[Value]) -> Result<(), NativeError> + Send + Sync>;

/// A bound native: a plain function or a shared closure.
///
/// An enum rather than always a closure so that the standard library's natives, the
/// common case, cost one indirect call and no reference counting.
#[derive(Clone)]
pub enum Native {
    Plain(NativeFn),
    Shared(SharedNativeFn),
}

impl Native {
    /// Calls the native. Inlined: it is on the path of every native call.
    #[inline]
    pub fn call(&self, ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
        match self {
            Native::Plain(f) => f(ctx, args),
            Native::Shared(f) => f(ctx, args),
        }
    }
}

/// Natives by qualified name (`strings.Index`, `math.Sqrt`, `main.T.Method` for methods).
#[derive(Default, Clone)]
pub struct NativeRegistry {
    pub functions: HashMap<String, Native>,
}

impl NativeRegistry {
    pub fn new() -> Self {
        Self::default()
    }
    /// Registers a plain function (replacing any native of that name).
    pub fn register(&mut self, name: &str, f: NativeFn) {
        self.functions.insert(name.to_string(), Native::Plain(f));
    }
    /// Registers a closure (replacing any native of that name).
    pub fn register_shared(
        &mut self,
        name: &str,
        f: impl Fn(&mut NativeCtx<'_>, &[Value]) -> Result<(), NativeError> + Send + Sync + 'static,
    ) {
        self.functions
            .insert(name.to_string(), Native::Shared(Arc::new(f)));
    }
}

impl NativeCtx<'_> {
    /// Number of live goroutines, the running one included (`runtime.NumGoroutine`).
    pub fn goroutines(&self) -> usize {
        self.fibers.iter().filter(|f| f.is_some()).count() + 1
    }
    pub fn ret(&mut self, v: Value) {
        self.results.push(v);
    }
    pub fn ret_str(&mut self, bytes: impl Into<GoStr>) {
        self.results.push(Value::Str(bytes.into()));
    }
    /// Elements of a slice value (empty for nil).
    pub fn slice_values(&self, v: &Value) -> Vec<Value> {
        match v {
            Value::Ref(r) => match self.heap.get(*r) {
                Object::Slice(h) => {
                    let arr = self.heap.values(h.array);
                    arr[h.offset as usize..(h.offset + h.len) as usize].to_vec()
                }
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }
    /// Bytes of a `[]byte` value.
    pub fn slice_bytes(&self, v: &Value) -> Vec<u8> {
        self.slice_values(v)
            .iter()
            .map(|b| b.as_int() as u8)
            .collect()
    }
    /// A new slice holding `values` (len == cap).
    pub fn new_slice(&mut self, values: Vec<Value>) -> Value {
        new_slice(self.heap, values)
    }
}

pub fn new_slice(heap: &mut Heap, values: Vec<Value>) -> Value {
    let n = values.len() as u32;
    let array = heap.alloc(Object::Values(values.into_boxed_slice()));
    Value::Ref(heap.alloc(Object::Slice(SliceHeader {
        array,
        offset: 0,
        len: n,
        cap: n,
    })))
}
