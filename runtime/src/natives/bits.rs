//! Natives of package math/bits: the 64-bit counting, reversal and wide arithmetic primitives.

use super::args::int_arg;
use weft_vm::value::Value;
use weft_vm::{NativeCtx, NativeError, NativeRegistry};

pub fn register(r: &mut NativeRegistry) {
    let fns: &[(&str, weft_vm::NativeFn)] = &[
        ("LeadingZeros64", |c, a| {
            ret(c, word(a, 0).leading_zeros() as u64)
        }),
        ("TrailingZeros64", |c, a| {
            ret(c, word(a, 0).trailing_zeros() as u64)
        }),
        ("OnesCount64", |c, a| ret(c, word(a, 0).count_ones() as u64)),
        ("Reverse64", |c, a| ret(c, word(a, 0).reverse_bits())),
        ("ReverseBytes64", |c, a| ret(c, word(a, 0).swap_bytes())),
        ("Len64", |c, a| {
            ret(c, 64 - word(a, 0).leading_zeros() as u64)
        }),
        ("Mul64", mul64),
        ("div64", div64),
    ];
    for (name, f) in fns {
        r.register(&format!("math/bits.{name}"), *f);
    }
}

fn word(args: &[Value], i: usize) -> u64 {
    int_arg(args, i) as u64
}

fn ret(ctx: &mut NativeCtx<'_>, x: u64) -> Result<(), NativeError> {
    ctx.ret(Value::Int(x as i64));
    Ok(())
}

fn mul64(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let product = word(args, 0) as u128 * word(args, 1) as u128;
    ctx.ret(Value::Int((product >> 64) as u64 as i64));
    ret(ctx, product as u64)
}

/// (hi, lo) / y for y > hi (checked by the Go caller, so the quotient fits in 64 bits).
fn div64(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let dividend = (word(args, 0) as u128) << 64 | word(args, 1) as u128;
    let divisor = word(args, 2).max(1) as u128;
    ctx.ret(Value::Int((dividend / divisor) as u64 as i64));
    ret(ctx, (dividend % divisor) as u64)
}
