//! Natives of internal/reflectlite: what fmt, errors and sort need of reflection.

use super::values::{arg_int, boxed, iface};
use std::cmp::Ordering;
use weft_vm::heap::{Heap, Object};
use weft_vm::program::{Kind, Program};
use weft_vm::typed;
use weft_vm::value::Value;
use weft_vm::{NativeCtx, NativeError, NativeRegistry};

pub fn register(r: &mut NativeRegistry) {
    let fns: &[(&str, weft_vm::NativeFn)] = &[
        ("Kind", kind),
        ("TypeString", type_string),
        ("ElemTypeString", elem_type_string),
        ("Named", named),
        ("Len", len),
        ("Index", index),
        ("NumField", num_field),
        ("FieldName", field_name),
        ("Field", field),
        ("MapKeys", map_keys),
        ("MapIndex", map_index),
        ("Elem", elem),
        ("IsNil", is_nil),
        ("IntOf", int_of),
        ("UintOf", uint_of),
        ("FloatOf", float_of),
        ("ComplexOf", complex_of),
        ("StringOf", string_of),
        ("BoolOf", bool_of),
        ("Address", pointer),
        ("BytesOf", bytes_of),
        ("Comparable", comparable),
        ("IsNonNilPointer", is_non_nil_pointer),
        ("AssignToPointer", assign_to_pointer),
        ("PrintString", print_string),
        ("SliceSwap", slice_swap),
        ("SortInts", sort_ints),
        ("SortStrings", sort_strings),
        ("FieldTypeString", field_type_string),
        ("FieldExported", field_exported),
        ("KeyTypeString", key_type_string),
    ];
    for (name, f) in fns {
        r.register(&format!("internal/reflectlite.{name}"), *f);
    }
}

/// reflect.Kind numbering.
fn kind_number(k: Kind) -> i64 {
    match k {
        Kind::Bool => 1,
        Kind::Int => 2,
        Kind::Int8 => 3,
        Kind::Int16 => 4,
        Kind::Int32 => 5,
        Kind::Int64 => 6,
        Kind::Uint => 7,
        Kind::Uint8 => 8,
        Kind::Uint16 => 9,
        Kind::Uint32 => 10,
        Kind::Uint64 => 11,
        Kind::Uintptr => 12,
        Kind::Float32 => 13,
        Kind::Float64 => 14,
        Kind::Complex64 => 15,
        Kind::Complex128 => 16,
        Kind::Array => 17,
        Kind::Chan => 18,
        Kind::Func => 19,
        Kind::Interface => 20,
        Kind::Map => 21,
        Kind::Pointer => 22,
        Kind::Slice => 23,
        Kind::String => 24,
        Kind::Struct => 25,
        Kind::UnsafePointer => 26,
    }
}

fn arg_iface(ctx: &NativeCtx<'_>, args: &[Value], i: usize) -> Option<(u32, Value)> {
    args.get(i).and_then(|v| iface(ctx.heap, v))
}

fn kind(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let k = arg_iface(ctx, args, 0)
        .map(|(t, _)| kind_number(ctx.program.types[t as usize].kind))
        .unwrap_or(0);
    ctx.ret(Value::Int(k));
    Ok(())
}

fn type_string(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let s = arg_iface(ctx, args, 0)
        .map(|(t, _)| ctx.program.types[t as usize].name.clone())
        .unwrap_or_else(|| "<nil>".into());
    ctx.ret_str(s.as_str());
    Ok(())
}

fn elem_type_string(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let s = arg_iface(ctx, args, 0)
        .and_then(|(t, _)| ctx.program.types[t as usize].elem)
        .map(|e| ctx.program.types[e as usize].name.clone())
        .unwrap_or_default();
    ctx.ret_str(s.as_str());
    Ok(())
}

fn named(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let n = arg_iface(ctx, args, 0).is_some_and(|(t, _)| ctx.program.types[t as usize].named);
    ctx.ret(Value::Bool(n));
    Ok(())
}

