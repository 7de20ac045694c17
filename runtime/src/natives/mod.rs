//! Native (Rust) functions bound to the body-less declarations of the Go standard library.

mod fmt;
mod os;
mod reflectlite;
pub(crate) mod values;

use weft_vm::NativeRegistry;

/// Registers every standard-library native.
pub fn register_all(r: &mut NativeRegistry) {
    reflectlite::register(r);
    fmt::register(r);
    os::register(r);
}
