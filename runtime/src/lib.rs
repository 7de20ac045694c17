//! weft: the embeddable engine (compiler + VM) and Weft's Go standard library.

pub mod engine;
pub mod natives;
pub mod stdlib;
pub mod stdlib_source;

pub use engine::{CompileError, Engine, RunOptions};
