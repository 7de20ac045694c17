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

#[derive(Clone, Default)]
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

impl Value {
    #[inline]
    pub fn as_int(&self) -> i64 {
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
    }
}
