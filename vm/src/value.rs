//! Values: what a fiber's stack slots, object fields and globals hold.
//!
//! Invariant: a `Value` is 16 bytes and cloning one never allocates (strings
//! are reference-counted immutable byte buffers; everything mutable lives in
//! the heap and is reached through a [`GcRef`]). The static type known to the
//! compiler says which variant a slot holds; the VM never dispatches on Go types
//! for what the compiler knows (decision 2 of DEVELOPERS.md).
//!
//! Representation of Go types:
//! - bool: `Bool`; every integer kind: `Int` (uint64 as its bit pattern;
//!   narrower kinds are kept normalized by `Op::Wrap`); float32/64: `Float`
//!   (float32 rounded after every operation); string: `Str`.
//! - struct and array values: `Ref` to a `Values` object the location owns
//!   exclusively (value semantics are implemented by `Op::Clone`/`Op::CopyInto`).
//! - pointer to a struct or array: `Ref` to that same object (the pointee's identity).
//! - pointer to anything else: `Ptr(object, slot)` (a boxed variable, a field, an element).
//! - slice: `Ref` to an immutable `Slice` header object; nil slice: `Nil`.
//! - map, closure, bound method, interface box, complex number: `Ref` to the object; nil: `Nil`.
//! - function without captures: `Func`.

use crate::heap::GcRef;
use std::fmt;
use std::rc::Rc;

// `repr(u8)` fixes the layout (a one-byte tag, then each variant's fields as in a
// `repr(C)` struct), which `Value::write_scalar` relies on.
#[derive(Default)]
#[repr(u8)]
pub enum Value {
    /// The zero value of pointers, slices, maps, channels, functions and interfaces.
    #[default]
    Nil,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(GoStr),
    Ref(GcRef),
    Ptr(GcRef, u32),
    Func(u32),
}

impl Clone for Value {
    /// Copies the 16 bytes whole unless the value is a string (whose count must grow).
    /// The derived clone rebuilt each variant field by field, with narrow stores that the
    /// next 16-byte load of the slot then had to wait for.
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Value::Str(s) = self {
            return Value::Str(s.clone());
        }
        // SAFETY: every variant but `Str` holds only `Copy` data (`bool`, `i64`, `f64`,
        // `GcRef`, `u32`) and has no drop glue, so a bitwise copy is an independent,
        // valid value and nothing is dropped twice.
        unsafe { Value::copy_bits(self) }
    }
}

impl Value {
    /// A bitwise copy of `value` made with one 16-byte load. `ptr::read` copies a `Value`
    /// field by field (the tag byte, then pieces of the payload), and the next whole
    /// 16-byte load of the copy then waits for those narrow stores to retire.
    ///
    /// # Safety
    /// The copy aliases anything `value` owns: `value` must not be a `Str`, or the caller
    /// must make sure only one of the two is dropped.
    #[inline(always)]
    unsafe fn copy_bits(value: &Value) -> Value {
        // `MaybeUninit` because the bytes past a short variant's fields are padding.
        type Bits = std::mem::MaybeUninit<u128>;
        let bits = std::ptr::read_unaligned(value as *const Value as *const Bits);
        std::mem::transmute::<Bits, Value>(bits)
    }
}

/// The 16 bytes of a value in a vector register, for copying a value whole: LLVM splits
/// a `u128` (or a `Value` moved by `ptr::read`) into two 8-byte halves, and a later 16-byte
/// load of a copy written as two 8-byte stores waits for both stores to retire.
#[cfg(target_arch = "x86_64")]
#[derive(Clone, Copy)]
pub struct RawValue(std::arch::x86_64::__m128i);
#[cfg(not(target_arch = "x86_64"))]
#[derive(Clone, Copy)]
pub struct RawValue(std::mem::MaybeUninit<u128>);

impl Value {
    /// The 16 bytes at `src`, loaded whole.
    ///
    /// # Safety
    /// `src` must be valid for a 16-byte read.
    #[inline(always)]
    pub unsafe fn load_raw(src: *const Value) -> RawValue {
        #[cfg(target_arch = "x86_64")]
        {
            // SSE2 is part of x86_64, so the intrinsic is always available.
            RawValue(std::arch::x86_64::_mm_loadu_si128(src as *const _))
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            RawValue(std::ptr::read_unaligned(src as *const _))
        }
    }

    /// Stores the 16 bytes of `raw` at `dst` with one store, without dropping what was there.
    ///
    /// # Safety
    /// `dst` must be valid for a 16-byte write and hold nothing that needs a drop, and
    /// `raw` must come from `load_raw` of a value whose ownership moves to `dst` (or of a
    /// value without drop glue, anything but `Str`).
    #[inline(always)]
    pub unsafe fn store_raw(dst: *mut Value, raw: RawValue) {
        #[cfg(target_arch = "x86_64")]
        {
            std::arch::x86_64::_mm_storeu_si128(dst as *mut _, raw.0)
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            std::ptr::write_unaligned(dst as *mut _, raw.0)
        }
    }

