//! Natives of package math: the functions of `crate::stdlib::math`, bit-exact with gc on amd64.

use super::args::{float_arg, int_arg, ret_float};
use crate::stdlib::math as leaf;
use weft_vm::value::Value;
use weft_vm::{NativeCtx, NativeError, NativeRegistry};

/// Binds a `func(float64) float64` native to a leaf function.
macro_rules! unary {
    ($f:path) => {
        |ctx: &mut NativeCtx<'_>, args: &[Value]| ret_float(ctx, $f(float_arg(args, 0)))
    };
}

/// Binds a `func(float64, float64) float64` native to a leaf function.
macro_rules! binary {
    ($f:path) => {
        |ctx: &mut NativeCtx<'_>, args: &[Value]| {
            ret_float(ctx, $f(float_arg(args, 0), float_arg(args, 1)))
        }
    };
}

pub fn register(r: &mut NativeRegistry) {
    let fns: &[(&str, weft_vm::NativeFn)] = &[
        ("Abs", unary!(leaf::abs)),
        ("Acos", unary!(leaf::acos)),
        ("Asin", unary!(leaf::asin)),
        ("Atan", unary!(leaf::atan)),
        ("Atan2", binary!(leaf::atan2)),
        ("Cbrt", unary!(leaf::cbrt)),
        ("Ceil", unary!(leaf::ceil)),
        ("Copysign", binary!(leaf::copysign)),
        ("Cos", unary!(leaf::cos)),
        ("Cosh", unary!(leaf::cosh)),
        ("Dim", binary!(leaf::dim)),
        ("Exp", unary!(leaf::exp)),
        ("Exp2", unary!(leaf::exp2)),
        ("Expm1", unary!(leaf::expm1)),
        ("FMA", fma),
        ("Float32bits", float32_bits),
        ("Float32frombits", float32_from_bits),
        ("Float64bits", float64_bits),
        ("Float64frombits", float64_from_bits),
        ("Floor", unary!(leaf::floor)),
        ("Frexp", frexp),
        ("Hypot", binary!(leaf::hypot)),
        ("Inf", |ctx, args| {
            ret_float(ctx, leaf::inf(int_arg(args, 0)))
        }),
        ("Ldexp", |ctx, args| {
            ret_float(ctx, leaf::ldexp(float_arg(args, 0), int_arg(args, 1)))
        }),
        ("Log", unary!(leaf::log)),
        ("Log10", unary!(leaf::log10)),
        ("Log1p", unary!(leaf::log1p)),
        ("Log2", unary!(leaf::log2)),
        ("Max", binary!(leaf::max)),
        ("Min", binary!(leaf::min)),
        ("Mod", binary!(leaf::fmod)),
        ("Modf", modf),
        ("NaN", |ctx, _| ret_float(ctx, leaf::nan())),
        ("Nextafter", binary!(leaf::nextafter)),
        ("Nextafter32", nextafter32),
        ("Pow", binary!(leaf::pow)),
        ("Pow10", pow10),
        ("Remainder", binary!(leaf::remainder)),
        ("Round", unary!(leaf::round)),
        ("RoundToEven", unary!(leaf::round_to_even)),
        ("Sin", unary!(leaf::sin)),
        ("Sinh", unary!(leaf::sinh)),
        ("Sqrt", unary!(leaf::sqrt)),
        ("Tan", unary!(leaf::tan)),
        ("Tanh", unary!(leaf::tanh)),
        ("Trunc", unary!(leaf::trunc)),
    ];
    for (name, f) in fns {
        r.register(&format!("math.{name}"), *f);
    }
}

/// `x*y + z` with one rounding, as Go's `math.FMA`.
fn fma(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_float(
        ctx,
        float_arg(args, 0).mul_add(float_arg(args, 1), float_arg(args, 2)),
    )
}

fn float32_bits(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ctx.ret(Value::Int(
        leaf::float32bits(float_arg(args, 0) as f32) as i64
    ));
    Ok(())
}

fn float32_from_bits(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_float(ctx, leaf::float32frombits(int_arg(args, 0) as u32) as f64)
}

fn float64_bits(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ctx.ret(Value::Int(leaf::float64bits(float_arg(args, 0)) as i64));
    Ok(())
}

fn float64_from_bits(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_float(ctx, leaf::float64frombits(int_arg(args, 0) as u64))
}

fn frexp(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let (fraction, exponent) = leaf::frexp(float_arg(args, 0));
    ctx.ret(Value::Float(fraction));
    ctx.ret(Value::Int(exponent));
    Ok(())
}

fn modf(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let (integer, fraction) = leaf::modf(float_arg(args, 0));
    ctx.ret(Value::Float(integer));
    ret_float(ctx, fraction)
}

fn nextafter32(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_float(
        ctx,
        leaf::nextafter32(float_arg(args, 0) as f32, float_arg(args, 1) as f32) as f64,
    )
}

/// Go's `math.Pow10`: products and quotients of correctly rounded powers of ten, in gc's
/// table layout (10^(n%32) times 10^(32*(n/32))), so results match gc in the last bit.
fn pow10(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let n = int_arg(args, 0);
    let power = |exponent: i64| -> f64 { format!("1e{exponent}").parse().unwrap_or(0.0) };
    let value = if (0..=308).contains(&n) {
        power(n % 32) * power(32 * (n / 32))
    } else if (-323..0).contains(&n) {
        let m = -n;
        power(-32 * (m / 32)) / power(m % 32)
    } else if n > 308 {
        f64::INFINITY
    } else {
        0.0
    };
    ret_float(ctx, value)
}
