//! Go's `unicode` package: rune classification and case mapping with Go 1.23's tables.
//!
//! Rust's `char` methods answer different questions (for example
//! `is_alphabetic` is the Alphabetic property, not the Letter category, and
//! Rust follows a newer Unicode version), so every predicate here consults
//! tables generated from Go itself (see `unicode_tables.rs`).

use super::unicode_tables as tables;

/// The largest valid Unicode code point.
pub const MAX_RUNE: u32 = 0x10FFFF;

/// Reports whether `rune` is a letter (category L).
pub fn is_letter(rune: u32) -> bool {
    if rune < 0x80 {
        return (rune as u8).is_ascii_alphabetic();
    }
    in_table(tables::LETTER, rune)
}

/// Reports whether `rune` is a decimal digit (category Nd).
pub fn is_digit(rune: u32) -> bool {
    if rune < 0x80 {
        return (rune as u8).is_ascii_digit();
    }
    in_table(tables::DIGIT, rune)
}

/// Reports whether `rune` is a number (category N).
pub fn is_number(rune: u32) -> bool {
    in_table(tables::NUMBER, rune)
}

/// Reports whether `rune` is white space as Go defines it: the Latin-1 spaces
/// `\t \n \v \f \r`, space, U+0085, U+00A0, and the White_Space property beyond.
pub fn is_space(rune: u32) -> bool {
    in_table(tables::SPACE, rune)
}

/// Reports whether `rune` is an upper case letter (category Lu).
pub fn is_upper(rune: u32) -> bool {
    in_table(tables::UPPER, rune)
}

/// Reports whether `rune` is a lower case letter (category Ll).
pub fn is_lower(rune: u32) -> bool {
    in_table(tables::LOWER, rune)
}

/// Reports whether `rune` is a title case letter (category Lt).
pub fn is_title(rune: u32) -> bool {
    in_table(tables::TITLE, rune)
}

/// Reports whether `rune` is a mark (category M).
pub fn is_mark(rune: u32) -> bool {
    in_table(tables::MARK, rune)
}

/// Reports whether `rune` is punctuation (category P).
pub fn is_punct(rune: u32) -> bool {
    in_table(tables::PUNCT, rune)
}

/// Reports whether `rune` is a symbol (category S).
pub fn is_symbol(rune: u32) -> bool {
    in_table(tables::SYMBOL, rune)
}

/// Reports whether `rune` is printable by Go's definition: a letter, mark,
/// number, punctuation or symbol, or the ASCII space (but no other space).
pub fn is_print(rune: u32) -> bool {
    in_table(tables::PRINT, rune)
}

/// Reports whether `rune` is graphic: printable or a space separator (Zs).
pub fn is_graphic(rune: u32) -> bool {
    in_table(tables::GRAPHIC, rune)
}

/// Reports whether `rune` is a control character (category Cc: C0 and C1).
pub fn is_control(rune: u32) -> bool {
    rune < 0x20 || (0x7F..=0x9F).contains(&rune)
}

/// Maps `rune` to upper case; runes without a mapping are returned unchanged.
pub fn to_upper(rune: u32) -> u32 {
    if rune < 0x80 {
        return (rune as u8).to_ascii_uppercase() as u32;
    }
    apply_delta(rune, case_deltas(rune).0)
}

/// Maps `rune` to lower case; runes without a mapping are returned unchanged.
pub fn to_lower(rune: u32) -> u32 {
    if rune < 0x80 {
        return (rune as u8).to_ascii_lowercase() as u32;
    }
    apply_delta(rune, case_deltas(rune).1)
}

/// Maps `rune` to title case; runes without a mapping are returned unchanged.
pub fn to_title(rune: u32) -> u32 {
    if rune < 0x80 {
        return (rune as u8).to_ascii_uppercase() as u32;
    }
    apply_delta(rune, case_deltas(rune).2)
}

/// Returns the next rune after `rune` in its simple case-folding orbit, as Go's
/// `unicode.SimpleFold`; invalid runes (above U+10FFFF) are returned unchanged.
pub fn simple_fold(rune: u32) -> u32 {
    if rune > MAX_RUNE {
        return rune;
    }
    if let Ok(index) = tables::FOLD_ORBIT.binary_search_by_key(&rune, |&(from, _)| from) {
        return tables::FOLD_ORBIT[index].1;
    }
    let lower = to_lower(rune);
    if lower != rune {
        return lower;
    }
    to_upper(rune)
}

/// Reports whether `rune` lies in one of the sorted, disjoint inclusive ranges of `table`.
fn in_table(table: &[(u32, u32)], rune: u32) -> bool {
    let index = table.partition_point(|&(_, last)| last < rune);
    index < table.len() && table[index].0 <= rune
}

/// Looks up the (upper, lower, title) deltas of `rune`; zero when unmapped.
fn case_deltas(rune: u32) -> (i32, i32, i32) {
    let runs = tables::CASE_RUNS;
    let index = runs.partition_point(|&(_, last, ..)| last < rune);
    match runs.get(index) {
        Some(&(first, _, upper, lower, title)) if first <= rune => (upper, lower, title),
        _ => (0, 0, 0),
    }
}

fn apply_delta(rune: u32, delta: i32) -> u32 {
    (rune as i64 + delta as i64) as u32
}
