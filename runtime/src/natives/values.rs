//! Helpers for natives: reading interface boxes, strings, slices; building boxes.

use weft_vm::heap::{Heap, Object};
use weft_vm::program::Program;
use weft_vm::value::Value;

/// (dynamic type, value) of a non-nil interface value.
pub fn iface(heap: &Heap, v: &Value) -> Option<(u32, Value)> {
    match v {
        Value::Ref(r) => match heap.get(*r) {
            Object::Iface { ty, value } => Some((*ty, value.clone())),
            _ => None,
        },
        _ => None,
    }
}

/// Boxes `v` of static type `ty` as `any`: interface-typed values are already boxes.
pub fn boxed(program: &Program, heap: &mut Heap, ty: u32, v: Value) -> Value {
    if program.types[ty as usize].kind == weft_vm::program::Kind::Interface {
        return v;
    }
    Value::Ref(heap.alloc(Object::Iface { ty, value: v }))
}

pub fn arg_int(args: &[Value], i: usize) -> i64 {
    args.get(i).map(|v| v.as_int()).unwrap_or(0)
}

pub fn arg_bytes(args: &[Value], i: usize) -> &[u8] {
    args.get(i).map(|v| v.as_str()).unwrap_or(&[])
}
