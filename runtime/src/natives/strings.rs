//! Natives of package strings: the leaf functions of `crate::stdlib::strings` bound to Go.

use super::args::{
    int_arg, panic_string, ret_bool, ret_int, ret_string, ret_strings, rune_arg, str_arg,
    strings_arg,
};
use crate::stdlib::strings as leaf;
use weft_vm::value::Value;
use weft_vm::{NativeCtx, NativeError, NativeRegistry};

pub fn register(r: &mut NativeRegistry) {
    let fns: &[(&str, weft_vm::NativeFn)] = &[
        ("Contains", contains),
        ("ContainsAny", contains_any),
        ("ContainsRune", contains_rune),
        ("Count", count),
        ("Index", index),
        ("LastIndex", last_index),
        ("IndexByte", index_byte),
        ("LastIndexByte", last_index_byte),
        ("IndexRune", index_rune),
        ("IndexAny", index_any),
        ("LastIndexAny", last_index_any),
        ("Split", split),
        ("SplitN", split_n),
        ("SplitAfter", split_after),
        ("SplitAfterN", split_after_n),
        ("Fields", fields),
        ("Join", join),
        ("Repeat", repeat),
        ("Replace", replace),
        ("ReplaceAll", replace_all),
        ("ToUpper", to_upper),
        ("ToLower", to_lower),
        ("ToTitle", to_title),
        ("Title", title),
        ("ToValidUTF8", to_valid_utf8),
        ("Trim", trim),
        ("TrimLeft", trim_left),
        ("TrimRight", trim_right),
        ("TrimSpace", trim_space),
        ("EqualFold", equal_fold),
        ("replacePairs", replace_pairs),
    ];
    for (name, f) in fns {
        r.register(&format!("strings.{name}"), *f);
    }
}

fn contains(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_bool(ctx, leaf::contains(str_arg(args, 0), str_arg(args, 1)))
}

fn contains_any(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_bool(ctx, leaf::contains_any(str_arg(args, 0), str_arg(args, 1)))
}

fn contains_rune(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_bool(
        ctx,
        leaf::contains_rune(str_arg(args, 0), rune_arg(args, 1)),
    )
}

fn count(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_int(ctx, leaf::count(str_arg(args, 0), str_arg(args, 1)) as i64)
}

fn index(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_int(ctx, leaf::index(str_arg(args, 0), str_arg(args, 1)))
}

fn last_index(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_int(ctx, leaf::last_index(str_arg(args, 0), str_arg(args, 1)))
}

fn index_byte(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_int(
        ctx,
        leaf::index_byte(str_arg(args, 0), int_arg(args, 1) as u8),
    )
}

fn last_index_byte(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_int(
        ctx,
        leaf::last_index_byte(str_arg(args, 0), int_arg(args, 1) as u8),
    )
}

fn index_rune(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_int(ctx, leaf::index_rune(str_arg(args, 0), rune_arg(args, 1)))
}

fn index_any(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_int(ctx, leaf::index_any(str_arg(args, 0), str_arg(args, 1)))
}

fn last_index_any(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_int(
        ctx,
        leaf::last_index_any(str_arg(args, 0), str_arg(args, 1)),
    )
}

fn split(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let pieces = leaf::split(str_arg(args, 0), str_arg(args, 1));
    ret_strings(ctx, &pieces);
    Ok(())
}

/// SplitN and SplitAfterN return nil (not an empty slice) for n == 0, as gc does.
fn split_limited(ctx: &mut NativeCtx<'_>, args: &[Value], after: bool) -> Result<(), NativeError> {
    let limit = int_arg(args, 2);
    if limit == 0 {
        ctx.ret(Value::Nil);
        return Ok(());
    }
    let (text, separator) = (str_arg(args, 0), str_arg(args, 1));
    let pieces = if after {
        leaf::split_after_n(text, separator, limit)
    } else {
        leaf::split_n(text, separator, limit)
    };
    ret_strings(ctx, &pieces);
    Ok(())
}

fn split_n(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    split_limited(ctx, args, false)
}

fn split_after(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let pieces = leaf::split_after(str_arg(args, 0), str_arg(args, 1));
    ret_strings(ctx, &pieces);
    Ok(())
}

fn split_after_n(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    split_limited(ctx, args, true)
}

fn fields(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let pieces = leaf::fields(str_arg(args, 0));
    ret_strings(ctx, &pieces);
    Ok(())
}

fn join(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let elements = strings_arg(ctx, args, 0);
    let parts: Vec<&[u8]> = elements.iter().map(|e| e.as_str()).collect();
    let joined = leaf::join(&parts, str_arg(args, 1));
    ret_string(ctx, joined)
}

fn repeat(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    match leaf::repeat(str_arg(args, 0), int_arg(args, 1)) {
        Ok(out) => ret_string(ctx, out),
        Err(message) => panic_string(message),
    }
}

fn replace(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_string(
        ctx,
        leaf::replace(
            str_arg(args, 0),
            str_arg(args, 1),
            str_arg(args, 2),
            int_arg(args, 3),
        ),
    )
}

fn replace_all(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_string(
        ctx,
        leaf::replace_all(str_arg(args, 0), str_arg(args, 1), str_arg(args, 2)),
    )
}

fn to_upper(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_string(ctx, leaf::to_upper(str_arg(args, 0)))
}

fn to_lower(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_string(ctx, leaf::to_lower(str_arg(args, 0)))
}

fn to_title(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_string(ctx, leaf::to_title(str_arg(args, 0)))
}

fn title(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_string(ctx, leaf::title(str_arg(args, 0)))
}

fn to_valid_utf8(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_string(ctx, leaf::to_valid_utf8(str_arg(args, 0), str_arg(args, 1)))
}

fn trim(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_string(ctx, leaf::trim(str_arg(args, 0), str_arg(args, 1)))
}

fn trim_left(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_string(ctx, leaf::trim_left(str_arg(args, 0), str_arg(args, 1)))
}

fn trim_right(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_string(ctx, leaf::trim_right(str_arg(args, 0), str_arg(args, 1)))
}

fn trim_space(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_string(ctx, leaf::trim_space(str_arg(args, 0)))
}

fn equal_fold(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_bool(ctx, leaf::equal_fold(str_arg(args, 0), str_arg(args, 1)))
}

/// strings.Replacer's algorithm: scanning left to right, at each byte position the first
/// (old, new) pair in argument order whose old string starts there is replaced; an empty old
/// string matches at a position unless the previous match there was itself empty, and the
/// scan then moves on by one byte, as gc's generic replacer does.
fn replace_pairs(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let pairs = strings_arg(ctx, args, 0);
    let text = str_arg(args, 1);
    let olds: Vec<&[u8]> = pairs.iter().step_by(2).map(|v| v.as_str()).collect();
    let news: Vec<&[u8]> = pairs
        .iter()
        .skip(1)
        .step_by(2)
        .map(|v| v.as_str())
        .collect();
    let mut out = Vec::with_capacity(text.len());
    let mut position = 0;
    let mut previous_match_empty = false;
    while position <= text.len() {
        let rest = &text[position..];
        let found = olds
            .iter()
            .zip(&news)
            .find(|(old, _)| rest.starts_with(old) && !(old.is_empty() && previous_match_empty));
        match found {
            Some((old, new)) => {
                out.extend_from_slice(new);
                previous_match_empty = old.is_empty();
                position += old.len();
            }
            None => {
                previous_match_empty = false;
                if let Some(&byte) = rest.first() {
                    out.push(byte);
                }
                position += 1;
            }
        }
    }
    ret_string(ctx, out)
}
