//! Go's `math` package where results must match Go bit for bit: special
//! cases, Go's NaN, and the exact algorithms Go uses on amd64 for the
//! functions whose results are not correctly rounded.
//!
//! Exact operations (floor, fmod, frexp, ...) follow IEEE semantics with Go's
//! special cases. `exp`, `log` and `hypot` follow the operation order of Go's
//! amd64 assembly versions (including the fused multiply-adds Go's `exp` uses
//! when the CPU has AVX and FMA), and `pow`, `cbrt`, `log1p`, `expm1`,
//! `log2`, `log10` the operation order of Go's portable implementations,
//! which derive from FreeBSD's msun library. Reordering any expression here
//! changes results in the last bit. The trigonometric and hyperbolic
//! functions follow Go's portable (Cephes-derived) code, which amd64 runs.

// The coefficients are Go's literals digit for digit, so each visibly rounds
// to the double Go uses; shortening them or swapping in std's constants would
// hide that correspondence.
#![allow(clippy::excessive_precision, clippy::approx_constant)]

mod trig;

pub use trig::*;

/// The bits of Go's `math.NaN()`.
pub const NAN_BITS: u64 = 0x7FF8_0000_0000_0001;

const SIGN_MASK: u64 = 1 << 63;
const MANTISSA_BITS: u32 = 52;
const EXPONENT_MASK: u64 = 0x7FF;
const BIAS: i64 = 1023;
const SMALLEST_NORMAL: f64 = 2.2250738585072014e-308;

/// Go's `math.NaN()` (payload 1, unlike Rust's `f64::NAN`).
pub fn nan() -> f64 {
    f64::from_bits(NAN_BITS)
}

/// Go's `math.Inf(sign)`: +Inf for `sign >= 0`, else -Inf.
pub fn inf(sign: i64) -> f64 {
    if sign >= 0 {
        f64::INFINITY
    } else {
        f64::NEG_INFINITY
    }
}

/// Go's `math.IsNaN`.
pub fn is_nan(x: f64) -> bool {
    x.is_nan()
}

/// Go's `math.IsInf(x, sign)`: any infinity for sign 0, else the one of that sign.
pub fn is_inf(x: f64, sign: i64) -> bool {
    (sign >= 0 && x == f64::INFINITY) || (sign <= 0 && x == f64::NEG_INFINITY)
}

/// Go's `math.Signbit`.
pub fn signbit(x: f64) -> bool {
    x.to_bits() & SIGN_MASK != 0
}

/// Go's `math.Copysign`.
pub fn copysign(magnitude: f64, sign: f64) -> f64 {
    f64::from_bits(magnitude.to_bits() & !SIGN_MASK | sign.to_bits() & SIGN_MASK)
}

/// Go's `math.Abs`.
pub fn abs(x: f64) -> f64 {
    f64::from_bits(x.to_bits() & !SIGN_MASK)
}

/// Go's `math.Float64bits`.
pub fn float64bits(x: f64) -> u64 {
    x.to_bits()
}

/// Go's `math.Float64frombits`.
pub fn float64frombits(bits: u64) -> f64 {
    f64::from_bits(bits)
}

/// Go's `math.Float32bits`.
pub fn float32bits(x: f32) -> u32 {
    x.to_bits()
}

/// Go's `math.Float32frombits`.
pub fn float32frombits(bits: u32) -> f32 {
    f32::from_bits(bits)
}

/// Go's `math.Trunc`.
pub fn trunc(x: f64) -> f64 {
    x.trunc()
}

/// Go's `math.Floor`.
pub fn floor(x: f64) -> f64 {
    x.floor()
}

/// Go's `math.Ceil`.
pub fn ceil(x: f64) -> f64 {
    x.ceil()
}

/// Go's `math.Round`: half away from zero; NaN and infinities unchanged.
pub fn round(x: f64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    x.round()
}

/// Go's `math.RoundToEven`: half to even.
pub fn round_to_even(x: f64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    x.round_ties_even()
}

