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
