//! Trigonometric and hyperbolic functions and `Exp2`, following Go's portable
//! Cephes-derived code (which amd64 runs) operation for operation.

#![allow(clippy::excessive_precision, clippy::approx_constant)]

use super::*;

/// Pi/4 split into three parts whose products with small integers are exact.
const PI4_A: f64 = 7.85398125648498535156e-1;
const PI4_B: f64 = 3.77489470793079817668e-8;
const PI4_C: f64 = 2.69515142907905952645e-15;
/// 4/Pi rounded once, as Go's constant expression `4 / Pi` is.
const FOUR_OVER_PI: f64 = 1.273239544735162686151070106980114896275677165923651589981338752;
/// Arguments at or above this use the exact Payne-Hanek reduction.
const REDUCE_THRESHOLD: f64 = (1u64 << 29) as f64;

const SIN_COEFFICIENTS: [f64; 6] = [
    1.58962301576546568060e-10,
    -2.50507477628578072866e-8,
    2.75573136213857245213e-6,
    -1.98412698295895385996e-4,
    8.33333333332211858878e-3,
    -1.66666666666666307295e-1,
];
const COS_COEFFICIENTS: [f64; 6] = [
    -1.13585365213876817300e-11,
    2.08757008419747316778e-9,
    -2.75573141792967388112e-7,
    2.48015872888517045348e-5,
    -1.38888888888730564116e-3,
    4.16666666666665929218e-2,
];

/// The binary expansion of 4/Pi, 64 bits per word, starting with its
/// integer part (computed with Machin's formula).
const FOUR_OVER_PI_BITS: [u64; 20] = [
    0x0000000000000001,
    0x45f306dc9c882a53,
    0xf84eafa3ea69bb81,
    0xb6c52b3278872083,
    0xfca2c757bd778ac3,
    0x6e48dc74849ba5c0,
    0x0c925dd413a32439,
    0xfc3bd63962534e7d,
    0xd1046bea5d768909,
    0xd338e04d68befc82,
    0x7323ac7306a673e9,
    0x3908bf177bf25076,
    0x3ff12fffbc0b301f,
    0xde5e2316b414da3e,
    0xda6cfd9e4f96136e,
    0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6,
    0x7a0e73ef14a525d4,
    0xd7f6bf623f1aba10,
    0xac06608df8f6d757,
];

/// Reduces `x` (non-negative) modulo Pi/4 for Cephes' octant scheme,
/// returning the even octant before masking and the remainder.
fn reduce_small(x: f64) -> (u64, f64) {
    let mut octant = (x * FOUR_OVER_PI) as u64;
    let mut octant_float = octant as f64;
    if octant & 1 == 1 {
        octant += 1;
        octant_float += 1.0;
    }
    let z = ((x - octant_float * PI4_A) - octant_float * PI4_B) - octant_float * PI4_C;
    (octant, z)
}

/// The octant (0..8) and remainder used by sin and cos.
fn reduce_octant(x: f64) -> (u64, f64) {
    if x >= REDUCE_THRESHOLD {
        return reduce_large(x);
    }
    let (octant, z) = reduce_small(x);
    (octant & 7, z)
}

