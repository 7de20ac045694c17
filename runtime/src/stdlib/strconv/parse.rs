//! Parsing numbers and bools like Go's `Parse*` and `Atoi`, with `NumError` and its messages.

use super::*;

/// Go's `*strconv.NumError`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumError {
    /// The failing function: `ParseInt`, `ParseUint`, `ParseFloat`, `ParseBool`, `Atoi`.
    pub func: &'static str,
    /// The input.
    pub num: Vec<u8>,
    /// The reason.
    pub err: NumErrorKind,
}

/// Go's strconv error values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumErrorKind {
    /// `strconv.ErrSyntax`.
    Syntax,
    /// `strconv.ErrRange`.
    Range,
    /// The error of an invalid base, carrying it.
    Base(i64),
    /// The error of an invalid bit size, carrying it.
    BitSize(i64),
}

impl NumErrorKind {
    /// The text of the underlying error (`err.Err.Error()` in Go).
    pub fn message(&self) -> Vec<u8> {
        match self {
            NumErrorKind::Syntax => b"invalid syntax".to_vec(),
            NumErrorKind::Range => b"value out of range".to_vec(),
            NumErrorKind::Base(base) => format!("invalid base {base}").into_bytes(),
            NumErrorKind::BitSize(size) => format!("invalid bit size {size}").into_bytes(),
        }
    }
}

impl NumError {
    fn new(func: &'static str, num: &[u8], err: NumErrorKind) -> NumError {
        NumError {
            func,
            num: num.to_vec(),
            err,
        }
    }

    /// Go's `NumError.Error()`: `strconv.Atoi: parsing "abc": invalid syntax`.
    pub fn message(&self) -> Vec<u8> {
        let mut out = format!("strconv.{}: parsing ", self.func).into_bytes();
        out.extend_from_slice(&quote(&self.num));
        out.extend_from_slice(b": ");
        out.extend_from_slice(&self.err.message());
        out
    }
}

/// Go's `strconv.ParseUint`. Like Go it returns a value together with the
/// error: the maximum value for the bit size on a range error, else 0.
pub fn parse_uint(text: &[u8], base: i64, bit_size: i64) -> (u64, Option<NumError>) {
    const FUNC: &str = "ParseUint";
    let syntax = || (0, Some(NumError::new(FUNC, text, NumErrorKind::Syntax)));
    if text.is_empty() {
        return syntax();
    }
    let base_from_prefix = base == 0;
    let mut digits = text;
    let base = match base {
        2..=36 => base as u64,
        0 => {
            if text[0] == b'0' {
                match text.get(1).map(u8::to_ascii_lowercase) {
                    Some(b'b') if text.len() >= 3 => {
                        digits = &text[2..];
                        2
                    }
                    Some(b'o') if text.len() >= 3 => {
                        digits = &text[2..];
                        8
                    }
                    Some(b'x') if text.len() >= 3 => {
                        digits = &text[2..];
                        16
                    }
                    _ => {
                        digits = &text[1..];
                        8
                    }
                }
            } else {
                10
            }
        }
        _ => return (0, Some(NumError::new(FUNC, text, NumErrorKind::Base(base)))),
    };
    let bit_size = match bit_size {
        0 => 64,
        1..=64 => bit_size as u32,
        _ => {
            return (
                0,
                Some(NumError::new(FUNC, text, NumErrorKind::BitSize(bit_size))),
            )
        }
    };
    let max_value = if bit_size == 64 {
        u64::MAX
    } else {
        (1u64 << bit_size) - 1
    };
    let range = || {
        (
            max_value,
            Some(NumError::new(FUNC, text, NumErrorKind::Range)),
        )
    };
    let mut value: u64 = 0;
    let mut saw_underscore = false;
    for &byte in digits {
        let digit = match byte {
            b'_' if base_from_prefix => {
                saw_underscore = true;
                continue;
            }
            b'0'..=b'9' => (byte - b'0') as u64,
            b'a'..=b'z' | b'A'..=b'Z' => (byte.to_ascii_lowercase() - b'a' + 10) as u64,
            _ => return syntax(),
        };
        if digit >= base {
            return syntax();
        }
        // Go reports overflow as soon as it happens, even if a later byte is
        // not a digit.
        let Some(next) = value
            .checked_mul(base)
            .and_then(|shifted| shifted.checked_add(digit))
        else {
            return range();
        };
        if next > max_value {
            return range();
        }
        value = next;
    }
    if saw_underscore && !underscores_ok(text) {
        return syntax();
    }
    (value, None)
}

