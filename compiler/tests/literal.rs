//! Literal decoding, compared with the real Go's values.
//!
//! `data/literals.txt` lists literals as `KIND TEXT` lines (`int`, `float`,
//! `imag`, `char`, `string`); after `--- values` comes one value per line,
//! produced by `data/gen_literals.go` (go/constant and strconv): integers in
//! decimal, floats and imaginary parts as exact `num/den`, runes as `U+XXXX`,
//! strings as hex bytes, or `invalid`. `UPDATE_EXPECT=1` rewrites the values
//! with weft's for review.

mod common;

use weft_compiler::literal::{
    parse_float_lit, parse_imag_lit, parse_int_lit, unquote_char, unquote_string,
};

fn value(line: &str) -> String {
    let (kind, text) = line.split_once(' ').unwrap_or((line, ""));
    let rational = |v: Option<num_rational::BigRational>| match v {
        Some(v) => format!("{}/{}", v.numer(), v.denom()),
        None => "invalid".to_string(),
    };
    match kind {
        "int" => parse_int_lit(text)
            .map(|v| v.to_string())
            .unwrap_or_else(|| "invalid".to_string()),
        "float" => rational(parse_float_lit(text)),
        "imag" => rational(parse_imag_lit(text)),
        "char" => unquote_char(text)
            .map(|c| format!("U+{c:04X}"))
            .unwrap_or_else(|| "invalid".to_string()),
        "string" => match unquote_string(text) {
            Some(bytes) => bytes.iter().map(|b| format!("{b:02x}")).collect(),
            None => "invalid".to_string(),
        },
        _ => "unknown kind".to_string(),
    }
}

fn values(input: &str) -> String {
    input.lines().map(|line| value(line) + "\n").collect()
}

#[test]
fn literals_match_go() {
    common::check_cases("literals.txt", "--- values\n", values);
}

#[test]
fn malformed_literals_are_rejected() {
    for text in ["", "0x", "0b2", "0o8", "1_", "abc", "08"] {
        assert_eq!(parse_int_lit(text), None, "{text}");
    }
    for text in ["", "1e", "0x1.0", "e5", "."] {
        assert_eq!(parse_float_lit(text), None, "{text}");
    }
    for text in ["'", "'ab'", "''", "'\\q'", "'\\400'", "'\\ud800'", "'\\x4'"] {
        assert_eq!(unquote_char(text), None, "{text}");
    }
    for text in ["\"", "\"abc", "\"\\q\"", "`abc", "\"\\400\""] {
        assert_eq!(unquote_string(text), None, "{text}");
    }
}
