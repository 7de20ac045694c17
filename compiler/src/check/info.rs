//! The checker's results, read by codegen: objects, packages, and per-expression tables.
//!
//! # Promises to codegen
//!
//! These hold for every program that `driver::check_program` accepts:
//!
//! - Every expression the program evaluates has an entry in [`Info::exprs`],
//!   and so does every type expression (with [`Mode::Type`]).
//! - No evaluated expression has an untyped type, except the predeclared
//!   `nil` where no type applies and sub-expressions of a constant (see
//!   below). Untyped constants carry their final type from context, the way
//!   go/types updates untyped expressions: `var x float64 = 1` records `1`
//!   as `float64`, `x := 1` as `int`, arguments passed to interface
//!   parameters (`fmt.Println(1)`) and to `print`/`println` get their
//!   default type, the untyped operand of a non-constant shift `1 << s`
//!   takes the type the shift is used as.
//! - A [`Mode::Const`] expression's value is representable in its recorded
//!   type and already rounded to it (float32/float64/complex); an integer
//!   value may stay `ConstValue::Int` for a float type. Codegen should emit
//!   the value and never descend into the operands of a constant expression:
//!   those keep their untyped (or default) type and their own values.
//! - Untyped `nil` is recorded with the type it is used as: the variable's
//!   type in `var p *T = nil`, the other operand's type in `x == nil`, the
//!   parameter type in `f(nil)`, the result type in `return nil`, the
//!   target in `(*T)(nil)`.
//! - A comparison records `bool` (or the named boolean type it is assigned to).
//! - Comma-ok forms (`v, ok := m[k]`, `x.(T)`, `<-ch`) record the
//!   expression with its single value type and mode `MapIndex`/`CommaOk`;
//!   codegen recognises the two-value form from the statement shape (two
//!   left-hand sides, one right-hand side).
//! - A call with no results records mode `NoValue` and an empty `Tuple`
//!   type; a call with several results records a `Tuple` type. A builtin's
//!   name records `Mode::Builtin` with the invalid type.
//! - A call whose only argument is a multi-value call spreads its results
//!   over the parameters (`f(g())`, also for `append`, `copy`, `delete`,
//!   `complex`, `min`, `max`, `print`, `println`): the argument records its
//!   `Tuple` type.
//! - Implicit conversions are not recorded as nodes: when a value is
//!   assigned, passed, returned or sent to a different type (a concrete
//!   value into an interface, a bidirectional channel into a directional
//!   one), the expression keeps its own type and codegen compares it with
//!   the target's.
//! - Conversions `T(x)` are `Call` expressions whose `func` records
//!   `Mode::Type`.
//! - In a keyed struct literal `T{X: v}` the key `X` is a field name, not an
//!   expression: it has no entry in `exprs` or `uses`; its field is found by
//!   name in the struct type. Array/slice index keys and map keys are
//!   ordinary (recorded) expressions.
//! - An elided composite literal type (`[]T{{1, 2}}`, `map[K]*T{k: {..}}`)
//!   records the element type on the inner `CompositeLit` (for `*T`
//!   elements: the pointer type, meaning `&T{..}`). `[...]T{..}` records
//!   its final array type on both the literal and its type expression.
//! - `for i := range n` over an integer records `n` with its (defaulted)
//!   integer type; the iteration variables' types are their objects' types.

use super::fxhash::{HashMap, HashSet};
use crate::ast::{ExprId, Span};
use crate::constant::ConstValue;
use crate::types::{ObjId, TypeId, TypeTable};
use std::rc::Rc;

/// Builtin functions of the universe scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    /// `unsafe.Sizeof`, `unsafe.Alignof`, `unsafe.Offsetof`: constants of type uintptr.
    Sizeof,
    Alignof,
    Offsetof,
}

#[derive(Clone, Debug)]
pub enum ObjKind {
    /// A variable: package-level, local, parameter, named result, or receiver.
    Var(VarInfo),
    Const(ConstValue),
    TypeName,
    /// A declared function or method. Methods have `recv` set.
    Func(FuncInfo),
    /// An imported package name in a file scope; the value is the import path.
    PkgName(Rc<str>),
    Builtin(Builtin),
    /// The predeclared `nil`.
    Nil,
    Label,
}