/// Go's `strconv.ParseInt`, returning the clamped value with a range error.
pub fn parse_int(text: &[u8], base: i64, bit_size: i64) -> (i64, Option<NumError>) {
    const FUNC: &str = "ParseInt";
    if text.is_empty() {
        return (0, Some(NumError::new(FUNC, text, NumErrorKind::Syntax)));
    }
    let (negative, unsigned_text) = match text[0] {
        b'+' => (false, &text[1..]),
        b'-' => (true, &text[1..]),
        _ => (false, text),
    };
    let (magnitude, error) = parse_uint(unsigned_text, base, bit_size);
    if let Some(error) = error {
        if error.err != NumErrorKind::Range {
            return (0, Some(NumError::new(FUNC, text, error.err)));
        }
    }
    let bit_size = if bit_size == 0 { 64 } else { bit_size as u32 };
    let limit = 1u64 << (bit_size - 1);
    if !negative && magnitude >= limit {
        return (
            (limit - 1) as i64,
            Some(NumError::new(FUNC, text, NumErrorKind::Range)),
        );
    }
    if negative && magnitude > limit {
        return (
            (limit as i64).wrapping_neg(),
            Some(NumError::new(FUNC, text, NumErrorKind::Range)),
        );
    }
    let value = if negative {
        (magnitude as i64).wrapping_neg()
    } else {
        magnitude as i64
    };
    (value, None)
}

/// Go's `strconv.Atoi` on a 64-bit platform.
pub fn atoi(text: &[u8]) -> (i64, Option<NumError>) {
    const FUNC: &str = "Atoi";
    if !text.is_empty() && text.len() < 19 {
        // Short inputs cannot overflow; Go checks them with a plain loop that
        // accepts only a sign and decimal digits.
        let digits = match text[0] {
            b'+' | b'-' => &text[1..],
            _ => text,
        };
        if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
            return (0, Some(NumError::new(FUNC, text, NumErrorKind::Syntax)));
        }
        let magnitude = digits
            .iter()
            .fold(0i64, |value, &digit| value * 10 + (digit - b'0') as i64);
        return (
            if text[0] == b'-' {
                -magnitude
            } else {
                magnitude
            },
            None,
        );
    }
    let (value, error) = parse_int(text, 10, 0);
    (
        value,
        error.map(|error| NumError {
            func: FUNC,
            ..error
        }),
    )
}

/// Go's `strconv.ParseBool`.
pub fn parse_bool(text: &[u8]) -> (bool, Option<NumError>) {
    match text {
        b"1" | b"t" | b"T" | b"TRUE" | b"true" | b"True" => (true, None),
        b"0" | b"f" | b"F" | b"FALSE" | b"false" | b"False" => (false, None),
        _ => (
            false,
            Some(NumError::new("ParseBool", text, NumErrorKind::Syntax)),
        ),
    }
}

/// Go's rule for `_` in number literals: each underscore must sit between
/// digits, or between a base prefix and a digit.
fn underscores_ok(text: &[u8]) -> bool {
    #[derive(PartialEq)]
    enum Last {
        Start,
        Digit,
        Underscore,
        Other,
    }
    let mut text = text;
    if let Some(b'+' | b'-') = text.first() {
        text = &text[1..];
    }
    let mut last = Last::Start;
    let mut hex = false;
    let mut position = 0;
    if text.len() >= 2
        && text[0] == b'0'
        && matches!(text[1].to_ascii_lowercase(), b'b' | b'o' | b'x')
    {
        position = 2;
        last = Last::Digit;
        hex = text[1].eq_ignore_ascii_case(&b'x');
    }
    for &byte in &text[position..] {
        if byte.is_ascii_digit() || (hex && byte.is_ascii_hexdigit()) {
            last = Last::Digit;
        } else if byte == b'_' {
            if last != Last::Digit {
                return false;
            }
            last = Last::Underscore;
        } else {
            if last == Last::Underscore {
                return false;
            }
            last = Last::Other;
        }
    }
    last != Last::Underscore
}

