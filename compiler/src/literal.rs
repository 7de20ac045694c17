//! Exact decoding of Go literal text (numbers, runes, strings) for the checker.
//!
//! Every function takes the literal exactly as written in the source and
//! returns `None` for text the lexer would have reported as malformed.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::Zero;

/// The value of an integer literal: decimal, `0x`, `0o`, `0b`, legacy octal
/// `017`, with `_` separators.
pub fn parse_int_lit(text: &str) -> Option<BigInt> {
    if text.contains('_') && crate::lexer::invalid_separator(text).is_some() {
        return None;
    }
    let digits: String = text.chars().filter(|c| *c != '_').collect();
    let lower = digits.to_ascii_lowercase();
    let (base, body) = if let Some(rest) = lower.strip_prefix("0x") {
        (16, rest)
    } else if let Some(rest) = lower.strip_prefix("0o") {
        (8, rest)
    } else if let Some(rest) = lower.strip_prefix("0b") {
        (2, rest)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (8, &lower[1..])
    } else {
        (10, lower.as_str())
    };
    if body.is_empty() || !body.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    BigInt::parse_bytes(body.as_bytes(), base)
}

/// The exact value of a floating-point literal (decimal with optional `e`
/// exponent, or hexadecimal with a `p` exponent). Integer literals are
/// accepted too.
pub fn parse_float_lit(text: &str) -> Option<BigRational> {
    if exponent_too_large(text) {
        return None;
    }
    if text.contains('_') && crate::lexer::invalid_separator(text).is_some() {
        return None;
    }
    let digits: String = text.chars().filter(|c| *c != '_').collect();
    let lower = digits.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("0x") {
        let (mantissa, exponent) = match rest.split_once('p') {
            Some((m, e)) => (m, Some(e)),
            None => (rest, None),
        };
        let exponent: i64 = match exponent {
            Some(e) => parse_exponent(e)?,
            // A hexadecimal mantissa with a point needs a 'p' exponent.
            None if mantissa.contains('.') => return None,
            None => 0,
        };
        let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        if int_part.is_empty() && frac_part.is_empty() {
            return None;
        }
        let all = format!("{int_part}{frac_part}");
        if !all.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let value = BigInt::parse_bytes(all.as_bytes(), 16)?;
        // Each fraction digit is 4 bits.
        let shift = exponent - 4 * frac_part.len() as i64;
        return Some(scale(BigRational::from_integer(value), 2, shift));
    }
    if !lower.contains(['.', 'e']) {
        // Integer literals in other bases (0o17, 0b1, 017) as floats.
        if lower.starts_with("0o")
            || lower.starts_with("0b")
            || (lower.len() > 1 && lower.starts_with('0'))
        {
            return parse_int_lit(text).map(BigRational::from_integer);
        }
    }
    let (mantissa, exponent) = match lower.split_once('e') {
        Some((m, e)) => (m, Some(e)),
        None => (lower.as_str(), None),
    };
    let exponent: i64 = match exponent {
        Some(e) => parse_exponent(e)?,
        None => 0,
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    let all = format!("{int_part}{frac_part}");
    if !all.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let value = if all.is_empty() {
        BigInt::zero()
    } else {
        BigInt::parse_bytes(all.as_bytes(), 10)?
    };
    let shift = exponent - frac_part.len() as i64;
    Some(scale(BigRational::from_integer(value), 10, shift))
}

/// The imaginary part of an imaginary literal `...i`.
pub fn parse_imag_lit(text: &str) -> Option<BigRational> {
    let body = text.strip_suffix('i')?;
    let lower = body.to_ascii_lowercase();
    // For backward compatibility an imaginary literal of decimal digits with
    // a leading 0 (`0123i`) is decimal, not octal.
    let is_prefixed = lower.starts_with("0x") || lower.starts_with("0o") || lower.starts_with("0b");
    if !is_prefixed && !lower.contains(['.', 'e']) {
        let digits: String = lower.chars().filter(|c| *c != '_').collect();
        if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        return BigInt::parse_bytes(digits.as_bytes(), 10).map(BigRational::from_integer);
    }
    parse_float_lit(body)
}

fn parse_exponent(text: &str) -> Option<i64> {
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let value: i64 = digits.parse().unwrap_or(i64::MAX);
    // Beyond this the exact rational would be unreasonably large (10^100000 already has
    // 332,000 bits). A clamped value still overflows, or underflows to 0 in, every float
    // type, which is all a program can observe of it short of dividing it back into
    // range (docs/language.md).
    let value = value.min(MAX_EXPONENT + 1);
    Some(if negative { -value } else { value })
}

/// The largest exponent, decimal or binary, a literal's exact value is computed for.
const MAX_EXPONENT: i64 = 100_000;

/// Whether a well-formed float or imaginary literal has a positive exponent that gc
/// rejects as a malformed constant (its untyped floats are binary floats with a 32-bit
/// exponent: `1e646456992` is accepted, `1e646456993` is not).
pub fn exponent_too_large(text: &str) -> bool {
    let lower = text.to_ascii_lowercase().replace('_', "");
    let (exponent, limit) = if lower.starts_with("0x") {
        (lower.split_once('p').map(|(_, e)| e), 2_147_483_646)
    } else {
        (lower.split_once('e').map(|(_, e)| e), 646_456_992)
    };
    let Some(exponent) = exponent.map(|e| e.trim_end_matches('i')) else {
        return false;
    };
    let digits = exponent.strip_prefix('+').unwrap_or(exponent);
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && digits.parse::<i64>().map_or(true, |v| v > limit)
}

/// `value * base^exponent`, exactly.
fn scale(value: BigRational, base: u32, exponent: i64) -> BigRational {
    let power = num_traits::pow(BigInt::from(base), exponent.unsigned_abs() as usize);
    if exponent >= 0 {
        value * BigRational::from_integer(power)
    } else {
        value / BigRational::from_integer(power)
    }
}

/// The code point of a rune literal such as `'a'`, `'\n'`, `'\377'`,
/// `'\u00e9'`.
pub fn unquote_char(text: &str) -> Option<u32> {
    let body = text.strip_prefix('\'')?.strip_suffix('\'')?;
    let mut chars = body.chars();
    let first = chars.next()?;
    let value = if first == '\\' {
        let rest = chars.as_str();
        let (value, used) = decode_escape(rest, '\'')?;
        if used != rest.len() {
            return None;
        }
        match value {
            Escaped::Byte(b) => b as u32,
            Escaped::Char(c) => c,
        }
    } else {
        if chars.next().is_some() || first == '\'' || first == '\n' {
            return None;
        }
        first as u32
    };
    Some(value)
}

/// The bytes of a string literal, interpreted (`"..."`) or raw (`` `...` ``,
/// where carriage returns are dropped).
pub fn unquote_string(text: &str) -> Option<Vec<u8>> {
    if let Some(body) = text.strip_prefix('`') {
        let body = body.strip_suffix('`')?;
        if body.contains('`') {
            return None;
        }
        return Some(body.bytes().filter(|b| *b != b'\r').collect());
    }
    let body = text.strip_prefix('"')?.strip_suffix('"')?;
    let mut bytes = Vec::with_capacity(body.len());
    let mut rest = body;
    while let Some(c) = rest.chars().next() {
        if c == '\\' {
            let (value, used) = decode_escape(&rest[1..], '"')?;
            match value {
                Escaped::Byte(b) => bytes.push(b),
                Escaped::Char(code) => {
                    let c = char::from_u32(code)?;
                    let mut buffer = [0; 4];
                    bytes.extend_from_slice(c.encode_utf8(&mut buffer).as_bytes());
                }
            }
            rest = &rest[1 + used..];
        } else {
            if c == '"' || c == '\n' {
                return None;
            }
            let mut buffer = [0; 4];
            bytes.extend_from_slice(c.encode_utf8(&mut buffer).as_bytes());
            rest = &rest[c.len_utf8()..];
        }
    }
    Some(bytes)
}

enum Escaped {
    /// `\x` and octal escapes denote bytes.
    Byte(u8),
    /// Other escapes denote code points (UTF-8 encoded in strings).
    Char(u32),
}

/// Decodes the escape after a backslash; returns it and the bytes used.
fn decode_escape(text: &str, quote: char) -> Option<(Escaped, usize)> {
    let first = text.chars().next()?;
    let simple = match first {
        'a' => Some(7),
        'b' => Some(8),
        'f' => Some(12),
        'n' => Some(10),
        'r' => Some(13),
        't' => Some(9),
        'v' => Some(11),
        '\\' => Some(b'\\' as u32),
        c if c == quote => Some(c as u32),
        _ => None,
    };
    if let Some(code) = simple {
        return Some((Escaped::Char(code), 1));
    }
    let (count, base, skip) = match first {
        '0'..='7' => (3, 8, 0),
        'x' => (2, 16, 1),
        'u' => (4, 16, 1),
        'U' => (8, 16, 1),
        _ => return None,
    };
    let digits = text.get(skip..skip + count)?;
    let value = u32::from_str_radix(digits, base).ok()?;
    if !digits.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let used = skip + count;
    match first {
        '0'..='7' | 'x' => Some((Escaped::Byte(u8::try_from(value).ok()?), used)),
        _ => {
            if value > 0x10ffff || (0xd800..0xe000).contains(&value) {
                return None;
            }
            Some((Escaped::Char(value), used))
        }
    }
}
