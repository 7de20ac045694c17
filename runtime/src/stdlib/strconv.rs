//! Go's `strconv` package over byte strings: number formatting and parsing, quoting.

use super::unicode;
use super::utf8;

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

// ---------------------------------------------------------------------------
// Floating point formatting.
// ---------------------------------------------------------------------------

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
        if (last - b'0') % 2 == 0 {
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

// ---------------------------------------------------------------------------
// Integer formatting.
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// Quoting.
// ---------------------------------------------------------------------------

/// Go's `strconv.Quote`: a double-quoted Go literal; non-printable runes and
/// invalid bytes are escaped, printable non-ASCII runes are kept.
pub fn quote(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() + 2);
    append_quoted(&mut out, text, b'"', QuoteMode::Printable);
    out
}

/// Go's `strconv.QuoteToASCII`: like [`quote`] but every non-ASCII rune is escaped.
pub fn quote_to_ascii(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() + 2);
    append_quoted(&mut out, text, b'"', QuoteMode::Ascii);
    out
}

/// Go's `strconv.QuoteToGraphic`: like [`quote`] but graphic spaces such as
/// U+00A0 are kept literally.
pub fn quote_to_graphic(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() + 2);
    append_quoted(&mut out, text, b'"', QuoteMode::Graphic);
    out
}

/// Go's `strconv.QuoteRune`: a single-quoted rune literal; invalid runes become U+FFFD.
pub fn quote_rune(rune: u32) -> Vec<u8> {
    let mut out = Vec::new();
    append_quoted_rune(&mut out, rune, QuoteMode::Printable);
    out
}

/// Go's `strconv.QuoteRuneToASCII`.
pub fn quote_rune_to_ascii(rune: u32) -> Vec<u8> {
    let mut out = Vec::new();
    append_quoted_rune(&mut out, rune, QuoteMode::Ascii);
    out
}

/// Go's `strconv.QuoteRuneToGraphic`.
pub fn quote_rune_to_graphic(rune: u32) -> Vec<u8> {
    let mut out = Vec::new();
    append_quoted_rune(&mut out, rune, QuoteMode::Graphic);
    out
}

/// Which runes a quoting function may leave unescaped.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum QuoteMode {
    /// Printable runes (`Quote`, `%q`).
    Printable,
    /// Printable ASCII only (`QuoteToASCII`, `%+q`).
    Ascii,
    /// Printable runes and graphic spaces (`QuoteToGraphic`).
    Graphic,
}

/// Appends `text` quoted with `quote_byte` (`"` or `` ` `` never; `"` or `'`).
pub fn append_quoted(out: &mut Vec<u8>, text: &[u8], quote_byte: u8, mode: QuoteMode) {
    out.push(quote_byte);
    let mut position = 0;
    while position < text.len() {
        let (rune, width) = utf8::decode_rune(&text[position..]);
        if width == 1 && rune == utf8::RUNE_ERROR {
            let byte = text[position];
            out.extend_from_slice(b"\\x");
            out.push(LOWER_HEX[(byte >> 4) as usize]);
            out.push(LOWER_HEX[(byte & 15) as usize]);
        } else {
            append_escaped_rune(out, rune, quote_byte, mode);
        }
        position += width;
    }
    out.push(quote_byte);
}

/// Appends `rune` in single quotes, escaped as needed.
pub fn append_quoted_rune(out: &mut Vec<u8>, rune: u32, mode: QuoteMode) {
    let rune = if utf8::valid_rune(rune) {
        rune
    } else {
        utf8::RUNE_ERROR
    };
    out.push(b'\'');
    append_escaped_rune(out, rune, b'\'', mode);
    out.push(b'\'');
}

