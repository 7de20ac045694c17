//! Natives of package fmt: gc-exact formatting of numbers, strings, bools and pointers.

use super::values::{arg_bytes, arg_int};
use crate::stdlib::format::{self, FmtFlags};
use weft_vm::value::Value;
use weft_vm::{NativeCtx, NativeError, NativeRegistry};

pub fn register(r: &mut NativeRegistry) {
    r.register("fmt.fmtInteger", fmt_integer);
    r.register("fmt.fmtFloat", fmt_float);
    r.register("fmt.fmtComplex", fmt_complex);
    r.register("fmt.fmtString", fmt_string);
    r.register("fmt.fmtBool", fmt_bool);
    r.register("fmt.fmtBytes", fmt_bytes);
    r.register("fmt.fmtPointer", fmt_pointer);
    r.register("fmt.padString", pad_string);
}

/// Decodes the flag bits of print.go (`flagPlus` = 1 ... `flagSharpV` = 64) and width/precision (-1: absent).
fn flags(bits: i64, wid: i64, prec: i64) -> FmtFlags {
    FmtFlags {
        plus: bits & 1 != 0,
        minus: bits & 2 != 0,
        sharp: bits & 4 != 0,
        space: bits & 8 != 0,
        zero: bits & 16 != 0,
        plus_v: bits & 32 != 0,
        sharp_v: bits & 64 != 0,
        width: if wid >= 0 { Some(wid as usize) } else { None },
        prec: if prec >= 0 { Some(prec as usize) } else { None },
    }
}

fn flags_at(args: &[Value], i: usize) -> FmtFlags {
    flags(arg_int(args, i), arg_int(args, i + 1), arg_int(args, i + 2))
}

fn done(ctx: &mut NativeCtx<'_>, out: Vec<u8>, ok: bool) -> Result<(), NativeError> {
    ctx.ret_str(out);
    ctx.ret(Value::Bool(ok));
    Ok(())
}

fn fmt_integer(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let mut out = Vec::new();
    let f = flags_at(args, 3);
    let ok = format::fmt_integer(
        &mut out,
        arg_int(args, 0) as u64,
        args[1].as_bool(),
        arg_int(args, 2) as u32,
        &f,
    );
    done(ctx, out, ok)
}

fn fmt_float(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let mut out = Vec::new();
    let f = flags_at(args, 3);
    let ok = format::fmt_float(
        &mut out,
        args[0].as_float(),
        arg_int(args, 1) as u32,
        arg_int(args, 2) as u32,
        &f,
    );
    done(ctx, out, ok)
}

fn fmt_complex(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let mut out = Vec::new();
    let f = flags_at(args, 4);
    let ok = format::fmt_complex(
        &mut out,
        args[0].as_float(),
        args[1].as_float(),
        arg_int(args, 2) as u32,
        arg_int(args, 3) as u32,
        &f,
    );
    done(ctx, out, ok)
}

fn fmt_string(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let mut out = Vec::new();
    let f = flags_at(args, 2);
    let ok = format::fmt_str(&mut out, arg_bytes(args, 0), arg_int(args, 1) as u32, &f);
    done(ctx, out, ok)
}

fn fmt_bool(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let mut out = Vec::new();
    let f = flags_at(args, 2);
    let ok = format::fmt_bool(&mut out, args[0].as_bool(), arg_int(args, 1) as u32, &f);
    done(ctx, out, ok)
}

fn fmt_bytes(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let mut out = Vec::new();
    let f = flags_at(args, 4);
    let ok = format::fmt_bytes(
        &mut out,
        arg_bytes(args, 0),
        args[1].as_bool(),
        arg_bytes(args, 2),
        arg_int(args, 3) as u32,
        &f,
    );
    done(ctx, out, ok)
}

fn fmt_pointer(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let mut out = Vec::new();
    let f = flags_at(args, 3);
    let ok = format::fmt_pointer(
        &mut out,
        arg_int(args, 0) as u64,
        arg_bytes(args, 1),
        arg_int(args, 2) as u32,
        &f,
    );
    done(ctx, out, ok)
}

fn pad_string(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let mut out = Vec::new();
    let f = flags(arg_int(args, 1), arg_int(args, 2), -1);
    format::pad(&mut out, &f, arg_bytes(args, 0));
    ctx.ret_str(out);
    Ok(())
}
