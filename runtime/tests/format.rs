//! Golden tests of `weft::stdlib::format` against Go 1.23's fmt.Sprintf of one
//! operand (see tests/common and tests/go/format_cases.go).

mod common;

use common::{check_golden, text, unhex};
use weft::stdlib::format::{self, FmtFlags};
use weft::stdlib::strconv;

/// Parses `%[flags][width][.prec]verb` into flags and verb, applying the
/// adjustments Go's printer makes for `%v`.
fn parse_spec(spec: &str) -> (FmtFlags, u32) {
    let bytes = spec.as_bytes();
    let mut flags = FmtFlags::default();
    let mut index = 1;
    while index < bytes.len() {
        match bytes[index] {
            b'+' => flags.plus = true,
            b'-' => flags.minus = true,
            b'#' => flags.sharp = true,
            b' ' => flags.space = true,
            b'0' => flags.zero = true,
            _ => break,
        }
        index += 1;
    }
    let number = |index: &mut usize| {
        let start = *index;
        while bytes[*index].is_ascii_digit() {
            *index += 1;
        }
        spec[start..*index].parse::<usize>().ok()
    };
    flags.width = number(&mut index);
    if bytes[index] == b'.' {
        index += 1;
        flags.prec = Some(number(&mut index).unwrap_or(0));
    }
    let verb = spec[index..].chars().next().unwrap() as u32;
    if verb == 'v' as u32 {
        flags.sharp_v = flags.sharp;
        flags.sharp = false;
        flags.plus_v = flags.plus;
        flags.plus = false;
    }
    (flags, verb)
}

fn float_of(field: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(field, 16).unwrap())
}

/// Formats one operand the way Go's printer would, including the bad-verb
/// report (whose value part is printed with `%v` under the same flags).
fn render(kind: &str, operand: &str, verb: u32, flags: &FmtFlags) -> Vec<u8> {
    let mut out = Vec::new();
    let handled = match kind {
        "int64" | "int8" => format::fmt_integer(
            &mut out,
            operand.parse::<i64>().unwrap() as u64,
            true,
            verb,
            flags,
        ),
        "uint64" | "uint8" => format::fmt_integer(
            &mut out,
            operand.parse::<u64>().unwrap(),
            false,
            verb,
            flags,
        ),
        "float64" => format::fmt_float(&mut out, float_of(operand), 64, verb, flags),
        "float32" => format::fmt_float(&mut out, float_of(operand), 32, verb, flags),
        "complex128" | "complex64" => {
            let (real, imaginary) = operand.split_once(',').unwrap();
            let size = if kind == "complex64" { 64 } else { 128 };
            format::fmt_complex(
                &mut out,
                float_of(real),
                float_of(imaginary),
                size,
                verb,
                flags,
            )
        }
        "string" => format::fmt_str(&mut out, &unhex(operand), verb, flags),
        "[]uint8" => format::fmt_bytes(&mut out, &unhex(operand), false, b"[]byte", verb, flags),
        "[]uint8nil" => format::fmt_bytes(&mut out, &[], true, b"[]byte", verb, flags),
        "bool" => format::fmt_bool(&mut out, operand == "true", verb, flags),
        "*int" | "unsafe.Pointer" => format::fmt_pointer(
            &mut out,
            operand.parse().unwrap(),
            kind.as_bytes(),
            verb,
            flags,
        ),
        other => panic!("unknown operand kind {other}"),
    };
    if !handled {
        let value = render(kind, operand, 'v' as u32, flags);
        let type_name = kind.strip_suffix("nil").unwrap_or(kind);
        out.clear();
        format::bad_verb(&mut out, verb, Some((type_name.as_bytes(), &value)));
    }
    out
}

fn compute(fields: &[&str]) -> String {
    let (flags, verb) = parse_spec(fields[1]);
    let result = render(fields[0], fields[2], verb, &flags);
    format!(
        "{}\t{}\t{}\t{}",
        fields[0],
        fields[1],
        fields[2],
        text(&strconv::quote(&result))
    )
}

#[test]
fn format_matches_go() {
    let count = check_golden("format", compute);
    assert!(count > 1000);
}
