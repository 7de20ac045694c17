//! The value-level formatting of Go's `fmt` package: how one operand is
//! rendered for one verb with its flags, width and precision.
//!
//! The printer that parses format strings, walks composite values and calls
//! these functions lives elsewhere; it must set the flags the way Go's
//! `doPrintf` does (for `%#v` it sets `sharp_v` and clears `sharp`; for `%+v`
//! it sets `plus_v` and clears `plus`; a negative `*` width sets `minus`).
//! Each `fmt_*` function returns `false` when the verb does not apply to the
//! operand; the caller then writes [`bad_verb`].

use super::strconv;
use super::utf8;

const LOWER_DIGITS: &[u8; 17] = b"0123456789abcdefx";
const UPPER_DIGITS: &[u8; 17] = b"0123456789ABCDEFX";

/// The flags, width and precision of one verb, as in Go's `fmt.fmt`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FmtFlags {
    /// `+`: always print a sign; `%+q` quotes to ASCII.
    pub plus: bool,
    /// `-`: pad on the right.
    pub minus: bool,
    /// `#`: alternate form.
    pub sharp: bool,
    /// ` `: a space where a plus sign would go; `% x` separates bytes.
    pub space: bool,
    /// `0`: pad with leading zeros (ignored with `-`).
    pub zero: bool,
    /// `%+v`.
    pub plus_v: bool,
    /// `%#v`.
    pub sharp_v: bool,
    pub width: Option<usize>,
    pub prec: Option<usize>,
}

impl FmtFlags {
    fn width(&self) -> usize {
        self.width.unwrap_or(0)
    }

    fn zero_padding(&self) -> bool {
        self.zero && !self.minus
    }
}

/// Appends `count` padding bytes: zeros when the `0` flag applies, else spaces.
pub fn write_padding(out: &mut Vec<u8>, flags: &FmtFlags, count: usize) {
    let byte = if flags.zero_padding() { b'0' } else { b' ' };
    out.resize(out.len() + count, byte);
}

/// Appends `text` padded to the width, counted in runes, on the side the
/// `-` flag selects.
pub fn pad(out: &mut Vec<u8>, flags: &FmtFlags, text: &[u8]) {
    let Some(width) = flags.width.filter(|&width| width > 0) else {
        out.extend_from_slice(text);
        return;
    };
    let missing = width.saturating_sub(utf8::rune_count(text));
    if flags.minus {
        out.extend_from_slice(text);
        write_padding(out, flags, missing);
    } else {
        write_padding(out, flags, missing);
        out.extend_from_slice(text);
    }
}

/// Like [`pad`] but always pads with spaces, as Go does for numbers whose
/// zero padding was already applied as precision, and for runes.
fn pad_with_spaces(out: &mut Vec<u8>, flags: &FmtFlags, text: &[u8]) {
    let flags = FmtFlags {
        zero: false,
        ..*flags
    };
    pad(out, &flags, text);
}

/// Formats a bool for `%t` and `%v`.
pub fn fmt_bool(out: &mut Vec<u8>, value: bool, verb: u32, flags: &FmtFlags) -> bool {
    if verb != 't' as u32 && verb != 'v' as u32 {
        return false;
    }
    pad(out, flags, if value { b"true" } else { b"false" });
    true
}

/// Formats an integer for `v d b o O x X c q U`.
///
/// `bits` is the value's two's-complement bits widened to 64 (sign-extended
/// when `is_signed`); `%#v` of an unsigned integer prints `0x` hex.
pub fn fmt_integer(
    out: &mut Vec<u8>,
    bits: u64,
    is_signed: bool,
    verb: u32,
    flags: &FmtFlags,
) -> bool {
    let Some(verb) = char::from_u32(verb) else {
        return false;
    };
    match verb {
        'v' if flags.sharp_v && !is_signed => {
            let flags = FmtFlags {
                sharp: true,
                ..*flags
            };
            integer_digits(out, bits, is_signed, 16, 'v', LOWER_DIGITS, &flags);
        }
        'v' | 'd' => integer_digits(out, bits, is_signed, 10, verb, LOWER_DIGITS, flags),
        'b' => integer_digits(out, bits, is_signed, 2, verb, LOWER_DIGITS, flags),
        'o' | 'O' => integer_digits(out, bits, is_signed, 8, verb, LOWER_DIGITS, flags),
        'x' => integer_digits(out, bits, is_signed, 16, verb, LOWER_DIGITS, flags),
        'X' => integer_digits(out, bits, is_signed, 16, verb, UPPER_DIGITS, flags),
        'c' => {
            let mut encoded = Vec::with_capacity(4);
            utf8::encode_rune(&mut encoded, rune_of(bits));
            pad(out, flags, &encoded);
        }
        'q' => {
            let mode = if flags.plus {
                strconv::QuoteMode::Ascii
            } else {
                strconv::QuoteMode::Printable
            };
            let mut quoted = Vec::new();
            strconv::append_quoted_rune(&mut quoted, rune_of(bits), mode);
            pad(out, flags, &quoted);
        }
        'U' => fmt_unicode(out, bits, flags),
        _ => return false,
    }
    true
}

