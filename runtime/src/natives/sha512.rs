//! Natives of crypto/sha512: the block function over 128-byte blocks and the
//! initial states of SHA-512, SHA-384, SHA-512/224 and SHA-512/256, all derived
//! from the primes as FIPS 180-4 defines them rather than typed in.

use super::args::int_arg;
use std::cmp::Ordering;
use std::sync::OnceLock;
use weft_vm::value::Value;
use weft_vm::{NativeCtx, NativeError, NativeRegistry};

pub fn register(r: &mut NativeRegistry) {
    r.register("crypto/sha512.blocks", blocks);
    r.register("crypto/sha512.initialState", initial_state);
}

const BLOCK_SIZE: usize = 128;

/// `blocks(h0, ..., h7 uint64, p []byte) (uint64 x 8)`: folds every whole block of p.
fn blocks(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let mut state = [0u64; 8];
    for (i, word) in state.iter_mut().enumerate() {
        *word = int_arg(args, i) as u64;
    }
    let data = ctx.slice_bytes(&args[8]);
    for block in data.chunks_exact(BLOCK_SIZE) {
        compress(&mut state, block);
    }
    for word in state {
        ctx.ret(Value::Int(word as i64));
    }
    Ok(())
}

/// `initialState(variant int) (uint64 x 8)`: 0 is SHA-512, 1 SHA-384, 2 SHA-512/224
/// and 3 SHA-512/256 (must match the constants of runtime/go/crypto/sha512).
fn initial_state(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let state = match int_arg(args, 0) {
        0 => sha512_initial(),
        1 => sha384_initial(),
        2 => truncated_initial(224),
        _ => truncated_initial(256),
    };
    for word in state {
        ctx.ret(Value::Int(word as i64));
    }
    Ok(())
}

fn primes(count: usize) -> Vec<u64> {
    let mut found = Vec::with_capacity(count);
    let mut candidate = 2u64;
    while found.len() < count {
        if found.iter().all(|p| candidate % p != 0) {
            found.push(candidate);
        }
        candidate += 1;
    }
    found
}

/// A little-endian multi-word unsigned integer, just big enough for the root search.
type Wide = Vec<u64>;

fn multiply(a: &[u64], b: &[u64]) -> Wide {
    let mut product = vec![0u64; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        let mut carry = 0u128;
        for (j, &y) in b.iter().enumerate() {
            let sum = product[i + j] as u128 + x as u128 * y as u128 + carry;
            product[i + j] = sum as u64;
            carry = sum >> 64;
        }
        product[i + b.len()] = carry as u64;
    }
    product
}

fn compare(a: &[u64], b: &[u64]) -> Ordering {
    let len = a.len().max(b.len());
    for i in (0..len).rev() {
        let x = a.get(i).copied().unwrap_or(0);
        let y = b.get(i).copied().unwrap_or(0);
        if x != y {
            return x.cmp(&y);
        }
    }
    Ordering::Equal
}

/// The first 64 bits of the fractional part of the `degree`-th root of `prime`:
/// the largest x with x^degree <= prime * 2^(64 * degree), found by bisection
/// around the floating-point estimate.
fn root_fraction(prime: u64, degree: u32) -> u64 {
    let mut target = vec![0u64; degree as usize];
    target.push(prime);
    let estimate = ((prime as f64).powf(1.0 / degree as f64) * 18446744073709551616.0) as u128;
    let fits = |x: u128| {
        let limbs = [x as u64, (x >> 64) as u64];
        let mut power: Wide = limbs.to_vec();
        for _ in 1..degree {
            power = multiply(&power, &limbs);
        }
        compare(&power, &target) != Ordering::Greater
    };
    // The estimate is within a few thousand units; the search keeps low fitting.
    let (mut low, mut high) = (estimate - (1 << 24), estimate + (1 << 24));
    while high - low > 1 {
        let middle = low + (high - low) / 2;
        if fits(middle) {
            low = middle;
        } else {
            high = middle;
        }
    }
    low as u64
}

fn round_constants() -> &'static [u64; 80] {
    static CONSTANTS: OnceLock<[u64; 80]> = OnceLock::new();
    CONSTANTS.get_or_init(|| {
        let mut constants = [0u64; 80];
        for (k, prime) in constants.iter_mut().zip(primes(80)) {
            *k = root_fraction(prime, 3);
        }
        constants
    })
}

fn square_root_state(skip: usize) -> [u64; 8] {
    let mut state = [0u64; 8];
    for (word, prime) in state
        .iter_mut()
        .zip(primes(skip + 8).into_iter().skip(skip))
    {
        *word = root_fraction(prime, 2);
    }
    state
}

fn sha512_initial() -> [u64; 8] {
    square_root_state(0)
}

fn sha384_initial() -> [u64; 8] {
    square_root_state(8)
}

/// The SHA-512/t initial state: SHA-512, started from its own state xor 0xa5...,
/// of the text "SHA-512/t".
fn truncated_initial(bits: u32) -> [u64; 8] {
    let mut state = sha512_initial();
    for word in state.iter_mut() {
        *word ^= 0xa5a5_a5a5_a5a5_a5a5;
    }
    let name = format!("SHA-512/{bits}");
    let mut block = vec![0u8; BLOCK_SIZE];
    block[..name.len()].copy_from_slice(name.as_bytes());
    block[name.len()] = 0x80;
    block[BLOCK_SIZE - 8..].copy_from_slice(&((name.len() as u64) * 8).to_be_bytes());
    compress(&mut state, &block);
    state
}

fn compress(state: &mut [u64; 8], block: &[u8]) {
    let constants = round_constants();
    let mut schedule = [0u64; 80];
    for (i, w) in block.chunks_exact(8).enumerate() {
        schedule[i] = u64::from_be_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
    }
    for t in 16..80 {
        let w15 = schedule[t - 15];
        let w2 = schedule[t - 2];
        let sigma0 = w15.rotate_right(1) ^ w15.rotate_right(8) ^ (w15 >> 7);
        let sigma1 = w2.rotate_right(19) ^ w2.rotate_right(61) ^ (w2 >> 6);
        schedule[t] = schedule[t - 16]
            .wrapping_add(sigma0)
            .wrapping_add(schedule[t - 7])
            .wrapping_add(sigma1);
    }
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = *state;
    for t in 0..80 {
        let big_sigma1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
        let choose = (e & f) ^ (!e & g);
        let temp1 = h
            .wrapping_add(big_sigma1)
            .wrapping_add(choose)
            .wrapping_add(constants[t])
            .wrapping_add(schedule[t]);
        let big_sigma0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
        let majority = (a & b) ^ (a & c) ^ (b & c);
        h = g;
        g = f;
        f = e;
        e = d.wrapping_add(temp1);
        d = c;
        c = b;
        b = a;
        a = temp1.wrapping_add(big_sigma0.wrapping_add(majority));
    }
    for (word, add) in state.iter_mut().zip([a, b, c, d, e, f, g, h]) {
        *word = word.wrapping_add(add);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_constants_match_the_standard() {
        let k = round_constants();
        assert_eq!(k[0], 0x428a_2f98_d728_ae22);
        assert_eq!(k[79], 0x6c44_198c_4a47_5817);
        assert_eq!(sha512_initial()[0], 0x6a09_e667_f3bc_c908);
        assert_eq!(sha384_initial()[0], 0xcbbb_9d5d_c105_9ed8);
        assert_eq!(truncated_initial(256)[0], 0x2231_2194_fc2b_f72c);
    }
}
