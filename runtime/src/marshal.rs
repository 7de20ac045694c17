//! Builds VM values for the arguments of a call from Rust into Go, and reads an `error`
//! result's text: what host functions leave to Go-side wrappers (maps, pointers, errors)
//! a call from the host must do itself, since no Go code runs between the host and the
//! called function.

use crate::convert::ArgValue;
use weft_vm::heap::Object;
use weft_vm::host_chan::{self, HostValue, Shape};
use weft_vm::map::GoMap;
use weft_vm::program::{Kind, RtType, TypeId};
use weft_vm::{Program, Value, Vm as RawVm};

/// Runtime types a host-built value may need (for zero values of map reads and of
/// receives from a closed channel), appended to every program by `Program::new`: the
/// compiled program may not mention `int` or `string` as runtime types at all.
#[derive(Clone, Copy, Debug)]
pub(crate) struct HostTypes {
    int: TypeId,
    float: TypeId,
    boolean: TypeId,
    string: TypeId,
    /// Any type whose zero value is nil (slices, maps, pointers).
    nil: TypeId,
}

impl HostTypes {
    /// Appends the types to `program` and returns their ids.
    pub(crate) fn append_to(program: &mut Program) -> HostTypes {
        let mut add = |name: &str, kind: Kind| {
            program.types.push(RtType::new(name, kind));
            (program.types.len() - 1) as TypeId
        };
        HostTypes {
            int: add("int", Kind::Int),
            float: add("float64", Kind::Float64),
            boolean: add("bool", Kind::Bool),
            string: add("string", Kind::String),
            nil: add("*host", Kind::Pointer),
        }
    }

    /// A runtime type whose zero value is the zero value of `shape`'s Go type.
    pub(crate) fn of(&self, shape: &Shape) -> TypeId {
        match shape {
            Shape::Int => self.int,
            Shape::Float => self.float,
            Shape::Bool => self.boolean,
            Shape::Str => self.string,
            Shape::List(_) | Shape::Map(..) | Shape::Pointer(_) => self.nil,
        }
    }
}

/// The VM value of a call argument; channels are bound by the caller.
pub(crate) fn argument_value(raw: &mut RawVm, types: &HostTypes, arg: &ArgValue) -> Value {
    match arg {
        ArgValue::Value(value, shape) => build(raw, types, value, shape),
        ArgValue::Channel(_) => Value::Nil,
    }
}

/// Builds `value` of Go shape `shape` in the VM's heap.
fn build(raw: &mut RawVm, types: &HostTypes, value: &HostValue, shape: &Shape) -> Value {
    match (value, shape) {
        (HostValue::List(items), Shape::List(elem)) => {
            let values = items
                .iter()
                .map(|item| build(raw, types, item, elem))
                .collect();
            weft_vm::native::new_slice(&mut raw.heap, values)
        }
        (HostValue::Map(entries), Shape::Map(key_shape, value_shape)) => {
            let (key_type, value_type) = (types.of(key_shape), types.of(value_shape));
            let mut map = GoMap::new(key_type, value_type, entries.len());
            let program = raw.program().clone();
            let mut nan_counter = 0;
            for (key, item) in entries {
                let key = build(raw, types, key, key_shape);
                let item = build(raw, types, item, value_shape);
                if let Ok(canonical) =
                    weft_vm::typed::map_key(&program, &raw.heap, key_type, &key, &mut nan_counter)
                {
                    map.insert(canonical, key, item);
                }
            }
            Value::Ref(raw.heap.alloc(Object::Map(Box::new(map))))
        }
        (HostValue::Nil, _) => Value::Nil,
        (value, Shape::Pointer(elem)) => {
            let pointee = build(raw, types, value, elem);
            Value::Ptr(raw.heap.alloc(Object::Values(Box::new([pointee]))), 0)
        }
        (value, _) => host_chan::to_value(&mut raw.heap, value),
    }
}

/// The method `Error` of the dynamic type of the non-nil interface value `error`, and
/// the receiver to call it with.
pub(crate) fn error_method(
    program: &Program,
    heap: &weft_vm::heap::Heap,
    error: &Value,
) -> Option<(u32, Value)> {
    let Value::Ref(r) = error else {
        return None;
    };
    let Object::Iface { ty, value } = heap.get(*r) else {
        return None;
    };
    // Method symbols carry their signature after the name (`Error func() string`).
    let symbol = program
        .symbols
        .iter()
        .position(|s| s.split(' ').next() == Some("Error"))?;
    let method = program.types.get(*ty as usize)?.method(symbol as u32)?;
    Some((method, value.clone()))
}
