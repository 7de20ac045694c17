//! Go's quoting and unquoting: `Quote*`, `CanBackquote`, `UnquoteChar`, `Unquote`, `QuotedPrefix`.

use super::*;

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

/// Appends `text` quoted with `quote_byte` (`"` for strings, `'` for runes).
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