/// Go's `math.Sqrt` (correctly rounded).
pub fn sqrt(x: f64) -> f64 {
    x.sqrt()
}

/// Scales a subnormal `x` to a normal number, returning it with the power of
/// two that undoes the scaling.
fn normalize(x: f64) -> (f64, i64) {
    if abs(x) < SMALLEST_NORMAL {
        return (x * (1u64 << 52) as f64, -52);
    }
    (x, 0)
}

fn biased_exponent(bits: u64) -> i64 {
    ((bits >> MANTISSA_BITS) & EXPONENT_MASK) as i64
}

/// Go's `math.Frexp`: `x = fraction × 2^exponent` with |fraction| in [0.5, 1);
/// zero, infinities and NaN are returned with exponent 0.
pub fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (normal, shift) = normalize(x);
    let bits = normal.to_bits();
    let exponent = shift + biased_exponent(bits) - BIAS + 1;
    let fraction_bits =
        bits & !(EXPONENT_MASK << MANTISSA_BITS) | ((BIAS - 1) as u64) << MANTISSA_BITS;
    (f64::from_bits(fraction_bits), exponent)
}

/// Go's `math.Ldexp`: `fraction × 2^exponent`. Like Go it flushes results
/// whose exponent is below -1075 to zero and rounds subnormals by one
/// multiplication.
pub fn ldexp(fraction: f64, exponent: i64) -> f64 {
    if fraction == 0.0 || !fraction.is_finite() {
        return fraction;
    }
    let (normal, shift) = normalize(fraction);
    let bits = normal.to_bits();
    let exponent = exponent
        .saturating_add(shift)
        .saturating_add(biased_exponent(bits) - BIAS);
    if exponent < -1075 {
        return copysign(0.0, normal);
    }
    if exponent > 1023 {
        return if normal < 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    let (exponent, scale) = if exponent < -1022 {
        (exponent + 53, 1.0 / (1u64 << 53) as f64)
    } else {
        (exponent, 1.0)
    };
    let bits =
        bits & !(EXPONENT_MASK << MANTISSA_BITS) | ((exponent + BIAS) as u64) << MANTISSA_BITS;
    scale * f64::from_bits(bits)
}

/// Go's `math.Modf`: integer and fractional parts with the sign of `x`;
/// `Modf(±Inf)` is `(±Inf, NaN)`.
pub fn modf(x: f64) -> (f64, f64) {
    if x < 1.0 {
        if x < 0.0 {
            let (integer, fraction) = modf(-x);
            return (-integer, -fraction);
        }
        if x == 0.0 {
            return (x, x);
        }
        return (0.0, x);
    }
    let bits = x.to_bits();
    let exponent = biased_exponent(bits) - BIAS;
    // Keep the sign, exponent and the integer bits of the mantissa.
    let integer_bits = if exponent < 52 {
        bits & !((1u64 << (52 - exponent)) - 1)
    } else {
        bits
    };
    let integer = f64::from_bits(integer_bits);
    (integer, x - integer)
}

/// Go's `math.Mod`: the exact remainder of `x / y` with the sign of `x`.
pub fn fmod(x: f64, y: f64) -> f64 {
    if y == 0.0 || x.is_infinite() || x.is_nan() || y.is_nan() {
        return nan();
    }
    x % y
}

/// Go's `math.Remainder`: the IEEE 754 remainder (quotient rounded to even).
pub fn remainder(x: f64, y: f64) -> f64 {
    const TINY: f64 = 4.45014771701440276618e-308;
    const HALF_MAX: f64 = f64::MAX / 2.0;
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return nan();
    }
    if y.is_infinite() {
        return x;
    }
    // Only a negative x is flipped, so that -0 keeps its sign throughout.
    let negative = x < 0.0;
    let mut x = if negative { -x } else { x };
    let y = abs(y);
    if x == y {
        return if negative { -0.0 } else { 0.0 };
    }
    if y <= HALF_MAX {
        // Reduce to x < 2y first; the result is exact.
        x = fmod(x, y + y);
    }
    if y < TINY {
        if x + x > y {
            x -= y;
            if x + x >= y {
                x -= y;
            }
        }
    } else {
        let half = 0.5 * y;
        if x > half {
            x -= y;
            if x >= half {
                x -= y;
            }
        }
    }
    if negative {
        -x
    } else {
        x
    }
}

