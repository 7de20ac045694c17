//! Operations that follow a runtime type: zero values, deep copies, equality, map keys, interface checks.
//!
//! These are the only places the VM looks at Go types at run time; the
//! compiler picks them for aggregates and interfaces, where a value's shape is
//! not a single `Value`. Recursion here follows the nesting of types (finite,
//! since value types cannot contain themselves), never the shape of data.

use crate::heap::{Heap, Object};
use crate::map::MapKey;
use crate::program::{Kind, Program, TypeId};
use crate::value::{GoStr, Value};

/// The zero value of a type; structs and arrays get fresh objects.
pub fn zero_value(program: &Program, heap: &mut Heap, ty: TypeId) -> Value {
    let t = &program.types[ty as usize];
    match t.kind {
        Kind::Bool => Value::Bool(false),
        Kind::Float32 | Kind::Float64 => Value::Float(0.0),
        Kind::String => Value::Str(GoStr::default()),
        Kind::Complex64 | Kind::Complex128 => Value::Ref(heap.alloc(Object::Complex(0.0, 0.0))),
        k if k.is_integer() => Value::Int(0),
        Kind::Struct => {
            let fields: Vec<Value> = t
                .fields
                .iter()
                .map(|f| zero_value(program, heap, f.ty))
                .collect();
            Value::Ref(heap.alloc(Object::Values(fields.into_boxed_slice())))
        }
        Kind::Array => {
            let elem = t.elem.unwrap_or(0);
            let n = t.len as usize;
            let values: Vec<Value> =
                if program.types[elem as usize].kind.is_aggregate() || is_complex(program, elem) {
                    (0..n).map(|_| zero_value(program, heap, elem)).collect()
                } else {
                    let z = zero_value(program, heap, elem);
                    vec![z; n]
                };
            Value::Ref(heap.alloc(Object::Values(values.into_boxed_slice())))
        }
        _ => Value::Nil,
    }
}

fn is_complex(program: &Program, ty: TypeId) -> bool {
    matches!(
        program.types[ty as usize].kind,
        Kind::Complex64 | Kind::Complex128
    )
}

/// A deep copy of an aggregate value (other values are returned as they are).
pub fn clone_value(program: &Program, heap: &mut Heap, ty: TypeId, v: &Value) -> Value {
    let t = &program.types[ty as usize];
    let Value::Ref(r) = v else { return v.clone() };
    match t.kind {
        Kind::Struct => {
            let src: Vec<Value> = heap.values(*r).to_vec();
            let fields: Vec<Value> = src
                .iter()
                .zip(t.fields.iter())
                .map(|(v, f)| clone_value(program, heap, f.ty, v))
                .collect();
            Value::Ref(heap.alloc(Object::Values(fields.into_boxed_slice())))
        }
        Kind::Array => {
            let elem = t.elem.unwrap_or(0);
            let src: Vec<Value> = heap.values(*r).to_vec();
            let values: Vec<Value> = if program.types[elem as usize].kind.is_aggregate() {
                src.iter()
                    .map(|v| clone_value(program, heap, elem, v))
                    .collect()
            } else {
                src
            };
            Value::Ref(heap.alloc(Object::Values(values.into_boxed_slice())))
        }
        _ => v.clone(),
    }
}

/// Copies aggregate `src` into the existing objects of `dst`, keeping the identity of
/// every nested aggregate (pointers to `dst`'s fields stay valid).
pub fn copy_into(program: &Program, heap: &mut Heap, ty: TypeId, dst: &Value, src: &Value) {
    let (Value::Ref(d), Value::Ref(s)) = (dst, src) else {
        return;
    };
    if d == s {
        return;
    }
    let t = &program.types[ty as usize];
    let src_values: Vec<Value> = heap.values(*s).to_vec();
    let field_types: Vec<TypeId> = match t.kind {
        Kind::Struct => t.fields.iter().map(|f| f.ty).collect(),
        Kind::Array => vec![t.elem.unwrap_or(0); src_values.len()],
        _ => return,
    };
    for (i, (sv, fty)) in src_values.iter().zip(field_types).enumerate() {
        if program.types[fty as usize].kind.is_aggregate() {
            let dv = heap.values(*d)[i].clone();
            copy_into(program, heap, fty, &dv, sv);
        } else {
            heap.values_mut(*d)[i] = sv.clone();
        }
    }
}

