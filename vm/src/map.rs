//! Go maps: hash tables keyed by a canonical `MapKey` derived from the key value and its type.
//!
//! Entries are kept in insertion order with tombstones, so iteration is
//! deterministic (Go randomizes it; programs may not depend on any order).
//! Invariant: `index[k] == i` iff `entries[i]` is `Some((key, _))` with `key`'s canonical form `k`.

use crate::value::{GoStr, Value};
use std::collections::HashMap;

/// The canonical, hashable form of a comparable Go value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum MapKey {
    Nil,
    Bool(bool),
    Int(i64),
    /// Float bits with -0 folded into +0.
    Float(u64),
    /// NaN never equals itself: each NaN key gets a unique number.
    NaN(u64),
    Str(GoStr),
    /// Pointer, channel or map identity: object and slot.
    Ref(u32, u32),
    Complex(u64, u64),
    Composite(Box<[MapKey]>),
    /// An interface key: dynamic type and its value's key.
    Iface(u32, Box<MapKey>),
}

pub struct GoMap {
    pub key_type: u32,
    pub value_type: u32,
    index: HashMap<MapKey, u32>,
    entries: Vec<Option<(Value, Value)>>,
    live: usize,
}

impl GoMap {
    pub fn new(key_type: u32, value_type: u32, hint: usize) -> GoMap {
        GoMap {
            key_type,
            value_type,
            index: HashMap::with_capacity(hint.min(1 << 16)),
            entries: Vec::new(),
            live: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.live
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    pub fn get(&self, key: &MapKey) -> Option<&Value> {
        let i = *self.index.get(key)?;
        self.entries[i as usize].as_ref().map(|e| &e.1)
    }

    /// Inserts or replaces; returns true when a new entry was added.
    pub fn insert(&mut self, key: MapKey, key_value: Value, value: Value) -> bool {
        if let Some(&i) = self.index.get(&key) {
            if let Some(e) = self.entries[i as usize].as_mut() {
                // gc updates the stored key too (so `m[-0.0] = v` after `m[0.0]` keeps -0).
                e.0 = key_value;
                e.1 = value;
            }
            return false;
        }
        self.index.insert(key, self.entries.len() as u32);
        self.entries.push(Some((key_value, value)));
        self.live += 1;
        true
    }

    pub fn remove(&mut self, key: &MapKey) {
        if let Some(i) = self.index.remove(key) {
            self.entries[i as usize] = None;
            self.live -= 1;
            if self.entries.len() > 32 && self.live < self.entries.len() / 4 {
                self.compact();
            }
        }
    }

    fn compact(&mut self) {
        let old = std::mem::take(&mut self.entries);
        let mut remap: HashMap<u32, u32> = HashMap::new();
        for (i, e) in old.into_iter().enumerate() {
            if let Some(e) = e {
                remap.insert(i as u32, self.entries.len() as u32);
                self.entries.push(Some(e));
            }
        }
        for v in self.index.values_mut() {
            *v = remap[v];
        }
    }

    pub fn clear(&mut self) {
        self.index.clear();
        self.entries.clear();
        self.live = 0;
    }

    /// Keys in iteration order.
    pub fn keys(&self) -> Vec<Value> {
        self.entries.iter().flatten().map(|e| e.0.clone()).collect()
    }

    pub fn entries(&self) -> impl Iterator<Item = &(Value, Value)> {
        self.entries.iter().flatten()
    }

    pub fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        for (k, v) in self.entries.iter().flatten() {
            f(k);
            f(v);
        }
    }
}
