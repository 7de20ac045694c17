//! Formatting floats like Go's `FormatFloat`: shortest, fixed-precision, `%b` and hex forms.

use super::*;

/// Formats `value` like Go's `strconv.FormatFloat(value, fmt, prec, bit_size)`.
///
/// `fmt` is one of `b e E f g G x X`; any other byte gives `%` followed by
/// it, as Go does. A negative `prec` asks for the fewest digits that parse
/// back to the same value at `bit_size`. `bit_size` 32 rounds `value` to
/// float32 first; any other size is treated as 64 (Go panics on sizes other
/// than 32 and 64, which the caller must check).
pub fn format_float(value: f64, fmt: u8, prec: i32, bit_size: u32) -> Vec<u8> {
    let mut out = Vec::with_capacity(24);
    append_float(&mut out, value, fmt, prec, bit_size);
    out
}

/// Appends the [`format_float`] rendering of `value` to `out`.
pub fn append_float(out: &mut Vec<u8>, value: f64, fmt: u8, prec: i32, bit_size: u32) {
    let is_32 = bit_size == 32;
    let value = if is_32 { value as f32 as f64 } else { value };
    if value.is_nan() {
        out.extend_from_slice(b"NaN");
        return;
    }
    if value.is_infinite() {
        out.extend_from_slice(if value < 0.0 { b"-Inf" } else { b"+Inf" });
        return;
    }
    let negative = value.is_sign_negative();
    match fmt {
        b'b' => return format_binary(out, negative, value, is_32),
        b'x' | b'X' => return format_hex(out, negative, value, is_32, prec, fmt),
        _ => {}
    }
    let magnitude = value.abs();
    let shortest = prec < 0;
    let mut prec = prec;
    let digits = if shortest {
        let digits = Digits::shortest(magnitude, is_32);
        prec = match fmt {
            b'e' | b'E' => (digits.len() - 1).max(0),
            b'f' => (digits.len() - digits.point).max(0),
            _ => digits.len(),
        };
        digits
    } else {
        match fmt {
            b'e' | b'E' => Digits::significant(magnitude, prec as usize + 1),
            b'f' => return format_fixed(out, negative, magnitude, prec as usize),
            b'g' | b'G' => {
                if prec == 0 {
                    prec = 1;
                }
                Digits::significant(magnitude, prec as usize)
            }
            _ => Digits::significant(magnitude, 1),
        }
    };
    match fmt {
        b'e' | b'E' => format_exponent(out, negative, &digits, prec, fmt),
        b'f' => format_decimal(out, negative, &digits, prec),
        b'g' | b'G' => {
            // The %e form is used when the decimal exponent is below -4 or at
            // least the precision; shortest output decides with precision 6.
            let mut exponent_limit = prec;
            if exponent_limit > digits.len() && digits.len() >= digits.point {
                exponent_limit = digits.len();
            }
            if shortest {
                exponent_limit = 6;
            }
            let exponent = digits.point - 1;
            if exponent < -4 || exponent >= exponent_limit {
                let prec = prec.min(digits.len());
                format_exponent(out, negative, &digits, prec - 1, fmt + b'e' - b'g');
            } else {
                let prec = if prec > digits.point {
                    digits.len()
                } else {
                    prec
                };
                format_decimal(out, negative, &digits, (prec - digits.point).max(0));
            }
        }
        _ => {
            out.push(b'%');
            out.push(fmt);
        }
    }
}

/// More significant digits than any double has (767), so rounding there is exact.
const MAX_SIGNIFICANT_DIGITS: usize = 800;
/// More fraction digits than any double has (1074).
const MAX_FRACTION_DIGITS: usize = 1100;

/// A decimal digit string `0.d1d2...dn × 10^point` with no trailing zeros;
/// zero has no digits and point 0.
struct Digits {
    digits: Vec<u8>,
    point: i32,
}

impl Digits {
    /// The shortest digits that read back as `magnitude` at the given width.
    fn shortest(magnitude: f64, is_32: bool) -> Digits {
        if magnitude == 0.0 {
            return Digits::zero();
        }
        // Rust's `{:e}` prints the shortest round-tripping digits, choosing the
        // closest such string, as Go's Ryū implementation does. The two differ
        // only when the value lies exactly halfway between two shortest
        // candidates: Go then takes the one with an even last digit.
        let text = if is_32 {
            format!("{:e}", magnitude as f32)
        } else {
            format!("{:e}", magnitude)
        };
        let digits = Digits::from_scientific(&text);
        match digits.even_alternative_at_tie(magnitude) {
            Some(alternative) if alternative.reads_back_as(magnitude, is_32) => alternative,
            _ => digits,
        }
    }