#[derive(Clone, Debug, Default)]
pub struct VarInfo {
    /// Declared at package level (a global).
    pub global: bool,
    /// Captured by a closure (function literal) other than the declaring function.
    pub captured: bool,
    /// Its address is taken (`&x`, or implicitly by a pointer-receiver method call `x.M()` / method value on an addressable var).
    pub address_taken: bool,
    /// A parameter, result or receiver of the function `owner`.
    pub param: bool,
    /// Assigned after its declaration (`=`, `op=`, `++`/`--`, a range clause's `=`).
    pub reassigned: bool,
    /// Declared as a struct field (objects are not made for fields; reserved).
    pub field: bool,
    /// The function (FuncDecl or FuncLit) that declares it; `None` for globals.
    /// Parameters, results and receivers are owned by their function;
    /// type-switch clause variables by the function containing the switch.
    pub owner: Option<FuncRef>,
}

/// A function body: a declared function/method or a function literal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FuncRef {
    /// The declaring object of a FuncDecl.
    Decl(ObjId),
    /// A function literal, by the ExprId of its `FuncLit` expression.
    Lit(ExprId),
}

#[derive(Clone, Debug)]
pub struct FuncInfo {
    /// Receiver base named type, for methods.
    pub recv: Option<TypeId>,
    pub pointer_recv: bool,
    /// Package index in `Info::packages`.
    pub package: u32,
    /// Index of the declaration in `Info::packages[package].files[file].decls`: (file, decl).
    pub decl: (u32, u32),
    /// No body: bound to a native function named `pkgpath.Name` (or `pkgpath.Type.Method`).
    /// Only standard-library packages may have these; in `main` a missing body is an error.
    pub native: bool,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub name: Rc<str>,
    pub kind: ObjKind,
    /// Type of the entity (for a TypeName: the named type itself; Invalid for packages, labels, builtins).
    /// A function's or method's type is its signature without the receiver.
    /// An alias's TypeName has the aliased type.
    pub ty: TypeId,
    /// Where it is declared (`Span::default()` for universe objects).
    pub span: Span,
    /// Package index, `u32::MAX` for universe objects.
    pub package: u32,
}

/// How an expression can be used, recorded for every checked expression.
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    /// A value that is not addressable.
    Value,
    /// An addressable variable (or field/element of one): can be assigned and have its address taken.
    Variable,
    /// A map index expression `m[k]` (assignable, not addressable; comma-ok capable).
    MapIndex,
    /// A constant with its exact value (already converted to the expression's type, if typed).
    Const(ConstValue),
    /// The expression denotes a type.
    Type,
    /// A builtin function name.
    Builtin(Builtin),
    /// A call with no results.
    NoValue,
    /// A value usable in a comma-ok form (`v, ok := m[k]` / `x.(T)` / `<-ch`).
    CommaOk,
}

#[derive(Clone, Debug)]
pub struct TypeAndMode {
    pub ty: TypeId,
    pub mode: Mode,
}

