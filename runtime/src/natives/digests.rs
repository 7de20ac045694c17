//! Natives of crypto/md5, crypto/sha1 and crypto/sha256: the block functions that
//! fold whole 64-byte blocks into a digest's state words.
//!
//! Each native takes the state words followed by a `[]byte` whose length is a
//! multiple of 64, and returns the new state words; padding, buffering and the
//! output byte order stay in the Go packages.

use super::args::int_arg;
use weft_vm::value::Value;
use weft_vm::{NativeCtx, NativeError, NativeRegistry};

pub fn register(r: &mut NativeRegistry) {
    r.register("crypto/md5.blocks", md5_blocks);
    r.register("crypto/sha1.blocks", sha1_blocks);
    r.register("crypto/sha256.blocks", sha256_blocks);
}

const BLOCK_SIZE: usize = 64;

/// Reads `WORDS` state words from the first arguments and the data from the next one,
/// runs `compress` on every whole block, and returns the words.
fn run_blocks<const WORDS: usize>(
    ctx: &mut NativeCtx<'_>,
    args: &[Value],
    compress: fn(&mut [u32; WORDS], &[u8]),
) -> Result<(), NativeError> {
    let mut state = [0u32; WORDS];
    for (i, word) in state.iter_mut().enumerate() {
        *word = int_arg(args, i) as u32;
    }
    let data = ctx.slice_bytes(&args[WORDS]);
    for block in data.chunks_exact(BLOCK_SIZE) {
        compress(&mut state, block);
    }
    for word in state {
        ctx.ret(Value::Int(word as i64));
    }
    Ok(())
}

fn md5_blocks(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    run_blocks::<4>(ctx, args, md5_compress)
}

fn sha1_blocks(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    run_blocks::<5>(ctx, args, sha1_compress)
}

fn sha256_blocks(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    run_blocks::<8>(ctx, args, sha256_compress)
}

/// MD5's per-step rotation amounts, four per round.
const MD5_SHIFTS: [[u32; 4]; 4] = [
    [7, 12, 17, 22],
    [5, 9, 14, 20],
    [4, 11, 16, 23],
    [6, 10, 15, 21],
];

/// MD5's additive constants: the integer part of |sin(i + 1)| * 2^32 (RFC 1321);
/// double precision gets every one of them exactly.
fn md5_constant(step: usize) -> u32 {
    (((step + 1) as f64).sin().abs() * 4294967296.0) as u32
}

fn md5_compress(state: &mut [u32; 4], block: &[u8]) {
    let words: Vec<u32> = block
        .chunks_exact(4)
        .map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
        .collect();
    let [mut a, mut b, mut c, mut d] = *state;
    for step in 0..64 {
        let round = step / 16;
        let (mix, index) = match round {
            0 => ((b & c) | (!b & d), step),
            1 => ((d & b) | (!d & c), (5 * step + 1) % 16),
            2 => (b ^ c ^ d, (3 * step + 5) % 16),
            _ => (c ^ (b | !d), (7 * step) % 16),
        };
        let sum = a
            .wrapping_add(mix)
            .wrapping_add(md5_constant(step))
            .wrapping_add(words[index]);
        a = d;
        d = c;
        c = b;
        b = b.wrapping_add(sum.rotate_left(MD5_SHIFTS[round][step % 4]));
    }
    for (word, add) in state.iter_mut().zip([a, b, c, d]) {
        *word = word.wrapping_add(add);
    }
}

fn big_endian_words(block: &[u8], schedule: &mut [u32]) {
    for (i, w) in block.chunks_exact(4).enumerate() {
        schedule[i] = u32::from_be_bytes([w[0], w[1], w[2], w[3]]);
    }
}