/// Go's `math.Max`: +Inf beats NaN, NaN beats numbers, +0 beats -0.
pub fn max(x: f64, y: f64) -> f64 {
    if x == f64::INFINITY || y == f64::INFINITY {
        return f64::INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return nan();
    }
    if x == 0.0 && y == 0.0 {
        return if x.to_bits() == SIGN_MASK { y } else { x };
    }
    if x > y {
        x
    } else {
        y
    }
}

/// Go's `math.Min`: -Inf beats NaN, NaN beats numbers, -0 beats +0.
pub fn min(x: f64, y: f64) -> f64 {
    if x == f64::NEG_INFINITY || y == f64::NEG_INFINITY {
        return f64::NEG_INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return nan();
    }
    if x == 0.0 && y == 0.0 {
        return if x.to_bits() == SIGN_MASK { x } else { y };
    }
    if x < y {
        x
    } else {
        y
    }
}

/// Go's `math.Dim`: `max(x - y, 0)` with Go's special cases.
pub fn dim(x: f64, y: f64) -> f64 {
    // A NaN difference is returned as the subtraction produced it, as in Go.
    let difference = x - y;
    if difference <= 0.0 {
        return 0.0;
    }
    difference
}

/// Go's `math.Nextafter`: the next float after `x` towards `y`.
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return nan();
    }
    if x == y {
        return x;
    }
    if x == 0.0 {
        return copysign(f64::from_bits(1), y);
    }
    if (y > x) == (x > 0.0) {
        f64::from_bits(x.to_bits() + 1)
    } else {
        f64::from_bits(x.to_bits() - 1)
    }
}

/// Go's `math.Nextafter32`.
pub fn nextafter32(x: f32, y: f32) -> f32 {
    if x.is_nan() || y.is_nan() {
        return f64::from_bits(NAN_BITS) as f32;
    }
    if x == y {
        return x;
    }
    if x == 0.0 {
        return f32::from_bits(1).copysign(y);
    }
    if (y > x) == (x > 0.0) {
        f32::from_bits(x.to_bits() + 1)
    } else {
        f32::from_bits(x.to_bits() - 1)
    }
}

/// Go's `math.Exp` on amd64 (the assembly routine: a Taylor polynomial on
/// x/16, squared four times).
pub fn exp(x: f64) -> f64 {
    const LOG2E: f64 = 1.4426950408889634073599246810018920;
    const LN2_UPPER: f64 = 0.69314718055966295651160180568695068359375;
    const LN2_LOWER: f64 = 0.28235290563031577122588448175013436025525412068e-12;
    const OVERFLOW: f64 = 7.09782712893384e+02;
    const TAYLOR: [f64; 8] = [
        2.4801587301587301587e-5,
        1.9841269841269841270e-4,
        1.3888888888888888889e-3,
        8.3333333333333333333e-3,
        4.1666666666666666667e-2,
        1.6666666666666666667e-1,
        0.5,
        1.0,
    ];
    if x.is_nan() || x == f64::INFINITY {
        return x;
    }
    if x == f64::NEG_INFINITY {
        return 0.0;
    }
    if x > OVERFLOW {
        return f64::INFINITY;
    }
    // The conversion rounds to nearest like CVTSD2SL, which yields i32::MIN
    // when the value does not fit.
    let scaled = x * LOG2E;
    let exponent: i32 = if scaled.abs() < 2147483648.0 {
        scaled.round_ties_even() as i32
    } else {
        i32::MIN
    };
    let k = exponent as f64;
    let mut fraction;
    if uses_fma() {
        fraction = (-k).mul_add(LN2_UPPER, x);
        fraction = (-k).mul_add(LN2_LOWER, fraction);
        fraction *= 0.0625;
        let mut polynomial = TAYLOR[0];
        for &coefficient in &TAYLOR[1..] {
            polynomial = polynomial.mul_add(fraction, coefficient);
        }
        fraction *= polynomial;
        for _ in 0..3 {
            fraction *= fraction + 2.0;
        }
        fraction = fraction.mul_add(fraction + 2.0, 1.0);
    } else {
        fraction = x - k * LN2_UPPER;
        fraction -= k * LN2_LOWER;
        fraction *= 0.0625;
        let mut polynomial = TAYLOR[0];
        for &coefficient in &TAYLOR[1..] {
            polynomial = polynomial * fraction + coefficient;
        }
        fraction *= polynomial;
        for _ in 0..4 {
            fraction *= fraction + 2.0;
        }
        fraction += 1.0;
    }
    let biased = exponent as i64 + 0x3FF;
    if biased <= 0 {
        if biased < -52 {
            return 0.0;
        }
        fraction *= f64::from_bits(((biased + 0x3FE) as u64) << 52);
        return fraction * f64::from_bits(1 << 52);
    }
    if biased >= 0x7FF {
        return f64::INFINITY;
    }
    fraction * f64::from_bits((biased as u64) << 52)
}