/// Go's `strconv.ParseFloat`: decimal and hexadecimal (`0x1.8p3`) literals with
/// optional `_` separators, `inf`/`infinity`/`nan` in any case. With
/// `bit_size` 32 the result is rounded directly to float32. Overflow gives
/// ±Inf with a range error; underflow gives ±0 without error.
pub fn parse_float(text: &[u8], bit_size: i64) -> (f64, Option<NumError>) {
    const FUNC: &str = "ParseFloat";
    let (value, consumed, error) = parse_float_prefix(text, bit_size == 32);
    // A range error with trailing bytes is reported as a syntax error.
    if consumed != text.len() && error != Some(NumErrorKind::Syntax) {
        return (0.0, Some(NumError::new(FUNC, text, NumErrorKind::Syntax)));
    }
    (value, error.map(|kind| NumError::new(FUNC, text, kind)))
}

/// Parses the longest float literal at the start of `text`, returning its
/// value, the bytes it used and the error kind, like Go's `parseFloatPrefix`.
fn parse_float_prefix(text: &[u8], is_32: bool) -> (f64, usize, Option<NumErrorKind>) {
    if let Some((value, consumed)) = special_float(text) {
        // Go's NaN has payload 1; converting it to float32 and back clears it.
        let value = if value.is_nan() && !is_32 {
            f64::from_bits(GO_NAN_BITS)
        } else {
            value
        };
        return (value, consumed, None);
    }
    let Some((literal, consumed)) = read_float(text) else {
        return (0.0, 0, Some(NumErrorKind::Syntax));
    };
    let value = match literal.mantissa {
        Mantissa::Decimal { digits, point } => {
            decimal_to_float(&digits, point as i64 + literal.exponent, is_32)
        }
        Mantissa::Hex {
            bits,
            sticky,
            point_shift,
        } => hex_to_float(bits, sticky, literal.exponent + point_shift, is_32),
    };
    let value = if literal.negative { -value } else { value };
    if value.is_infinite() {
        return (value, consumed, Some(NumErrorKind::Range));
    }
    (value, consumed, None)
}

/// Go's `strconv.ParseComplex`: `re`, `re±imi`, `imi`, optionally in
/// parentheses; `bit_size` 64 parses float32 parts. A range error keeps the
/// infinite part.
pub fn parse_complex(text: &[u8], bit_size: i64) -> ((f64, f64), Option<NumError>) {
    const FUNC: &str = "ParseComplex";
    let is_32 = bit_size == 64;
    let syntax = || {
        (
            (0.0, 0.0),
            Some(NumError::new(FUNC, text, NumErrorKind::Syntax)),
        )
    };
    let mut rest = text;
    if rest.len() >= 2 && rest[0] == b'(' && rest[rest.len() - 1] == b')' {
        rest = &rest[1..rest.len() - 1];
    }
    let mut pending_range = false;
    let (real, consumed, error) = parse_float_prefix(rest, is_32);
    match error {
        Some(NumErrorKind::Range) => pending_range = true,
        Some(_) => return syntax(),
        None => {}
    }
    rest = &rest[consumed..];
    let finish = |value: (f64, f64), pending_range: bool| {
        let error = pending_range.then(|| NumError::new(FUNC, text, NumErrorKind::Range));
        (value, error)
    };
    match rest.first() {
        None => return finish((real, 0.0), pending_range),
        Some(b'+') => {
            if rest.len() > 1 && rest[1] != b'+' {
                rest = &rest[1..];
            }
        }
        Some(b'-') => {}
        Some(b'i') if rest.len() == 1 => return finish((0.0, real), pending_range),
        Some(_) => return syntax(),
    }
    let (imaginary, consumed, error) = parse_float_prefix(rest, is_32);
    match error {
        Some(NumErrorKind::Range) => pending_range = true,
        Some(_) => return syntax(),
        None => {}
    }
    if &rest[consumed..] != b"i" {
        return syntax();
    }
    finish((real, imaginary), pending_range)
}