/// The rune `%c` and `%q` print for an integer: values above U+10FFFF
/// (including negative ones) become U+FFFD, as do surrogates when encoded.
fn rune_of(bits: u64) -> u32 {
    if bits > utf8::MAX_RUNE as u64 {
        utf8::RUNE_ERROR
    } else {
        bits as u32
    }
}

/// Writes the digits of an integer in `base` with Go's precision, zero-flag,
/// `#`, `%O` and sign rules.
fn integer_digits(
    out: &mut Vec<u8>,
    bits: u64,
    is_signed: bool,
    base: u64,
    verb: char,
    digit_set: &[u8; 17],
    flags: &FmtFlags,
) {
    let negative = is_signed && (bits as i64) < 0;
    let mut magnitude = if negative { bits.wrapping_neg() } else { bits };
    let mut minimum_digits = 0;
    if let Some(prec) = flags.prec {
        if prec == 0 && magnitude == 0 {
            // An explicit zero precision prints nothing for zero, only padding.
            let blank = FmtFlags {
                zero: false,
                ..*flags
            };
            write_padding(out, &blank, flags.width());
            return;
        }
        minimum_digits = prec;
    } else if flags.zero_padding() && flags.width.is_some() {
        // Zero padding becomes precision, leaving room for a sign.
        minimum_digits = flags.width();
        if negative || flags.plus || flags.space {
            minimum_digits = minimum_digits.saturating_sub(1);
        }
    }
    let mut digits = Vec::with_capacity(24);
    loop {
        digits.push(digit_set[(magnitude % base) as usize]);
        magnitude /= base;
        if magnitude == 0 {
            break;
        }
    }
    while digits.len() < minimum_digits {
        digits.push(b'0');
    }
    // `digits` is reversed: prefixes are pushed in reverse order too.
    if flags.sharp {
        match base {
            2 => digits.extend_from_slice(b"b0"),
            8 if digits.last() != Some(&b'0') => digits.push(b'0'),
            16 => digits.extend_from_slice(&[digit_set[16], b'0']),
            _ => {}
        }
    }
    if verb == 'O' {
        digits.extend_from_slice(b"o0");
    }
    if negative {
        digits.push(b'-');
    } else if flags.plus {
        digits.push(b'+');
    } else if flags.space {
        digits.push(b' ');
    }
    digits.reverse();
    pad_with_spaces(out, flags, &digits);
}

/// `%U`: `U+0041`, at least four (or the precision's) upper-case hex digits;
/// `%#U` appends the quoted rune when it is printable.
pub fn fmt_unicode(out: &mut Vec<u8>, bits: u64, flags: &FmtFlags) {
    let minimum_digits = match flags.prec {
        Some(prec) if prec > 4 => prec,
        _ => 4,
    };
    let mut text = b"U+".to_vec();
    let hex = format!("{bits:X}");
    text.resize(text.len() + minimum_digits.saturating_sub(hex.len()), b'0');
    text.extend_from_slice(hex.as_bytes());
    if flags.sharp && bits <= utf8::MAX_RUNE as u64 && strconv::is_print(bits as u32) {
        text.extend_from_slice(b" '");
        utf8::encode_rune(&mut text, bits as u32);
        text.push(b'\'');
    }
    pad_with_spaces(out, flags, &text);
}