/// Payne-Hanek reduction of a large `x`: multiplies its mantissa by the
/// bits of 4/Pi that matter at its exponent, keeping 3 integer bits (the
/// octant) and the fraction.
fn reduce_large(x: f64) -> (u64, f64) {
    const PI4: f64 = std::f64::consts::FRAC_PI_4;
    if x < PI4 {
        return (0, x);
    }
    let bits = x.to_bits();
    let exponent = biased_exponent(bits) - BIAS - MANTISSA_BITS as i64;
    let mantissa = bits & ((1 << 52) - 1) | (1 << 52);
    let digit = ((exponent + 61) / 64) as usize;
    let shift = ((exponent + 61) % 64) as u32;
    let window = |index: usize| {
        let high = FOUR_OVER_PI_BITS[index] << shift;
        let low = if shift == 0 {
            0
        } else {
            FOUR_OVER_PI_BITS[index + 1] >> (64 - shift)
        };
        high | low
    };
    let (z0, z1, z2) = (window(digit), window(digit + 1), window(digit + 2));
    let z2_high = ((z2 as u128 * mantissa as u128) >> 64) as u64;
    let z1_product = z1 as u128 * mantissa as u128;
    let (z1_high, z1_low) = ((z1_product >> 64) as u64, z1_product as u64);
    let z0_low = z0.wrapping_mul(mantissa);
    let (low, carry) = z1_low.overflowing_add(z2_high);
    let high = z0_low.wrapping_add(z1_high).wrapping_add(carry as u64);
    let mut octant = high >> 61;
    let high = high << 3 | low >> 61;
    // Normalize the 64-bit fraction into a float in [0, 1).
    let leading = high.leading_zeros();
    let exponent_bits = (BIAS as u64).wrapping_sub(leading as u64 + 1);
    let shift_left = leading + 1;
    // Go's shifts by 64 or more give zero; mirror them for the degenerate cases.
    let fraction = match shift_left {
        64 => low,
        65 => 0,
        _ => high << shift_left | low >> (64 - shift_left),
    };
    let mut z = f64::from_bits(fraction >> (64 - MANTISSA_BITS) | exponent_bits << MANTISSA_BITS);
    if octant & 1 == 1 {
        octant += 1;
        octant &= 7;
        z -= 1.0;
    }
    (octant, z * PI4)
}

fn sin_polynomial(z: f64, zz: f64) -> f64 {
    let [s0, s1, s2, s3, s4, s5] = SIN_COEFFICIENTS;
    z + z * zz * (((((s0 * zz + s1) * zz + s2) * zz + s3) * zz + s4) * zz + s5)
}

fn cos_polynomial(zz: f64) -> f64 {
    let [c0, c1, c2, c3, c4, c5] = COS_COEFFICIENTS;
    1.0 - 0.5 * zz + zz * zz * (((((c0 * zz + c1) * zz + c2) * zz + c3) * zz + c4) * zz + c5)
}

/// Go's `math.Sin`.
pub fn sin(x: f64) -> f64 {
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return nan();
    }
    let mut negative = x < 0.0;
    let (mut octant, z) = reduce_octant(abs(x));
    if octant > 3 {
        negative = !negative;
        octant -= 4;
    }
    let zz = z * z;
    let y = if octant == 1 || octant == 2 {
        cos_polynomial(zz)
    } else {
        sin_polynomial(z, zz)
    };
    if negative {
        -y
    } else {
        y
    }
}

/// Go's `math.Cos`.
pub fn cos(x: f64) -> f64 {
    if x.is_nan() || x.is_infinite() {
        return nan();
    }
    let mut negative = false;
    let (mut octant, z) = reduce_octant(abs(x));
    if octant > 3 {
        octant -= 4;
        negative = !negative;
    }
    if octant > 1 {
        negative = !negative;
    }
    let zz = z * z;
    let y = if octant == 1 || octant == 2 {
        sin_polynomial(z, zz)
    } else {
        cos_polynomial(zz)
    };
    if negative {
        -y
    } else {
        y
    }
}

/// Go's `math.Tan`.
pub fn tan(x: f64) -> f64 {
    const P: [f64; 3] = [
        -1.30936939181383777646e4,
        1.15351664838587416140e6,
        -1.79565251976484877988e7,
    ];
    const Q: [f64; 4] = [
        1.36812963470692954678e4,
        -1.32089234440210967447e6,
        2.50083801823357915839e7,
        -5.38695755929454629881e7,
    ];
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return nan();
    }
    let negative = x < 0.0;
    let x = abs(x);
    // Only bit 1 of the octant matters here, so it is not masked.
    let (octant, z) = if x >= REDUCE_THRESHOLD {
        reduce_large(x)
    } else {
        reduce_small(x)
    };
    let zz = z * z;
    let mut y = if zz > 1e-14 {
        z + z
            * (zz * ((P[0] * zz + P[1]) * zz + P[2])
                / ((((zz + Q[0]) * zz + Q[1]) * zz + Q[2]) * zz + Q[3]))
    } else {
        z
    };
    if octant & 2 == 2 {
        y = -1.0 / y;
    }
    if negative {
        -y
    } else {
        y
    }
}