/// `a == b` for values of type `ty`. Errors carry the name of an uncomparable dynamic type.
pub fn equal(
    program: &Program,
    heap: &Heap,
    ty: TypeId,
    a: &Value,
    b: &Value,
) -> Result<bool, String> {
    let t = &program.types[ty as usize];
    Ok(match t.kind {
        Kind::Struct => {
            let (Value::Ref(x), Value::Ref(y)) = (a, b) else {
                return Ok(false);
            };
            let (xs, ys) = (heap.values(*x), heap.values(*y));
            for (i, f) in t.fields.iter().enumerate() {
                // Blank fields take no part in comparisons (spec: "non-blank field values").
                if f.name == "_" {
                    continue;
                }
                if !equal(program, heap, f.ty, &xs[i], &ys[i])? {
                    return Ok(false);
                }
            }
            true
        }
        Kind::Array => {
            let (Value::Ref(x), Value::Ref(y)) = (a, b) else {
                return Ok(false);
            };
            let elem = t.elem.unwrap_or(0);
            let (xs, ys) = (heap.values(*x), heap.values(*y));
            for i in 0..xs.len() {
                if !equal(program, heap, elem, &xs[i], &ys[i])? {
                    return Ok(false);
                }
            }
            true
        }
        Kind::Interface => match (a, b) {
            (Value::Nil, Value::Nil) => true,
            (Value::Nil, _) | (_, Value::Nil) => false,
            (Value::Ref(x), Value::Ref(y)) => {
                let (Object::Iface { ty: tx, value: vx }, Object::Iface { ty: ty_, value: vy }) =
                    (heap.get(*x), heap.get(*y))
                else {
                    return Ok(false);
                };
                if tx != ty_ {
                    return Ok(false);
                }
                let dt = &program.types[*tx as usize];
                if !dt.comparable {
                    return Err(dt.name.clone());
                }
                equal(program, heap, *tx, vx, vy)?
            }
            _ => false,
        },
        Kind::Complex64 | Kind::Complex128 => {
            let (xr, xi) = complex_parts(heap, a);
            let (yr, yi) = complex_parts(heap, b);
            xr == yr && xi == yi
        }
        Kind::Float32 | Kind::Float64 => a.as_float() == b.as_float(),
        Kind::String => a.as_str() == b.as_str(),
        Kind::Bool => a.as_bool() == b.as_bool(),
        k if k.is_integer() => a.as_int() == b.as_int(),
        _ => identical_refs(a, b),
    })
}

/// Pointer/chan/map/func identity.
pub fn identical_refs(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Nil, Value::Nil) => true,
        (Value::Ref(x), Value::Ref(y)) => x == y,
        (Value::Ptr(x, i), Value::Ptr(y, j)) => x == y && i == j,
        (Value::Func(x), Value::Func(y)) => x == y,
        _ => false,
    }
}

pub fn complex_parts(heap: &Heap, v: &Value) -> (f64, f64) {
    match v {
        Value::Ref(r) => match heap.get(*r) {
            Object::Complex(re, im) => (*re, *im),
            _ => (0.0, 0.0),
        },
        _ => (0.0, 0.0),
    }
}

/// The canonical map key of `v` of type `ty`. `nan_counter` makes each NaN key distinct.
pub fn map_key(
    program: &Program,
    heap: &Heap,
    ty: TypeId,
    v: &Value,
    nan_counter: &mut u64,
) -> Result<MapKey, String> {
    let t = &program.types[ty as usize];
    Ok(match t.kind {
        Kind::Bool => MapKey::Bool(v.as_bool()),
        Kind::String => MapKey::Str(match v {
            Value::Str(s) => s.clone(),
            _ => GoStr::default(),
        }),
        Kind::Float32 | Kind::Float64 => float_key(v.as_float(), nan_counter),
        Kind::Complex64 | Kind::Complex128 => {
            let (re, im) = complex_parts(heap, v);
            if re.is_nan() || im.is_nan() {
                *nan_counter += 1;
                MapKey::NaN(*nan_counter)
            } else {
                MapKey::Complex((re + 0.0).to_bits(), (im + 0.0).to_bits())
            }
        }
        k if k.is_integer() => MapKey::Int(v.as_int()),
        Kind::Struct => {
            let Value::Ref(r) = v else {
                return Ok(MapKey::Nil);
            };
            let vals = heap.values(*r).to_vec();
            let mut parts = Vec::with_capacity(vals.len());
            for (f, fv) in t.fields.iter().zip(vals.iter()) {
                if f.name != "_" {
                    parts.push(map_key(program, heap, f.ty, fv, nan_counter)?);
                }
            }
            MapKey::Composite(parts.into_boxed_slice())
        }
        Kind::Array => {
            let Value::Ref(r) = v else {
                return Ok(MapKey::Nil);
            };
            let elem = t.elem.unwrap_or(0);
            let vals = heap.values(*r).to_vec();
            let mut parts = Vec::with_capacity(vals.len());
            for ev in vals.iter() {
                parts.push(map_key(program, heap, elem, ev, nan_counter)?);
            }
            MapKey::Composite(parts.into_boxed_slice())
        }
        Kind::Interface => match v {
            Value::Ref(r) => match heap.get(*r) {
                Object::Iface { ty: dt, value } => {
                    let dtt = &program.types[*dt as usize];
                    if !dtt.comparable {
                        return Err(dtt.name.clone());
                    }
                    MapKey::Iface(
                        *dt,
                        Box::new(map_key(program, heap, *dt, value, nan_counter)?),
                    )
                }
                _ => MapKey::Nil,
            },
            _ => MapKey::Nil,
        },
        _ => match v {
            Value::Ref(r) => MapKey::Ref(r.0, u32::MAX),
            Value::Ptr(r, i) => MapKey::Ref(r.0, *i),
            Value::Func(f) => MapKey::Int(*f as i64),
            _ => MapKey::Nil,
        },
    })
}

