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
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }
    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }
    pub fn is_float(self) -> bool {
        matches!(
            self,
            BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat
        )
    }
    pub fn is_complex(self) -> bool {
        matches!(
            self,
            BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex
        )
    }
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }
    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            UntypedBool
                | UntypedInt
                | UntypedRune
                | UntypedFloat
                | UntypedComplex
                | UntypedString
                | UntypedNil
        )
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
    Interface {
        methods: Vec<InterfaceMethod>,
        is_comparable_constraint: bool,
    },
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
        let mut t = TypeTable {
            kinds: Vec::new(),
            interned: HashMap::new(),
            named: Vec::new(),
        };
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
        self.named.push(NamedType {
            name,
            pkg,
            underlying: TypeId(0),
            methods: Vec::new(),
            obj,
        });
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

/// What a field or method lookup (`x.name`) found, following embedded fields
/// breadth-first as the spec's selector rules say.
#[derive(Clone, Debug, PartialEq)]
pub enum Lookup {
    Field {
        /// Field indices from the outermost struct to the field itself.
        path: Vec<u32>,
        /// For each step of `path`, whether the value is a pointer that is dereferenced first.
        indirect: Vec<bool>,
        ty: TypeId,
    },
    Method {
        /// Embedded field indices leading to the receiver (the method is not included).
        path: Vec<u32>,
        indirect: Vec<bool>,
        /// Where the method is declared.
        method: MethodRef,
        /// Whether the receiver value reached after `path` is a pointer.
        recv_is_pointer: bool,
        /// Whether any pointer was followed to reach the receiver (including `x` itself being a pointer).
        any_indirect: bool,
    },
    /// Several fields or methods of that name at the shallowest depth.
    Ambiguous,
    NotFound,
}

/// A method found by [`TypeTable::lookup`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodRef {
    /// `TypeTable::named_info(named).methods[index]`.
    Concrete { named: TypeId, index: usize },
    /// The `index`th method (sorted order) of interface type `iface` (an interface or named interface).
    Interface { iface: TypeId, index: usize },
}

/// Why a type does not implement an interface.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotImplemented {
    /// `(missing method M)`.
    Missing(Rc<str>),
    /// `(method M has pointer receiver)`.
    PointerReceiver(Rc<str>),
    /// `(wrong type for method M)` with the found and wanted signatures.
    WrongType {
        name: Rc<str>,
        have: TypeId,
        want: TypeId,
    },
}

impl TypeTable {
    /// Named type's methods (empty for others).
    pub fn methods_of(&self, named: TypeId) -> &[Method] {
        self.named_info(named)
            .map(|n| n.methods.as_slice())
            .unwrap_or(&[])
    }

    /// The method signature type of a found method (a `Func` without receiver).
    pub fn method_sig(&self, m: MethodRef) -> TypeId {
        match m {
            MethodRef::Concrete { named, index } => self.methods_of(named)[index].sig,
            MethodRef::Interface { iface, index } => match self.under_kind(iface) {
                TypeKind::Interface { methods, .. } => methods[index].sig,
                _ => TypeId(0),
            },
        }
    }

