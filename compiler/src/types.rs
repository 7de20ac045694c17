//! Go types as the checker builds them: an interning table of type descriptions.
//!
//! Every type is a [`TypeId`] into a [`TypeTable`]. Structural types
//! (pointer, slice, map, struct, func, ...) are interned, so two identical
//! structural types get the same id and identity is `==` on ids. Named types
//! (declared with `type T ...`) each get their own id; their underlying type
//! is filled in once the declaration has been checked.

use crate::ast::ChanDir;
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BasicKind {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

impl BasicKind {
    pub fn is_integer(self) -> bool {
        use BasicKind::*;
        matches!(self, Int | Int8 | Int16 | Int32 | Int64 | Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr | UntypedInt | UntypedRune)
    }
    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }
    pub fn is_float(self) -> bool {
        matches!(self, BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat)
    }
    pub fn is_complex(self) -> bool {
        matches!(self, BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex)
    }
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }
    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(self, UntypedBool | UntypedInt | UntypedRune | UntypedFloat | UntypedComplex | UntypedString | UntypedNil)
    }
    /// Size in bits of a sized integer or float kind (int, uint, uintptr are 64).
    pub fn bits(self) -> u32 {
        use BasicKind::*;
        match self {
            Int8 | Uint8 => 8,
            Int16 | Uint16 => 16,
            Int32 | Uint32 | Float32 => 32,
            Complex64 => 64,
            Complex128 => 128,
            _ => 64,
        }
    }
    /// gc's spelling (`untyped int`, `uint8`, ...). byte and rune print as uint8 and int32.
    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
            Invalid => "invalid type",
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedComplex => "untyped complex",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StructField {
    pub name: Rc<str>,
    pub ty: TypeId,
    pub embedded: bool,
    /// Package path that owns the field name, for unexported names (empty for exported).
    pub pkg: Rc<str>,
    pub tag: Option<Rc<str>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last param is `...T`, recorded as `[]T` in `params`.
    pub variadic: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct InterfaceMethod {
    pub name: Rc<str>,
    /// A `Func` type (without receiver).
    pub sig: TypeId,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Method {
    pub name: Rc<str>,
    /// `Func` type without the receiver.
    pub sig: TypeId,
    /// Declared on `*T` (true) or `T` (false).
    pub pointer_recv: bool,
    /// The checker object of the method's function declaration.
    pub func: ObjId,
}

#[derive(Clone, Debug)]
pub struct NamedType {
    pub name: Rc<str>,
    /// Import path of the declaring package (`main`, `strings`, ...). Empty for the universe (`error`).
    pub pkg: Rc<str>,
    /// Filled once the declaration is checked; `Invalid` before that.
    pub underlying: TypeId,
    /// Methods declared on `T` and `*T`, in source order.
    pub methods: Vec<Method>,
    /// The type name object.
    pub obj: Option<ObjId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeKind {
    Basic(BasicKind),
    Pointer(TypeId),
    Array(TypeId, u64),
    Slice(TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Struct(Vec<StructField>),
    Func(Signature),
    /// The full method set, embedded interfaces flattened, sorted by name.
    /// `type_set` is non-empty only for constraint interfaces (not usable as value types).
    Interface { methods: Vec<InterfaceMethod>, is_comparable_constraint: bool },
    /// Multiple results of a call: `(int, error)`.
    Tuple(Vec<TypeId>),
    /// Index into `TypeTable::named`.
    Named(u32),
}

/// The interning table. Ids 0.. are pre-filled with the basic kinds in the
/// order of [`BasicKind`] (see [`TypeTable::basic`]).
#[derive(Debug)]
pub struct TypeTable {
    kinds: Vec<TypeKind>,
    interned: HashMap<TypeKind, TypeId>,
    pub named: Vec<NamedType>,
}

const BASIC_KINDS: [BasicKind; 26] = [
    BasicKind::Invalid,
    BasicKind::Bool,
    BasicKind::Int,
    BasicKind::Int8,
    BasicKind::Int16,
    BasicKind::Int32,
    BasicKind::Int64,
    BasicKind::Uint,
    BasicKind::Uint8,
    BasicKind::Uint16,
    BasicKind::Uint32,
    BasicKind::Uint64,
    BasicKind::Uintptr,
    BasicKind::Float32,
    BasicKind::Float64,
    BasicKind::Complex64,
    BasicKind::Complex128,
    BasicKind::String,
    BasicKind::UnsafePointer,
    BasicKind::UntypedBool,
    BasicKind::UntypedInt,
    BasicKind::UntypedRune,
    BasicKind::UntypedFloat,
    BasicKind::UntypedComplex,
    BasicKind::UntypedString,
    BasicKind::UntypedNil,
];

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeTable {
    pub fn new() -> Self {
        let mut t = TypeTable { kinds: Vec::new(), interned: HashMap::new(), named: Vec::new() };
        for k in BASIC_KINDS {
            t.intern(TypeKind::Basic(k));
        }
        t
    }

    /// The id of a basic type (always interned at construction).
    pub fn basic(&self, kind: BasicKind) -> TypeId {
        TypeId(BASIC_KINDS.iter().position(|k| *k == kind).unwrap() as u32)
    }

    pub fn intern(&mut self, kind: TypeKind) -> TypeId {
        if let Some(id) = self.interned.get(&kind) {
            return *id;
        }
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(kind.clone());
        self.interned.insert(kind, id);
        id
    }

    /// A new, distinct named type whose underlying type is set later.
    pub fn new_named(&mut self, name: Rc<str>, pkg: Rc<str>, obj: Option<ObjId>) -> TypeId {
        let index = self.named.len() as u32;
        self.named.push(NamedType { name, pkg, underlying: TypeId(0), methods: Vec::new(), obj });
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(TypeKind::Named(index));
        id
    }

    pub fn kind(&self, id: TypeId) -> &TypeKind {
        &self.kinds[id.0 as usize]
    }

    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }

    /// The underlying type: follows named types (and only them).
    pub fn underlying(&self, mut id: TypeId) -> TypeId {
        for _ in 0..64 {
            match self.kind(id) {
                TypeKind::Named(i) => id = self.named[*i as usize].underlying,
                _ => return id,
            }
        }
        id
    }

    pub fn under_kind(&self, id: TypeId) -> &TypeKind {
        self.kind(self.underlying(id))
    }

    pub fn named_info(&self, id: TypeId) -> Option<&NamedType> {
        match self.kind(id) {
            TypeKind::Named(i) => Some(&self.named[*i as usize]),
            _ => None,
        }
    }

    pub fn basic_kind(&self, id: TypeId) -> Option<BasicKind> {
        match self.under_kind(id) {
            TypeKind::Basic(b) => Some(*b),
            _ => None,
        }
    }

    pub fn is_interface(&self, id: TypeId) -> bool {
        matches!(self.under_kind(id), TypeKind::Interface { .. })
    }
}

/// Identity of a declared entity (variable, constant, type name, function,
/// package name, builtin, label) in the checker's object table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);
