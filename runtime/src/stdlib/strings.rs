//! Go's `strings` package over byte strings (also usable for `bytes`): searching,
//! splitting, replacing, case mapping and trimming with Go's treatment of
//! invalid UTF-8 (an invalid byte reads as U+FFFD of width 1).

use super::unicode;
use super::utf8;

/// Go's panic message for `strings.Repeat` with a negative count.
pub const REPEAT_NEGATIVE_PANIC: &str = "strings: negative Repeat count";
/// Go's panic message for `strings.Repeat` whose result length overflows.
pub const REPEAT_OVERFLOW_PANIC: &str = "strings: Repeat output length overflow";
/// Results longer than this are refused instead of attempting the allocation,
/// so a Go program cannot abort the host by asking for a huge string.
pub const MAX_RESULT_BYTES: usize = 1 << 32;
/// The message used when a result would exceed [`MAX_RESULT_BYTES`].
pub const OUT_OF_MEMORY_PANIC: &str = "runtime: out of memory";

/// Reports whether `substring` occurs in `text`.
pub fn contains(text: &[u8], substring: &[u8]) -> bool {
    index(text, substring) >= 0
}

/// Reports whether any rune of `chars` occurs in `text`.
pub fn contains_any(text: &[u8], chars: &[u8]) -> bool {
    index_any(text, chars) >= 0
}

/// Reports whether `rune` occurs in `text` (U+FFFD also matches invalid bytes).
pub fn contains_rune(text: &[u8], rune: u32) -> bool {
    index_rune(text, rune) >= 0
}

/// Reports whether any rune of `text` satisfies `predicate`.
pub fn contains_func(text: &[u8], predicate: impl Fn(u32) -> bool) -> bool {
    index_func(text, predicate) >= 0
}

/// Counts non-overlapping occurrences of `separator`; an empty separator
/// matches before every rune and at the end (rune count + 1).
pub fn count(text: &[u8], separator: &[u8]) -> usize {
    if separator.is_empty() {
        return utf8::rune_count(text) + 1;
    }
    let mut total = 0;
    let mut rest = text;
    while let Some(position) = find(rest, separator) {
        total += 1;
        rest = &rest[position + separator.len()..];
    }
    total
}

/// The byte offset of the first `substring` in `text`, or -1.
pub fn index(text: &[u8], substring: &[u8]) -> i64 {
    find(text, substring).map_or(-1, |position| position as i64)
}

/// The byte offset of the last `substring` in `text`, or -1; an empty
/// substring is found at the end.
pub fn last_index(text: &[u8], substring: &[u8]) -> i64 {
    find_last(text, substring).map_or(-1, |position| position as i64)
}

/// The offset of the first `byte`, or -1.
pub fn index_byte(text: &[u8], byte: u8) -> i64 {
    text.iter()
        .position(|&candidate| candidate == byte)
        .map_or(-1, |position| position as i64)
}

/// The offset of the last `byte`, or -1.
pub fn last_index_byte(text: &[u8], byte: u8) -> i64 {
    text.iter()
        .rposition(|&candidate| candidate == byte)
        .map_or(-1, |position| position as i64)
}

/// The offset of the first occurrence of `rune`, or -1. U+FFFD matches both
/// itself and any invalid byte; other invalid runes match nothing.
pub fn index_rune(text: &[u8], rune: u32) -> i64 {
    if rune < utf8::RUNE_SELF {
        return index_byte(text, rune as u8);
    }
    if rune == utf8::RUNE_ERROR {
        return utf8::runes(text)
            .find(|&(_, decoded, _)| decoded == utf8::RUNE_ERROR)
            .map_or(-1, |(offset, ..)| offset as i64);
    }
    if !utf8::valid_rune(rune) {
        return -1;
    }
    let mut encoded = Vec::with_capacity(4);
    utf8::encode_rune(&mut encoded, rune);
    index(text, &encoded)
}

/// The offset of the first rune of `text` that occurs in `chars`, or -1.
pub fn index_any(text: &[u8], chars: &[u8]) -> i64 {
    if chars.is_empty() {
        return -1;
    }
    utf8::runes(text)
        .find(|&(_, rune, _)| index_rune(chars, rune) >= 0)
        .map_or(-1, |(offset, ..)| offset as i64)
}