/// Whether Go's amd64 `exp` would take its FMA path on this CPU.
fn uses_fma() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::is_x86_feature_detected!("avx") && std::is_x86_feature_detected!("fma")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

const LN2_HIGH: f64 = 6.93147180369123816490e-01;
const LN2_LOW: f64 = 1.90821492927058770002e-10;
const LOG_COEFFICIENTS: [f64; 7] = [
    6.666666666666735130e-01,
    3.999999999940941908e-01,
    2.857142874366239149e-01,
    2.222219843214978396e-01,
    1.818357216161805012e-01,
    1.531383769920937332e-01,
    1.479819860511658591e-01,
];

/// Go's `math.Log` on amd64. Its assembly splits the exponent off the bits
/// directly, so (unlike the portable version) subnormal inputs are not
/// normalized first; this reproduces that.
pub fn log(x: f64) -> f64 {
    const HALF_SQRT2: f64 = 7.07106781186547524401e-01;
    let bits = x.to_bits();
    if bits & !SIGN_MASK == 0 {
        return f64::NEG_INFINITY;
    }
    if (bits as i64) < 0 {
        return nan();
    }
    if bits >= f64::INFINITY.to_bits() {
        return x;
    }
    let mut fraction = f64::from_bits(bits & ((1 << 52) - 1) | 0.5f64.to_bits());
    let mut k = (((bits >> 52) & 0x7FF) as i64 - 0x3FE) as f64;
    if fraction <= HALF_SQRT2 {
        k -= 1.0;
        fraction *= 2.0;
    }
    let f = fraction - 1.0;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let [l1, l2, l3, l4, l5, l6, l7] = LOG_COEFFICIENTS;
    let t1 = s2 * (((l7 * s4 + l5) * s4 + l3) * s4 + l1);
    let t2 = s4 * ((l6 * s4 + l4) * s4 + l2);
    let r = t1 + t2;
    let half_f_squared = 0.5 * f * f;
    k * LN2_HIGH - ((half_f_squared - (s * (half_f_squared + r) + k * LN2_LOW)) - f)
}

/// Go's `math.Log2`: exact for powers of two.
pub fn log2(x: f64) -> f64 {
    let (fraction, exponent) = frexp(x);
    if fraction == 0.5 {
        return (exponent - 1) as f64;
    }
    log(fraction) * std::f64::consts::LOG2_E + exponent as f64
}

/// Go's `math.Log10`.
pub fn log10(x: f64) -> f64 {
    log(x) * std::f64::consts::LOG10_E
}

