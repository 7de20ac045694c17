//! Natives of package unicode: classification, case mapping and the predefined range tables.

use super::args::{int_arg, ret_bool, rune_arg};
use super::unicode_scripts as scripts;
use crate::stdlib::unicode as leaf;
use weft_vm::value::Value;
use weft_vm::{NativeCtx, NativeError, NativeRegistry};

pub fn register(r: &mut NativeRegistry) {
    let predicates: &[(&str, weft_vm::NativeFn)] = &[
        ("IsLetter", |c, a| {
            ret_bool(c, leaf::is_letter(rune_arg(a, 0)))
        }),
        ("IsDigit", |c, a| {
            ret_bool(c, leaf::is_digit(rune_arg(a, 0)))
        }),
        ("IsNumber", |c, a| {
            ret_bool(c, leaf::is_number(rune_arg(a, 0)))
        }),
        ("IsSpace", |c, a| {
            ret_bool(c, leaf::is_space(rune_arg(a, 0)))
        }),
        ("IsUpper", |c, a| {
            ret_bool(c, leaf::is_upper(rune_arg(a, 0)))
        }),
        ("IsLower", |c, a| {
            ret_bool(c, leaf::is_lower(rune_arg(a, 0)))
        }),
        ("IsTitle", |c, a| {
            ret_bool(c, leaf::is_title(rune_arg(a, 0)))
        }),
        ("IsMark", |c, a| ret_bool(c, leaf::is_mark(rune_arg(a, 0)))),
        ("IsPunct", |c, a| {
            ret_bool(c, leaf::is_punct(rune_arg(a, 0)))
        }),
        ("IsSymbol", |c, a| {
            ret_bool(c, leaf::is_symbol(rune_arg(a, 0)))
        }),
        ("IsPrint", |c, a| {
            ret_bool(c, leaf::is_print(rune_arg(a, 0)))
        }),
        ("IsGraphic", |c, a| {
            ret_bool(c, leaf::is_graphic(rune_arg(a, 0)))
        }),
        ("ToUpper", to_upper),
        ("ToLower", to_lower),
        ("ToTitle", to_title),
        ("SimpleFold", simple_fold),
        ("inBuiltin", in_builtin),
    ];
    for (name, f) in predicates {
        r.register(&format!("unicode.{name}"), *f);
    }
}

/// Applies a rune mapping; negative runes and runes above MaxRune are returned unchanged, as in Go.
fn map_rune(
    ctx: &mut NativeCtx<'_>,
    args: &[Value],
    mapping: fn(u32) -> u32,
) -> Result<(), NativeError> {
    let r = int_arg(args, 0);
    let mapped = if (0..=leaf::MAX_RUNE as i64).contains(&r) {
        mapping(r as u32) as i64
    } else {
        r
    };
    ctx.ret(Value::Int(mapped));
    Ok(())
}

fn to_upper(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    map_rune(ctx, args, leaf::to_upper)
}

fn to_lower(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    map_rune(ctx, args, leaf::to_lower)
}

fn to_title(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    map_rune(ctx, args, leaf::to_title)
}

fn simple_fold(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    map_rune(ctx, args, leaf::simple_fold)
}

/// Membership in a predefined table; the numbering must match the `builtin` fields of the
/// table variables in runtime/go/unicode/unicode.go.
fn in_builtin(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let r = int_arg(args, 1);
    if !(0..=leaf::MAX_RUNE as i64).contains(&r) {
        return ret_bool(ctx, false);
    }
    let r = r as u32;
    let found = match int_arg(args, 0) {
        1 => leaf::is_letter(r),
        2 => leaf::is_upper(r),
        3 => leaf::is_lower(r),
        4 => leaf::is_title(r),
        5 => leaf::is_mark(r),
        6 => leaf::is_digit(r),
        7 => leaf::is_number(r),
        8 => leaf::is_punct(r),
        9 => leaf::is_symbol(r),
        10 => leaf::is_space(r),
        11 => in_ranges(scripts::LATIN, r),
        12 => in_ranges(scripts::GREEK, r),
        13 => in_ranges(scripts::CYRILLIC, r),
        14 => in_ranges(scripts::HAN, r),
        15 => in_ranges(scripts::HIRAGANA, r),
        16 => in_ranges(scripts::KATAKANA, r),
        17 => in_ranges(scripts::HANGUL, r),
        18 => in_ranges(scripts::ARABIC, r),
        19 => in_ranges(scripts::HEBREW, r),
        20 => in_ranges(scripts::ASCII_HEX_DIGIT, r),
        21 => in_ranges(scripts::SEPARATOR, r),
        _ => false,
    };
    ret_bool(ctx, found)
}

/// Reports whether `rune` lies in one of the sorted, disjoint inclusive ranges.
fn in_ranges(ranges: &[(u32, u32)], rune: u32) -> bool {
    let index = ranges.partition_point(|&(_, last)| last < rune);
    index < ranges.len() && ranges[index].0 <= rune
}