fn append_escaped_rune(out: &mut Vec<u8>, rune: u32, quote_byte: u8, mode: QuoteMode) {
    if rune == quote_byte as u32 || rune == '\\' as u32 {
        out.push(b'\\');
        out.push(rune as u8);
        return;
    }
    let literal = match mode {
        QuoteMode::Ascii => rune < utf8::RUNE_SELF && is_print(rune),
        QuoteMode::Printable => is_print(rune),
        QuoteMode::Graphic => is_print(rune) || unicode::is_graphic(rune),
    };
    if literal {
        utf8::encode_rune(out, rune);
        return;
    }
    let short_escape = match rune {
        0x07 => Some(b'a'),
        0x08 => Some(b'b'),
        0x0C => Some(b'f'),
        0x0A => Some(b'n'),
        0x0D => Some(b'r'),
        0x09 => Some(b't'),
        0x0B => Some(b'v'),
        _ => None,
    };
    if let Some(letter) = short_escape {
        out.push(b'\\');
        out.push(letter);
        return;
    }
    let (prefix, digit_count, rune) = if rune < 0x20 || rune == 0x7F {
        (b'x', 2, rune)
    } else if !utf8::valid_rune(rune) {
        (b'u', 4, utf8::RUNE_ERROR)
    } else if rune < 0x10000 {
        (b'u', 4, rune)
    } else {
        (b'U', 8, rune)
    };
    out.push(b'\\');
    out.push(prefix);
    for shift in (0..digit_count).rev() {
        out.push(LOWER_HEX[(rune >> (shift * 4)) as usize & 15]);
    }
}

/// Go's `strconv.CanBackquote`: whether `text` can be written as a raw string
/// literal without control characters other than tab.
pub fn can_backquote(text: &[u8]) -> bool {
    let mut position = 0;
    while position < text.len() {
        let (rune, width) = utf8::decode_rune(&text[position..]);
        position += width;
        if width > 1 {
            if rune == 0xFEFF {
                return false;
            }
            continue;
        }
        if rune == utf8::RUNE_ERROR
            || (rune < 0x20 && rune != 0x09)
            || rune == '`' as u32
            || rune == 0x7F
        {
            return false;
        }
    }
    true
}

/// Go's `strconv.IsPrint` (identical to `unicode.IsPrint`).
pub fn is_print(rune: u32) -> bool {
    unicode::is_print(rune)
}

/// Go's `strconv.IsGraphic` (identical to `unicode.IsGraphic`).
pub fn is_graphic(rune: u32) -> bool {
    unicode::is_graphic(rune)
}

/// The result of [`unquote_char`]: the decoded value, whether it must be
/// written as UTF-8 (rather than as a raw byte), and the unread rest.
#[derive(Debug, PartialEq, Eq)]
pub struct UnquotedChar<'a> {
    pub value: u32,
    pub multibyte: bool,
    pub tail: &'a [u8],
}

/// Go's `strconv.UnquoteChar`: decodes the first character or escape of the
/// body of a literal quoted with `quote_byte`.
///
/// # Errors
/// `Err(())` is Go's `ErrSyntax`.
// The only error is Go's `ErrSyntax`, which carries no data.
#[allow(clippy::result_unit_err)]
pub fn unquote_char(text: &[u8], quote_byte: u8) -> Result<UnquotedChar<'_>, ()> {
    let &first = text.first().ok_or(())?;
    if first == quote_byte && (quote_byte == b'\'' || quote_byte == b'"') {
        return Err(());
    }
    if first >= 0x80 {
        let (rune, width) = utf8::decode_rune(text);
        return Ok(UnquotedChar {
            value: rune,
            multibyte: true,
            tail: &text[width..],
        });
    }
    if first != b'\\' {
        return Ok(UnquotedChar {
            value: first as u32,
            multibyte: false,
            tail: &text[1..],
        });
    }
    let &letter = text.get(1).ok_or(())?;
    let rest = &text[2..];
    let simple = |value: u8| {
        Ok(UnquotedChar {
            value: value as u32,
            multibyte: false,
            tail: rest,
        })
    };
    match letter {
        b'a' => simple(0x07),
        b'b' => simple(0x08),
        b'f' => simple(0x0C),
        b'n' => simple(0x0A),
        b'r' => simple(0x0D),
        b't' => simple(0x09),
        b'v' => simple(0x0B),
        b'\\' => simple(b'\\'),
        b'\'' | b'"' if letter == quote_byte => simple(letter),
        b'x' | b'u' | b'U' => {
            let count = match letter {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            if rest.len() < count {
                return Err(());
            }
            let mut value: u32 = 0;
            for &digit in &rest[..count] {
                value = value << 4 | (digit as char).to_digit(16).ok_or(())?;
            }
            let tail = &rest[count..];
            if letter == b'x' {
                return Ok(UnquotedChar {
                    value,
                    multibyte: false,
                    tail,
                });
            }
            if !utf8::valid_rune(value) {
                return Err(());
            }
            Ok(UnquotedChar {
                value,
                multibyte: true,
                tail,
            })
        }
        b'0'..=b'7' => {
            if rest.len() < 2 {
                return Err(());
            }
            let mut value = (letter - b'0') as u32;
            for &digit in &rest[..2] {
                if !(b'0'..=b'7').contains(&digit) {
                    return Err(());
                }
                value = value << 3 | (digit - b'0') as u32;
            }
            if value > 255 {
                return Err(());
            }
            Ok(UnquotedChar {
                value,
                multibyte: false,
                tail: &rest[2..],
            })
        }
        _ => Err(()),
    }
}