    /// Writes a clone of `src` to `dst` without dropping what `dst` held, as one 16-byte
    /// copy unless `src` is a string. `ptr::write(dst, src.clone())` builds the clone in a
    /// temporary (narrow stores for the tag and payload) and then copies it whole, and
    /// that whole load stalls on the narrow stores.
    ///
    /// # Safety
    /// `dst` must be valid for a 16-byte write, and whatever it held must not need a drop
    /// (uninitialized, moved out, or a value other than `Str`).
    #[inline(always)]
    pub unsafe fn write_clone(dst: *mut Value, src: &Value) {
        if let Value::Str(s) = src {
            std::ptr::write(dst, Value::Str(s.clone()));
            return;
        }
        Value::store_raw(dst, Value::load_raw(src));
    }

    /// `*dst = src.clone()` without the temporary (see `write_clone`).
    #[inline(always)]
    pub fn assign(dst: &mut Value, src: &Value) {
        // SAFETY: two references are valid, distinct places holding values.
        unsafe { Value::copy_value(dst, src) }
    }

    /// `*dst = (*src).clone()`, where `dst` and `src` may be the same place, copying the
    /// 16 bytes whole unless `src` is a string.
    ///
    /// # Safety
    /// Both must point to valid, initialized values.
    #[inline(always)]
    pub unsafe fn copy_value(dst: *mut Value, src: *const Value) {
        if let Value::Str(s) = &*src {
            // The count grows before the old value of `dst` (perhaps this very string)
            // is dropped by the assignment.
            let copy = Value::Str(s.clone());
            *dst = copy;
            return;
        }
        let raw = Value::load_raw(src);
        Value::drop_string(&mut *dst);
        // `src` is not a string, so its bits are an independent copy; `dst` now holds
        // no string (if it was `src` itself, it still holds the same non-string value).
        Value::store_raw(dst, raw);
    }

    /// Moves the value at `src` into `dst` (dropping `dst`'s old value) with one 16-byte
    /// copy; `src` is left moved-out.
    ///
    /// # Safety
    /// Both must point to valid, initialized values in distinct places, and the caller
    /// must treat `src` as moved-out (never drop it).
    #[inline(always)]
    pub unsafe fn move_value(dst: *mut Value, src: *const Value) {
        let raw = Value::load_raw(src);
        Value::drop_string(&mut *dst);
        Value::store_raw(dst, raw);
    }
}

/// The tags of the scalar variants under `repr(u8)`: the variants' declaration order.
const TAG_BOOL: u8 = 1;
const TAG_INT: u8 = 2;
const TAG_FLOAT: u8 = 3;

impl Value {
    /// Stores `v` into `slot`. Scalars go in as one 16-byte store: the interpreter copies
    /// slots whole (16-byte loads), and a value written as two narrow stores (tag byte,
    /// then payload), as `*slot = Value::Int(i)` compiles, makes the next whole load wait
    /// until both stores retire (a failed store-to-load forward), which cost more than the
    /// rest of an instruction. Inlined, the match folds away when `v`'s variant is known.
    #[inline(always)]
    pub fn set(slot: &mut Value, v: Value) {
        match v {
            Value::Int(i) => Value::set_int(slot, i),
            Value::Float(f) => Value::set_float(slot, f),
            Value::Bool(b) => Value::set_bool(slot, b),
            v => *slot = v,
        }
    }

    /// `*slot = Value::Int(i)` as one 16-byte store (see `set`).
    #[inline(always)]
    pub fn set_int(slot: &mut Value, i: i64) {
        Value::drop_string(slot);
        // SAFETY: `slot` is a valid place for a `Value` and its old value needs no drop.
        unsafe { Value::write_int(slot, i) }
    }

    /// `*slot = Value::Float(f)` as one 16-byte store (see `set`).
    #[inline(always)]
    pub fn set_float(slot: &mut Value, f: f64) {
        Value::drop_string(slot);
        // SAFETY: as in `set_int`.
        unsafe { Value::write_float(slot, f) }
    }

    /// `*slot = Value::Bool(b)` as one 16-byte store (see `set`).
    #[inline(always)]
    pub fn set_bool(slot: &mut Value, b: bool) {
        Value::drop_string(slot);
        // SAFETY: as in `set_int`.
        unsafe { Value::write_bool(slot, b) }
    }

    /// Replaces a string by `Nil`, so that the slot holds a value without drop glue.
    #[inline(always)]
    fn drop_string(slot: &mut Value) {
        if let Value::Str(_) = slot {
            *slot = Value::Nil;
        }
    }

    /// Writes `Value::Int(i)` to `dst` without dropping what was there.
    ///
    /// # Safety
    /// `dst` must be valid for a 16-byte write, and whatever it held must not need a drop
    /// (uninitialized, moved out, or a value other than `Str`).
    #[inline(always)]
    pub unsafe fn write_int(dst: *mut Value, i: i64) {
        Value::write_scalar(dst, TAG_INT as u64, i as u64)
    }

