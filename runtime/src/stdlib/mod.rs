//! Weft's Go standard library leaves: pure functions over bytes and numbers
//! with Go 1.23's exact behaviour, bound to Go declarations elsewhere.
//!
//! Boundary: nothing here knows about the VM or its values; strings are
//! `&[u8]` because Go strings need not be valid UTF-8, runes are `u32`
//! (a negative Go rune arrives as a value above U+10FFFF and is invalid).
//! Where Go panics, functions return `Err` with Go's panic message.
//!
//! - `strconv`: FormatFloat/ParseFloat (decimal and hex, 32 and 64 bits),
//!   integers, quoting and unquoting, complex numbers, `NumError` messages.
//! - `format`: how fmt renders one operand for one verb with its flags.
//! - `strings`: the strings package over bytes (also usable for bytes).
//! - `utf8`, `unicode` (+ generated `unicode_tables`): decoding and rune
//!   classes exactly as Go's Unicode 15.0 tables.
//! - `math`, `bits`: bit-exact math (Go's amd64 algorithms) and math/bits.
//!
//! Tests: each module has a golden test in `runtime/tests/` whose expected
//! data was printed by a Go program in `runtime/tests/go/` run with the real
//! go; `UPDATE_EXPECT=1` reruns those programs (see `tests/common/mod.rs`).

pub mod bits;
pub mod format;
pub mod math;
pub mod strconv;
pub mod strings;
pub mod unicode;
mod unicode_tables;
pub mod utf8;