/// Formats a float of `bit_size` 32 or 64 for `v b e E f F g G x X`.
///
/// `%v` is `%g` with the shortest round-tripping digits; `%e %f %F` default
/// to precision 6.
pub fn fmt_float(
    out: &mut Vec<u8>,
    value: f64,
    bit_size: u32,
    verb: u32,
    flags: &FmtFlags,
) -> bool {
    let Some(verb) = char::from_u32(verb) else {
        return false;
    };
    let (strconv_verb, default_prec) = match verb {
        'v' => (b'g', -1),
        'b' | 'g' | 'G' | 'x' | 'X' => (verb as u8, -1),
        'e' | 'E' | 'f' => (verb as u8, 6),
        'F' => (b'f', 6),
        _ => return false,
    };
    float_digits(out, value, bit_size, strconv_verb, default_prec, flags);
    true
}

/// Formats a complex number as `(re+imi)`; each part is a float of half of
/// `bit_size` (64 or 128) and the imaginary part always carries a sign.
pub fn fmt_complex(
    out: &mut Vec<u8>,
    real: f64,
    imaginary: f64,
    bit_size: u32,
    verb: u32,
    flags: &FmtFlags,
) -> bool {
    let known = matches!(
        char::from_u32(verb),
        Some('v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E')
    );
    if !known {
        return false;
    }
    out.push(b'(');
    fmt_float(out, real, bit_size / 2, verb, flags);
    let signed = FmtFlags {
        plus: true,
        ..*flags
    };
    fmt_float(out, imaginary, bit_size / 2, verb, &signed);
    out.extend_from_slice(b"i)");
    true
}

/// The body of Go's `fmt.fmtFloat`: strconv's digits, then sign, `#` and
/// zero-padding rules.
fn float_digits(
    out: &mut Vec<u8>,
    value: f64,
    bit_size: u32,
    verb: u8,
    default_prec: i32,
    flags: &FmtFlags,
) {
    let prec = flags
        .prec
        .map_or(default_prec, |prec| prec.min(i32::MAX as usize) as i32);
    // `number` always starts with a sign byte so the rules below can treat
    // it uniformly: '+' stands for "no sign printed yet".
    let mut number = vec![b'+'];
    strconv::append_float(&mut number, value, verb, prec, bit_size);
    if number[1] == b'-' || number[1] == b'+' {
        number.remove(0);
    }
    if flags.space && number[0] == b'+' && !flags.plus {
        number[0] = b' ';
    }
    if number[1] == b'I' || number[1] == b'N' {
        // Infinities and NaN are never zero padded; NaN shows no sign
        // unless one was asked for.
        let text = if number[1] == b'N' && !flags.space && !flags.plus {
            &number[1..]
        } else {
            &number[..]
        };
        pad_with_spaces(out, flags, text);
        return;
    }
    if flags.sharp && verb != b'b' {
        apply_alternate_float_form(&mut number, verb, prec);
    }
    if flags.plus || number[0] != b'+' {
        if flags.zero_padding() && flags.width() > number.len() {
            out.push(number[0]);
            write_padding(out, flags, flags.width() - number.len());
            out.extend_from_slice(&number[1..]);
            return;
        }
        pad(out, flags, &number);
        return;
    }
    pad(out, flags, &number[1..]);
}

/// `%#g` and friends: always print a decimal point, and for `%g`-like verbs
/// keep trailing zeros up to the precision (6 when shortest).
fn apply_alternate_float_form(number: &mut Vec<u8>, verb: u8, prec: i32) {
    let mut digits_wanted: i64 = match verb {
        b'v' | b'g' | b'G' | b'x' => {
            if prec == -1 {
                6
            } else {
                prec as i64
            }
        }
        _ => 0,
    };
    let mut tail = Vec::new();
    let mut has_point = false;
    let mut saw_nonzero = false;
    let mut index = 1;
    while index < number.len() {
        let byte = number[index];
        let exponent_start = matches!(byte, b'p' | b'P')
            || (matches!(byte, b'e' | b'E') && verb != b'x' && verb != b'X');
        if exponent_start {
            tail = number.split_off(index);
            break;
        }
        if byte == b'.' {
            has_point = true;
        } else {
            if byte != b'0' {
                saw_nonzero = true;
            }
            if saw_nonzero {
                digits_wanted -= 1;
            }
        }
        index += 1;
    }
    if !has_point {
        // A lone zero counts as one significant digit.
        if number.len() == 2 && number[1] == b'0' {
            digits_wanted -= 1;
        }
        number.push(b'.');
    }
    while digits_wanted > 0 {
        number.push(b'0');
        digits_wanted -= 1;
    }
    number.extend_from_slice(&tail);
}