/// Atan on [0, 0.66] by a rational approximation.
fn atan_core(x: f64) -> f64 {
    const P: [f64; 5] = [
        -8.750608600031904122785e-01,
        -1.615753718733365076637e+01,
        -7.500855792314704667340e+01,
        -1.228866684490136173410e+02,
        -6.485021904942025371773e+01,
    ];
    const Q: [f64; 5] = [
        2.485846490142306297962e+01,
        1.650270098316988542046e+02,
        4.328810604912902668951e+02,
        4.853903996359136964868e+02,
        1.945506571482613964425e+02,
    ];
    let mut z = x * x;
    z = z * ((((P[0] * z + P[1]) * z + P[2]) * z + P[3]) * z + P[4])
        / (((((z + Q[0]) * z + Q[1]) * z + Q[2]) * z + Q[3]) * z + Q[4]);
    x * z + x
}

/// Atan of a non-negative argument, reduced to [0, 0.66].
fn atan_positive(x: f64) -> f64 {
    const MORE_BITS: f64 = 6.123233995736765886130e-17;
    const TAN_3PI_8: f64 = 2.41421356237309504880;
    if x <= 0.66 {
        return atan_core(x);
    }
    if x > TAN_3PI_8 {
        return std::f64::consts::FRAC_PI_2 - atan_core(1.0 / x) + MORE_BITS;
    }
    std::f64::consts::FRAC_PI_4 + atan_core((x - 1.0) / (x + 1.0)) + 0.5 * MORE_BITS
}

/// Go's `math.Atan`.
pub fn atan(x: f64) -> f64 {
    if x == 0.0 {
        return x;
    }
    if x > 0.0 {
        atan_positive(x)
    } else {
        -atan_positive(-x)
    }
}

/// Go's `math.Asin`.
pub fn asin(x: f64) -> f64 {
    if x == 0.0 {
        return x;
    }
    let negative = x < 0.0;
    let x = if negative { -x } else { x };
    if x > 1.0 {
        return nan();
    }
    let complement = (1.0 - x * x).sqrt();
    let result = if x > 0.7 {
        std::f64::consts::FRAC_PI_2 - atan_positive(complement / x)
    } else {
        atan_positive(x / complement)
    };
    if negative {
        -result
    } else {
        result
    }
}

/// Go's `math.Acos`.
pub fn acos(x: f64) -> f64 {
    std::f64::consts::FRAC_PI_2 - asin(x)
}

/// Go's `math.Atan2` with its special cases for zeros and infinities.
pub fn atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::{FRAC_PI_2, FRAC_PI_4, PI};
    const THREE_PI_4: f64 = 2.356194490192344928846982537459627163147877049531329365731208444;
    if y.is_nan() || x.is_nan() {
        return nan();
    }
    if y == 0.0 {
        return if x >= 0.0 && !signbit(x) {
            copysign(0.0, y)
        } else {
            copysign(PI, y)
        };
    }
    if x == 0.0 {
        return copysign(FRAC_PI_2, y);
    }
    if x.is_infinite() {
        if x > 0.0 {
            return if y.is_infinite() {
                copysign(FRAC_PI_4, y)
            } else {
                copysign(0.0, y)
            };
        }
        return if y.is_infinite() {
            copysign(THREE_PI_4, y)
        } else {
            copysign(PI, y)
        };
    }
    if y.is_infinite() {
        return copysign(FRAC_PI_2, y);
    }
    let quotient = atan(y / x);
    if x < 0.0 {
        if quotient <= 0.0 {
            return quotient + PI;
        }
        return quotient - PI;
    }
    quotient
}

