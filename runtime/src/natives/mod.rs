//! Native (Rust) functions bound to the body-less declarations of the Go standard library.

mod args;
mod bits;
mod callers;
mod digests;
mod fmt;
mod math;
mod os;
mod reflectlite;
mod regexp;
mod sha512;
mod stdin;
mod strconv;
mod strings;
mod sync;
mod sys;
mod unicode;
mod unicode_scripts;
mod utf8;
pub(crate) mod values;

use weft_vm::NativeRegistry;

/// Registers every standard-library native.
pub fn register_all(r: &mut NativeRegistry) {
    reflectlite::register(r);
    fmt::register(r);
    os::register(r);
    regexp::register(r);
    sys::register_sandbox(r);
    stdin::register(r);
    strings::register(r);
    strconv::register(r);
    unicode::register(r);
    utf8::register(r);
    math::register(r);
    bits::register(r);
    callers::register(r);
    sync::register(r);
    digests::register(r);
    sha512::register(r);
}

/// Gives programs the host's file system, environment, working directory and host name
/// (package os), replacing the sandbox that `register_all` installs.
pub fn register_host_access(r: &mut NativeRegistry) {
    sys::register_host(r);
}
