//! Formatting integers and bools like Go's `FormatInt`, `FormatUint`, `Itoa`, `FormatBool`.

use super::*;

/// Formats `value` in `base` (2..=36, lower-case letters) like Go's `FormatUint`.
///
/// # Errors
/// Returns Go's panic message when `base` is outside 2..=36.
pub fn format_uint(value: u64, base: u32) -> Result<Vec<u8>, &'static str> {
    let mut out = Vec::new();
    append_uint(&mut out, value, base, false)?;
    Ok(out)
}

/// Formats `value` in `base` (2..=36) like Go's `FormatInt`.
///
/// # Errors
/// Returns Go's panic message when `base` is outside 2..=36.
pub fn format_int(value: i64, base: u32) -> Result<Vec<u8>, &'static str> {
    let mut out = Vec::new();
    append_uint(&mut out, value.unsigned_abs(), base, value < 0)?;
    Ok(out)
}

/// Formats `value` in decimal (Go's `Itoa`).
pub fn itoa(value: i64) -> Vec<u8> {
    value.to_string().into_bytes()
}

/// Appends `magnitude` in `base`, preceded by `-` when `negative`.
///
/// # Errors
/// Returns Go's panic message when `base` is outside 2..=36.
pub fn append_uint(
    out: &mut Vec<u8>,
    magnitude: u64,
    base: u32,
    negative: bool,
) -> Result<(), &'static str> {
    if !(2..=36).contains(&base) {
        return Err(ILLEGAL_BASE_PANIC);
    }
    let mut scratch = [0u8; 64];
    let mut start = scratch.len();
    let mut rest = magnitude;
    loop {
        start -= 1;
        scratch[start] = DIGITS36[(rest % base as u64) as usize];
        rest /= base as u64;
        if rest == 0 {
            break;
        }
    }
    if negative {
        out.push(b'-');
    }
    out.extend_from_slice(&scratch[start..]);
    Ok(())
}

/// Formats a bool as `true` or `false`.
pub fn format_bool(value: bool) -> Vec<u8> {
    if value {
        b"true".to_vec()
    } else {
        b"false".to_vec()
    }
}
