//! A fast hasher for the checker's tables, in the style of rustc's FxHash.
//!
//! The checker's maps are keyed by small integers (`ExprId`, `ObjId`) and short names,
//! and hashing them with the standard library's SipHash was a visible share of compile
//! time. This hasher mixes each word with one rotate, xor and multiply. It is not
//! resistant to chosen collisions; a program that collides on purpose only compiles
//! slower, it cannot make the checker misbehave.

use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with [`FxHasher`].
pub type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A `HashSet` with [`FxHasher`].
pub type HashSet<K> = std::collections::HashSet<K, BuildHasherDefault<FxHasher>>;

/// The multiplier of FxHash: an odd constant with well-spread bits.
const MULTIPLIER: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// A word-at-a-time multiplicative hasher.
#[derive(Clone, Copy, Default)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add_word(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(MULTIPLIER);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add_word(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            // The length keeps "a" and "a\0" apart.
            self.add_word(u64::from_le_bytes(word) ^ ((rest.len() as u64) << 56));
        }
    }

    #[inline]
    fn write_u8(&mut self, value: u8) {
        self.add_word(value as u64);
    }

    #[inline]
    fn write_u16(&mut self, value: u16) {
        self.add_word(value as u64);
    }

    #[inline]
    fn write_u32(&mut self, value: u32) {
        self.add_word(value as u64);
    }

    #[inline]
    fn write_u64(&mut self, value: u64) {
        self.add_word(value);
    }

    #[inline]
    fn write_usize(&mut self, value: usize) {
        self.add_word(value as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{BuildHasher, Hash};

    fn hash_of<T: Hash>(value: T) -> u64 {
        BuildHasherDefault::<FxHasher>::default().hash_one(value)
    }

    #[test]
    fn distinct_keys_hash_apart() {
        assert_ne!(hash_of(1u32), hash_of(2u32));
        assert_ne!(hash_of("a"), hash_of("a\0"));
        assert_ne!(hash_of("abcdefgh"), hash_of("abcdefgi"));
        assert_eq!(hash_of("Println"), hash_of("Println"));
    }

    #[test]
    fn maps_work_as_maps() {
        let mut map: HashMap<u32, u32> = HashMap::default();
        for key in 0..10_000 {
            map.insert(key, key * 2);
        }
        assert!((0..10_000).all(|key| map[&key] == key * 2));
    }
}
