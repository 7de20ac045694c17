//! Golden tests of `weft::stdlib::bits` against Go 1.23's math/bits (see tests/common).

mod common;

use common::check_golden;
use weft::stdlib::bits;

fn either<T: std::fmt::Display>(result: Result<T, &str>) -> String {
    match result {
        Ok(value) => value.to_string(),
        Err(message) => message.to_string(),
    }
}

fn pair<T: std::fmt::Display>(result: Result<(T, T), &str>) -> String {
    either(result.map(|(first, second)| format!("{first} {second}")))
}

fn compute(fields: &[&str]) -> String {
    let x: u64 = fields[1].parse().unwrap();
    match fields[0] {
        "one" => {
            let per_width = |function: fn(u64, u32) -> u32| {
                [8, 16, 32, 64]
                    .map(|width| function(x, width).to_string())
                    .join(" ")
            };
            let reversed = [8, 16, 32, 64]
                .map(|width| bits::reverse(x, width).to_string())
                .join(" ");
            let swapped = [16, 32, 64]
                .map(|width| bits::reverse_bytes(x, width).to_string())
                .join(" ");
            format!(
                "one\t{x}\t{}\t{}\t{}\t{reversed}\t{swapped}\t{}",
                per_width(bits::leading_zeros),
                per_width(bits::trailing_zeros),
                per_width(bits::ones_count),
                bits::len(x)
            )
        }
        "rot" => {
            let amount: i64 = fields[2].parse().unwrap();
            let rotated = [8, 16, 32, 64]
                .map(|width| bits::rotate_left(x, amount, width).to_string())
                .join(" ");
            format!("rot\t{x}\t{amount}\t{rotated}")
        }
        "arith" => {
            let y: u64 = fields[2].parse().unwrap();
            let carry: u64 = fields[3].parse().unwrap();
            let (sum, carry_out) = bits::add64(x, y, carry);
            let (difference, borrow_out) = bits::sub64(x, y, carry);
            let (sum32, carry32) = bits::add32(x as u32, y as u32, carry as u32);
            let (difference32, borrow32) = bits::sub32(x as u32, y as u32, carry as u32);
            format!("arith\t{x}\t{y}\t{carry}\t{sum} {carry_out}\t{difference} {borrow_out}\t{sum32} {carry32}\t{difference32} {borrow32}")
        }
        "mul" => {
            let y: u64 = fields[2].parse().unwrap();
            let (high, low) = bits::mul64(x, y);
            let (high32, low32) = bits::mul32(x as u32, y as u32);
            format!(
                "mul\t{x}\t{y}\t{high} {low}\t{high32} {low32}\t{}\t{}\t{}\t{}",
                pair(bits::div64(x >> 7, y, x | 1)),
                pair(bits::div32((x >> 40) as u32, y as u32, x as u32)),
                either(bits::rem64(x, y, y >> 3)),
                either(bits::rem32(x as u32, y as u32, (y >> 35) as u32))
            )
        }
        other => format!("unknown case kind {other}"),
    }
}

#[test]
fn bits_match_go() {
    assert!(check_golden("bits", compute) > 1000);
}
