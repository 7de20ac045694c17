//! Golden tests of `weft::stdlib::unicode` against Go 1.23's unicode package
//! on every code point below U+3000 and a sample above (see tests/common).

mod common;

use common::check_golden;
use weft::stdlib::unicode;

fn compute(fields: &[&str]) -> String {
    let rune = u32::from_str_radix(fields[1], 16).unwrap();
    let predicates: [fn(u32) -> bool; 13] = [
        unicode::is_letter,
        unicode::is_upper,
        unicode::is_lower,
        unicode::is_title,
        unicode::is_mark,
        unicode::is_digit,
        unicode::is_number,
        unicode::is_punct,
        unicode::is_symbol,
        unicode::is_space,
        unicode::is_print,
        unicode::is_graphic,
        unicode::is_control,
    ];
    let flags: String = predicates
        .iter()
        .map(|predicate| if predicate(rune) { '1' } else { '0' })
        .collect();
    format!(
        "u\t{rune:x}\t{flags}\t{:x}\t{:x}\t{:x}\t{:x}",
        unicode::to_upper(rune),
        unicode::to_lower(rune),
        unicode::to_title(rune),
        unicode::simple_fold(rune)
    )
}

#[test]
fn unicode_matches_go() {
    assert!(check_golden("unicode", compute) > 12000);
}