/// The offset of the last rune of `text` that occurs in `chars`, or -1.
pub fn last_index_any(text: &[u8], chars: &[u8]) -> i64 {
    if chars.is_empty() {
        return -1;
    }
    let mut end = text.len();
    while end > 0 {
        let (rune, width) = utf8::decode_last_rune(&text[..end]);
        end -= width;
        if index_rune(chars, rune) >= 0 {
            return end as i64;
        }
    }
    -1
}

/// The offset of the first rune satisfying `predicate`, or -1.
pub fn index_func(text: &[u8], predicate: impl Fn(u32) -> bool) -> i64 {
    utf8::runes(text)
        .find(|&(_, rune, _)| predicate(rune))
        .map_or(-1, |(offset, ..)| offset as i64)
}

/// The offset of the last rune satisfying `predicate`, or -1.
pub fn last_index_func(text: &[u8], predicate: impl Fn(u32) -> bool) -> i64 {
    let mut end = text.len();
    while end > 0 {
        let (rune, width) = utf8::decode_last_rune(&text[..end]);
        end -= width;
        if predicate(rune) {
            return end as i64;
        }
    }
    -1
}

/// Go's `strings.Split`: all pieces between separators; an empty separator
/// splits into runes (invalid bytes become single-byte pieces).
pub fn split<'a>(text: &'a [u8], separator: &[u8]) -> Vec<&'a [u8]> {
    split_general(text, separator, false, -1)
}

/// Go's `strings.SplitN`: at most `limit` pieces, the last holding the rest;
/// `limit` 0 gives no pieces (Go returns nil), a negative limit means all.
pub fn split_n<'a>(text: &'a [u8], separator: &[u8], limit: i64) -> Vec<&'a [u8]> {
    split_general(text, separator, false, limit)
}

/// Go's `strings.SplitAfter`: like [`split`] but each piece keeps its separator.
pub fn split_after<'a>(text: &'a [u8], separator: &[u8]) -> Vec<&'a [u8]> {
    split_general(text, separator, true, -1)
}

/// Go's `strings.SplitAfterN`.
pub fn split_after_n<'a>(text: &'a [u8], separator: &[u8], limit: i64) -> Vec<&'a [u8]> {
    split_general(text, separator, true, limit)
}

fn split_general<'a>(
    text: &'a [u8],
    separator: &[u8],
    keep_separator: bool,
    limit: i64,
) -> Vec<&'a [u8]> {
    if limit == 0 {
        return Vec::new();
    }
    if separator.is_empty() {
        return explode(text, limit);
    }
    let limit = if limit < 0 {
        count(text, separator) + 1
    } else {
        (limit as u64).min(text.len() as u64 + 1) as usize
    };
    let mut pieces = Vec::with_capacity(limit.min(1024));
    let mut rest = text;
    while pieces.len() + 1 < limit {
        let Some(position) = find(rest, separator) else {
            break;
        };
        let kept = if keep_separator { separator.len() } else { 0 };
        pieces.push(&rest[..position + kept]);
        rest = &rest[position + separator.len()..];
    }
    pieces.push(rest);
    pieces
}

/// Splits into single runes, the last piece holding the rest when `limit`
/// is smaller than the rune count.
fn explode(text: &[u8], limit: i64) -> Vec<&[u8]> {
    let rune_total = utf8::rune_count(text);
    let limit = if limit < 0 || limit as u64 > rune_total as u64 {
        rune_total
    } else {
        limit as usize
    };
    let mut pieces = Vec::with_capacity(limit);
    let mut rest = text;
    while pieces.len() + 1 < limit {
        let (_, width) = utf8::decode_rune(rest);
        pieces.push(&rest[..width]);
        rest = &rest[width..];
    }
    if limit > 0 {
        pieces.push(rest);
    }
    pieces
}

/// Go's `strings.Fields`: the runs of non-space runes (`unicode.IsSpace`).
pub fn fields(text: &[u8]) -> Vec<&[u8]> {
    fields_func(text, unicode::is_space)
}