fn float_key(f: f64, nan_counter: &mut u64) -> MapKey {
    if f.is_nan() {
        *nan_counter += 1;
        MapKey::NaN(*nan_counter)
    } else {
        MapKey::Float((f + 0.0).to_bits())
    }
}

/// Whether dynamic type `dyn_ty` has every method interface `iface` requires;
/// on failure, the name of the first missing method.
pub fn implements(program: &Program, dyn_ty: TypeId, iface: TypeId) -> Result<(), u32> {
    let d = &program.types[dyn_ty as usize];
    for sym in &program.types[iface as usize].iface_methods {
        if d.method(*sym).is_none() {
            return Err(*sym);
        }
    }
    Ok(())
}

/// gc's size classes for small allocations (bytes); larger sizes round up to 8 KiB pages.
const SIZE_CLASSES: [u64; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

fn round_up_size(size: u64) -> u64 {
    if size <= 32768 {
        let i = SIZE_CLASSES.partition_point(|c| *c < size);
        SIZE_CLASSES[i]
    } else {
        size.div_ceil(8192) * 8192
    }
}

/// gc's `roundupsize`: allocations of pointer-holding objects over 512 bytes carry an
/// 8-byte malloc header, which comes out of the size class.
fn round_up_alloc(size: u64, has_pointers: bool) -> u64 {
    const HEADER: u64 = 8;
    if has_pointers && size > 512 && size <= 32768 - HEADER {
        return round_up_size(size + HEADER) - HEADER;
    }
    round_up_size(size)
}

/// The capacity gc's `growslice` gives when appending to reach `new_len` from `old_cap`.
pub fn grow_capacity_of(old_cap: u64, new_len: u64, elem_size: u64, has_pointers: bool) -> u64 {
    let new_cap = grown_length(old_cap, new_len);
    if elem_size == 0 {
        return new_cap;
    }
    round_up_alloc(new_cap * elem_size, has_pointers) / elem_size
}

fn grown_length(old_cap: u64, new_len: u64) -> u64 {
    let mut new_cap = old_cap;
    let double = new_cap * 2;
    if new_len > double {
        return new_len;
    }
    const THRESHOLD: u64 = 256;
    if old_cap < THRESHOLD {
        return double;
    }
    while new_cap < new_len {
        new_cap += (new_cap + 3 * THRESHOLD) >> 2;
    }
    new_cap
}

/// `grow_capacity_of` for element types without pointers.
pub fn grow_capacity(old_cap: u64, new_len: u64, elem_size: u64) -> u64 {
    let mut new_cap = old_cap;
    let double = new_cap * 2;
    if new_len > double {
        new_cap = new_len;
    } else {
        const THRESHOLD: u64 = 256;
        if old_cap < THRESHOLD {
            new_cap = double;
        } else {
            while new_cap < new_len {
                new_cap += (new_cap + 3 * THRESHOLD) >> 2;
            }
        }
    }
    if elem_size == 0 {
        return new_cap;
    }
    round_up_size(new_cap * elem_size) / elem_size
}

#[cfg(test)]
mod tests {
    use super::grow_capacity;
    #[test]
    fn growth_matches_gc_for_ints() {
        let mut cap = 0;
        let mut seen = vec![];
        for len in 1..=20u64 {
            if len > cap {
                cap = grow_capacity(cap, len, 8);
                seen.push(cap);
            }
        }
        assert_eq!(seen, vec![1, 2, 4, 8, 16, 32]);
        assert_eq!(grow_capacity(0, 1, 1), 8);
        assert_eq!(grow_capacity(512, 513, 8), 848);
    }
}
