//! Golden tests of `weft::stdlib::strings` against Go 1.23's strings package
//! (see tests/common and tests/go/strings_cases.go).

mod common;

use common::{check_golden, text, unhex};
use weft::stdlib::{strconv, strings};

/// Go's `%q` of a string.
fn q(bytes: &[u8]) -> String {
    text(&strconv::quote(bytes))
}

/// Go's `%q` of a `[]string`.
fn q_list(pieces: &[&[u8]]) -> String {
    let quoted: Vec<String> = pieces.iter().map(|piece| q(piece)).collect();
    format!("[{}]", quoted.join(" "))
}

/// The replacer argument lists of tests/go/strings_cases.go, by index.
const REPLACERS: &[&[&[u8]]] = &[
    &[b"a", b"1"],
    &[b"a", b"1", b"b", b"2"],
    &[b"abc", b"X"],
    &[b"a", b"1", b"aaa", b"3", b"", b"-"],
    &[b"", b"X"],
    &[b"aaa", b"3", b"a", b"1"],
    &["日".as_bytes(), b"sun", "本".as_bytes(), b""],
    &[b"\xff", b"?"],
    &[b",", b";", b";", b","],
    &[b"go", b"Go", b"gopher", b"GOPHER"],
    &[b"a", b"x", b"a", b"y"],
    &[b"", b"A", b"", b"B"],
];

fn compute(fields: &[&str]) -> String {
    if fields[0] == "replacer" {
        let index: usize = fields[1].parse().unwrap();
        let replacer = strings::Replacer::new(REPLACERS[index]).unwrap();
        return format!(
            "replacer\t{index}\t{}\t{}",
            fields[2],
            q(&replacer.replace(&unhex(fields[2])))
        );
    }
    let s = unhex(fields[1]);
    let s = s.as_slice();
    match fields[0] {
        "one" => {
            let fields_list = strings::fields(s);
            format!(
                "one\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                fields[1],
                q(&strings::to_upper(s)),
                q(&strings::to_lower(s)),
                q(&strings::to_title(s)),
                q(strings::trim_space(s)),
                q_list(&fields_list),
                fields_list.len()
            )
        }
        "two" => {
            let sep = unhex(fields[2]);
            let sep = sep.as_slice();
            let (before, after, found) = strings::cut(s, sep);
            format!(
                "two\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                fields[1],
                fields[2],
                strings::contains(s, sep),
                strings::contains_any(s, sep),
                strings::count(s, sep),
                strings::index(s, sep),
                strings::last_index(s, sep),
                strings::index_any(s, sep),
                strings::last_index_any(s, sep),
                strings::has_prefix(s, sep),
                strings::has_suffix(s, sep),
                strings::compare(s, sep),
                strings::equal_fold(s, sep),
                q(before),
                q(after),
                found
            )
        }
        "split" => {
            let sep = unhex(fields[2]);
            let sep = sep.as_slice();
            format!(
                "split\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                fields[1],
                fields[2],
                q_list(&strings::split(s, sep)),
                q_list(&strings::split_n(s, sep, 2)),
                q_list(&strings::split_n(s, sep, -1)),
                q_list(&strings::split_after(s, sep)),
                q_list(&strings::split_after_n(s, sep, 3)),
                q_list(&strings::split_n(s, sep, 1))
            )
        }
        "edit" => {
            let sep = unhex(fields[2]);
            let sep = sep.as_slice();
            format!(
                "edit\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                fields[1],
                fields[2],
                q(&strings::replace_all(s, sep, b"<>")),
                q(&strings::replace(s, sep, b"", 1)),
                q(&strings::replace(s, sep, b"_", 2)),
                q(strings::trim(s, sep)),
                q(strings::trim_left(s, sep)),
                q(strings::trim_right(s, sep)),
                q(strings::trim_prefix(s, sep)),
                q(strings::trim_suffix(s, sep))
            )
        }
        "rune" => {
            let rune: i64 = fields[2].parse().unwrap();
            let as_u32 = if rune < 0 { u32::MAX } else { rune as u32 };
            format!(
                "rune\t{}\t{rune}\t{}\t{}",
                fields[1],
                strings::index_rune(s, as_u32),
                strings::contains_rune(s, as_u32)
            )
        }
        "join" => {
            let joined = strings::join(&strings::fields(s), b"+");
            format!(
                "join\t{}\t{}\t{}\t{}\t{}",
                fields[1],
                q(&joined),
                q(&strings::repeat(s, 3).unwrap()),
                q(&strings::title(s)),
                q(&strings::to_valid_utf8(s, b"?"))
            )
        }
        "fold" => {
            let other = unhex(fields[2]);
            format!(
                "fold\t{}\t{}\t{}",
                fields[1],
                fields[2],
                strings::equal_fold(s, &other)
            )
        }
        other => format!("unknown case kind {other}"),
    }
}

#[test]
fn strings_match_go() {
    assert!(check_golden("strings", compute) > 1000);
}

#[test]
fn repeat_reports_go_panics() {
    assert_eq!(
        strings::repeat(b"ab", -1),
        Err(strings::REPEAT_NEGATIVE_PANIC)
    );
    assert_eq!(
        strings::repeat(b"ab", i64::MAX),
        Err(strings::REPEAT_OVERFLOW_PANIC)
    );
    assert_eq!(
        strings::repeat(b"ab", 1 << 40),
        Err(strings::OUT_OF_MEMORY_PANIC)
    );
    assert_eq!(strings::repeat(b"", i64::MAX), Ok(Vec::new()));
}

#[test]
fn searches_stay_fast_and_exact_on_repetitive_text() {
    // Quadratic searching would take minutes here; the rolling hash is linear.
    let haystack = [vec![b'a'; 2_000_000], b"ab".to_vec(), vec![b'a'; 1000]].concat();
    let needle = [vec![b'a'; 100_000], b"b".to_vec()].concat();
    assert_eq!(strings::index(&haystack, &needle), 2_000_000 - 100_000 + 1);
    assert_eq!(
        strings::last_index(&haystack, &needle),
        2_000_000 - 100_000 + 1
    );
    assert_eq!(strings::count(&haystack, &needle), 1);
    assert!(!strings::contains(&haystack, &[&needle[..], b"c"].concat()));
    // Positions found by hashing agree with a plain scan on varied text.
    let text: Vec<u8> = (0..5000u32)
        .map(|index| b"ab"[(index * 7 % 3 == 0) as usize])
        .collect();
    for length in 1..12 {
        for start in (0..4000).step_by(397) {
            let needle = &text[start..start + length];
            let expected_first = text
                .windows(length)
                .position(|window| window == needle)
                .unwrap() as i64;
            let expected_last = text
                .windows(length)
                .rposition(|window| window == needle)
                .unwrap() as i64;
            assert_eq!(strings::index(&text, needle), expected_first);
            assert_eq!(strings::last_index(&text, needle), expected_last);
        }
    }
}