/// Formats a string for `v s x X q`.
pub fn fmt_str(out: &mut Vec<u8>, text: &[u8], verb: u32, flags: &FmtFlags) -> bool {
    match char::from_u32(verb) {
        Some('v') if flags.sharp_v => fmt_q(out, text, flags),
        Some('v' | 's') => pad(out, flags, truncate(text, flags)),
        Some('x') => fmt_hex_bytes(out, text, LOWER_DIGITS, flags),
        Some('X') => fmt_hex_bytes(out, text, UPPER_DIGITS, flags),
        Some('q') => fmt_q(out, text, flags),
        _ => return false,
    }
    true
}

/// Formats a byte slice for `v d s x X q`: `%v`/`%d` print `[1 2 3]` (or
/// `TYPE{0x1, 0x2}` for `%#v`, where `type_name` is e.g. `[]byte` and `nil`
/// tells whether the slice is nil); the others print it as a string.
pub fn fmt_bytes(
    out: &mut Vec<u8>,
    bytes: &[u8],
    is_nil: bool,
    type_name: &[u8],
    verb: u32,
    flags: &FmtFlags,
) -> bool {
    match char::from_u32(verb) {
        Some('v' | 'd') => {
            if flags.sharp_v {
                out.extend_from_slice(type_name);
                if is_nil {
                    out.extend_from_slice(b"(nil)");
                    return true;
                }
                out.push(b'{');
                let hex_flags = FmtFlags {
                    sharp: true,
                    ..*flags
                };
                for (index, &byte) in bytes.iter().enumerate() {
                    if index > 0 {
                        out.extend_from_slice(b", ");
                    }
                    integer_digits(out, byte as u64, false, 16, 'v', LOWER_DIGITS, &hex_flags);
                }
                out.push(b'}');
            } else {
                out.push(b'[');
                for (index, &byte) in bytes.iter().enumerate() {
                    if index > 0 {
                        out.push(b' ');
                    }
                    integer_digits(out, byte as u64, false, 10, 'd', LOWER_DIGITS, flags);
                }
                out.push(b']');
            }
            true
        }
        Some('s' | 'x' | 'X' | 'q') => fmt_str(out, bytes, verb, flags),
        _ => false,
    }
}

/// Cuts `text` to at most the precision in runes (an invalid byte is one rune).
fn truncate<'a>(text: &'a [u8], flags: &FmtFlags) -> &'a [u8] {
    let Some(prec) = flags.prec else {
        return text;
    };
    match utf8::runes(text).nth(prec) {
        Some((offset, _, _)) => &text[..offset],
        None => text,
    }
}

/// `%q` of a string: backquoted with `#` when possible, ASCII-only with `+`.
fn fmt_q(out: &mut Vec<u8>, text: &[u8], flags: &FmtFlags) {
    let text = truncate(text, flags);
    if flags.sharp && strconv::can_backquote(text) {
        let mut quoted = Vec::with_capacity(text.len() + 2);
        quoted.push(b'`');
        quoted.extend_from_slice(text);
        quoted.push(b'`');
        pad(out, flags, &quoted);
        return;
    }
    let mode = if flags.plus {
        strconv::QuoteMode::Ascii
    } else {
        strconv::QuoteMode::Printable
    };
    let mut quoted = Vec::with_capacity(text.len() + 2);
    strconv::append_quoted(&mut quoted, text, b'"', mode);
    pad(out, flags, &quoted);
}