/// Go's `math.Pow`, with all of its special cases; the integer part of the
/// exponent is applied by repeated squaring and the fractional part through
/// `exp(y·log(x))`.
pub fn pow(x: f64, y: f64) -> f64 {
    if y == 0.0 || x == 1.0 {
        return 1.0;
    }
    if y == 1.0 {
        return x;
    }
    if x.is_nan() || y.is_nan() {
        return nan();
    }
    if x == 0.0 {
        if y < 0.0 {
            return if signbit(x) && is_odd_integer(y) {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            };
        }
        return if signbit(x) && is_odd_integer(y) {
            x
        } else {
            0.0
        };
    }
    if y.is_infinite() {
        if x == -1.0 {
            return 1.0;
        }
        return if (abs(x) < 1.0) == (y > 0.0) {
            0.0
        } else {
            f64::INFINITY
        };
    }
    if x.is_infinite() {
        if x < 0.0 {
            return pow(1.0 / x, -y);
        }
        return if y < 0.0 { 0.0 } else { f64::INFINITY };
    }
    if y == 0.5 {
        return x.sqrt();
    }
    if y == -0.5 {
        return 1.0 / x.sqrt();
    }
    let (mut integer_part, mut fraction_part) = modf(abs(y));
    if fraction_part != 0.0 && x < 0.0 {
        return nan();
    }
    if integer_part >= 9.223372036854775808e18 {
        if x == -1.0 {
            return 1.0;
        }
        return if (abs(x) < 1.0) == (y > 0.0) {
            0.0
        } else {
            f64::INFINITY
        };
    }
    let mut accumulator = 1.0;
    let mut accumulated_exponent: i64 = 0;
    if fraction_part != 0.0 {
        if fraction_part > 0.5 {
            fraction_part -= 1.0;
            integer_part += 1.0;
        }
        accumulator = exp(fraction_part * log(x));
    }
    let (mut base, mut base_exponent) = frexp(x);
    let mut remaining = integer_part as i64;
    while remaining != 0 {
        if !(-(1 << 12)..=(1 << 12)).contains(&base_exponent) {
            // The result certainly overflows or underflows; ldexp decides which.
            accumulated_exponent += base_exponent;
            break;
        }
        if remaining & 1 == 1 {
            accumulator *= base;
            accumulated_exponent += base_exponent;
        }
        base *= base;
        base_exponent <<= 1;
        if base < 0.5 {
            base += base;
            base_exponent -= 1;
        }
        remaining >>= 1;
    }
    if y < 0.0 {
        accumulator = 1.0 / accumulator;
        accumulated_exponent = -accumulated_exponent;
    }
    ldexp(accumulator, accumulated_exponent)
}

fn is_odd_integer(x: f64) -> bool {
    if abs(x) >= (1u64 << 53) as f64 {
        return false;
    }
    let (integer, fraction) = modf(x);
    fraction == 0.0 && (integer as i64) & 1 == 1
}

/// Go's `math.Hypot` on amd64: `max · sqrt(1 + (min/max)²)`; an infinity
/// wins over NaN.
pub fn hypot(p: f64, q: f64) -> f64 {
    let p = abs(p);
    let q = abs(q);
    if p == f64::INFINITY || q == f64::INFINITY {
        return f64::INFINITY;
    }
    if p.is_nan() || q.is_nan() {
        return nan();
    }
    if p == 0.0 && q == 0.0 {
        return 0.0;
    }
    let (larger, smaller) = if p > q { (p, q) } else { (q, p) };
    let ratio = smaller / larger;
    larger * (ratio * ratio + 1.0).sqrt()
}