    /// Writes `Value::Float(f)` to `dst` without dropping what was there.
    ///
    /// # Safety
    /// As for `write_int`.
    #[inline(always)]
    pub unsafe fn write_float(dst: *mut Value, f: f64) {
        Value::write_scalar(dst, TAG_FLOAT as u64, f.to_bits())
    }

    /// Writes `Value::Bool(b)` to `dst` without dropping what was there.
    ///
    /// # Safety
    /// As for `write_int`.
    #[inline(always)]
    pub unsafe fn write_bool(dst: *mut Value, b: bool) {
        Value::write_scalar(dst, TAG_BOOL as u64 | (b as u64) << 8, 0)
    }

    /// Writes `low` to bytes 0..8 and `high` to bytes 8..16 of `dst` with one store.
    ///
    /// # Safety
    /// As for `write_int`; and the bytes must form a valid `Value`. Under `repr(u8)` a
    /// `Value` is a tag byte at offset 0 followed by the variant's fields laid out as
    /// `repr(C)`: `Bool`'s bool at offset 1, `Int`'s i64 and `Float`'s f64 at offset 8;
    /// the callers above write those tags with a 0 or 1 bool byte or an 8-byte payload.
    #[inline(always)]
    unsafe fn write_scalar(dst: *mut Value, low: u64, high: u64) {
        #[cfg(target_arch = "x86_64")]
        {
            use std::arch::x86_64::{__m128i, _mm_set_epi64x, _mm_storeu_si128};
            // SSE2 is part of x86_64, so these intrinsics are always available.
            let bytes = _mm_set_epi64x(high as i64, low as i64);
            _mm_storeu_si128(dst as *mut __m128i, bytes);
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            let value = match low as u8 {
                TAG_INT => Value::Int(high as i64),
                TAG_FLOAT => Value::Float(f64::from_bits(high)),
                _ => Value::Bool(low >> 8 != 0),
            };
            std::ptr::write(dst, value);
        }
    }

    /// The integer (or a bool as 0 or 1; 0 for anything else). The common case comes
    /// first with one tag test; the rest is out of line.
    #[inline(always)]
    pub fn as_int(&self) -> i64 {
        if let Value::Int(i) = self {
            return *i;
        }
        self.as_int_other()
    }
    #[cold]
    #[inline(never)]
    fn as_int_other(&self) -> i64 {
        match self {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            _ => 0,
        }
    }
    #[inline]
    pub fn as_float(&self) -> f64 {
        match self {
            Value::Float(f) => *f,
            _ => 0.0,
        }
    }
    #[inline]
    pub fn as_bool(&self) -> bool {
        matches!(self, Value::Bool(true))
    }
    #[inline]
    pub fn as_str(&self) -> &[u8] {
        match self {
            Value::Str(s) => s.as_bytes(),
            _ => &[],
        }
    }
    #[inline]
    pub fn as_ref(&self) -> Option<GcRef> {
        match self {
            Value::Ref(r) => Some(*r),
            _ => None,
        }
    }
    pub fn is_nil(&self) -> bool {
        matches!(self, Value::Nil)
    }
    pub fn str(bytes: &[u8]) -> Value {
        Value::Str(GoStr::from(bytes))
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Nil => write!(f, "nil"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Str(s) => write!(f, "{:?}", String::from_utf8_lossy(s.as_bytes())),
            Value::Ref(r) => write!(f, "ref#{}", r.0),
            Value::Ptr(r, i) => write!(f, "ptr#{}[{}]", r.0, i),
            Value::Func(id) => write!(f, "func#{id}"),
        }
    }
}

/// An immutable Go string: shared bytes, not necessarily UTF-8.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Debug)]
pub struct GoStr(Rc<Vec<u8>>);

impl GoStr {
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<&[u8]> for GoStr {
    fn from(b: &[u8]) -> Self {
        GoStr(Rc::new(b.to_vec()))
    }
}

impl From<Vec<u8>> for GoStr {
    fn from(b: Vec<u8>) -> Self {
        GoStr(Rc::new(b))
    }
}

impl From<&str> for GoStr {
    fn from(s: &str) -> Self {
        GoStr(Rc::new(s.as_bytes().to_vec()))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn value_is_16_bytes() {
        assert_eq!(std::mem::size_of::<super::Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<super::Value>>(), 16);
    }

    #[test]
    fn scalar_stores_write_the_variants() {
        use super::Value;
        let mut slot = Value::str(b"old");
        Value::set_int(&mut slot, -5);
        assert!(matches!(slot, Value::Int(-5)));
        Value::set_float(&mut slot, 2.5);
        assert!(matches!(slot, Value::Float(f) if f == 2.5));
        Value::set_bool(&mut slot, true);
        assert!(matches!(slot, Value::Bool(true)));
        Value::set_bool(&mut slot, false);
        assert!(matches!(slot, Value::Bool(false)));
        Value::set_int(&mut slot, i64::MIN);
        assert!(matches!(slot, Value::Int(i64::MIN)));
    }
}