    /// When `magnitude` is exactly halfway between these digits and their
    /// neighbour in the last place, and the last digit is odd, returns that
    /// neighbour (whose last digit is even).
    fn even_alternative_at_tie(&self, magnitude: f64) -> Option<Digits> {
        let last = *self.digits.last()?;
        if (last - b'0') & 1 == 0 {
            return None;
        }
        let count = self.digits.len();
        // A cheap test first: one more digit than we have must be a 5.
        let one_more = format!("{:.*e}", count, magnitude);
        if one_more.as_bytes().get(count + 1) != Some(&b'5') {
            return None;
        }
        let exact = Digits::significant(magnitude, MAX_SIGNIFICANT_DIGITS);
        if exact.point != self.point
            || exact.digits.len() != count + 1
            || exact.digits[count] != b'5'
        {
            return None;
        }
        let lower = &exact.digits[..count];
        let mut alternative = lower.to_vec();
        let mut point = self.point;
        if lower == self.digits.as_slice() {
            // These digits are the lower candidate; the neighbour is one unit
            // in the last place above, which may carry.
            let mut index = count;
            loop {
                if index == 0 {
                    alternative.insert(0, b'1');
                    point += 1;
                    break;
                }
                index -= 1;
                if alternative[index] == b'9' {
                    alternative[index] = b'0';
                } else {
                    alternative[index] += 1;
                    break;
                }
            }
        }
        while alternative.last() == Some(&b'0') {
            alternative.pop();
        }
        Some(Digits {
            digits: alternative,
            point,
        })
    }

    /// Whether these digits parse back to `magnitude` at the given width.
    fn reads_back_as(&self, magnitude: f64, is_32: bool) -> bool {
        let text = format!("0.{}e{}", String::from_utf8_lossy(&self.digits), self.point);
        if is_32 {
            text.parse::<f32>()
                .is_ok_and(|value| value as f64 == magnitude)
        } else {
            text.parse::<f64>().is_ok_and(|value| value == magnitude)
        }
    }

    /// `count` significant digits of the exact value, rounded half to even.
    fn significant(magnitude: f64, count: usize) -> Digits {
        if magnitude == 0.0 {
            return Digits::zero();
        }
        // A double has at most 767 significant decimal digits, so asking for
        // more changes nothing but the size of the temporary string.
        let count = count.min(MAX_SIGNIFICANT_DIGITS);
        let text = format!("{:.*e}", count.saturating_sub(1), magnitude);
        Digits::from_scientific(&text)
    }

    fn zero() -> Digits {
        Digits {
            digits: Vec::new(),
            point: 0,
        }
    }

    /// Parses Rust's `d.ddddde-N` scientific rendering.
    fn from_scientific(text: &str) -> Digits {
        let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
        let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        let exponent: i32 = exponent.parse().unwrap_or(0);
        if digits.is_empty() {
            return Digits::zero();
        }
        Digits {
            digits,
            point: exponent + 1,
        }
    }

    fn len(&self) -> i32 {
        self.digits.len() as i32
    }

    /// The digit at `index`, or '0' beyond either end.
    fn at(&self, index: i32) -> u8 {
        if index >= 0 && index < self.len() {
            self.digits[index as usize]
        } else {
            b'0'
        }
    }
}

/// Writes `d.ddde±XX` with `prec` digits after the point.
fn format_exponent(out: &mut Vec<u8>, negative: bool, digits: &Digits, prec: i32, fmt: u8) {
    if negative {
        out.push(b'-');
    }
    out.push(digits.at(0));
    if prec > 0 {
        out.push(b'.');
        for index in 1..=prec {
            out.push(digits.at(index));
        }
    }
    out.push(fmt);
    let mut exponent = if digits.len() == 0 {
        0
    } else {
        digits.point - 1
    };
    if exponent < 0 {
        out.push(b'-');
        exponent = -exponent;
    } else {
        out.push(b'+');
    }
    if exponent < 10 {
        out.push(b'0');
    }
    out.extend_from_slice(exponent.to_string().as_bytes());
}

/// Writes `ddd.ddd` with `prec` digits after the point.
fn format_decimal(out: &mut Vec<u8>, negative: bool, digits: &Digits, prec: i32) {
    if negative {
        out.push(b'-');
    }
    if digits.point > 0 {
        for index in 0..digits.point {
            out.push(digits.at(index));
        }
    } else {
        out.push(b'0');
    }
    if prec > 0 {
        out.push(b'.');
        for index in 0..prec {
            out.push(digits.at(digits.point + index));
        }
    }
}

/// Writes `%f` with an explicit precision: Rust's fixed formatting rounds the
/// exact binary value half to even at the requested place, as Go's does.
fn format_fixed(out: &mut Vec<u8>, negative: bool, magnitude: f64, prec: usize) {
    if negative {
        out.push(b'-');
    }
    // No double has a nonzero digit beyond the 1074th after the point; the
    // rest of a larger precision is zeros, written without formatting them.
    let computed = prec.min(MAX_FRACTION_DIGITS);
    out.extend_from_slice(format!("{:.*}", computed, magnitude).as_bytes());
    out.resize(out.len() + (prec - computed), b'0');
}

