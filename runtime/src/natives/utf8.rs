//! Natives of package unicode/utf8: decoding, counting and validation bound to `crate::stdlib::utf8`.

use super::args::{byte_prefix, byte_suffix, ret_bool, ret_int, str_arg};
use crate::stdlib::utf8 as leaf;
use weft_vm::value::Value;
use weft_vm::{NativeCtx, NativeError, NativeRegistry};

pub fn register(r: &mut NativeRegistry) {
    let fns: &[(&str, weft_vm::NativeFn)] = &[
        ("FullRune", full_rune),
        ("FullRuneInString", full_rune_in_string),
        ("DecodeRune", decode_rune),
        ("DecodeRuneInString", decode_rune_in_string),
        ("DecodeLastRune", decode_last_rune),
        ("DecodeLastRuneInString", decode_last_rune_in_string),
        ("RuneCount", rune_count),
        ("RuneCountInString", rune_count_in_string),
        ("Valid", valid),
        ("ValidString", valid_string),
    ];
    for (name, f) in fns {
        r.register(&format!("unicode/utf8.{name}"), *f);
    }
}

fn ret_rune_and_size(
    ctx: &mut NativeCtx<'_>,
    (rune, size): (u32, usize),
) -> Result<(), NativeError> {
    ctx.ret(Value::Int(rune as i64));
    ret_int(ctx, size as i64)
}

fn full_rune(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let head = byte_prefix(ctx, &args[0], leaf::UTF_MAX);
    ret_bool(ctx, leaf::full_rune(&head))
}

fn full_rune_in_string(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_bool(ctx, leaf::full_rune(str_arg(args, 0)))
}

fn decode_rune(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let head = byte_prefix(ctx, &args[0], leaf::UTF_MAX);
    ret_rune_and_size(ctx, leaf::decode_rune(&head))
}

fn decode_rune_in_string(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_rune_and_size(ctx, leaf::decode_rune(str_arg(args, 0)))
}

fn decode_last_rune(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let tail = byte_suffix(ctx, &args[0], leaf::UTF_MAX);
    ret_rune_and_size(ctx, leaf::decode_last_rune(&tail))
}

fn decode_last_rune_in_string(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_rune_and_size(ctx, leaf::decode_last_rune(str_arg(args, 0)))
}

fn rune_count(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let bytes = ctx.slice_bytes(&args[0]);
    ret_int(ctx, leaf::rune_count(&bytes) as i64)
}

fn rune_count_in_string(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_int(ctx, leaf::rune_count(str_arg(args, 0)) as i64)
}

fn valid(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let bytes = ctx.slice_bytes(&args[0]);
    ret_bool(ctx, leaf::valid(&bytes))
}

fn valid_string(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_bool(ctx, leaf::valid(str_arg(args, 0)))
}