/// Go's `strings.FieldsFunc`: the runs of runes not satisfying `is_separator`.
pub fn fields_func(text: &[u8], is_separator: impl Fn(u32) -> bool) -> Vec<&[u8]> {
    let mut pieces = Vec::new();
    let mut start = None;
    for (offset, rune, _) in utf8::runes(text) {
        match (is_separator(rune), start) {
            (true, Some(begin)) => {
                pieces.push(&text[begin..offset]);
                start = None;
            }
            (false, None) => start = Some(offset),
            _ => {}
        }
    }
    if let Some(begin) = start {
        pieces.push(&text[begin..]);
    }
    pieces
}

/// Go's `strings.Join`.
pub fn join(elements: &[&[u8]], separator: &[u8]) -> Vec<u8> {
    let total: usize = elements.iter().map(|element| element.len()).sum::<usize>()
        + separator.len() * elements.len().saturating_sub(1);
    let mut out = Vec::with_capacity(total);
    for (position, element) in elements.iter().enumerate() {
        if position > 0 {
            out.extend_from_slice(separator);
        }
        out.extend_from_slice(element);
    }
    out
}

/// Go's `strings.Repeat`.
///
/// # Errors
/// Go's panic message for a negative count or an overflowing length, and
/// [`OUT_OF_MEMORY_PANIC`] beyond [`MAX_RESULT_BYTES`].
pub fn repeat(text: &[u8], times: i64) -> Result<Vec<u8>, &'static str> {
    if times < 0 {
        return Err(REPEAT_NEGATIVE_PANIC);
    }
    let total = (text.len() as u64)
        .checked_mul(times as u64)
        .filter(|&total| total <= i64::MAX as u64)
        .ok_or(REPEAT_OVERFLOW_PANIC)?;
    if total > MAX_RESULT_BYTES as u64 {
        return Err(OUT_OF_MEMORY_PANIC);
    }
    Ok(text.repeat(times as usize))
}

/// Go's `strings.Replace`: replaces the first `limit` occurrences of `old`
/// (all when `limit` is negative). An empty `old` matches before each rune
/// and at the end.
pub fn replace(text: &[u8], old: &[u8], new: &[u8], limit: i64) -> Vec<u8> {
    if old == new || limit == 0 {
        return text.to_vec();
    }
    let matches = count(text, old);
    if matches == 0 {
        return text.to_vec();
    }
    let limit = if limit < 0 || matches < limit as u64 as usize {
        matches
    } else {
        limit as usize
    };
    let mut out = Vec::with_capacity(text.len() + limit * new.len());
    let mut start = 0;
    for replaced in 0..limit {
        let mut match_start = start;
        if old.is_empty() {
            if replaced > 0 {
                match_start += utf8::decode_rune(&text[start..]).1;
            }
        } else {
            match_start += find(&text[start..], old).unwrap_or(0);
        }
        out.extend_from_slice(&text[start..match_start]);
        out.extend_from_slice(new);
        start = match_start + old.len();
    }
    out.extend_from_slice(&text[start..]);
    out
}

/// Go's `strings.ReplaceAll`.
pub fn replace_all(text: &[u8], old: &[u8], new: &[u8]) -> Vec<u8> {
    replace(text, old, new, -1)
}

/// Go's `strings.ToUpper`; invalid bytes in non-ASCII input become U+FFFD.
pub fn to_upper(text: &[u8]) -> Vec<u8> {
    if text.is_ascii() {
        return text.to_ascii_uppercase();
    }
    map_runes(text, |rune| unicode::to_upper(rune) as i64)
}

/// Go's `strings.ToLower`; invalid bytes in non-ASCII input become U+FFFD.
pub fn to_lower(text: &[u8]) -> Vec<u8> {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    map_runes(text, |rune| unicode::to_lower(rune) as i64)
}

/// Go's `strings.ToTitle`.
pub fn to_title(text: &[u8]) -> Vec<u8> {
    map_runes(text, |rune| unicode::to_title(rune) as i64)
}

