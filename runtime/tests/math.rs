//! Golden tests of `weft::stdlib::math` against Go 1.23's math package, bit
//! for bit (see tests/common and tests/go/math_cases.go).

mod common;

use common::check_golden;
use weft::stdlib::math;

fn float(field: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(field, 16).unwrap())
}

fn b(x: f64) -> String {
    format!("{:016x}", x.to_bits())
}

fn compute(fields: &[&str]) -> String {
    if fields[0] == "pow10" {
        let n: i64 = fields[1].parse().unwrap();
        return format!("pow10\t{n}\t{}", b(math::pow10(n)));
    }
    let x = float(fields[1]);
    match fields[0] {
        "one" => {
            let (fraction, exponent) = math::frexp(x);
            let (integer, fraction_part) = math::modf(x);
            format!(
                "one\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{} {exponent}\t{} {}\t{}",
                fields[1],
                b(math::trunc(x)),
                b(math::floor(x)),
                b(math::ceil(x)),
                b(math::round(x)),
                b(math::round_to_even(x)),
                b(math::sqrt(x)),
                b(fraction),
                b(integer),
                b(fraction_part),
                math::signbit(x)
            )
        }
        "fn" => format!(
            "fn\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            fields[1],
            b(math::exp(x)),
            b(math::log(x)),
            b(math::log2(x)),
            b(math::log10(x)),
            b(math::cbrt(x)),
            b(math::log1p(x)),
            b(math::expm1(x))
        ),
        "hyp" => {
            let (sin, cos) = math::sincos(x);
            format!(
                "hyp\t{}\t{}\t{}\t{}\t{} {}\t{}\t{}\t{}",
                fields[1],
                b(math::asinh(x)),
                b(math::acosh(x)),
                b(math::atanh(x)),
                b(sin),
                b(cos),
                b(math::logb(x)),
                math::ilogb(x),
                b(math::fma(x, 3.1, -x))
            )
        }
        "ldexp" => {
            let exponent: i64 = fields[2].parse().unwrap();
            format!(
                "ldexp\t{}\t{exponent}\t{}",
                fields[1],
                b(math::ldexp(x, exponent))
            )
        }
        "two" => {
            let y = float(fields[2]);
            format!(
                "two\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                fields[1],
                fields[2],
                b(math::fmod(x, y)),
                b(math::remainder(x, y)),
                b(math::max(x, y)),
                b(math::min(x, y)),
                b(math::dim(x, y)),
                b(math::nextafter(x, y)),
                b(math::hypot(x, y)),
                b(math::copysign(x, y))
            )
        }
        "pow" => {
            let y = float(fields[2]);
            format!(
                "pow\t{}\t{}\t{}\t{}",
                fields[1],
                fields[2],
                b(math::pow(x, y)),
                b(math::atan2(x, y))
            )
        }
        "trig" => format!(
            "trig\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            fields[1],
            b(math::sin(x)),
            b(math::cos(x)),
            b(math::tan(x)),
            b(math::asin(x)),
            b(math::acos(x)),
            b(math::atan(x)),
            b(math::sinh(x)),
            b(math::cosh(x)),
            b(math::tanh(x)),
            b(math::exp2(x))
        ),
        other => format!("unknown case kind {other}"),
    }
}

#[test]
fn math_matches_go_bit_for_bit() {
    assert!(check_golden("math", compute) > 10000);
}
