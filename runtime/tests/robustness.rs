//! Property tests of the stdlib leaves on pseudo-random inputs: no function
//! panics on any input, and formatting and parsing invert each other.

use weft::stdlib::format::{self, FmtFlags};
use weft::stdlib::{math, strconv, strings, unicode, utf8};

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, limit: u64) -> u64 {
        self.next() % limit
    }

    /// Bytes drawn mostly from characters that matter to Go's number and
    /// literal syntax, plus arbitrary bytes.
    fn bytes(&mut self) -> Vec<u8> {
        const ALPHABET: &[u8] =
            b"0123456789_.eEpPxXbBoO+-infINFatyNA\"'`\\nuU\t\n abcdef\xff\xc3\xa9\xe6\x97\xa5";
        let length = self.below(24) as usize;
        (0..length)
            .map(|_| {
                if self.below(8) == 0 {
                    self.next() as u8
                } else {
                    ALPHABET[self.below(ALPHABET.len() as u64) as usize]
                }
            })
            .collect()
    }

    fn float(&mut self) -> f64 {
        match self.below(4) {
            0 => f64::from_bits(self.next()),
            1 => (self.next() as i64 as f64) / (1u64 << self.below(64)) as f64,
            2 => [
                0.0,
                -0.0,
                f64::INFINITY,
                f64::NEG_INFINITY,
                f64::NAN,
                f64::MIN_POSITIVE,
                5e-324,
            ][self.below(7) as usize],
            _ => (self.below(2000) as f64 - 1000.0) / 7.0,
        }
    }

    fn flags(&mut self) -> FmtFlags {
        let bits = self.next();
        FmtFlags {
            plus: bits & 1 != 0,
            minus: bits & 2 != 0,
            sharp: bits & 4 != 0,
            space: bits & 8 != 0,
            zero: bits & 16 != 0,
            plus_v: bits & 32 != 0,
            sharp_v: bits & 64 != 0,
            width: if bits & 128 != 0 {
                Some(self.below(40) as usize)
            } else {
                None
            },
            prec: if bits & 256 != 0 {
                Some(self.below(40) as usize)
            } else {
                None
            },
        }
    }
}

#[test]
fn parsers_never_panic_and_quote_round_trips() {
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    for _ in 0..30_000 {
        let input = random.bytes();
        let base = random.below(42) as i64 - 2;
        let bit_size = random.below(72) as i64 - 2;
        let _ = strconv::parse_int(&input, base, bit_size);
        let _ = strconv::parse_uint(&input, base, bit_size);
        let _ = strconv::atoi(&input);
        let _ = strconv::parse_bool(&input);
        let _ = strconv::parse_float(&input, if random.below(2) == 0 { 32 } else { 64 });
        let _ = strconv::unquote(&input);
        let _ = strconv::quoted_prefix(&input);
        let _ = strconv::can_backquote(&input);
        for quoted in [
            strconv::quote(&input),
            strconv::quote_to_ascii(&input),
            strconv::quote_to_graphic(&input),
        ] {
            assert_eq!(
                strconv::unquote(&quoted),
                Ok(input.clone()),
                "quote of {input:?} does not unquote back"
            );
        }
        let _ = utf8::decode_last_rune(&input);
        let _ = utf8::full_rune(&input);
        assert_eq!(utf8::valid(&input), std::str::from_utf8(&input).is_ok());
    }
}

#[test]
fn number_formatting_round_trips() {
    let mut random = Random(0xD1B5_4A32_D192_ED03);
    for _ in 0..20_000 {
        let value = random.float();
        for bit_size in [32u32, 64] {
            let expected = if bit_size == 32 {
                value as f32 as f64
            } else {
                value
            };
            for fmt in [b'g', b'e', b'f', b'x', b'b'] {
                let text = strconv::format_float(value, fmt, -1, bit_size);
                if fmt == b'b' {
                    continue;
                }
                let (parsed, _) = strconv::parse_float(&text, bit_size as i64);
                assert!(
                    parsed.to_bits() == expected.to_bits()
                        || (parsed.is_nan() && expected.is_nan()),
                    "{value:e} at {bit_size} bits formats as {} and parses back as {parsed:e}",
                    String::from_utf8_lossy(&text)
                );
            }
        }
        let integer = random.next() as i64;
        let base = 2 + random.below(35) as u32;
        let text = strconv::format_int(integer, base).unwrap();
        assert_eq!(strconv::parse_int(&text, base as i64, 64), (integer, None));
    }
}

#[test]
fn formatters_and_strings_never_panic() {
    let mut random = Random(0x1234_5678_9ABC_DEF1);
    let verbs: Vec<u32> = "vdboOxXcqUeEfFgGstpT%z\u{e9}"
        .chars()
        .map(|verb| verb as u32)
        .collect();
    for _ in 0..20_000 {
        let flags = random.flags();
        let verb = verbs[random.below(verbs.len() as u64) as usize];
        let text = random.bytes();
        let mut out = Vec::new();
        format::fmt_integer(&mut out, random.next(), random.below(2) == 0, verb, &flags);
        format::fmt_float(
            &mut out,
            random.float(),
            if random.below(2) == 0 { 32 } else { 64 },
            verb,
            &flags,
        );
        format::fmt_complex(&mut out, random.float(), random.float(), 128, verb, &flags);
        format::fmt_str(&mut out, &text, verb, &flags);
        format::fmt_bytes(&mut out, &text, false, b"[]byte", verb, &flags);
        format::fmt_bool(&mut out, true, verb, &flags);
        format::bad_verb(&mut out, verb, Some((b"int", b"1")));

        let separator = random.bytes();
        let limit = random.below(8) as i64 - 2;
        let _ = strings::split_n(&text, &separator, limit);
        let _ = strings::split_after_n(&text, &separator, limit);
        let _ = strings::replace(&text, &separator, b"<>", limit);
        let _ = strings::trim(&text, &separator);
        let _ = strings::last_index_any(&text, &separator);
        let _ = strings::equal_fold(&text, &separator);
        let _ = strings::to_upper(&text);
        let _ = strings::to_lower(&text);
        let _ = strings::title(&text);
        let _ = strings::to_valid_utf8(&text, b"?");
        let _ = strings::repeat(&text, limit);
        let rune = random.next() as u32;
        let _ = strings::index_rune(&text, rune);
        let _ = unicode::simple_fold(rune);
        let _ = unicode::to_title(rune);

        let (x, y) = (random.float(), random.float());
        let _ = (
            math::pow(x, y),
            math::fmod(x, y),
            math::remainder(x, y),
            math::atan2(x, y),
            math::hypot(x, y),
        );
        let _ = (
            math::sin(x),
            math::tan(x),
            math::exp(x),
            math::log(x),
            math::expm1(x),
            math::log1p(x),
            math::cbrt(x),
        );
        let _ = math::ldexp(x, random.next() as i64);
    }
}