/// Go's `strings.Map`: each rune replaced by `mapping` (dropped when it
/// returns a negative value). The input is returned unchanged when no rune
/// changes; otherwise invalid bytes are written as U+FFFD.
pub fn map_runes(text: &[u8], mapping: impl Fn(u32) -> i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut changed = false;
    for (_, rune, width) in utf8::runes(text) {
        let mapped = mapping(rune);
        let invalid_byte = rune == utf8::RUNE_ERROR && width == 1;
        if mapped != rune as i64 || invalid_byte {
            changed = true;
        }
        if mapped >= 0 {
            utf8::encode_rune(&mut out, mapped.min(u32::MAX as i64) as u32);
        }
    }
    if changed {
        out
    } else {
        text.to_vec()
    }
}

/// Go's `strings.Trim`: removes leading and trailing runes found in `cutset`.
pub fn trim<'a>(text: &'a [u8], cutset: &[u8]) -> &'a [u8] {
    trim_right(trim_left(text, cutset), cutset)
}

/// Go's `strings.TrimLeft`.
pub fn trim_left<'a>(text: &'a [u8], cutset: &[u8]) -> &'a [u8] {
    if cutset.is_empty() {
        return text;
    }
    trim_left_func(text, |rune| index_rune(cutset, rune) >= 0)
}

/// Go's `strings.TrimRight`.
pub fn trim_right<'a>(text: &'a [u8], cutset: &[u8]) -> &'a [u8] {
    if cutset.is_empty() {
        return text;
    }
    trim_right_func(text, |rune| index_rune(cutset, rune) >= 0)
}

/// Go's `strings.TrimSpace`: removes leading and trailing `unicode.IsSpace` runes.
pub fn trim_space(text: &[u8]) -> &[u8] {
    trim_func(text, unicode::is_space)
}

/// Go's `strings.TrimFunc`.
pub fn trim_func(text: &[u8], predicate: impl Fn(u32) -> bool) -> &[u8] {
    trim_right_func(trim_left_func(text, &predicate), &predicate)
}

/// Go's `strings.TrimLeftFunc`.
pub fn trim_left_func(text: &[u8], predicate: impl Fn(u32) -> bool) -> &[u8] {
    match utf8::runes(text).find(|&(_, rune, _)| !predicate(rune)) {
        Some((offset, ..)) => &text[offset..],
        None => &text[text.len()..],
    }
}

/// Go's `strings.TrimRightFunc`.
pub fn trim_right_func(text: &[u8], predicate: impl Fn(u32) -> bool) -> &[u8] {
    let mut end = text.len();
    while end > 0 {
        let (rune, width) = utf8::decode_last_rune(&text[..end]);
        if !predicate(rune) {
            break;
        }
        end -= width;
    }
    &text[..end]
}

/// Go's `strings.TrimPrefix`.
pub fn trim_prefix<'a>(text: &'a [u8], prefix: &[u8]) -> &'a [u8] {
    text.strip_prefix(prefix).unwrap_or(text)
}

/// Go's `strings.TrimSuffix`.
pub fn trim_suffix<'a>(text: &'a [u8], suffix: &[u8]) -> &'a [u8] {
    text.strip_suffix(suffix).unwrap_or(text)
}

/// Go's `strings.HasPrefix`.
pub fn has_prefix(text: &[u8], prefix: &[u8]) -> bool {
    text.starts_with(prefix)
}

/// Go's `strings.HasSuffix`.
pub fn has_suffix(text: &[u8], suffix: &[u8]) -> bool {
    text.ends_with(suffix)
}

/// Go's `strings.EqualFold`: equality under simple Unicode case folding.
pub fn equal_fold(left: &[u8], right: &[u8]) -> bool {
    let mut right_runes = utf8::runes(right);
    for (_, left_rune, _) in utf8::runes(left) {
        let Some((_, right_rune, _)) = right_runes.next() else {
            return false;
        };
        if left_rune == right_rune {
            continue;
        }
        let (small, large) = if left_rune < right_rune {
            (left_rune, right_rune)
        } else {
            (right_rune, left_rune)
        };
        if large < utf8::RUNE_SELF {
            if (0x41..=0x5A).contains(&small) && large == small + 32 {
                continue;
            }
            return false;
        }
        // Walk the fold orbit of the smaller rune up to the larger one.
        let mut folded = unicode::simple_fold(small);
        while folded != small && folded < large {
            folded = unicode::simple_fold(folded);
        }
        if folded != large {
            return false;
        }
    }
    right_runes.next().is_none()
}