/// Go's `math.Sinh`.
pub fn sinh(x: f64) -> f64 {
    const P: [f64; 4] = [
        -0.6307673640497716991184787251e+6,
        -0.8991272022039509355398013511e+5,
        -0.2894211355989563807284660366e+4,
        -0.2630563213397497062819489e+2,
    ];
    const Q: [f64; 3] = [
        -0.6307673640497716991212077277e+6,
        0.1521517378790019070696485176e+5,
        -0.173678953558233699533450911e+3,
    ];
    let negative = x < 0.0;
    let x = if negative { -x } else { x };
    let result = if x > 21.0 {
        exp(x) * 0.5
    } else if x > 0.5 {
        let e = exp(x);
        (e - 1.0 / e) * 0.5
    } else {
        let square = x * x;
        let numerator = (((P[3] * square + P[2]) * square + P[1]) * square + P[0]) * x;
        numerator / (((square + Q[2]) * square + Q[1]) * square + Q[0])
    };
    if negative {
        -result
    } else {
        result
    }
}

/// Go's `math.Cosh`.
pub fn cosh(x: f64) -> f64 {
    let x = abs(x);
    if x > 21.0 {
        return exp(x) * 0.5;
    }
    let e = exp(x);
    (e + 1.0 / e) * 0.5
}

/// Go's `math.Tanh`.
pub fn tanh(x: f64) -> f64 {
    const MAX_LOG: f64 = 8.8029691931113054295988e+01;
    const P: [f64; 3] = [
        -9.64399179425052238628e-1,
        -9.92877231001918586564e1,
        -1.61468768441708447952e3,
    ];
    const Q: [f64; 3] = [
        1.12811678491632931402e2,
        2.23548839060100448583e3,
        4.84406305325125486048e3,
    ];
    let z = abs(x);
    if z > 0.5 * MAX_LOG {
        return if x < 0.0 { -1.0 } else { 1.0 };
    }
    if z >= 0.625 {
        let s = exp(2.0 * z);
        let result = 1.0 - 2.0 / (s + 1.0);
        return if x < 0.0 { -result } else { result };
    }
    if x == 0.0 {
        return x;
    }
    let s = x * x;
    x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2])
}

/// Go's `math.Exp2` (the portable version, which amd64 uses).
pub fn exp2(x: f64) -> f64 {
    const OVERFLOW: f64 = 1.0239999999999999e+03;
    const UNDERFLOW: f64 = -1.0740e+03;
    if x.is_nan() || x == f64::INFINITY {
        return x;
    }
    if x == f64::NEG_INFINITY {
        return 0.0;
    }
    if x > OVERFLOW {
        return f64::INFINITY;
    }
    if x < UNDERFLOW {
        return 0.0;
    }
    let k: i64 = if x > 0.0 {
        (x + 0.5) as i64
    } else if x < 0.0 {
        (x - 0.5) as i64
    } else {
        0
    };
    let t = x - k as f64;
    let high = t * LN2_HIGH;
    let low = -t * LN2_LOW;
    exp_multi(high, low, k)
}

/// `e^(high - low) × 2^k` for a reduced argument.
fn exp_multi(high: f64, low: f64, k: i64) -> f64 {
    const P: [f64; 5] = [
        1.66666666666666657415e-01,
        -2.77777777770155933842e-03,
        6.61375632143793436117e-05,
        -1.65339022054652515390e-06,
        4.13813679705723846039e-08,
    ];
    let r = high - low;
    let t = r * r;
    let c = r - t * (P[0] + t * (P[1] + t * (P[2] + t * (P[3] + t * P[4]))));
    let y = 1.0 - ((low - (r * c) / (2.0 - c)) - high);
    ldexp(y, k)
}