/// Recognizes `inf`, `infinity` (optionally signed) and `nan`, returning the
/// value and how many bytes it used.
fn special_float(text: &[u8]) -> Option<(f64, usize)> {
    let (sign, body) = match text.first()? {
        b'+' => (1.0, &text[1..]),
        b'-' => (-1.0, &text[1..]),
        _ => (1.0, text),
    };
    let sign_length = text.len() - body.len();
    let matching = |word: &[u8]| {
        body.iter()
            .zip(word)
            .take_while(|(have, want)| have.to_ascii_lowercase() == **want)
            .count()
    };
    let infinity = matching(b"infinity");
    if infinity == 8 {
        return Some((sign * f64::INFINITY, sign_length + 8));
    }
    if infinity >= 3 {
        return Some((sign * f64::INFINITY, sign_length + 3));
    }
    if sign_length == 0 && matching(b"nan") == 3 {
        return Some((f64::NAN, 3));
    }
    None
}

enum Mantissa {
    /// Significant decimal digits (leading zeros dropped); the value is
    /// `0.digits × 10^point`.
    Decimal { digits: Vec<u8>, point: i32 },
    /// Up to 16 significant hex digits; the value is `bits × 2^point_shift`,
    /// with `sticky` set when nonzero digits were dropped.
    Hex {
        bits: u64,
        sticky: bool,
        point_shift: i64,
    },
}

struct FloatLiteral {
    negative: bool,
    mantissa: Mantissa,
    /// The exponent after `e` (decimal) or `p` (binary), saturated like Go's.
    exponent: i64,
}

/// Reads the float literal at the start of `text` in Go's syntax, returning
/// it with the bytes it used, or `None` on a syntax error.
fn read_float(text: &[u8]) -> Option<(FloatLiteral, usize)> {
    let mut position = 0;
    let mut negative = false;
    match text.first() {
        Some(b'+') => position += 1,
        Some(b'-') => {
            negative = true;
            position += 1;
        }
        _ => {}
    }
    let hex = position + 2 < text.len()
        && text[position] == b'0'
        && text[position + 1].eq_ignore_ascii_case(&b'x');
    if hex {
        position += 2;
    }
    let mut saw_underscore = false;
    let mut saw_dot = false;
    let mut saw_digits = false;
    let mut digits = Vec::new();
    // Significant digits seen and the count before the point (Go's nd and dp).
    let mut significant = 0i64;
    let mut point = 0i64;
    let mut hex_bits = 0u64;
    let mut hex_kept = 0i64;
    let mut sticky = false;
    while position < text.len() {
        let byte = text[position];
        let digit = match byte {
            b'_' => {
                saw_underscore = true;
                position += 1;
                continue;
            }
            b'.' if !saw_dot => {
                saw_dot = true;
                point = significant;
                position += 1;
                continue;
            }
            b'0'..=b'9' => (byte - b'0') as u64,
            b'a'..=b'f' | b'A'..=b'F' if hex => (byte.to_ascii_lowercase() - b'a' + 10) as u64,
            _ => break,
        };
        position += 1;
        saw_digits = true;
        if digit == 0 && significant == 0 {
            // Leading zeros only move the point.
            point -= 1;
            continue;
        }
        significant += 1;
        if hex {
            if hex_kept < 16 {
                hex_bits = hex_bits * 16 + digit;
                hex_kept += 1;
            } else if digit != 0 {
                sticky = true;
            }
        } else {
            digits.push(b'0' + digit as u8);
        }
    }
    if !saw_digits {
        return None;
    }
    if !saw_dot {
        point = significant;
    }
    let exponent_letter = if hex { b'p' } else { b'e' };
    let mut exponent = 0i64;
    if position < text.len() && text[position].to_ascii_lowercase() == exponent_letter {
        position += 1;
        let mut exponent_sign = 1;
        match text.get(position) {
            Some(b'+') => position += 1,
            Some(b'-') => {
                exponent_sign = -1;
                position += 1;
            }
            _ => {}
        }
        if !text.get(position).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        while position < text.len() && (text[position].is_ascii_digit() || text[position] == b'_') {
            if text[position] == b'_' {
                saw_underscore = true;
            } else if exponent < 10000 {
                exponent = exponent * 10 + (text[position] - b'0') as i64;
            }
            position += 1;
        }
        exponent *= exponent_sign;
    } else if hex {
        return None;
    }
    if saw_underscore && !underscores_ok(&text[..position]) {
        return None;
    }
    let mantissa = if hex {
        Mantissa::Hex {
            bits: hex_bits,
            sticky,
            point_shift: 4 * (point - hex_kept),
        }
    } else {
        Mantissa::Decimal {
            digits,
            point: point.clamp(i32::MIN as i64, i32::MAX as i64) as i32,
        }
    };
    Some((
        FloatLiteral {
            negative,
            mantissa,
            exponent,
        },
        position,
    ))
}