fn sha1_compress(state: &mut [u32; 5], block: &[u8]) {
    let mut schedule = [0u32; 80];
    big_endian_words(block, &mut schedule);
    for t in 16..80 {
        schedule[t] = (schedule[t - 3] ^ schedule[t - 8] ^ schedule[t - 14] ^ schedule[t - 16])
            .rotate_left(1);
    }
    let [mut a, mut b, mut c, mut d, mut e] = *state;
    for (t, word) in schedule.iter().enumerate() {
        let (mix, constant) = match t / 20 {
            0 => ((b & c) | (!b & d), 0x5a82_7999),
            1 => (b ^ c ^ d, 0x6ed9_eba1),
            2 => ((b & c) | (b & d) | (c & d), 0x8f1b_bcdc),
            _ => (b ^ c ^ d, 0xca62_c1d6),
        };
        let next = a
            .rotate_left(5)
            .wrapping_add(mix)
            .wrapping_add(e)
            .wrapping_add(constant)
            .wrapping_add(*word);
        e = d;
        d = c;
        c = b.rotate_left(30);
        b = a;
        a = next;
    }
    for (word, add) in state.iter_mut().zip([a, b, c, d, e]) {
        *word = word.wrapping_add(add);
    }
}

/// The first 64 primes, whose cube roots give SHA-256's round constants.
fn first_primes(count: usize) -> Vec<u64> {
    let mut primes = Vec::with_capacity(count);
    let mut candidate = 2u64;
    while primes.len() < count {
        if primes.iter().all(|p| candidate % p != 0) {
            primes.push(candidate);
        }
        candidate += 1;
    }
    primes
}

/// The first 32 bits of the fractional part of the cube root of `prime`: the
/// floating-point estimate corrected with exact integer arithmetic.
fn cube_root_fraction(prime: u64) -> u32 {
    let target = (prime as u128) << 96;
    let mut root = ((prime as f64).cbrt() * 4294967296.0) as u128;
    while root * root * root > target {
        root -= 1;
    }
    while (root + 1) * (root + 1) * (root + 1) <= target {
        root += 1;
    }
    root as u32
}

fn sha256_constants() -> &'static [u32; 64] {
    static CONSTANTS: std::sync::OnceLock<[u32; 64]> = std::sync::OnceLock::new();
    CONSTANTS.get_or_init(|| {
        let mut constants = [0u32; 64];
        for (k, prime) in constants.iter_mut().zip(first_primes(64)) {
            *k = cube_root_fraction(prime);
        }
        constants
    })
}

fn sha256_compress(state: &mut [u32; 8], block: &[u8]) {
    let constants = sha256_constants();
    let mut schedule = [0u32; 64];
    big_endian_words(block, &mut schedule);
    for t in 16..64 {
        let w15 = schedule[t - 15];
        let w2 = schedule[t - 2];
        let sigma0 = w15.rotate_right(7) ^ w15.rotate_right(18) ^ (w15 >> 3);
        let sigma1 = w2.rotate_right(17) ^ w2.rotate_right(19) ^ (w2 >> 10);
        schedule[t] = schedule[t - 16]
            .wrapping_add(sigma0)
            .wrapping_add(schedule[t - 7])
            .wrapping_add(sigma1);
    }
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = *state;
    for t in 0..64 {
        let big_sigma1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
        let choose = (e & f) ^ (!e & g);
        let temp1 = h
            .wrapping_add(big_sigma1)
            .wrapping_add(choose)
            .wrapping_add(constants[t])
            .wrapping_add(schedule[t]);
        let big_sigma0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
        let majority = (a & b) ^ (a & c) ^ (b & c);
        let temp2 = big_sigma0.wrapping_add(majority);
        h = g;
        g = f;
        f = e;
        e = d.wrapping_add(temp1);
        d = c;
        c = b;
        b = a;
        a = temp1.wrapping_add(temp2);
    }
    for (word, add) in state.iter_mut().zip([a, b, c, d, e, f, g, h]) {
        *word = word.wrapping_add(add);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_constants_match_the_standards() {
        assert_eq!(md5_constant(0), 0xd76a_a478);
        assert_eq!(md5_constant(63), 0xeb86_d391);
        let k = sha256_constants();
        assert_eq!(k[0], 0x428a_2f98);
        assert_eq!(k[63], 0xc671_78f2);
    }
}