/// Go's `math.Cbrt`: a bit-level first guess refined by a rational
/// approximation and one Newton step.
pub fn cbrt(x: f64) -> f64 {
    const B1: u64 = 715094163;
    const B2: u64 = 696219795;
    const C: f64 = 5.42857142857142815906e-01;
    const D: f64 = -7.05306122448979611050e-01;
    const E: f64 = 1.41428571428571436819e+00;
    const F: f64 = 1.60714285714285720630e+00;
    const G: f64 = 3.57142857142857150787e-01;
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let negative = x < 0.0;
    let x = abs(x);
    let mut t = f64::from_bits(x.to_bits() / 3 + (B1 << 32));
    if x < SMALLEST_NORMAL {
        t = (1u64 << 54) as f64;
        t *= x;
        t = f64::from_bits(t.to_bits() / 3 + (B2 << 32));
    }
    let mut r = t * t / x;
    let mut s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = f64::from_bits((t.to_bits() & (0xFFFFFFFFC << 28)) + (1 << 30));
    s = t * t;
    r = x / s;
    let w = t + t;
    r = (r - t) / (w + r);
    t += t * r;
    if negative {
        -t
    } else {
        t
    }
}

/// Go's `math.Log1p`: `log(1 + x)`, accurate near zero.
pub fn log1p(x: f64) -> f64 {
    const SQRT2_MINUS_1: f64 = 4.142135623730950488017e-01;
    const HALF_SQRT2_MINUS_1: f64 = -2.928932188134524755992e-01;
    const SMALL: f64 = 1.0 / (1u64 << 29) as f64;
    const TINY: f64 = 1.0 / (1u64 << 54) as f64;
    const TWO53: f64 = (1u64 << 53) as f64;
    if x < -1.0 || x.is_nan() {
        return nan();
    }
    if x == -1.0 {
        return f64::NEG_INFINITY;
    }
    if x == f64::INFINITY {
        return f64::INFINITY;
    }
    let magnitude = abs(x);
    let mut f = 0.0;
    let mut mantissa_bits: u64 = 0;
    let mut k: i64 = 1;
    if magnitude < SQRT2_MINUS_1 {
        if magnitude < SMALL {
            if magnitude < TINY {
                return x;
            }
            return x - x * x * 0.5;
        }
        if x > HALF_SQRT2_MINUS_1 {
            k = 0;
            f = x;
            mantissa_bits = 1;
        }
    }
    let mut correction = 0.0;
    if k != 0 {
        let mut u;
        if magnitude < TWO53 {
            u = 1.0 + x;
            mantissa_bits = u.to_bits();
            k = (mantissa_bits >> 52) as i64 - 1023;
            // The rounding error of 1 + x, divided by u.
            correction = if k > 0 { 1.0 - (u - x) } else { x - (u - 1.0) };
            correction /= u;
        } else {
            u = x;
            mantissa_bits = u.to_bits();
            k = (mantissa_bits >> 52) as i64 - 1023;
            correction = 0.0;
        }
        mantissa_bits &= 0x000F_FFFF_FFFF_FFFF;
        if mantissa_bits < 0x0006_A09E_667F_3BCD {
            u = f64::from_bits(mantissa_bits | 0x3FF0_0000_0000_0000);
        } else {
            k += 1;
            u = f64::from_bits(mantissa_bits | 0x3FE0_0000_0000_0000);
            mantissa_bits = (0x0010_0000_0000_0000 - mantissa_bits) >> 2;
        }
        f = u - 1.0;
    }
    let half_f_squared = 0.5 * f * f;
    let k_float = k as f64;
    if mantissa_bits == 0 {
        if f == 0.0 {
            if k == 0 {
                return 0.0;
            }
            correction += k_float * LN2_LOW;
            return k_float * LN2_HIGH + correction;
        }
        let r = half_f_squared * (1.0 - 0.66666666666666666 * f);
        if k == 0 {
            return f - r;
        }
        return k_float * LN2_HIGH - ((r - (k_float * LN2_LOW + correction)) - f);
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let [p1, p2, p3, p4, p5, p6, p7] = LOG_COEFFICIENTS;
    let r = z * (p1 + z * (p2 + z * (p3 + z * (p4 + z * (p5 + z * (p6 + z * p7))))));
    if k == 0 {
        return f - (half_f_squared - s * (half_f_squared + r));
    }
    k_float * LN2_HIGH
        - ((half_f_squared - (s * (half_f_squared + r) + (k_float * LN2_LOW + correction))) - f)
}

/// Go's `math.Expm1`: `exp(x) - 1`, accurate near zero.
pub fn expm1(x: f64) -> f64 {
    const OVERFLOW_THRESHOLD: f64 = 7.09782712893383973096e+02;
    const LN2_TIMES_56: f64 = 3.88162421113569373274e+01;
    const LN2_TIMES_1_5: f64 = 1.03972077083991796413e+00;
    const LN2_HALF: f64 = 3.46573590279972654709e-01;
    const INV_LN2: f64 = 1.44269504088896338700e+00;
    const TINY: f64 = 1.0 / (1u64 << 54) as f64;
    const Q: [f64; 5] = [
        -3.33333333333331316428e-02,
        1.58730158725481460165e-03,
        -7.93650757867487942473e-05,
        4.00821782732936239552e-06,
        -2.01099218183624371326e-07,
    ];
    if x == f64::INFINITY || x.is_nan() {
        return x;
    }
    if x == f64::NEG_INFINITY {
        return -1.0;
    }
    let negative = x < 0.0;
    let magnitude = abs(x);
    if magnitude >= LN2_TIMES_56 {
        if negative {
            return -1.0;
        }
        if magnitude >= OVERFLOW_THRESHOLD {
            return f64::INFINITY;
        }
    }
    let mut x = x;
    let mut correction = 0.0;
    let k: i64;
    if magnitude > LN2_HALF {
        let (high, low);
        if magnitude < LN2_TIMES_1_5 {
            if !negative {
                high = x - LN2_HIGH;
                low = LN2_LOW;
                k = 1;
            } else {
                high = x + LN2_HIGH;
                low = -LN2_LOW;
                k = -1;
            }
        } else {
            k = if !negative {
                (INV_LN2 * x + 0.5) as i64
            } else {
                (INV_LN2 * x - 0.5) as i64
            };
            let t = k as f64;
            high = x - t * LN2_HIGH;
            low = t * LN2_LOW;
        }
        x = high - low;
        correction = (high - x) - low;
    } else if magnitude < TINY {
        return x;
    } else {
        k = 0;
    }
    let half_x = 0.5 * x;
    let half_x_squared = x * half_x;
    let [q1, q2, q3, q4, q5] = Q;
    let r1 = 1.0
        + half_x_squared
            * (q1
                + half_x_squared
                    * (q2 + half_x_squared * (q3 + half_x_squared * (q4 + half_x_squared * q5))));
    let t = 3.0 - r1 * half_x;
    let mut e = half_x_squared * ((r1 - t) / (6.0 - x * t));
    if k == 0 {
        return x - (x * e - half_x_squared);
    }
    e = x * (e - correction) - correction;
    e -= half_x_squared;
    let add_to_exponent = |y: f64| f64::from_bits(y.to_bits().wrapping_add((k as u64) << 52));
    if k == -1 {
        return 0.5 * (x - e) - 0.5;
    }
    if k == 1 {
        if x < -0.25 {
            return -2.0 * (e - (x + 0.5));
        }
        return 1.0 + 2.0 * (x - e);
    }
    if k <= -2 || k > 56 {
        let y = 1.0 - (e - x);
        return add_to_exponent(y) - 1.0;
    }
    if k < 20 {
        let t = f64::from_bits(0x3FF0_0000_0000_0000 - (0x0020_0000_0000_0000 >> k));
        let y = t - (e - x);
        return add_to_exponent(y);
    }
    let t = f64::from_bits(((0x3FF - k) as u64) << 52);
    let mut y = x - (e + t);
    y += 1.0;
    add_to_exponent(y)
}

// ---------------------------------------------------------------------------
// Inverse hyperbolic functions, exponent extraction, powers of ten.
// ---------------------------------------------------------------------------

/// Go's `math.Ln2` rounded to float64.
const LN2: f64 = 6.93147180559945286227e-01;

/// Go's `math.Asinh`.
pub fn asinh(x: f64) -> f64 {
    const NEAR_ZERO: f64 = 1.0 / (1u64 << 28) as f64;
    const LARGE: f64 = (1u64 << 28) as f64;
    if x.is_nan() || x.is_infinite() {
        return x;
    }
    let negative = x < 0.0;
    let x = if negative { -x } else { x };
    let result = if x > LARGE {
        log(x) + LN2
    } else if x > 2.0 {
        log(2.0 * x + 1.0 / ((x * x + 1.0).sqrt() + x))
    } else if x < NEAR_ZERO {
        x
    } else {
        log1p(x + x * x / (1.0 + (1.0 + x * x).sqrt()))
    };
    if negative {
        -result
    } else {
        result
    }
}

/// Go's `math.Acosh`.
pub fn acosh(x: f64) -> f64 {
    const LARGE: f64 = (1u64 << 28) as f64;
    if x < 1.0 || x.is_nan() {
        return nan();
    }
    if x == 1.0 {
        return 0.0;
    }
    if x >= LARGE {
        return log(x) + LN2;
    }
    if x > 2.0 {
        return log(2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt()));
    }
    let t = x - 1.0;
    log1p(t + (2.0 * t + t * t).sqrt())
}