    /// Looks up field or method `name` in type `ty` (which may be a pointer
    /// to a named struct). `pkg` is the package doing the lookup: unexported
    /// names of other packages are invisible.
    pub fn lookup(&self, ty: TypeId, name: &str, pkg: &str) -> Lookup {
        let exported = name.chars().next().is_some_and(|c| c.is_uppercase());
        // A pointer to a named type has no methods of its own but the named type's.
        let mut current: Vec<(TypeId, Vec<u32>, Vec<bool>, bool)> =
            vec![(ty, Vec::new(), Vec::new(), false)];
        let mut seen: Vec<TypeId> = Vec::new();
        for _depth in 0..64 {
            if current.is_empty() {
                break;
            }
            let mut found: Option<Lookup> = None;
            let mut count = 0;
            let mut next = Vec::new();
            for (t, path, indirect, any_indirect) in current {
                let (base, is_ptr) = match self.kind(t) {
                    TypeKind::Pointer(b) => (*b, true),
                    _ => (t, false),
                };
                // A pointer whose base is a pointer (or a named pointer type) has no fields or methods.
                if is_ptr && matches!(self.under_kind(base), TypeKind::Pointer(_)) {
                    continue;
                }
                if !is_ptr {
                    if let TypeKind::Named(_) = self.kind(t) {
                        if matches!(self.under_kind(t), TypeKind::Pointer(_)) && path.is_empty() {
                            // Named pointer types have no methods; field lookup goes through the pointer.
                            let elem = match self.under_kind(t) {
                                TypeKind::Pointer(e) => *e,
                                _ => unreachable!(),
                            };
                            if let TypeKind::Struct(fields) = self.under_kind(elem) {
                                for (i, f) in fields.iter().enumerate() {
                                    if &*f.name == name
                                        && (exported || &*f.pkg == pkg || f.pkg.is_empty())
                                    {
                                        return Lookup::Field {
                                            path: vec![i as u32],
                                            indirect: vec![true],
                                            ty: f.ty,
                                        };
                                    }
                                }
                            }
                            continue;
                        }
                    }
                }
                if let TypeKind::Named(_) = self.kind(base) {
                    if seen.contains(&base) {
                        continue;
                    }
                    seen.push(base);
                    let nt = self.named_info(base).unwrap();
                    if let Some(index) = nt
                        .methods
                        .iter()
                        .position(|m| &*m.name == name && (exported || &*nt.pkg == pkg))
                    {
                        count += 1;
                        if found.is_none() {
                            found = Some(Lookup::Method {
                                path: path.clone(),
                                indirect: indirect.clone(),
                                method: MethodRef::Concrete { named: base, index },
                                recv_is_pointer: is_ptr,
                                any_indirect: any_indirect || is_ptr,
                            });
                        }
                        continue;
                    }
                }
                match self.under_kind(base) {
                    TypeKind::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            let visible = exported || &*f.pkg == pkg || f.pkg.is_empty();
                            let mut p = path.clone();
                            p.push(i as u32);
                            let mut ind = indirect.clone();
                            ind.push(is_ptr);
                            if &*f.name == name && visible {
                                count += 1;
                                if found.is_none() {
                                    found = Some(Lookup::Field {
                                        path: p.clone(),
                                        indirect: ind.clone(),
                                        ty: f.ty,
                                    });
                                }
                            }
                            if f.embedded {
                                next.push((f.ty, p, ind, any_indirect || is_ptr));
                            }
                        }
                    }
                    TypeKind::Interface { methods, .. } if !is_ptr => {
                        if let Some(index) = methods.iter().position(|m| &*m.name == name) {
                            count += 1;
                            if found.is_none() {
                                found = Some(Lookup::Method {
                                    path: path.clone(),
                                    indirect: indirect.clone(),
                                    method: MethodRef::Interface { iface: base, index },
                                    recv_is_pointer: false,
                                    any_indirect,
                                });
                            }
                        }
                    }
                    _ => {}
                }
            }
            if count > 1 {
                return Lookup::Ambiguous;
            }
            if let Some(f) = found {
                return f;
            }
            current = next;
        }
        Lookup::NotFound
    }

    /// Whether a method found by lookup is in the method set of the looked-up
    /// type (a pointer-receiver method needs a pointer somewhere on the way).
    pub fn in_method_set(&self, found: &Lookup) -> bool {
        match found {
            Lookup::Method {
                method: MethodRef::Concrete { named, index },
                any_indirect,
                ..
            } => !self.methods_of(*named)[*index].pointer_recv || *any_indirect,
            Lookup::Method { .. } => true,
            _ => false,
        }
    }

    /// Checks that `ty` implements interface `iface`; `Err` names the first
    /// missing method (by sorted name), as gc reports.
    pub fn implements(&self, ty: TypeId, iface: TypeId, pkg: &str) -> Result<(), NotImplemented> {
        let methods = match self.under_kind(iface) {
            TypeKind::Interface { methods, .. } => methods.clone(),
            _ => return Ok(()),
        };
        for m in methods {
            let found = self.lookup(ty, &m.name, pkg);
            match &found {
                Lookup::Method { method, .. } => {
                    let have = self.method_sig(*method);
                    if have != m.sig {
                        return Err(NotImplemented::WrongType {
                            name: m.name.clone(),
                            have,
                            want: m.sig,
                        });
                    }
                    if !self.in_method_set(&found) {
                        return Err(NotImplemented::PointerReceiver(m.name.clone()));
                    }
                }
                _ => return Err(NotImplemented::Missing(m.name.clone())),
            }
        }
        Ok(())
    }

    /// Type identity. Structural types are interned, so identity is id equality.
    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        a == b
    }

    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Named(_))
            || matches!(self.kind(t), TypeKind::Basic(k) if !k.is_untyped() && *k != BasicKind::Invalid)
    }

    /// Assignability of a typed value of type `v` to type `t` (untyped constants
    /// and nil are the checker's business), with `pkg` for interface method visibility.
    pub fn assignable_to(&self, v: TypeId, t: TypeId, pkg: &str) -> bool {
        if v == t {
            return true;
        }
        let vu = self.underlying(v);
        let tu = self.underlying(t);
        if vu == tu && (!self.is_named(v) || !self.is_named(t)) {
            return true;
        }
        if let TypeKind::Interface { .. } = self.kind(tu) {
            if self.implements(v, t, pkg).is_ok() {
                return true;
            }
        }
        if let (TypeKind::Chan(ChanDir::Both, ve), TypeKind::Chan(_, te)) =
            (self.kind(vu), self.kind(tu))
        {
            if ve == te && (!self.is_named(v) || !self.is_named(t)) {
                return true;
            }
        }
        false
    }

    /// Structural identity ignoring struct tags (used by conversions).
    pub fn identical_ignore_tags(&self, a: TypeId, b: TypeId) -> bool {
        if a == b {
            return true;
        }
        match (self.kind(a), self.kind(b)) {
            (TypeKind::Struct(x), TypeKind::Struct(y)) => {
                x.len() == y.len()
                    && x.iter().zip(y).all(|(f, g)| {
                        f.name == g.name
                            && f.embedded == g.embedded
                            && f.pkg == g.pkg
                            && self.identical_ignore_tags(f.ty, g.ty)
                    })
            }
            (TypeKind::Pointer(x), TypeKind::Pointer(y)) => self.identical_ignore_tags(*x, *y),
            _ => false,
        }
    }

    /// Convertibility of a non-constant value of type `v` to `t` (spec "Conversions").
    pub fn convertible_to(&self, v: TypeId, t: TypeId, pkg: &str) -> bool {
        if self.assignable_to(v, t, pkg) {
            return true;
        }
        let vu = self.underlying(v);
        let tu = self.underlying(t);
        if self.identical_ignore_tags(vu, tu) {
            return true;
        }
        if let (TypeKind::Pointer(a), TypeKind::Pointer(b)) = (self.kind(v), self.kind(t)) {
            if self.identical_ignore_tags(self.underlying(*a), self.underlying(*b)) {
                return true;
            }
        }
        let vk = self.basic_kind(v);
        let tk = self.basic_kind(t);
        if let (Some(a), Some(b)) = (vk, tk) {
            if (a.is_integer() || a.is_float()) && (b.is_integer() || b.is_float()) {
                return true;
            }
            if a.is_complex() && b.is_complex() {
                return true;
            }
            if a.is_integer() && matches!(b, BasicKind::String | BasicKind::UntypedString) {
                return true;
            }
        }
        if matches!(tk, Some(BasicKind::String)) && self.is_byte_or_rune_slice(vu) {
            return true;
        }
        if matches!(vk, Some(BasicKind::String | BasicKind::UntypedString))
            && self.is_byte_or_rune_slice(tu)
        {
            return true;
        }
        // Slice to array or to array pointer.
        if let TypeKind::Slice(e) = self.kind(vu) {
            match self.kind(tu) {
                TypeKind::Array(ae, _) if ae == e => return true,
                TypeKind::Pointer(p) => {
                    if let TypeKind::Array(ae, _) = self.under_kind(*p) {
                        if ae == e {
                            return true;
                        }
                    }
                }
                _ => {}
            }
        }
        // unsafe.Pointer conversions.
        if matches!(tk, Some(BasicKind::UnsafePointer))
            && (matches!(self.kind(vu), TypeKind::Pointer(_)) || vk == Some(BasicKind::Uintptr))
        {
            return true;
        }
        if matches!(vk, Some(BasicKind::UnsafePointer))
            && (matches!(self.kind(tu), TypeKind::Pointer(_)) || tk == Some(BasicKind::Uintptr))
        {
            return true;
        }
        false
    }

    /// `[]byte` or `[]rune` (by underlying element kind).
    pub fn is_byte_or_rune_slice(&self, t: TypeId) -> bool {
        match self.under_kind(t) {
            TypeKind::Slice(e) => matches!(
                self.basic_kind(*e),
                Some(BasicKind::Uint8 | BasicKind::Int32)
            ),
            _ => false,
        }
    }

    /// Whether values of the type can be compared with `==` (spec "Comparison operators").
    pub fn comparable(&self, t: TypeId) -> bool {
        self.comparable_depth(t, 0)
    }

    fn comparable_depth(&self, t: TypeId, depth: u32) -> bool {
        if depth > 100 {
            return true;
        }
        match self.under_kind(t) {
            TypeKind::Basic(k) => *k != BasicKind::UntypedNil,
            TypeKind::Pointer(_) | TypeKind::Chan(..) | TypeKind::Interface { .. } => true,
            TypeKind::Struct(fields) => fields
                .iter()
                .all(|f| self.comparable_depth(f.ty, depth + 1)),
            TypeKind::Array(e, _) => self.comparable_depth(*e, depth + 1),
            _ => false,
        }
    }

    /// The type as gc prints it with every named type qualified by its
    /// package name (`main.T`, `[]int`, `map[string]main.T`).
    pub fn type_string(&self, t: TypeId) -> String {
        self.type_string_rel(t, "")
    }

    /// The type as gc prints it in messages of package `pkg`: named types of
    /// `pkg` itself are unqualified, others are `pkgname.T`.
    pub fn type_string_rel(&self, t: TypeId, pkg: &str) -> String {
        let mut out = String::new();
        self.write_type(&mut out, t, pkg, 0);
        out
    }

    fn write_type(&self, out: &mut String, t: TypeId, pkg: &str, depth: u32) {
        if depth > 50 {
            out.push_str("...");
            return;
        }
        let d = depth + 1;
        match self.kind(t) {
            TypeKind::Basic(k) => out.push_str(k.name()),
            TypeKind::Named(i) => {
                let n = &self.named[*i as usize];
                if !n.pkg.is_empty() && &*n.pkg != pkg {
                    out.push_str(n.pkg.rsplit('/').next().unwrap_or(&n.pkg));
                    out.push('.');
                }
                out.push_str(&n.name);
            }
            TypeKind::Pointer(b) => {
                out.push('*');
                self.write_type(out, *b, pkg, d);
            }
            TypeKind::Array(e, n) => {
                out.push_str(&format!("[{}]", n));
                self.write_type(out, *e, pkg, d);
            }
            TypeKind::Slice(e) => {
                out.push_str("[]");
                self.write_type(out, *e, pkg, d);
            }
            TypeKind::Map(k, v) => {
                out.push_str("map[");
                self.write_type(out, *k, pkg, d);
                out.push(']');
                self.write_type(out, *v, pkg, d);
            }
            TypeKind::Chan(dir, e) => {
                out.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                // `chan (<-chan int)` needs parentheses.
                let paren = *dir == ChanDir::Both
                    && matches!(self.kind(*e), TypeKind::Chan(ChanDir::Recv, _));
                if paren {
                    out.push('(');
                }
                self.write_type(out, *e, pkg, d);
                if paren {
                    out.push(')');
                }
            }
            TypeKind::Struct(fields) => {
                out.push_str("struct{");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    if !f.embedded {
                        out.push_str(&f.name);
                        out.push(' ');
                    }
                    self.write_type(out, f.ty, pkg, d);
                    if let Some(tag) = &f.tag {
                        out.push(' ');
                        out.push_str(&crate::constant::go_quote(tag.as_bytes()));
                    }
                }
                out.push('}');
            }
            TypeKind::Func(sig) => {
                out.push_str("func");
                self.write_signature(out, sig, pkg, d);
            }
            TypeKind::Interface {
                methods,
                is_comparable_constraint,
            } => {
                if methods.is_empty() && !is_comparable_constraint {
                    // The empty interface is written `any` in most Go code
                    // (the standard library's signatures included), which gc
                    // prints as `any`; identity does not keep the spelling.
                    out.push_str("any");
                    return;
                }
                out.push_str("interface{");
                let mut first = true;
                if *is_comparable_constraint {
                    out.push_str("comparable");
                    first = false;
                }
                for m in methods {
                    if !first {
                        out.push_str("; ");
                    }
                    first = false;
                    out.push_str(&m.name);
                    if let TypeKind::Func(sig) = self.kind(m.sig) {
                        self.write_signature(out, sig, pkg, d);
                    }
                }
                out.push('}');
            }
            TypeKind::Tuple(items) => {
                out.push('(');
                for (i, e) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_type(out, *e, pkg, d);
                }
                out.push(')');
            }
        }
    }

    fn write_signature(&self, out: &mut String, sig: &Signature, pkg: &str, depth: u32) {
        out.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if sig.variadic && i + 1 == sig.params.len() {
                out.push_str("...");
                match self.kind(*p) {
                    TypeKind::Slice(e) => self.write_type(out, *e, pkg, depth),
                    _ => self.write_type(out, *p, pkg, depth),
                }
            } else {
                self.write_type(out, *p, pkg, depth);
            }
        }
        out.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                out.push(' ');
                self.write_type(out, sig.results[0], pkg, depth);
            }
            _ => {
                out.push_str(" (");
                for (i, r) in sig.results.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_type(out, *r, pkg, depth);
                }
                out.push(')');
            }
        }
    }

    /// The default type of an untyped kind (`untyped int` -> `int`, `untyped rune` -> `int32`, ...).
    pub fn default_type(&self, t: TypeId) -> TypeId {
        match self.kind(t) {
            TypeKind::Basic(k) => match k {
                BasicKind::UntypedBool => self.basic(BasicKind::Bool),
                BasicKind::UntypedInt => self.basic(BasicKind::Int),
                BasicKind::UntypedRune => self.basic(BasicKind::Int32),
                BasicKind::UntypedFloat => self.basic(BasicKind::Float64),
                BasicKind::UntypedComplex => self.basic(BasicKind::Complex128),
                BasicKind::UntypedString => self.basic(BasicKind::String),
                _ => t,
            },
            _ => t,
        }
    }

    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Basic(k) if k.is_untyped())
    }

    pub fn is_invalid(&self, t: TypeId) -> bool {
        t.0 == 0
    }
}

