//! Go's `unicode/utf8` package over byte slices: decoding with Go's RuneError rules.

/// The rune Go returns for invalid encodings: U+FFFD.
pub const RUNE_ERROR: u32 = 0xFFFD;
/// Runes below this value are represented by a single byte.
pub const RUNE_SELF: u32 = 0x80;
/// The largest valid Unicode code point.
pub const MAX_RUNE: u32 = 0x10FFFF;
/// The maximum number of bytes of a UTF-8 encoded rune.
pub const UTF_MAX: usize = 4;

const SURROGATE_MIN: u32 = 0xD800;
const SURROGATE_MAX: u32 = 0xDFFF;

/// Decodes the first rune of `bytes`, returning it with its width.
///
/// Like Go's `utf8.DecodeRune`: an empty input gives `(RUNE_ERROR, 0)`, and any
/// invalid, overlong, surrogate or truncated encoding gives `(RUNE_ERROR, 1)`.
pub fn decode_rune(bytes: &[u8]) -> (u32, usize) {
    let Some(&first) = bytes.first() else {
        return (RUNE_ERROR, 0);
    };
    if first < 0x80 {
        return (first as u32, 1);
    }
    let (width, initial, second_low, second_high) = match first {
        0xC2..=0xDF => (2, (first & 0x1F) as u32, 0x80, 0xBF),
        // The second byte's range excludes overlong forms (E0) and surrogates (ED).
        0xE0 => (3, (first & 0x0F) as u32, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, (first & 0x0F) as u32, 0x80, 0xBF),
        0xED => (3, (first & 0x0F) as u32, 0x80, 0x9F),
        // F0 excludes overlong forms and F4 excludes code points above U+10FFFF.
        0xF0 => (4, (first & 0x07) as u32, 0x90, 0xBF),
        0xF1..=0xF3 => (4, (first & 0x07) as u32, 0x80, 0xBF),
        0xF4 => (4, (first & 0x07) as u32, 0x80, 0x8F),
        _ => return (RUNE_ERROR, 1),
    };
    if bytes.len() < width {
        return (RUNE_ERROR, 1);
    }
    let second = bytes[1];
    if second < second_low || second > second_high {
        return (RUNE_ERROR, 1);
    }
    let mut rune = initial << 6 | (second & 0x3F) as u32;
    for &continuation in &bytes[2..width] {
        if continuation & 0xC0 != 0x80 {
            return (RUNE_ERROR, 1);
        }
        rune = rune << 6 | (continuation & 0x3F) as u32;
    }
    (rune, width)
}

/// Decodes the last rune of `bytes`, returning it with its width, with the same
/// error rules as [`decode_rune`].
pub fn decode_last_rune(bytes: &[u8]) -> (u32, usize) {
    let end = bytes.len();
    if end == 0 {
        return (RUNE_ERROR, 0);
    }
    if bytes[end - 1] < 0x80 {
        return (bytes[end - 1] as u32, 1);
    }
    // Walk back over at most UTF_MAX bytes to the byte that could start a rune.
    let limit = end.saturating_sub(UTF_MAX);
    let mut start = end - 1;
    while start > limit && !rune_start(bytes[start]) {
        start -= 1;
    }
    let (rune, width) = decode_rune(&bytes[start..end]);
    if start + width != end {
        return (RUNE_ERROR, 1);
    }
    (rune, width)
}

/// Appends the UTF-8 encoding of `rune` to `out`; invalid runes (surrogates,
/// values above U+10FFFF) are written as U+FFFD, as Go's `utf8.AppendRune` does.
pub fn encode_rune(out: &mut Vec<u8>, rune: u32) {
    let rune = if valid_rune(rune) { rune } else { RUNE_ERROR };
    match rune {
        0..=0x7F => out.push(rune as u8),
        0x80..=0x7FF => {
            out.extend_from_slice(&[0xC0 | (rune >> 6) as u8, 0x80 | (rune & 0x3F) as u8])
        }
        0x800..=0xFFFF => out.extend_from_slice(&[
            0xE0 | (rune >> 12) as u8,
            0x80 | (rune >> 6 & 0x3F) as u8,
            0x80 | (rune & 0x3F) as u8,
        ]),
        _ => out.extend_from_slice(&[
            0xF0 | (rune >> 18) as u8,
            0x80 | (rune >> 12 & 0x3F) as u8,
            0x80 | (rune >> 6 & 0x3F) as u8,
            0x80 | (rune & 0x3F) as u8,
        ]),
    }
}

/// Returns the number of bytes needed to encode `rune`, or -1 if it is not a
/// valid rune (Go's `utf8.RuneLen`).
pub fn rune_len(rune: i64) -> i64 {
    match rune {
        i64::MIN..=-1 => -1,
        0..=0x7F => 1,
        0x80..=0x7FF => 2,
        0xD800..=0xDFFF => -1,
        0x800..=0xFFFF => 3,
        0x10000..=0x10FFFF => 4,
        _ => -1,
    }
}

/// Counts the runes of `bytes`; each invalid byte counts as one rune.
pub fn rune_count(bytes: &[u8]) -> usize {
    let mut count = 0;
    let mut position = 0;
    while position < bytes.len() {
        position += decode_rune(&bytes[position..]).1;
        count += 1;
    }
    count
}

/// Reports whether `bytes` is entirely valid UTF-8.
pub fn valid(bytes: &[u8]) -> bool {
    let mut position = 0;
    while position < bytes.len() {
        let (rune, width) = decode_rune(&bytes[position..]);
        if rune == RUNE_ERROR && width == 1 {
            return false;
        }
        position += width;
    }
    true
}

/// Reports whether `rune` is a Unicode scalar value (not a surrogate, not above U+10FFFF).
pub fn valid_rune(rune: u32) -> bool {
    rune < SURROGATE_MIN || (rune > SURROGATE_MAX && rune <= MAX_RUNE)
}

/// Reports whether `bytes` begins with a full encoding of a rune; an invalid
/// encoding counts as full because it decodes as a width-1 error.
pub fn full_rune(bytes: &[u8]) -> bool {
    let Some(&first) = bytes.first() else {
        return false;
    };
    let width = match first {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return true,
    };
    if bytes.len() >= width {
        return true;
    }
    // A prefix that already fails validation is "full": it decodes as an error.
    let (second_low, second_high) = match first {
        0xE0 => (0xA0, 0xBF),
        0xED => (0x80, 0x9F),
        0xF0 => (0x90, 0xBF),
        0xF4 => (0x80, 0x8F),
        _ => (0x80, 0xBF),
    };
    if bytes.len() > 1 && (bytes[1] < second_low || bytes[1] > second_high) {
        return true;
    }
    if bytes.len() > 2 && bytes[2] & 0xC0 != 0x80 {
        return true;
    }
    false
}

/// Reports whether `byte` could be the first byte of an encoded rune.
pub fn rune_start(byte: u8) -> bool {
    byte & 0xC0 != 0x80
}

/// Iterates over `(byte_offset, rune, width)` the way Go's `for i, r := range s` does.
pub fn runes(bytes: &[u8]) -> impl Iterator<Item = (usize, u32, usize)> + '_ {
    let mut position = 0;
    std::iter::from_fn(move || {
        if position >= bytes.len() {
            return None;
        }
        let (rune, width) = decode_rune(&bytes[position..]);
        let start = position;
        position += width;
        Some((start, rune, width))
    })
}