/// Go's `math.Atanh`.
pub fn atanh(x: f64) -> f64 {
    const NEAR_ZERO: f64 = 1.0 / (1u64 << 28) as f64;
    if !(-1.0..=1.0).contains(&x) || x.is_nan() {
        return nan();
    }
    if x == 1.0 {
        return f64::INFINITY;
    }
    if x == -1.0 {
        return f64::NEG_INFINITY;
    }
    let negative = x < 0.0;
    let x = if negative { -x } else { x };
    let result = if x < NEAR_ZERO {
        x
    } else if x < 0.5 {
        let doubled = x + x;
        0.5 * log1p(doubled + doubled * x / (1.0 - x))
    } else {
        0.5 * log1p((x + x) / (1.0 - x))
    };
    if negative {
        -result
    } else {
        result
    }
}

/// Go's `math.Sincos`: the same values as [`sin`] and [`cos`].
pub fn sincos(x: f64) -> (f64, f64) {
    (sin(x), cos(x))
}

/// Go's `math.Ilogb`: the binary exponent of `x`; `i32::MIN` for zero and
/// `i32::MAX` for infinities and NaN.
pub fn ilogb(x: f64) -> i64 {
    if x == 0.0 {
        return i32::MIN as i64;
    }
    if !x.is_finite() {
        return i32::MAX as i64;
    }
    unbiased_exponent(x)
}