/// Go's `strconv.Unquote`: interprets a Go string, rune or raw string literal.
///
/// # Errors
/// `Err(())` is Go's `ErrSyntax`.
// The only error is Go's `ErrSyntax`, which carries no data.
#[allow(clippy::result_unit_err)]
pub fn unquote(literal: &[u8]) -> Result<Vec<u8>, ()> {
    let (value, rest) = unquote_prefix(literal)?;
    if !rest.is_empty() {
        return Err(());
    }
    Ok(value)
}

/// Go's `strconv.QuotedPrefix`: the quoted literal at the start of `text`.
///
/// # Errors
/// `Err(())` is Go's `ErrSyntax`.
// The only error is Go's `ErrSyntax`, which carries no data.
#[allow(clippy::result_unit_err)]
pub fn quoted_prefix(text: &[u8]) -> Result<&[u8], ()> {
    let (_, rest) = unquote_prefix(text)?;
    Ok(&text[..text.len() - rest.len()])
}

/// Decodes the literal at the start of `literal`, returning its value and the
/// bytes after its closing quote.
fn unquote_prefix(literal: &[u8]) -> Result<(Vec<u8>, &[u8]), ()> {
    if literal.len() < 2 {
        return Err(());
    }
    let quote_byte = literal[0];
    let closing = literal[1..]
        .iter()
        .position(|&byte| byte == quote_byte)
        .ok_or(())?
        + 1;
    match quote_byte {
        b'`' => {
            // Carriage returns are discarded from raw strings, as in Go source.
            let body = literal[1..closing]
                .iter()
                .copied()
                .filter(|&byte| byte != b'\r')
                .collect();
            Ok((body, &literal[closing + 1..]))
        }
        b'"' | b'\'' => {
            let mut value = Vec::new();
            let mut rest = &literal[1..];
            while let Some(&next) = rest.first() {
                if next == quote_byte {
                    break;
                }
                if next == b'\n' {
                    return Err(());
                }
                let decoded = unquote_char(rest, quote_byte)?;
                // A valid multi-byte rune is re-encoded unchanged; an invalid
                // byte decodes as U+FFFD and is written as such, as in Go.
                if decoded.value < utf8::RUNE_SELF || !decoded.multibyte {
                    value.push(decoded.value as u8);
                } else {
                    utf8::encode_rune(&mut value, decoded.value);
                }
                rest = decoded.tail;
                if quote_byte == b'\'' {
                    break;
                }
            }
            if rest.first() != Some(&quote_byte) {
                return Err(());
            }
            Ok((value, &rest[1..]))
        }
        _ => Err(()),
    }
}

// ---------------------------------------------------------------------------
// Parsing.
// ---------------------------------------------------------------------------

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
