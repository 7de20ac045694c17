//! weft: the embeddable engine (compiler + VM) and Weft's Go standard library.
//!
//! Start at [`Engine::builder`]; docs/embedding.md is the guide. Every item of the
//! embedding API is re-exported here, at the crate root.
//!
//! # Examples
//!
//! ```
//! let engine = weft::Engine::builder()
//!     .register_fn("host.Greet", |name: &str| format!("hello, {name}"))
//!     .build();
//! let source = "package main\nimport \"host\"\nfunc main() { println(host.Greet(\"go\")) }\n";
//! let program = engine.compile_source("main.go", source).unwrap();
//! let mut vm = engine.vm(&program).unwrap();
//! let output = vm.capture_output();
//! assert_eq!(vm.run(), Ok(0));
//! assert_eq!(output.stderr(), "hello, go\n");
//! ```

#![warn(missing_docs)]

// The modules of the embedding API are private: everything an embedder names is
// re-exported below, so the crate root is the one place the API is documented.
mod channel;
mod convert;
mod engine;
mod host;
mod instance;
mod marshal;
// The following three modules are public only for Weft's own command line, tests and
// benchmarks (the REPL and `weft` tools build raw VMs with `natives::register_all`,
// the REPL compiles with `stdlib_source::StdLib`, and runtime/tests check `stdlib`
// against Go's golden outputs). They are not part of the embedding API and may change
// at any time, so they are hidden from the documentation.
#[doc(hidden)]
pub mod natives;
#[doc(hidden)]
// Links between stdlib's hidden items cannot resolve in the rendered docs, though they
// help readers of the source; rustdoc would warn about each one.
#[allow(rustdoc::broken_intra_doc_links)]
pub mod stdlib;
#[doc(hidden)]
pub mod stdlib_source;

pub use channel::{
    ChannelClosed, HostReceiver, HostSender, RecvFuture, Reply, SendFuture, TryRecvError,
};
pub use convert::{
    GoArg, GoArgs, GoError, GoResults, GoType, HostResults, PlainGoResults, PlainResults,
};
pub use engine::{CompileError, Diagnostic, Diagnostics, Engine, EngineBuilder, RunOptions};
pub use host::{BlockingHostFn, HostFn, SliceArg, StrArg};
pub use instance::{Budget, Func, GoPanic, Outcome, Output, Program, RunError, Vm};
/// Made by [`Vm::interrupt_handle`]; `Send + Sync`, so another thread (a watchdog, a UI
/// button) can stop a VM that runs a script.
///
/// # Examples
///
/// ```
/// let engine = weft::Engine::builder().build();
/// let program = engine.compile_source("main.go", "package main\nfunc main() { for {} }\n").unwrap();
/// let mut vm = engine.vm(&program).unwrap();
/// let handle: weft::InterruptHandle = vm.interrupt_handle();
/// handle.interrupt(); // before the run: the run stops at once
/// assert_eq!(vm.run(), Err(weft::RunError::Interrupted));
/// ```
pub use weft_vm::InterruptHandle;
/// Names which limit stopped a VM, in [`RunError::Limit`].
///
/// # Examples
///
/// ```
/// let engine = weft::Engine::builder().max_stack_depth(50).build();
/// let source = "package main\nfunc down(n int) int { return down(n+1) }\nfunc main() { down(0) }\n";
/// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
/// let _output = vm.capture_output();
/// let Err(weft::RunError::Limit(limit)) = vm.run() else { unreachable!() };
/// assert_eq!(limit, weft::Limit::StackDepth);
/// ```
pub use weft_vm::Limit;
/// Set all at once with [`EngineBuilder::limits`], or one by one with the builder's
/// `max_*` methods.
///
/// # Examples
///
/// ```
/// let engine = weft::Engine::builder()
///     .limits(weft::Limits { max_fibers: Some(1_000), max_stack_depth: Some(10_000), ..Default::default() })
///     .build();
/// let program = engine.compile_source("main.go", "package main\nfunc main() {}\n").unwrap();
/// assert_eq!(engine.vm(&program).unwrap().run(), Ok(0));
/// ```
pub use weft_vm::Limits;

/// The guide docs/embedding.md, included so that its examples run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../../docs/embedding.md")]
pub struct EmbeddingGuide;
