//! Natives of package strconv: parsing, formatting and quoting bound to `crate::stdlib::strconv`.
//!
//! Parsers return the value with an error kind and argument; the Go side
//! (runtime/go/strconv/strconv.go) turns them into `*NumError` values.

use super::args::{float_arg, int_arg, panic_string, ret_bool, ret_string, rune_arg, str_arg};
use crate::stdlib::strconv::{self as leaf, NumError, NumErrorKind};
use weft_vm::value::Value;
use weft_vm::{NativeCtx, NativeError, NativeRegistry};

pub fn register(r: &mut NativeRegistry) {
    let fns: &[(&str, weft_vm::NativeFn)] = &[
        ("parseInt", parse_int),
        ("parseUint", parse_uint),
        ("atoi", atoi),
        ("parseFloat", parse_float),
        ("FormatInt", format_int),
        ("FormatUint", format_uint),
        ("Itoa", itoa),
        ("FormatFloat", format_float),
        ("Quote", |c, a| ret_string(c, leaf::quote(str_arg(a, 0)))),
        ("QuoteToASCII", |c, a| {
            ret_string(c, leaf::quote_to_ascii(str_arg(a, 0)))
        }),
        ("QuoteToGraphic", |c, a| {
            ret_string(c, leaf::quote_to_graphic(str_arg(a, 0)))
        }),
        ("QuoteRune", |c, a| {
            ret_string(c, leaf::quote_rune(rune_arg(a, 0)))
        }),
        ("QuoteRuneToASCII", |c, a| {
            ret_string(c, leaf::quote_rune_to_ascii(rune_arg(a, 0)))
        }),
        ("QuoteRuneToGraphic", |c, a| {
            ret_string(c, leaf::quote_rune_to_graphic(rune_arg(a, 0)))
        }),
        ("CanBackquote", |c, a| {
            ret_bool(c, leaf::can_backquote(str_arg(a, 0)))
        }),
        ("IsPrint", |c, a| {
            ret_bool(c, leaf::is_print(rune_arg(a, 0)))
        }),
        ("IsGraphic", |c, a| {
            ret_bool(c, leaf::is_graphic(rune_arg(a, 0)))
        }),
        ("unquote", unquote),
        ("unquoteChar", unquote_char),
        ("quotedPrefix", quoted_prefix),
    ];
    for (name, f) in fns {
        r.register(&format!("strconv.{name}"), *f);
    }
}

/// The (kind, argument) pair of a parse error; the kinds must match the `err*` constants of strconv.go.
fn error_kind(error: &Option<NumError>) -> (i64, i64) {
    match error.as_ref().map(|e| e.err) {
        None => (0, 0),
        Some(NumErrorKind::Syntax) => (1, 0),
        Some(NumErrorKind::Range) => (2, 0),
        Some(NumErrorKind::Base(base)) => (3, base),
        Some(NumErrorKind::BitSize(size)) => (4, size),
    }
}

fn ret_parsed(
    ctx: &mut NativeCtx<'_>,
    value: Value,
    error: Option<NumError>,
) -> Result<(), NativeError> {
    let (kind, argument) = error_kind(&error);
    ctx.ret(value);
    ctx.ret(Value::Int(kind));
    ctx.ret(Value::Int(argument));
    Ok(())
}

fn parse_int(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let (value, error) = leaf::parse_int(str_arg(args, 0), int_arg(args, 1), int_arg(args, 2));
    ret_parsed(ctx, Value::Int(value), error)
}

fn parse_uint(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let (value, error) = leaf::parse_uint(str_arg(args, 0), int_arg(args, 1), int_arg(args, 2));
    ret_parsed(ctx, Value::Int(value as i64), error)
}

fn atoi(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let (value, error) = leaf::atoi(str_arg(args, 0));
    ret_parsed(ctx, Value::Int(value), error)
}

fn parse_float(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let (value, error) = leaf::parse_float(str_arg(args, 0), int_arg(args, 1));
    ret_parsed(ctx, Value::Float(value), error)
}

fn format_int(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    match leaf::format_int(int_arg(args, 0), int_arg(args, 1).clamp(0, 1000) as u32) {
        Ok(text) => ret_string(ctx, text),
        Err(message) => panic_string(message),
    }
}

fn format_uint(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    match leaf::format_uint(
        int_arg(args, 0) as u64,
        int_arg(args, 1).clamp(0, 1000) as u32,
    ) {
        Ok(text) => ret_string(ctx, text),
        Err(message) => panic_string(message),
    }
}

fn itoa(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_string(ctx, leaf::itoa(int_arg(args, 0)))
}

fn format_float(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let bit_size = int_arg(args, 3);
    if bit_size != 32 && bit_size != 64 {
        return panic_string("strconv: illegal AppendFloat/FormatFloat bitSize");
    }
    let prec = int_arg(args, 2).clamp(i32::MIN as i64, i32::MAX as i64) as i32;
    ret_string(
        ctx,
        leaf::format_float(
            float_arg(args, 0),
            int_arg(args, 1) as u8,
            prec,
            bit_size as u32,
        ),
    )
}

fn unquote(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let (text, ok) = match leaf::unquote(str_arg(args, 0)) {
        Ok(text) => (text, true),
        Err(()) => (Vec::new(), false),
    };
    ctx.ret(Value::str(&text));
    ret_bool(ctx, ok)
}

fn unquote_char(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    match leaf::unquote_char(str_arg(args, 0), int_arg(args, 1) as u8) {
        Ok(decoded) => {
            ctx.ret(Value::Int(decoded.value as i64));
            ctx.ret(Value::Bool(decoded.multibyte));
            ctx.ret(Value::str(decoded.tail));
            ret_bool(ctx, true)
        }
        Err(()) => {
            ctx.ret(Value::Int(0));
            ctx.ret(Value::Bool(false));
            ctx.ret(Value::str(b""));
            ret_bool(ctx, false)
        }
    }
}

fn quoted_prefix(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    match leaf::quoted_prefix(str_arg(args, 0)) {
        Ok(prefix) => {
            ctx.ret(Value::str(prefix));
            ret_bool(ctx, true)
        }
        Err(()) => {
            ctx.ret(Value::str(b""));
            ret_bool(ctx, false)
        }
    }
}