/// `%x`/`%X` of a string: two hex digits per byte (the precision limits the
/// bytes), `% x` separates bytes by spaces and `%#x` adds `0x` (before every
/// byte when combined with the space flag).
fn fmt_hex_bytes(out: &mut Vec<u8>, text: &[u8], digit_set: &[u8; 17], flags: &FmtFlags) {
    let length = flags.prec.map_or(text.len(), |prec| prec.min(text.len()));
    if length == 0 {
        if flags.width.is_some() {
            write_padding(out, flags, flags.width());
        }
        return;
    }
    let mut encoded_width = 2 * length;
    if flags.space {
        if flags.sharp {
            encoded_width *= 2;
        }
        encoded_width += length - 1;
    } else if flags.sharp {
        encoded_width += 2;
    }
    let padding = flags.width().saturating_sub(encoded_width);
    if !flags.minus {
        write_padding(out, flags, padding);
    }
    if flags.sharp {
        out.extend_from_slice(&[b'0', digit_set[16]]);
    }
    for (index, &byte) in text[..length].iter().enumerate() {
        if flags.space && index > 0 {
            out.push(b' ');
            if flags.sharp {
                out.extend_from_slice(&[b'0', digit_set[16]]);
            }
        }
        out.push(digit_set[(byte >> 4) as usize]);
        out.push(digit_set[(byte & 15) as usize]);
    }
    if flags.minus {
        write_padding(out, flags, padding);
    }
}

/// Appends Go's report of a verb that does not fit its operand:
/// `%!d(string=hi)`. `type_and_value` is `None` for a nil operand
/// (`%!d(<nil>)`), else the operand's type name and its `%v` rendering.
pub fn bad_verb(out: &mut Vec<u8>, verb: u32, type_and_value: Option<(&[u8], &[u8])>) {
    out.extend_from_slice(b"%!");
    utf8::encode_rune(out, verb);
    out.push(b'(');
    match type_and_value {
        Some((type_name, value)) => {
            out.extend_from_slice(type_name);
            out.push(b'=');
            out.extend_from_slice(value);
        }
        None => out.extend_from_slice(b"<nil>"),
    }
    out.push(b')');
}

/// Formats a pointer-like value (pointer, channel, func, map, slice) by its
/// address for `v p b o d x X`. `%v` of a nil address prints `<nil>`; `%#v`
/// prints `(TYPE)(0xADDR)` or `(TYPE)(nil)` with `type_name`.
pub fn fmt_pointer(
    out: &mut Vec<u8>,
    address: u64,
    type_name: &[u8],
    verb: u32,
    flags: &FmtFlags,
) -> bool {
    let hex_with_prefix = |out: &mut Vec<u8>, prefix: bool| {
        let hex_flags = FmtFlags {
            sharp: prefix,
            ..*flags
        };
        integer_digits(out, address, false, 16, 'v', LOWER_DIGITS, &hex_flags);
    };
    match char::from_u32(verb) {
        Some('v') if flags.sharp_v => {
            out.push(b'(');
            out.extend_from_slice(type_name);
            out.extend_from_slice(b")(");
            if address == 0 {
                out.extend_from_slice(b"nil");
            } else {
                hex_with_prefix(out, true);
            }
            out.push(b')');
        }
        Some('v') if address == 0 => pad(out, flags, NIL_ANGLE),
        Some('v' | 'p') => hex_with_prefix(out, !flags.sharp),
        Some('b' | 'o' | 'd' | 'x' | 'X') => {
            fmt_integer(out, address, false, verb, flags);
        }
        _ => return false,
    }
    true
}

/// `<nil>`: a nil operand under `%v`.
pub const NIL_ANGLE: &[u8] = b"<nil>";
/// Written after `%!` and the verb when an operand is missing: `%!d(MISSING)`.
pub const MISSING: &[u8] = b"(MISSING)";
/// Written after `%!` and the verb for a bad argument index.
pub const BAD_INDEX: &[u8] = b"(BADINDEX)";
/// Opens the report of unused operands: `%!(EXTRA int=1, string=a)`.
pub const EXTRA: &[u8] = b"%!(EXTRA ";
/// A `*` width whose operand is not a valid int.
pub const BAD_WIDTH: &[u8] = b"%!(BADWIDTH)";
/// A `*` precision whose operand is not a valid int.
pub const BAD_PREC: &[u8] = b"%!(BADPREC)";
/// A format string that ends in `%`.
pub const NO_VERB: &[u8] = b"%!(NOVERB)";
/// Opens the report of a panicking String/Error method: `%!v(PANIC=String method: boom)`.
pub const PANIC: &[u8] = b"(PANIC=";
