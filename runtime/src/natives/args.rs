//! Argument and result helpers shared by the natives of strings, strconv, math, unicode, utf8, bytes and sort.

use weft_vm::heap::Object;
use weft_vm::value::Value;
use weft_vm::{NativeCtx, NativeError};

/// The bytes of string argument `i` (empty when absent).
pub fn str_arg(args: &[Value], i: usize) -> &[u8] {
    args.get(i).map(|v| v.as_str()).unwrap_or(&[])
}

/// Integer argument `i` (any Go integer kind, as its 64-bit pattern).
pub fn int_arg(args: &[Value], i: usize) -> i64 {
    args.get(i).map(|v| v.as_int()).unwrap_or(0)
}

/// Float argument `i`.
pub fn float_arg(args: &[Value], i: usize) -> f64 {
    args.get(i).map(|v| v.as_float()).unwrap_or(0.0)
}

/// Rune argument `i`: a Go rune is an int32, so its bit pattern is reinterpreted as `u32`
/// (negative runes become huge, which every leaf treats as invalid).
pub fn rune_arg(args: &[Value], i: usize) -> u32 {
    int_arg(args, i) as i32 as u32
}

/// The strings of a `[]string` argument.
pub fn strings_arg(ctx: &NativeCtx<'_>, args: &[Value], i: usize) -> Vec<Value> {
    args.get(i).map(|v| ctx.slice_values(v)).unwrap_or_default()
}

/// At most `limit` leading bytes of a `[]byte` argument, read without copying the rest of
/// the slice (decoding one rune must not cost the length of the whole slice).
pub fn byte_prefix(ctx: &NativeCtx<'_>, v: &Value, limit: usize) -> Vec<u8> {
    let Value::Ref(r) = v else { return Vec::new() };
    let Object::Slice(h) = ctx.heap.get(*r) else {
        return Vec::new();
    };
    let start = h.offset as usize;
    let end = start + (h.len as usize).min(limit);
    ctx.heap.values(h.array)[start..end]
        .iter()
        .map(|b| b.as_int() as u8)
        .collect()
}

/// At most `limit` trailing bytes of a `[]byte` argument.
pub fn byte_suffix(ctx: &NativeCtx<'_>, v: &Value, limit: usize) -> Vec<u8> {
    let Value::Ref(r) = v else { return Vec::new() };
    let Object::Slice(h) = ctx.heap.get(*r) else {
        return Vec::new();
    };
    let end = (h.offset + h.len) as usize;
    let start = end - (h.len as usize).min(limit);
    ctx.heap.values(h.array)[start..end]
        .iter()
        .map(|b| b.as_int() as u8)
        .collect()
}

/// Returns a `[]string` holding `pieces` (a non-nil slice, even when empty).
pub fn ret_strings<T: AsRef<[u8]>>(ctx: &mut NativeCtx<'_>, pieces: &[T]) {
    let values: Vec<Value> = pieces.iter().map(|p| Value::str(p.as_ref())).collect();
    let slice = ctx.new_slice(values);
    ctx.ret(slice);
}

/// Returns an `int`.
pub fn ret_int(ctx: &mut NativeCtx<'_>, n: i64) -> Result<(), NativeError> {
    ctx.ret(Value::Int(n));
    Ok(())
}

/// Returns a `bool`.
pub fn ret_bool(ctx: &mut NativeCtx<'_>, b: bool) -> Result<(), NativeError> {
    ctx.ret(Value::Bool(b));
    Ok(())
}

/// Returns a `float64`.
pub fn ret_float(ctx: &mut NativeCtx<'_>, x: f64) -> Result<(), NativeError> {
    ctx.ret(Value::Float(x));
    Ok(())
}

/// Returns a `string`.
pub fn ret_string(ctx: &mut NativeCtx<'_>, s: impl AsRef<[u8]>) -> Result<(), NativeError> {
    ctx.ret(Value::str(s.as_ref()));
    Ok(())
}

/// A Go panic whose value is the string `message`.
pub fn panic_string<T>(message: &str) -> Result<T, NativeError> {
    Err(NativeError::PanicString(message.to_string()))
}
