//! weft: the embeddable engine (compiler + VM) and Weft's Go standard library.
//!
//! Start at [`Engine::builder`]; docs/embedding.md is the guide.

pub mod channel;
pub mod convert;
pub mod engine;
pub mod host;
pub mod instance;
mod marshal;
pub mod natives;
pub mod stdlib;
pub mod stdlib_source;

pub use channel::{ChannelClosed, HostReceiver, HostSender, Reply, TryRecvError};
pub use convert::{
    GoArg, GoArgs, GoError, GoResults, GoType, HostResults, PlainGoResults, PlainResults,
};
pub use engine::{CompileError, Diagnostic, Diagnostics, Engine, EngineBuilder, RunOptions};
pub use host::{BlockingHostFn, HostFn, SliceArg, StrArg};
pub use instance::{
    Budget, Func, GoPanic, InterruptHandle, Outcome, Output, Program, RunError, Vm,
};
pub use weft_vm::{Limit, Limits};

/// The guide docs/embedding.md, included so that its examples run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../../docs/embedding.md")]
pub struct EmbeddingGuide;