/// Splits a finite float into (mantissa, binary exponent) with the implicit bit
/// made explicit, so that the value is `mantissa × 2^exponent`.
fn decompose(value: f64, is_32: bool) -> (u64, i32, u32) {
    if is_32 {
        let bits = (value as f32).to_bits();
        let biased = ((bits >> 23) & 0xFF) as i32;
        let mut mantissa = (bits & 0x7F_FFFF) as u64;
        let exponent = if biased == 0 {
            1 - 127
        } else {
            mantissa |= 1 << 23;
            biased - 127
        };
        (mantissa, exponent - 23, 23)
    } else {
        let bits = value.to_bits();
        let biased = ((bits >> 52) & 0x7FF) as i32;
        let mut mantissa = bits & ((1 << 52) - 1);
        let exponent = if biased == 0 {
            1 - 1023
        } else {
            mantissa |= 1 << 52;
            biased - 1023
        };
        (mantissa, exponent - 52, 52)
    }
}

/// `%b`: decimal mantissa, `p`, signed binary exponent (`4503599627370496p-52`).
fn format_binary(out: &mut Vec<u8>, negative: bool, value: f64, is_32: bool) {
    let (mantissa, exponent, _) = decompose(value, is_32);
    if negative {
        out.push(b'-');
    }
    out.extend_from_slice(mantissa.to_string().as_bytes());
    out.push(b'p');
    if exponent >= 0 {
        out.push(b'+');
    }
    out.extend_from_slice(exponent.to_string().as_bytes());
}

/// `%x`/`%X`: `-0x1.8p+01` with the mantissa normalized to a leading 1 (or 0
/// for zero), rounded half to even when `prec` asks for fewer hex digits.
fn format_hex(out: &mut Vec<u8>, negative: bool, value: f64, is_32: bool, prec: i32, fmt: u8) {
    let (mantissa, exponent, mantissa_bits) = decompose(value, is_32);
    // Place the leading bit at bit 60 so that 15 hex digits follow it.
    let mut mantissa = mantissa << (60 - mantissa_bits);
    let mut exponent = if mantissa == 0 {
        0
    } else {
        exponent + mantissa_bits as i32
    };
    while mantissa != 0 && mantissa & (1 << 60) == 0 {
        mantissa <<= 1;
        exponent -= 1;
    }
    if (0..15).contains(&prec) {
        let kept_bits = prec as u32 * 4;
        let dropped = 60 - kept_bits;
        let remainder = mantissa & ((1u64 << dropped) - 1);
        let half = 1u64 << (dropped - 1);
        let mut kept = mantissa >> dropped;
        if remainder > half || (remainder == half && kept & 1 == 1) {
            kept += 1;
        }
        mantissa = kept << dropped;
        if mantissa & (1 << 61) != 0 {
            mantissa >>= 1;
            exponent += 1;
        }
    }
    let hex = if fmt == b'X' { UPPER_HEX } else { LOWER_HEX };
    if negative {
        out.push(b'-');
    }
    out.extend_from_slice(&[b'0', fmt, b'0' + ((mantissa >> 60) & 1) as u8]);
    let mut fraction = mantissa << 4;
    if prec < 0 && fraction != 0 {
        out.push(b'.');
        while fraction != 0 {
            out.push(hex[(fraction >> 60) as usize & 15]);
            fraction <<= 4;
        }
    } else if prec > 0 {
        out.push(b'.');
        for _ in 0..prec {
            out.push(hex[(fraction >> 60) as usize & 15]);
            fraction <<= 4;
        }
    }
    out.push(if fmt == b'X' { b'P' } else { b'p' });
    if exponent < 0 {
        out.push(b'-');
        exponent = -exponent;
    } else {
        out.push(b'+');
    }
    if exponent < 10 {
        out.push(b'0');
    }
    out.extend_from_slice(exponent.to_string().as_bytes());
}

/// Go's `strconv.FormatComplex`: `(re±imi)` with both parts formatted by
/// [`format_float`] at half of `bit_size`.
///
/// # Errors
/// Go's panic message when `bit_size` is neither 64 nor 128.
pub fn format_complex(
    real: f64,
    imaginary: f64,
    fmt: u8,
    prec: i32,
    bit_size: u32,
) -> Result<Vec<u8>, &'static str> {
    if bit_size != 64 && bit_size != 128 {
        return Err("invalid bitSize");
    }
    let mut out = vec![b'('];
    append_float(&mut out, real, fmt, prec, bit_size / 2);
    let imaginary_text = format_float(imaginary, fmt, prec, bit_size / 2);
    if !matches!(imaginary_text.first(), Some(b'+' | b'-')) {
        out.push(b'+');
    }
    out.extend_from_slice(&imaginary_text);
    out.extend_from_slice(b"i)");
    Ok(out)
}