/// Rounds `0.digits × 10^exponent` to the nearest float; Rust's parser is
/// correctly rounded for any number of digits, as Go's is.
fn decimal_to_float(digits: &[u8], exponent: i64, is_32: bool) -> f64 {
    if digits.is_empty() {
        return 0.0;
    }
    let mut text = String::with_capacity(digits.len() + 24);
    text.push_str("0.");
    text.push_str(std::str::from_utf8(digits).unwrap_or("0"));
    text.push('e');
    text.push_str(&exponent.to_string());
    if is_32 {
        text.parse::<f32>().map(|value| value as f64).unwrap_or(0.0)
    } else {
        text.parse::<f64>().unwrap_or(0.0)
    }
}

/// Rounds `bits × 2^exponent` (plus a sticky bit below it) to the nearest
/// float32 or float64, ties to even, going through subnormals to zero and
/// overflowing to infinity.
fn hex_to_float(bits: u64, sticky: bool, exponent: i64, is_32: bool) -> f64 {
    let (mantissa_bits, exponent_bits) = if is_32 { (23u32, 8u32) } else { (52, 11) };
    let bias = (1i64 << (exponent_bits - 1)) - 1;
    let precision = mantissa_bits as i64 + 1;
    if bits == 0 {
        return 0.0;
    }
    let top_bit = 63 - bits.leading_zeros() as i64;
    // The weight of the lowest kept bit: normal numbers keep `precision` bits,
    // subnormals are limited by the smallest exponent.
    let smallest_lsb = 1 - bias - mantissa_bits as i64;
    let lsb = (top_bit + exponent - (precision - 1)).max(smallest_lsb);
    let dropped = lsb - exponent;
    let mut kept: u64 = if dropped <= 0 {
        // Exact; the shift is bounded because the value is at most 64 bits wide.
        if -dropped >= 64 {
            u64::MAX
        } else {
            bits << (-dropped)
        }
    } else if dropped > 64 {
        0
    } else {
        let wide = bits as u128;
        let kept = (wide >> dropped) as u64;
        let remainder = wide & ((1u128 << dropped) - 1);
        let half = 1u128 << (dropped - 1);
        let above_half = remainder > half || (remainder == half && sticky);
        let tie = remainder == half && !sticky;
        if above_half || (tie && kept & 1 == 1) {
            kept + 1
        } else {
            kept
        }
    };
    let mut lsb = lsb;
    if kept >> precision != 0 {
        kept >>= 1;
        lsb += 1;
    }
    let value_bits = if kept >> mantissa_bits == 0 {
        // Subnormal or zero.
        kept
    } else {
        let biased = lsb + mantissa_bits as i64 + bias;
        if biased >= (1 << exponent_bits) - 1 {
            return f64::INFINITY;
        }
        (biased as u64) << mantissa_bits | (kept & ((1u64 << mantissa_bits) - 1))
    };
    if is_32 {
        f32::from_bits(value_bits as u32) as f64
    } else {
        f64::from_bits(value_bits)
    }
}
