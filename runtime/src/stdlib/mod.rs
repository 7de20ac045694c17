//! Weft's Go standard library leaves: pure functions over bytes and numbers
//! with Go 1.23's exact behaviour, bound to Go declarations elsewhere.
//!
//! Boundary: nothing here knows about the VM or its values; strings are
//! `&[u8]` because Go strings need not be valid UTF-8.

pub mod bits;
pub mod format;
pub mod math;
pub mod strconv;
pub mod strings;
pub mod unicode;
mod unicode_tables;
pub mod utf8;
