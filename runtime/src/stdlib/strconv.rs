//! Go's `strconv` package over byte strings: number formatting and parsing, quoting.

use super::unicode;
use super::utf8;

mod format_float;
mod integers;
mod parse;
mod quote;

pub use format_float::*;
pub use integers::*;
pub use parse::*;
pub use quote::*;

const LOWER_HEX: &[u8; 16] = b"0123456789abcdef";
const UPPER_HEX: &[u8; 16] = b"0123456789ABCDEF";
const DIGITS36: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// The bits of Go's `math.NaN()`, which ParseFloat returns for "nan" at 64 bits.
pub const GO_NAN_BITS: u64 = 0x7FF8_0000_0000_0001;

/// Go's panic message for `FormatFloat` with a bit size other than 32 or 64;
/// [`format_float`] itself treats such sizes as 64, so the caller checks.
pub const ILLEGAL_FLOAT_BIT_SIZE_PANIC: &str = "strconv: illegal AppendFloat/FormatFloat bitSize";

/// Go's panic message for a base outside 2..=36 in `FormatInt`/`FormatUint`.
pub const ILLEGAL_BASE_PANIC: &str = "strconv: illegal AppendInt/FormatInt base";
