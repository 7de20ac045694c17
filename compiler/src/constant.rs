//! Exact values of Go constants: arbitrary-precision integers, exact rationals, strings, booleans.

use num_bigint::BigInt;
use num_rational::BigRational;
use std::rc::Rc;

/// The value of a constant expression. Untyped and typed constants share
/// this representation; the checker keeps the (possibly untyped) type beside it.
/// Integers stay `Int` even when the type is float (e.g. `const f float64 = 3`
/// may be `Int(3)` or `Float(3)`); codegen converts by the target type.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    Bool(bool),
    /// Go strings are byte strings (not necessarily UTF-8).
    String(Rc<[u8]>),
    Int(BigInt),
    Float(BigRational),
    Complex(BigRational, BigRational),
}

use crate::types::BasicKind;
use num_bigint::Sign;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// Untyped integer constants larger than this many bits are rejected as
/// overflowing, as go/types does, so no arithmetic can grow without bound.
pub const MAX_UNTYPED_INT_BITS: u64 = 512;

/// Shift counts above this are rejected (`invalid shift count`), as in go/types.
pub const MAX_SHIFT_COUNT: u64 = 1023 - 1 + 52;

/// The operation a constant binary expression performs. Integer division is
/// its own operation because `/` truncates for integer types only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstOp {
    Add,
    Sub,
    Mul,
    /// Exact division (floats, complex, untyped non-integer).
    Div,
    /// Truncated integer division.
    IntDiv,
    Rem,
    And,
    Or,
    Xor,
    AndNot,
}

impl ConstValue {
    pub fn int(v: i64) -> ConstValue {
        ConstValue::Int(BigInt::from(v))
    }

    pub fn string(bytes: &[u8]) -> ConstValue {
        ConstValue::String(Rc::from(bytes))
    }

    /// The value as an exact integer, when it is one (`2.0` is, `2.5` is not).
    pub fn to_int(&self) -> Option<BigInt> {
        match self {
            ConstValue::Int(i) => Some(i.clone()),
            ConstValue::Float(f) if f.is_integer() => Some(f.to_integer()),
            ConstValue::Complex(re, im) if im.is_zero() && re.is_integer() => Some(re.to_integer()),
            _ => None,
        }
    }

    /// The value as an exact rational, when it is real.
    pub fn to_rat(&self) -> Option<BigRational> {
        match self {
            ConstValue::Int(i) => Some(BigRational::from_integer(i.clone())),
            ConstValue::Float(f) => Some(f.clone()),
            ConstValue::Complex(re, im) if im.is_zero() => Some(re.clone()),
            _ => None,
        }
    }

