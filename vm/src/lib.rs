//! weft-vm: bytecode, values, heap and tracing GC, fibers, scheduler and interpreter. Knows nothing of Go syntax.

pub mod bytecode_file;
pub mod chan;
pub mod disasm;
pub mod fiber;
pub mod heap;
pub mod host_chan;
pub mod instrument;
pub mod limits;
pub mod map;
pub mod native;
pub mod op;
pub mod print;
pub mod program;
pub mod typed;
pub mod value;
pub mod verify;
pub mod vm;

pub use limits::{Limit, Limits, Step, StopReason};
pub use native::{Clock, Native, NativeCtx, NativeError, NativeFn, NativeRegistry};
pub use program::Program;
pub use value::Value;
pub use vm::{FatalReport, InterruptHandle, Vm};
