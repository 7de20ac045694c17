//! Golden tests of `weft::stdlib::utf8` against Go 1.23's unicode/utf8 (see tests/common).

mod common;

use common::{check_golden, hex, unhex};
use weft::stdlib::utf8;

fn compute(fields: &[&str]) -> String {
    match fields[0] {
        "d" => {
            let bytes = unhex(fields[1]);
            let (rune, width) = utf8::decode_rune(&bytes);
            let (last_rune, last_width) = utf8::decode_last_rune(&bytes);
            format!(
                "d\t{}\t{rune:x}\t{width}\t{last_rune:x}\t{last_width}\t{}\t{}\t{}",
                fields[1],
                utf8::full_rune(&bytes),
                utf8::valid(&bytes),
                utf8::rune_count(&bytes)
            )
        }
        "r" => {
            let rune: i64 = fields[1].parse().unwrap();
            // Go runes are int32; negative ones are invalid, like values above U+10FFFF.
            let as_u32 = if rune < 0 { u32::MAX } else { rune as u32 };
            let mut encoded = Vec::new();
            utf8::encode_rune(&mut encoded, as_u32);
            format!(
                "r\t{rune}\t{}\t{}\t{}",
                utf8::rune_len(rune),
                utf8::valid_rune(as_u32),
                hex(&encoded)
            )
        }
        other => format!("unknown case kind {other}"),
    }
}

#[test]
fn utf8_matches_go() {
    assert!(check_golden("utf8", compute) > 1000);
}