    /// The value as a complex pair, when it is numeric.
    pub fn to_complex(&self) -> Option<(BigRational, BigRational)> {
        match self {
            ConstValue::Complex(re, im) => Some((re.clone(), im.clone())),
            _ => self.to_rat().map(|r| (r, BigRational::zero())),
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            ConstValue::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn is_numeric(&self) -> bool {
        matches!(
            self,
            ConstValue::Int(_) | ConstValue::Float(_) | ConstValue::Complex(..)
        )
    }

    /// The value as an `i64`, if it is an integer that fits.
    pub fn to_i64(&self) -> Option<i64> {
        self.to_int().and_then(|i| i.to_i64())
    }

    /// The same value in the simplest representation: a complex with zero
    /// imaginary part becomes real, an integral float stays float (the kind
    /// of an untyped constant is decided by its type, not its value).
    fn normalize_complex(re: BigRational, im: BigRational) -> ConstValue {
        ConstValue::Complex(re, im)
    }

    /// gc's rendering of a constant value in messages (`300`, `1.5`, `"s"`, `true`, `(1 + 2i)`).
    pub fn to_go_string(&self) -> String {
        match self {
            ConstValue::Bool(b) => b.to_string(),
            ConstValue::String(s) => go_quote(s),
            ConstValue::Int(i) => int_string(i),
            ConstValue::Float(f) => float_string(f),
            // gc shows a complex constant with zero imaginary part as its real part.
            ConstValue::Complex(re, im) if im.is_zero() => float_string(re),
            ConstValue::Complex(re, im) => {
                format!("({} + {}i)", float_string(re), float_string(im))
            }
        }
    }
}

fn int_string(i: &BigInt) -> String {
    // go/constant prints integers with all their digits.
    i.to_string()
}

impl ConstValue {
    /// Like [`ConstValue::to_go_string`], but an integer value of a float
    /// type prints as a float (`1e+06`), as go/constant does after `ToFloat`.
    pub fn to_go_string_as_float(&self) -> String {
        match self {
            ConstValue::Int(i) => float_string(&BigRational::from_integer(i.clone())),
            other => other.to_go_string(),
        }
    }
}

/// Formats like go/constant's String for floats: integers print exactly
/// when small, other values with `%.6g`.
fn float_string(f: &BigRational) -> String {
    match f.to_f64() {
        Some(x) if x.is_finite() && x != 0.0 || f.is_zero() => {
            let s = format_g6(x_or_zero(f));
            // A non-integer that %.6g shows without a point gets all its digits (Go's %g).
            if !f.is_integer() && !s.contains('.') {
                return format_g_shortest(x);
            }
            s
        }
        _ => {
            // Too large or small for f64: compute a decimal exponent by hand.
            let neg = f.is_negative();
            let a = f.abs();
            let mut exp: i64 = (a.numer().bits() as i64 - a.denom().bits() as i64) * 30103 / 100000;
            let ten = BigRational::from_integer(BigInt::from(10));
            let scaled = |e: i64| -> BigRational {
                if e >= 0 {
                    &a / num_traits::pow(ten.clone(), e as usize)
                } else {
                    &a * num_traits::pow(ten.clone(), (-e) as usize)
                }
            };
            let mut m = scaled(exp);
            while m >= ten {
                exp += 1;
                m = scaled(exp);
            }
            while m < BigRational::one() {
                exp -= 1;
                m = scaled(exp);
            }
            let mant = m.to_f64().unwrap_or(1.0);
            let mut digits = format!("{:.5}", mant);
            while digits.ends_with('0') {
                digits.pop();
            }
            if digits.ends_with('.') {
                digits.pop();
            }
            format!(
                "{}{}e{}{:02}",
                if neg { "-" } else { "" },
                digits,
                if exp < 0 { "-" } else { "+" },
                exp.abs()
            )
        }
    }
}

fn x_or_zero(f: &BigRational) -> f64 {
    f.to_f64().unwrap_or(0.0)
}

/// Go's `%g` with the shortest representation that round-trips.
pub fn format_g_shortest(x: f64) -> String {
    let e = format!("{:e}", x);
    let (mant, exp) = e.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    if exp < -4 || exp >= 21 {
        format!(
            "{}e{}{:02}",
            mant,
            if exp < 0 { "-" } else { "+" },
            exp.abs()
        )
    } else {
        format!("{}", x)
    }
}

/// C's `%.6g`.
pub fn format_g6(x: f64) -> String {
    if x == 0.0 {
        return "0".to_string();
    }
    let e = format!("{:.5e}", x);
    let (mant, exp) = e.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    if !(-4..6).contains(&exp) {
        let mut m = mant.to_string();
        if m.contains('.') {
            while m.ends_with('0') {
                m.pop();
            }
            if m.ends_with('.') {
                m.pop();
            }
        }
        format!("{}e{}{:02}", m, if exp < 0 { "-" } else { "+" }, exp.abs())
    } else {
        let prec = (5 - exp).max(0) as usize;
        let mut s = format!("{:.*}", prec, x);
        if s.contains('.') {
            while s.ends_with('0') {
                s.pop();
            }
            if s.ends_with('.') {
                s.pop();
            }
        }
        s
    }
}

/// Go's `strconv.Quote` for byte strings (used for string constants in messages).
pub fn go_quote(bytes: &[u8]) -> String {
    let mut out = String::from("\"");
    let text = String::from_utf8_lossy(bytes);
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Why a constant operation failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstError {
    DivisionByZero,
    /// The result is too large to represent (untyped integer above [`MAX_UNTYPED_INT_BITS`]).
    Overflow,
    /// The operands have kinds the operation does not accept.
    Invalid,
}

/// `a op b` on numeric constants. The operands are first brought to the
/// larger of their kinds (int < float < complex).
pub fn binary(op: ConstOp, a: &ConstValue, b: &ConstValue) -> Result<ConstValue, ConstError> {
    use ConstValue::*;
    match (a, b) {
        (String(x), String(y)) if op == ConstOp::Add => {
            let mut v = x.to_vec();
            v.extend_from_slice(y);
            Ok(String(Rc::from(v)))
        }
        (Int(x), Int(y)) => {
            let r = match op {
                ConstOp::Add => x + y,
                ConstOp::Sub => x - y,
                ConstOp::Mul => x * y,
                ConstOp::IntDiv | ConstOp::Rem | ConstOp::Div if y.is_zero() => {
                    return Err(ConstError::DivisionByZero)
                }
                ConstOp::IntDiv => x / y,
                ConstOp::Rem => x % y,
                ConstOp::Div => return Ok(Float(BigRational::new(x.clone(), y.clone()))),
                ConstOp::And => x & y,
                ConstOp::Or => x | y,
                ConstOp::Xor => x ^ y,
                ConstOp::AndNot => x & !y,
            };
            if r.bits() > MAX_UNTYPED_INT_BITS {
                return Err(ConstError::Overflow);
            }
            Ok(Int(r))
        }
        (Complex(..), _) | (_, Complex(..)) => {
            let (ar, ai) = a.to_complex().ok_or(ConstError::Invalid)?;
            let (br, bi) = b.to_complex().ok_or(ConstError::Invalid)?;
            let (re, im) = match op {
                ConstOp::Add => (ar + br, ai + bi),
                ConstOp::Sub => (ar - br, ai - bi),
                ConstOp::Mul => (&ar * &br - &ai * &bi, &ar * &bi + &ai * &br),
                ConstOp::Div | ConstOp::IntDiv => {
                    let d = &br * &br + &bi * &bi;
                    if d.is_zero() {
                        return Err(ConstError::DivisionByZero);
                    }
                    ((&ar * &br + &ai * &bi) / &d, (&ai * &br - &ar * &bi) / &d)
                }
                _ => return Err(ConstError::Invalid),
            };
            Ok(ConstValue::normalize_complex(re, im))
        }
        _ => {
            let x = a.to_rat().ok_or(ConstError::Invalid)?;
            let y = b.to_rat().ok_or(ConstError::Invalid)?;
            let r = match op {
                ConstOp::Add => x + y,
                ConstOp::Sub => x - y,
                ConstOp::Mul => x * y,
                ConstOp::Div | ConstOp::IntDiv => {
                    if y.is_zero() {
                        return Err(ConstError::DivisionByZero);
                    }
                    x / y
                }
                _ => return Err(ConstError::Invalid),
            };
            Ok(Float(r))
        }
    }
}

/// Comparison of two constants of the same kind family.
pub fn compare(op: crate::ast::BinaryOp, a: &ConstValue, b: &ConstValue) -> Option<bool> {
    use crate::ast::BinaryOp::*;
    use std::cmp::Ordering;
    let ord: Ordering = match (a, b) {
        (ConstValue::Bool(x), ConstValue::Bool(y)) => {
            return match op {
                Eq => Some(x == y),
                Ne => Some(x != y),
                _ => None,
            }
        }
        (ConstValue::String(x), ConstValue::String(y)) => x.cmp(y),
        (ConstValue::Complex(..), _) | (_, ConstValue::Complex(..)) => {
            let eq = a.to_complex()? == b.to_complex()?;
            return match op {
                Eq => Some(eq),
                Ne => Some(!eq),
                _ => None,
            };
        }
        _ => a.to_rat()?.cmp(&b.to_rat()?),
    };
    Some(match op {
        Eq => ord == Ordering::Equal,
        Ne => ord != Ordering::Equal,
        Lt => ord == Ordering::Less,
        Le => ord != Ordering::Greater,
        Gt => ord == Ordering::Greater,
        Ge => ord != Ordering::Less,
        _ => return None,
    })
}

/// `x << n` or `x >> n` (arithmetic) for an integer constant.
pub fn shift(left: bool, x: &BigInt, n: u64) -> Result<BigInt, ConstError> {
    if left {
        if n > MAX_SHIFT_COUNT || x.bits() + n > MAX_UNTYPED_INT_BITS && !x.is_zero() {
            return Err(ConstError::Overflow);
        }
        Ok(x << n as usize)
    } else {
        if n > x.bits() + 1 {
            return Ok(if x.is_negative() {
                BigInt::from(-1)
            } else {
                BigInt::zero()
            });
        }
        // BigInt's `>>` rounds toward negative infinity, as Go's arithmetic shift does.
        Ok(x >> n as usize)
    }
}

/// Unary `-x`, `+x`, `^x`, `!x`. `unsigned_bits` is the size of the type for `^`
/// on unsigned typed constants (the complement is taken within that many bits).
pub fn unary(
    op: crate::ast::UnaryOp,
    x: &ConstValue,
    unsigned_bits: Option<u32>,
) -> Option<ConstValue> {
    use crate::ast::UnaryOp::*;
    match (op, x) {
        (Pos, v) if v.is_numeric() => Some(v.clone()),
        (Neg, ConstValue::Int(i)) => Some(ConstValue::Int(-i)),
        (Neg, ConstValue::Float(f)) => Some(ConstValue::Float(-f)),
        (Neg, ConstValue::Complex(re, im)) => Some(ConstValue::Complex(-re, -im)),
        (Not, ConstValue::Bool(b)) => Some(ConstValue::Bool(!b)),
        (BitNot, ConstValue::Int(i)) => Some(ConstValue::Int(match unsigned_bits {
            Some(bits) => {
                let mask = (BigInt::one() << bits as usize) - 1;
                i ^ mask
            }
            None => -i - 1,
        })),
        _ => None,
    }
}

/// Converts `v` to a value of basic kind `kind` if it is representable,
/// rounding floats to the kind's precision (float32/float64/complex), as the
/// spec's representability rules say. `None` when not representable.
pub fn representable(v: &ConstValue, kind: BasicKind) -> Option<ConstValue> {
    use BasicKind::*;
    match kind {
        Bool | UntypedBool => matches!(v, ConstValue::Bool(_)).then(|| v.clone()),
        String | UntypedString => matches!(v, ConstValue::String(_)).then(|| v.clone()),
        UntypedInt | UntypedRune => {
            let i = v.to_int()?;
            Some(ConstValue::Int(i))
        }
        UntypedFloat => v.to_rat().map(|r| match v {
            ConstValue::Int(_) => v.clone(),
            _ => ConstValue::Float(r),
        }),
        UntypedComplex => v.to_complex().map(|_| v.clone()),
        k if k.is_integer() => {
            let i = v.to_int()?;
            let bits = k.bits();
            let ok = if k.is_unsigned() {
                !i.is_negative() && i.bits() <= bits as u64
            } else {
                let limit = BigInt::one() << (bits - 1) as usize;
                i >= -limit.clone() && i < limit
            };
            ok.then_some(ConstValue::Int(i))
        }
        Float32 | Float64 => {
            let r = v.to_rat()?;
            let rounded = round_float(&r, kind == Float32)?;
            Some(match v {
                ConstValue::Int(i) if BigRational::from_integer(i.clone()) == rounded => v.clone(),
                _ => ConstValue::Float(rounded),
            })
        }
        Complex64 | Complex128 => {
            let (re, im) = v.to_complex()?;
            let single = kind == Complex64;
            Some(ConstValue::Complex(
                round_float(&re, single)?,
                round_float(&im, single)?,
            ))
        }
        _ => None,
    }
}

/// Rounds an exact rational to the nearest float32/float64 value; `None` on overflow.
pub fn round_float(r: &BigRational, single: bool) -> Option<BigRational> {
    // Rounding directly to the target precision: going through f64 first
    // would round twice (wrong for float32 values near a midpoint).
    if single {
        round_binary(r, 24, -149, 128)
    } else {
        round_binary(r, 53, -1074, 1024)
    }
}

/// Rounds `r` to the nearest value with a `mant_bits`-bit significand whose
/// smallest step is `2^min_exp` (subnormals), ties to even; `None` when the
/// magnitude reaches `2^max_exp` (overflow to infinity).
fn round_binary(
    r: &BigRational,
    mant_bits: i64,
    min_exp: i64,
    max_exp: i64,
) -> Option<BigRational> {
    if r.is_zero() {
        return Some(BigRational::zero());
    }
    let neg = r.is_negative();
    let n = r.numer().abs();
    let d = r.denom().abs();
    // e = floor(log2(|r|)).
    let mut e = n.bits() as i64 - d.bits() as i64;
    let two = BigInt::from(2);
    let ge_pow = |e: i64| -> bool {
        // |r| >= 2^e  <=>  n >= d * 2^e
        if e >= 0 {
            n >= &d << e as usize
        } else {
            (&n << (-e) as usize) >= d
        }
    };
    if !ge_pow(e) {
        e -= 1;
    }
    let _ = &two;
    if e >= max_exp {
        return None;
    }
    let q = (e - (mant_bits - 1)).max(min_exp);
    // m = round(|r| / 2^q), ties to even.
    let (num, den) = if q >= 0 {
        (n.clone(), &d << q as usize)
    } else {
        (&n << (-q) as usize, d.clone())
    };
    let (mut m, rem) = num.div_rem(&den);
    let twice = &rem << 1usize;
    if twice > den || (twice == den && m.is_odd()) {
        m += 1;
    }
    let value = if q >= 0 {
        BigRational::from_integer(m << q as usize)
    } else {
        BigRational::new(m, BigInt::one() << (-q) as usize)
    };
    let limit = BigRational::from_integer(BigInt::one() << max_exp as usize);
    if value >= limit {
        return None;
    }
    Some(if neg { -value } else { value })
}

/// Nearest f64 to an exact rational (rounding once, to nearest even).
pub fn rational_to_f64(r: &BigRational) -> f64 {
    if r.is_zero() {
        return 0.0;
    }
    let neg = r.is_negative();
    let n = r.numer().abs();
    let d = r.denom().abs();
    // Scale so the quotient has 54+ significant bits, then round the integer quotient.
    let shift: i64 = 64 - (n.bits() as i64 - d.bits() as i64);
    let (q, rem) = if shift >= 0 {
        (n << shift as usize).div_rem(&d)
    } else {
        n.div_rem(&(d << (-shift) as usize))
    };
    // q has 64 or 65 bits; fold the remainder into a sticky bit.
    let sticky = !rem.is_zero();
    let mut mant = q.to_u128().unwrap_or(u128::MAX);
    if sticky {
        mant |= 1;
    }
    let exp = -shift;
    // Value = mant * 2^exp; convert with exact rounding via f64 ops on a split.
    let bits = 128 - mant.leading_zeros() as i64;
    let drop = (bits - 53).max(0);
    let mut top = mant >> drop;
    let rest = mant & ((1u128 << drop) - 1);
    let half = if drop > 0 { 1u128 << (drop - 1) } else { 0 };
    if drop > 0 && (rest > half || (rest == half && top & 1 == 1)) {
        top += 1;
    }
    let e2 = exp + drop;
    let value = ldexp(top as f64, e2);
    if neg {
        -value
    } else {
        value
    }
}

fn ldexp(mut x: f64, mut e: i64) -> f64 {
    // Multiply in steps to avoid overflowing intermediate powers; subnormal
    // results may round twice, which Go programs rarely observe.
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
        if x == 0.0 {
            return x;
        }
    }
    x * 2f64.powi(e as i32)
}

/// Whether an integer value is negative (for shift counts and indices).
pub fn is_negative(v: &ConstValue) -> bool {
    match v {
        ConstValue::Int(i) => i.sign() == Sign::Minus,
        ConstValue::Float(f) => f.is_negative(),
        _ => false,
    }
}