/// Elements of a slice or array value.
fn elements(heap: &Heap, kind: Kind, v: &Value) -> Vec<Value> {
    match (kind, v) {
        (Kind::Array, Value::Ref(r)) => heap.values(*r).to_vec(),
        (Kind::Slice, Value::Ref(r)) => match heap.get(*r) {
            Object::Slice(h) => {
                heap.values(h.array)[h.offset as usize..(h.offset + h.len) as usize].to_vec()
            }
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn len(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let n = match arg_iface(ctx, args, 0) {
        Some((t, v)) => {
            let k = ctx.program.types[t as usize].kind;
            match k {
                Kind::String => v.as_str().len(),
                Kind::Map => match &v {
                    Value::Ref(r) => match ctx.heap.get(*r) {
                        Object::Map(m) => m.len(),
                        _ => 0,
                    },
                    _ => 0,
                },
                _ => elements(ctx.heap, k, &v).len(),
            }
        }
        None => 0,
    };
    ctx.ret(Value::Int(n as i64));
    Ok(())
}

fn index(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let i = arg_int(args, 1) as usize;
    let Some((t, v)) = arg_iface(ctx, args, 0) else {
        ctx.ret(Value::Nil);
        return Ok(());
    };
    let tt = &ctx.program.types[t as usize];
    let elem_ty = tt.elem.unwrap_or(0);
    let items = elements(ctx.heap, tt.kind, &v);
    let item = items.get(i).cloned().unwrap_or_default();
    let b = boxed(ctx.program, ctx.heap, elem_ty, item);
    ctx.ret(b);
    Ok(())
}

fn num_field(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let n = arg_iface(ctx, args, 0)
        .map(|(t, _)| ctx.program.types[t as usize].fields.len())
        .unwrap_or(0);
    ctx.ret(Value::Int(n as i64));
    Ok(())
}

fn field_name(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let i = arg_int(args, 1) as usize;
    let s = arg_iface(ctx, args, 0)
        .and_then(|(t, _)| {
            ctx.program.types[t as usize]
                .fields
                .get(i)
                .map(|f| f.name.clone())
        })
        .unwrap_or_default();
    ctx.ret_str(s.as_str());
    Ok(())
}

fn field(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let i = arg_int(args, 1) as usize;
    let Some((t, v)) = arg_iface(ctx, args, 0) else {
        ctx.ret(Value::Nil);
        return Ok(());
    };
    let Some(f) = ctx.program.types[t as usize].fields.get(i) else {
        ctx.ret(Value::Nil);
        return Ok(());
    };
    let fty = f.ty;
    let value = match v {
        Value::Ref(r) => ctx.heap.values(r).get(i).cloned().unwrap_or_default(),
        _ => Value::Nil,
    };
    let b = boxed(ctx.program, ctx.heap, fty, value);
    ctx.ret(b);
    Ok(())
}

/// fmt's key order (internal/fmtsort): numbers by value, strings bytewise, NaN first, false before true,
/// pointers by address, structs and arrays element by element, interfaces by type then value.
fn compare(program: &Program, heap: &Heap, ty: u32, a: &Value, b: &Value) -> Ordering {
    let t = &program.types[ty as usize];
    match t.kind {
        k if k.is_integer() && k.is_unsigned() => (a.as_int() as u64).cmp(&(b.as_int() as u64)),
        k if k.is_integer() => a.as_int().cmp(&b.as_int()),
        Kind::String => a.as_str().cmp(b.as_str()),
        Kind::Bool => a.as_bool().cmp(&b.as_bool()),
        Kind::Float32 | Kind::Float64 => float_cmp(a.as_float(), b.as_float()),
        Kind::Complex64 | Kind::Complex128 => {
            let (ar, ai) = typed::complex_parts(heap, a);
            let (br, bi) = typed::complex_parts(heap, b);
            float_cmp(ar, br).then(float_cmp(ai, bi))
        }
        Kind::Struct => {
            let (Value::Ref(x), Value::Ref(y)) = (a, b) else {
                return Ordering::Equal;
            };
            let (xs, ys) = (heap.values(*x), heap.values(*y));
            for (i, f) in t.fields.iter().enumerate() {
                let c = compare(program, heap, f.ty, &xs[i], &ys[i]);
                if c != Ordering::Equal {
                    return c;
                }
            }
            Ordering::Equal
        }
        Kind::Array => {
            let (Value::Ref(x), Value::Ref(y)) = (a, b) else {
                return Ordering::Equal;
            };
            let e = t.elem.unwrap_or(0);
            let (xs, ys) = (heap.values(*x), heap.values(*y));
            for i in 0..xs.len().min(ys.len()) {
                let c = compare(program, heap, e, &xs[i], &ys[i]);
                if c != Ordering::Equal {
                    return c;
                }
            }
            Ordering::Equal
        }
        Kind::Interface => match (iface(heap, a), iface(heap, b)) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Less,
            (Some(_), None) => Ordering::Greater,
            (Some((ta, va)), Some((tb, vb))) => ta
                .cmp(&tb)
                .then_with(|| compare(program, heap, ta, &va, &vb)),
        },
        _ => address(a).cmp(&address(b)),
    }
}

fn float_cmp(a: f64, b: f64) -> Ordering {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
    }
}

/// A fake but stable address for a reference value.
fn address(v: &Value) -> u64 {
    match v {
        Value::Ref(r) => 0xc000010000 + r.0 as u64 * 16,
        Value::Ptr(r, i) => 0xc000010000 + r.0 as u64 * 16 + *i as u64 * 8 + 0x100000000,
        Value::Func(f) => 0x47b000 + *f as u64 * 32,
        _ => 0,
    }
}

fn map_keys(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let Some((t, v)) = arg_iface(ctx, args, 0) else {
        ctx.ret(Value::Nil);
        return Ok(());
    };
    let key_ty = ctx.program.types[t as usize].key.unwrap_or(0);
    let mut keys = match &v {
        Value::Ref(r) => match ctx.heap.get(*r) {
            Object::Map(m) => m.keys(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let (program, heap) = (ctx.program, &*ctx.heap);
    keys.sort_by(|a, b| compare(program, heap, key_ty, a, b));
    let boxed_keys: Vec<Value> = keys
        .into_iter()
        .map(|k| boxed(ctx.program, ctx.heap, key_ty, k))
        .collect();
    let s = ctx.new_slice(boxed_keys);
    ctx.ret(s);
    Ok(())
}

fn map_index(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let Some((t, m)) = arg_iface(ctx, args, 0) else {
        ctx.ret(Value::Nil);
        return Ok(());
    };
    let tt = &ctx.program.types[t as usize];
    let (key_ty, val_ty) = (tt.key.unwrap_or(0), tt.elem.unwrap_or(0));
    let key = if ctx.program.types[key_ty as usize].kind == Kind::Interface {
        args[1].clone()
    } else {
        iface(ctx.heap, &args[1]).map(|p| p.1).unwrap_or_default()
    };
    let mut nan = 0;
    let found = match (
        &m,
        typed::map_key(ctx.program, ctx.heap, key_ty, &key, &mut nan),
    ) {
        (Value::Ref(r), Ok(k)) => match ctx.heap.get(*r) {
            Object::Map(map) => map.get(&k).cloned().or_else(|| {
                // NaN keys cannot be looked up by value: find the entry by identity of bits.
                map.entries()
                    .find(|(kv, _)| {
                        kv.as_float().is_nan()
                            && kv.as_float().to_bits() == key.as_float().to_bits()
                    })
                    .map(|e| e.1.clone())
            }),
            _ => None,
        },
        _ => None,
    };
    let v = match found {
        Some(v) => v,
        None => typed::zero_value(ctx.program, ctx.heap, val_ty),
    };
    let b = boxed(ctx.program, ctx.heap, val_ty, v);
    ctx.ret(b);
    Ok(())
}

fn elem(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let Some((t, v)) = arg_iface(ctx, args, 0) else {
        ctx.ret(Value::Nil);
        return Ok(());
    };
    let elem_ty = ctx.program.types[t as usize].elem.unwrap_or(0);
    let inner = match v {
        Value::Ref(r) if ctx.program.types[elem_ty as usize].kind.is_aggregate() => Value::Ref(r),
        Value::Ptr(r, i) => ctx
            .heap
            .values(r)
            .get(i as usize)
            .cloned()
            .unwrap_or_default(),
        _ => {
            ctx.ret(Value::Nil);
            return Ok(());
        }
    };
    let b = boxed(ctx.program, ctx.heap, elem_ty, inner);
    ctx.ret(b);
    Ok(())
}

fn is_nil(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let n = match arg_iface(ctx, args, 0) {
        Some((_, v)) => v.is_nil(),
        None => true,
    };
    ctx.ret(Value::Bool(n));
    Ok(())
}

fn inner(ctx: &NativeCtx<'_>, args: &[Value]) -> Value {
    arg_iface(ctx, args, 0).map(|p| p.1).unwrap_or_default()
}

fn int_of(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let v = inner(ctx, args);
    ctx.ret(Value::Int(v.as_int()));
    Ok(())
}

fn uint_of(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let v = inner(ctx, args);
    ctx.ret(Value::Int(v.as_int()));
    Ok(())
}

fn float_of(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let v = inner(ctx, args);
    ctx.ret(Value::Float(v.as_float()));
    Ok(())
}

fn complex_of(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let v = inner(ctx, args);
    let (re, im) = typed::complex_parts(ctx.heap, &v);
    ctx.ret(Value::Float(re));
    ctx.ret(Value::Float(im));
    Ok(())
}

fn string_of(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let v = inner(ctx, args);
    ctx.ret(v);
    Ok(())
}

fn bool_of(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let v = inner(ctx, args);
    ctx.ret(Value::Bool(v.as_bool()));
    Ok(())
}

fn pointer(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let v = inner(ctx, args);
    // A slice's address is its backing array's.
    let addr = match &v {
        Value::Ref(r) => match ctx.heap.get(*r) {
            Object::Slice(h) => address(&Value::Ref(h.array)) + h.offset as u64 * 8,
            _ => address(&v),
        },
        _ => address(&v),
    };
    ctx.ret(Value::Int(addr as i64));
    Ok(())
}

fn bytes_of(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let Some((t, v)) = arg_iface(ctx, args, 0) else {
        ctx.ret_str(&b""[..]);
        return Ok(());
    };
    let items = elements(ctx.heap, ctx.program.types[t as usize].kind, &v);
    let bytes: Vec<u8> = items.iter().map(|b| b.as_int() as u8).collect();
    ctx.ret_str(bytes);
    Ok(())
}

fn comparable(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let c = arg_iface(ctx, args, 0)
        .map(|(t, _)| ctx.program.types[t as usize].comparable)
        .unwrap_or(true);
    ctx.ret(Value::Bool(c));
    Ok(())
}

fn is_non_nil_pointer(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let ok = arg_iface(ctx, args, 0)
        .is_some_and(|(t, v)| ctx.program.types[t as usize].kind == Kind::Pointer && !v.is_nil());
    ctx.ret(Value::Bool(ok));
    Ok(())
}

fn assign_to_pointer(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let (Some((vt, v)), Some((pt, p))) = (arg_iface(ctx, args, 0), arg_iface(ctx, args, 1)) else {
        ctx.ret(Value::Bool(false));
        return Ok(());
    };
    let target_ty = ctx.program.types[pt as usize].elem.unwrap_or(0);
    let target_kind = ctx.program.types[target_ty as usize].kind;
    let value = if target_kind == Kind::Interface {
        if typed::implements(ctx.program, vt, target_ty).is_err() {
            ctx.ret(Value::Bool(false));
            return Ok(());
        }
        args[0].clone()
    } else if vt == target_ty {
        v
    } else {
        ctx.ret(Value::Bool(false));
        return Ok(());
    };
    match p {
        Value::Ptr(r, i) => ctx.heap.values_mut(r)[i as usize] = value,
        Value::Ref(_) if target_kind.is_aggregate() => {
            typed::copy_into(ctx.program, ctx.heap, target_ty, &p, &value)
        }
        _ => {}
    }
    ctx.ret(Value::Bool(true));
    Ok(())
}

fn print_string(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let Some((t, v)) = arg_iface(ctx, args, 0) else {
        ctx.ret_str("nil");
        return Ok(());
    };
    let k = ctx.program.types[t as usize].kind;
    let s = match k {
        Kind::Bool => format!("{}", v.as_bool()),
        Kind::Float32 | Kind::Float64 => weft_vm::print::format_float(v.as_float()),
        Kind::Complex64 | Kind::Complex128 => {
            let (re, im) = typed::complex_parts(ctx.heap, &v);
            weft_vm::print::format_complex(re, im)
        }
        Kind::String => String::from_utf8_lossy(v.as_str()).into_owned(),
        k if k.is_integer() && k.is_unsigned() => format!("{}", v.as_int() as u64),
        k if k.is_integer() => format!("{}", v.as_int()),
        _ => format!("0x{:x}", address(&v)),
    };
    ctx.ret_str(s.as_str());
    Ok(())
}

/// The (array, first index, length) of the slice held in the interface argument `i`.
fn slice_window(
    ctx: &NativeCtx<'_>,
    args: &[Value],
    i: usize,
) -> Option<(weft_vm::heap::GcRef, usize, usize)> {
    let (_, v) = arg_iface(ctx, args, i)?;
    match v {
        Value::Ref(r) => match ctx.heap.get(r) {
            Object::Slice(h) => Some((h.array, h.offset as usize, h.len as usize)),
            _ => None,
        },
        _ => None,
    }
}

fn slice_swap(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let (i, j) = (arg_int(args, 1), arg_int(args, 2));
    let Some((array, offset, len)) = slice_window(ctx, args, 0) else {
        return Err(NativeError::PanicString(
            "reflect: slice index out of range".into(),
        ));
    };
    if i < 0 || j < 0 || i as usize >= len || j as usize >= len {
        return Err(NativeError::PanicString(
            "reflect: slice index out of range".into(),
        ));
    }
    let (i, j) = (offset + i as usize, offset + j as usize);
    let elem_kind = arg_iface(ctx, args, 0)
        .and_then(|(t, _)| ctx.program.types[t as usize].elem)
        .map(|e| ctx.program.types[e as usize].kind);
    let slots = ctx.heap.values(array);
    match (elem_kind, &slots[i], &slots[j]) {
        // Struct and array elements are objects owned by their slots, and pointers to
        // them (or into them) name those objects: swap the contents, as gc swaps memory.
        (Some(k), Value::Ref(a), Value::Ref(b)) if k.is_aggregate() && a != b => {
            let (a, b) = (*a, *b);
            let first = std::mem::replace(ctx.heap.get_mut(a), Object::Free(0));
            let second = std::mem::replace(ctx.heap.get_mut(b), first);
            *ctx.heap.get_mut(a) = second;
        }
        _ => ctx.heap.values_mut(array).swap(i, j),
    }
    Ok(())
}

fn sort_ints(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    if let Some((array, offset, len)) = slice_window(ctx, args, 0) {
        ctx.heap.values_mut(array)[offset..offset + len].sort_unstable_by_key(|v| v.as_int());
    }
    Ok(())
}

fn sort_strings(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    if let Some((array, offset, len)) = slice_window(ctx, args, 0) {
        ctx.heap.values_mut(array)[offset..offset + len].sort_by(|a, b| a.as_str().cmp(b.as_str()));
    }
    Ok(())
}

fn field_type_string(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let i = arg_int(args, 1) as usize;
    let s = arg_iface(ctx, args, 0)
        .and_then(|(t, _)| {
            ctx.program.types[t as usize]
                .fields
                .get(i)
                .map(|f| ctx.program.types[f.ty as usize].name.clone())
        })
        .unwrap_or_default();
    ctx.ret_str(s.as_str());
    Ok(())
}

fn field_exported(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let i = arg_int(args, 1) as usize;
    let e = arg_iface(ctx, args, 0)
        .and_then(|(t, _)| {
            ctx.program.types[t as usize]
                .fields
                .get(i)
                .map(|f| f.exported)
        })
        .unwrap_or(false);
    ctx.ret(Value::Bool(e));
    Ok(())
}

fn key_type_string(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let s = arg_iface(ctx, args, 0)
        .and_then(|(t, _)| ctx.program.types[t as usize].key)
        .map(|k| ctx.program.types[k as usize].name.clone())
        .unwrap_or_default();
    ctx.ret_str(s.as_str());
    Ok(())
}