/// Go's `strings.Compare`: -1, 0 or 1 by byte order.
pub fn compare(left: &[u8], right: &[u8]) -> i64 {
    match left.cmp(right) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

/// Go's `strings.Cut`: the text before and after the first `separator`, and
/// whether it was found (if not: the whole text and an empty rest).
pub fn cut<'a>(text: &'a [u8], separator: &[u8]) -> (&'a [u8], &'a [u8], bool) {
    match find(text, separator) {
        Some(position) => (&text[..position], &text[position + separator.len()..], true),
        None => (text, &text[text.len()..], false),
    }
}

/// Go's `strings.CutPrefix`.
pub fn cut_prefix<'a>(text: &'a [u8], prefix: &[u8]) -> (&'a [u8], bool) {
    match text.strip_prefix(prefix) {
        Some(rest) => (rest, true),
        None => (text, false),
    }
}

/// Go's `strings.CutSuffix`.
pub fn cut_suffix<'a>(text: &'a [u8], suffix: &[u8]) -> (&'a [u8], bool) {
    match text.strip_suffix(suffix) {
        Some(rest) => (rest, true),
        None => (text, false),
    }
}

/// After this many candidate positions that fail, [`find`] switches from
/// direct comparison to a rolling hash, so that patterns like `aaa…ab` in
/// `aaaa…` stay linear instead of quadratic.
const DIRECT_SEARCH_FAILURES: usize = 64;

/// The first position of `needle` in `haystack`; an empty needle is at 0.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    let Some((&first, rest)) = needle.split_first() else {
        return Some(0);
    };
    if needle.len() > haystack.len() {
        return None;
    }
    let last_start = haystack.len() - needle.len();
    let mut start = 0;
    let mut failures = 0;
    while start <= last_start {
        // Skip quickly to the next occurrence of the first byte.
        let offset = haystack[start..=last_start]
            .iter()
            .position(|&byte| byte == first)?;
        start += offset;
        if &haystack[start + 1..start + needle.len()] == rest {
            return Some(start);
        }
        start += 1;
        failures += 1;
        if failures > DIRECT_SEARCH_FAILURES {
            return find_by_hash(haystack, needle, start);
        }
    }
    None
}

/// The multiplier of the Rabin-Karp rolling hash.
const HASH_PRIME: u32 = 16777619;

/// Rabin-Karp search for `needle` in `haystack` from `from` on.
fn find_by_hash(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let length = needle.len();
    let haystack = &haystack[from..];
    if length > haystack.len() {
        return None;
    }
    let hash_of = |bytes: &[u8]| {
        bytes.iter().fold(0u32, |hash, &byte| {
            hash.wrapping_mul(HASH_PRIME).wrapping_add(byte as u32)
        })
    };
    // The weight of the byte leaving the window: HASH_PRIME^length.
    let leaving_weight = (0..length).fold(1u32, |power, _| power.wrapping_mul(HASH_PRIME));
    let target = hash_of(needle);
    let mut hash = hash_of(&haystack[..length]);
    let mut start = 0;
    loop {
        if hash == target && &haystack[start..start + length] == needle {
            return Some(from + start);
        }
        if start + length >= haystack.len() {
            return None;
        }
        hash = hash
            .wrapping_mul(HASH_PRIME)
            .wrapping_add(haystack[start + length] as u32);
        hash = hash.wrapping_sub(leaving_weight.wrapping_mul(haystack[start] as u32));
        start += 1;
    }
}