impl TypeTable {
    /// A signature's parameter list as gc prints it in `want (int, ...string)`.
    pub fn params_string(&self, sig: &Signature, pkg: &str) -> String {
        let mut out = String::new();
        let params_only = Signature {
            params: sig.params.clone(),
            results: Vec::new(),
            variadic: sig.variadic,
        };
        self.write_signature(&mut out, &params_only, pkg, 0);
        out
    }
}

impl TypeTable {
    /// gc's `unsafe.Sizeof` and `unsafe.Alignof` on amd64.
    pub fn size_align(&self, ty: TypeId) -> (u64, u64) {
        self.size_align_depth(ty, 0)
    }

    fn size_align_depth(&self, ty: TypeId, depth: u32) -> (u64, u64) {
        if depth > 100 {
            return (8, 8);
        }
        match self.under_kind(ty) {
            TypeKind::Basic(b) => match b {
                BasicKind::Bool | BasicKind::Int8 | BasicKind::Uint8 | BasicKind::UntypedBool => {
                    (1, 1)
                }
                BasicKind::Int16 | BasicKind::Uint16 => (2, 2),
                BasicKind::Int32
                | BasicKind::Uint32
                | BasicKind::Float32
                | BasicKind::UntypedRune => (4, 4),
                BasicKind::Complex64 => (8, 4),
                BasicKind::Complex128 | BasicKind::UntypedComplex => (16, 8),
                BasicKind::String | BasicKind::UntypedString => (16, 8),
                _ => (8, 8),
            },
            TypeKind::Slice(_) => (24, 8),
            TypeKind::Interface { .. } => (16, 8),
            TypeKind::Array(e, n) => {
                let (s, a) = self.size_align_depth(*e, depth + 1);
                (s.saturating_mul(*n), a)
            }
            TypeKind::Struct(fields) => {
                let mut off = 0u64;
                let mut align = 1u64;
                for f in fields {
                    let (s, a) = self.size_align_depth(f.ty, depth + 1);
                    off = off.div_ceil(a) * a + s;
                    align = align.max(a);
                }
                // A final zero-size field gets one byte, so its address stays inside the struct.
                if let Some(last) = fields.last() {
                    if self.size_align_depth(last.ty, depth + 1).0 == 0 && off > 0 {
                        off += 1;
                    }
                }
                (off.div_ceil(align) * align, align)
            }
            _ => (8, 8),
        }
    }

    /// Byte offset of field `index` in struct type `ty` (gc's `unsafe.Offsetof`).
    pub fn field_offset(&self, ty: TypeId, index: usize) -> u64 {
        let TypeKind::Struct(fields) = self.under_kind(ty) else {
            return 0;
        };
        let mut off = 0u64;
        for (i, f) in fields.iter().enumerate() {
            let (s, a) = self.size_align(f.ty);
            off = off.div_ceil(a) * a;
            if i == index {
                return off;
            }
            off += s;
        }
        off
    }
}
