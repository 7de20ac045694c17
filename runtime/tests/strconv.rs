//! Golden tests of `weft::stdlib::strconv` against Go 1.23's strconv (see tests/common).

mod common;

use common::{check_golden, hex, text, unhex};
use weft::stdlib::strconv;

fn error_text(error: &Option<strconv::NumError>) -> String {
    match error {
        Some(error) => text(&error.message()),
        None => "nil".to_string(),
    }
}

fn compute(fields: &[&str]) -> String {
    let line = |rest: Vec<String>| {
        let mut all: Vec<String> = Vec::new();
        all.extend(rest);
        all.join("\t")
    };
    match fields[0] {
        "ff" => {
            let value = f64::from_bits(u64::from_str_radix(fields[1], 16).unwrap());
            let fmt = fields[2].as_bytes()[0];
            let prec: i32 = fields[3].parse().unwrap();
            let bits: u32 = fields[4].parse().unwrap();
            let result = strconv::format_float(value, fmt, prec, bits);
            line(vec![fields[..5].join("\t"), text(&result)])
        }
        "fi" => {
            let value: i64 = fields[1].parse().unwrap();
            let base: u32 = fields[2].parse().unwrap();
            line(vec![
                fields[..3].join("\t"),
                text(&strconv::format_int(value, base).unwrap()),
            ])
        }
        "fu" => {
            let value: u64 = fields[1].parse().unwrap();
            let base: u32 = fields[2].parse().unwrap();
            line(vec![
                fields[..3].join("\t"),
                text(&strconv::format_uint(value, base).unwrap()),
            ])
        }
        "q" => {
            let input = unhex(fields[1]);
            line(vec![
                fields[..2].join("\t"),
                text(&strconv::quote(&input)),
                text(&strconv::quote_to_ascii(&input)),
                text(&strconv::quote_to_graphic(&input)),
                strconv::can_backquote(&input).to_string(),
            ])
        }
        "qr" => {
            let rune = fields[1].parse::<i64>().unwrap() as u32;
            line(vec![
                fields[..2].join("\t"),
                text(&strconv::quote_rune(rune)),
                text(&strconv::quote_rune_to_ascii(rune)),
                text(&strconv::quote_rune_to_graphic(rune)),
            ])
        }
        "uq" => {
            let input = unhex(fields[1]);
            let (value, error) = match strconv::unquote(&input) {
                Ok(value) => (hex(&value), "nil"),
                Err(()) => (String::new(), "invalid syntax"),
            };
            let (prefix, prefix_error) = match strconv::quoted_prefix(&input) {
                Ok(prefix) => (hex(prefix), "nil"),
                Err(()) => (String::new(), "invalid syntax"),
            };
            line(vec![
                fields[..2].join("\t"),
                value,
                error.to_string(),
                prefix,
                prefix_error.to_string(),
            ])
        }
        "pi" => {
            let input = unhex(fields[1]);
            let base: i64 = fields[2].parse().unwrap();
            let bits: i64 = fields[3].parse().unwrap();
            let (value, error) = strconv::parse_int(&input, base, bits);
            let (unsigned, unsigned_error) = strconv::parse_uint(&input, base, bits);
            line(vec![
                fields[..4].join("\t"),
                value.to_string(),
                error_text(&error),
                unsigned.to_string(),
                error_text(&unsigned_error),
            ])
        }
        "atoi" => {
            let (value, error) = strconv::atoi(&unhex(fields[1]));
            line(vec![
                fields[..2].join("\t"),
                value.to_string(),
                error_text(&error),
            ])
        }
        "pb" => {
            let (value, error) = strconv::parse_bool(&unhex(fields[1]));
            line(vec![
                fields[..2].join("\t"),
                value.to_string(),
                error_text(&error),
            ])
        }
        "pf" => {
            let bits: i64 = fields[2].parse().unwrap();
            let (value, error) = strconv::parse_float(&unhex(fields[1]), bits);
            line(vec![
                fields[..3].join("\t"),
                format!("{:016x}", value.to_bits()),
                error_text(&error),
            ])
        }
        "pc" => {
            let bits: i64 = fields[2].parse().unwrap();
            let ((real, imaginary), error) = strconv::parse_complex(&unhex(fields[1]), bits);
            line(vec![
                fields[..3].join("\t"),
                format!("{:016x}", real.to_bits()),
                format!("{:016x}", imaginary.to_bits()),
                error_text(&error),
            ])
        }
        "fc" => {
            let real = f64::from_bits(u64::from_str_radix(fields[1], 16).unwrap());
            let imaginary = f64::from_bits(u64::from_str_radix(fields[2], 16).unwrap());
            let bits: u32 = fields[4].parse().unwrap();
            let text = strconv::format_complex(real, imaginary, fields[3].as_bytes()[0], -1, bits)
                .unwrap();
            line(vec![fields[..5].join("\t"), common::text(&text)])
        }
        other => format!("unknown case kind {other}"),
    }
}

#[test]
fn strconv_matches_go() {
    let count = check_golden("strconv", compute);
    assert!(count > 1000);
}