/// Go's `math.Logb`: the binary exponent of `x` as a float.
pub fn logb(x: f64) -> f64 {
    if x == 0.0 {
        return f64::NEG_INFINITY;
    }
    if x.is_infinite() {
        return f64::INFINITY;
    }
    if x.is_nan() {
        return x;
    }
    unbiased_exponent(x) as f64
}

fn unbiased_exponent(x: f64) -> i64 {
    let (normal, shift) = normalize(x);
    biased_exponent(normal.to_bits()) - BIAS + shift
}

/// Go's `math.FMA`: `x * y + z` with a single rounding.
pub fn fma(x: f64, y: f64, z: f64) -> f64 {
    x.mul_add(y, z)
}

/// Go's `math.Pow10`: a product (or quotient) of two table entries, each the
/// correctly rounded power of ten, so results above 1e31 may differ from the
/// correctly rounded value exactly as Go's do.
pub fn pow10(n: i64) -> f64 {
    let power = |exponent: i64| -> f64 { format!("1e{exponent}").parse().unwrap_or(0.0) };
    if (0..=308).contains(&n) {
        return power(n / 32 * 32) * power(n % 32);
    }
    if (-323..=0).contains(&n) {
        let magnitude = -n;
        return power(-(magnitude / 32 * 32)) / power(magnitude % 32);
    }
    if n > 0 {
        f64::INFINITY
    } else {
        0.0
    }
}
