//! Formatting for the `print` and `println` builtins, as gc's runtime prints (to stderr).

/// gc's runtime float format: `+1.500000e+000`, `NaN`, `+Inf`, `-Inf`.
pub fn format_float(v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    let sign = if v.is_sign_negative() { '-' } else { '+' };
    let s = format!("{:.6e}", v.abs());
    let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let esign = if exp < 0 { '-' } else { '+' };
    format!("{sign}{mantissa}e{esign}{:03}", exp.abs())
}

pub fn format_complex(re: f64, im: f64) -> String {
    format!("({}{}i)", format_float(re), format_float(im))
}

#[cfg(test)]
mod tests {
    #[test]
    fn floats_like_gc() {
        assert_eq!(super::format_float(1.5), "+1.500000e+000");
        assert_eq!(super::format_float(-0.00012), "-1.200000e-004");
        assert_eq!(super::format_float(0.0), "+0.000000e+000");
    }
}