/// What a selector expression `x.f` denotes (not recorded for qualified identifiers `pkg.Name`,
/// which appear in `uses` on the selector's identifier instead).
#[derive(Clone, Debug)]
pub struct Selection {
    pub kind: SelectionKind,
    /// Field indices to follow through embedded fields, last element the field or method owner:
    /// for a field `x.f` found in embedded `x.E.f`, `[index of E, index of f]`.
    /// For a method, the path goes through embedded fields to the receiver and does not include the method.
    pub path: Vec<u32>,
    /// For each step of `path`, whether that step dereferences a pointer first
    /// (x is a pointer, or an embedded field is a pointer).
    pub indirect: Vec<bool>,
    /// The method's function object (concrete methods), or `None` for interface methods and fields.
    pub method: Option<ObjId>,
    /// The method name (methods only).
    pub method_name: Option<Rc<str>>,
    /// For a concrete method: the receiver expression (after following `path`) must be
    /// addressed (`&x`) because the method has a pointer receiver and x is a value,
    /// or dereferenced (`*x`) because x is a pointer and the method has a value receiver.
    pub recv_adjust: RecvAdjust,
    /// Type of the selector expression (field type, or method value's func type).
    pub ty: TypeId,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelectionKind {
    /// `x.f`, a struct field.
    Field,
    /// `x.m`, a method of a concrete or interface type (method value when not called).
    MethodVal,
    /// `T.m` / `(*T).m`, a method expression.
    MethodExpr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecvAdjust {
    None,
    /// Take the address of the receiver (value is addressable; pointer method).
    AddrOf,
    /// Dereference the pointer receiver (value method called through a pointer).
    Deref,
}

/// One checked package.
#[derive(Clone, Debug)]
pub struct PackageInfo {
    /// Import path (`main` for the main package).
    pub path: Rc<str>,
    pub name: Rc<str>,
    /// Parsed files, in the order given.
    pub files: Vec<crate::ast::File>,
    /// Package-level variables in initialization order (dependency order, as the spec says),
    /// each with the index of its declaring ValueSpec as (file, decl, spec).
    /// Only variables with an initializer appear (the others are zero values);
    /// `var _ = f()` appears with a `None` left side so that `f` still runs.
    pub var_init_order: Vec<VarInit>,
    /// `init` functions in source order (they are not in `scope`).
    pub inits: Vec<ObjId>,
    /// Package-scope objects by name (not methods, `init` or `_`).
    pub scope: HashMap<Rc<str>, ObjId>,
}

/// One package-level initialization: `lhs = rhs` where rhs is a single expression
/// (lhs may have several variables for a multi-value rhs like `a, b = f()`).
#[derive(Clone, Debug)]
pub struct VarInit {
    /// `None` entries stand for `_`.
    pub lhs: Vec<Option<ObjId>>,
    pub rhs: ExprId,
}

/// Everything codegen needs.
#[derive(Debug, Default)]
pub struct Info {
    pub types: TypeTable,
    pub objects: Vec<Object>,
    /// Packages in dependency order: every package comes after the packages it imports; `main` last.
    pub packages: Vec<PackageInfo>,
    /// Type and mode of every checked expression (including identifiers used as expressions).
    pub exprs: HashMap<ExprId, TypeAndMode>,
    /// Identifier uses: ident id (`Ident::id`) -> object. Includes package
    /// names and the member of a qualified identifier `pkg.Name` (keyed by the
    /// selector's `Ident`), labels used by break/continue/goto, the receiver
    /// base type name of a method, `nil`, builtins, and variables assigned to.
    pub uses: HashMap<ExprId, ObjId>,
    /// Identifier definitions: ident id -> the object it declares (vars, consts, types, funcs, labels, params).
    /// A `:=` that redeclares an existing variable records it in `uses` instead.
    /// The blank identifier `_` has no entry. A type switch's `v :=` binding has
    /// no entry either: its per-clause variables are in `implicits`.
    pub defs: HashMap<ExprId, ObjId>,
    /// Selector expressions (by the `Selector` expr's id) that are fields or methods.
    /// Method values `x.M` (called or not) are `MethodVal`; `T.M`/`(*T).M` are `MethodExpr`
    /// whose type has the receiver as first parameter.
    pub selections: HashMap<ExprId, Selection>,
    /// Type switch case clauses: the variable declared for the clause, keyed by the clause's
    /// span start (`CaseClause::span.lo`), when the switch has a `v :=` binding.
    pub implicits: HashMap<u32, ObjId>,
    /// Function literal expr id -> the variables it captures from enclosing functions
    /// (directly or because a nested literal captures them), in first-use order.
    /// Every function literal has an entry (possibly empty). Captured variables
    /// have `VarInfo::captured` set.
    pub captures: HashMap<ExprId, Vec<ObjId>>,
    /// The `main.main` function object.
    pub main_func: Option<ObjId>,
    /// Standard-library functions and methods whose bodies nothing reaches: they were
    /// not type-checked and codegen leaves them empty (see `check/reach.rs`).
    pub unchecked_bodies: HashSet<ObjId>,
}

impl Info {
    pub fn obj(&self, id: ObjId) -> &Object {
        &self.objects[id.0 as usize]
    }
    pub fn type_of(&self, e: ExprId) -> TypeId {
        self.exprs.get(&e).map(|t| t.ty).unwrap_or(TypeId(0))
    }
}