/// The last position of `needle` in `haystack`, by a rolling hash from the end.
fn find_last(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    let length = needle.len();
    if length > haystack.len() {
        return None;
    }
    if length == 0 {
        return Some(haystack.len());
    }
    let hash_of = |bytes: &[u8]| {
        bytes.iter().rev().fold(0u32, |hash, &byte| {
            hash.wrapping_mul(HASH_PRIME).wrapping_add(byte as u32)
        })
    };
    let leaving_weight = (0..length).fold(1u32, |power, _| power.wrapping_mul(HASH_PRIME));
    let target = hash_of(needle);
    let mut start = haystack.len() - length;
    let mut hash = hash_of(&haystack[start..]);
    loop {
        if hash == target && &haystack[start..start + length] == needle {
            return Some(start);
        }
        if start == 0 {
            return None;
        }
        start -= 1;
        hash = hash
            .wrapping_mul(HASH_PRIME)
            .wrapping_add(haystack[start] as u32);
        hash = hash.wrapping_sub(leaving_weight.wrapping_mul(haystack[start + length] as u32));
    }
}

/// Go's `strings.ToValidUTF8`: each run of invalid bytes becomes one `replacement`.
pub fn to_valid_utf8(text: &[u8], replacement: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut previous_invalid = false;
    for (offset, rune, width) in utf8::runes(text) {
        if rune == utf8::RUNE_ERROR && width == 1 {
            if !previous_invalid {
                out.extend_from_slice(replacement);
            }
            previous_invalid = true;
        } else {
            out.extend_from_slice(&text[offset..offset + width]);
            previous_invalid = false;
        }
    }
    out
}

/// Go's deprecated `strings.Title`: maps the first letter of each word to
/// title case, where words are separated by spaces and by ASCII characters
/// other than letters, digits and underscore.
pub fn title(text: &[u8]) -> Vec<u8> {
    let previous = std::cell::Cell::new(' ' as u32);
    map_runes(text, |rune| {
        let mapped = if is_word_separator(previous.get()) {
            unicode::to_title(rune)
        } else {
            rune
        };
        previous.set(rune);
        mapped as i64
    })
}

fn is_word_separator(rune: u32) -> bool {
    if rune <= 0x7F {
        let byte = rune as u8;
        return !(byte.is_ascii_alphanumeric() || byte == b'_');
    }
    if unicode::is_letter(rune) || unicode::is_digit(rune) {
        return false;
    }
    unicode::is_space(rune)
}

/// Go's panic message for `strings.NewReplacer` with an odd argument count.
pub const REPLACER_ODD_PANIC: &str = "strings.NewReplacer: odd argument count";

/// Go's `*strings.Replacer`: replaces several strings at once.
///
/// At each byte position the earliest pair (in argument order) whose old
/// string starts there wins; the text it covers is skipped. An empty old
/// string matches at every byte position (not rune) and at the end, but not
/// twice in a row at the same position. Go picks one of four specialized
/// algorithms; all of them have these semantics.
#[derive(Clone, Debug)]
pub struct Replacer {
    pairs: Vec<(Vec<u8>, Vec<u8>)>,
}

impl Replacer {
    /// Go's `strings.NewReplacer(old1, new1, old2, new2, ...)`.
    ///
    /// # Errors
    /// [`REPLACER_ODD_PANIC`] for an odd number of strings.
    pub fn new(old_new: &[&[u8]]) -> Result<Replacer, &'static str> {
        if old_new.len() % 2 == 1 {
            return Err(REPLACER_ODD_PANIC);
        }
        let pairs = old_new
            .chunks(2)
            .map(|pair| (pair[0].to_vec(), pair[1].to_vec()))
            .collect();
        Ok(Replacer { pairs })
    }

    /// Go's `Replacer.Replace`.
    pub fn replace(&self, text: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(text.len());
        let mut position = 0;
        let mut copied_up_to = 0;
        let mut previous_match_empty = false;
        while position <= text.len() {
            let rest = &text[position..];
            let found = self.pairs.iter().find(|(old, _)| {
                !(previous_match_empty && old.is_empty()) && rest.starts_with(old)
            });
            previous_match_empty = matches!(found, Some((old, _)) if old.is_empty());
            match found {
                Some((old, new)) => {
                    out.extend_from_slice(&text[copied_up_to..position]);
                    out.extend_from_slice(new);
                    position += old.len();
                    copied_up_to = position;
                }
                None => position += 1,
            }
        }
        if copied_up_to < text.len() {
            out.extend_from_slice(&text[copied_up_to..]);
        }
        out
    }
}
