//! Type checker: resolves names, computes the type of every expression and
//! reports gc's errors. Its output, [`Info`], is what codegen reads.
//!
//! The model is go/types': objects (`Object`) for every declared entity,
//! and side tables keyed by `ExprId` for types, constant values, uses and
//! definitions of identifiers, and selector resolutions.
//!
//! Layout: `mod.rs` holds the [`Checker`] state, scopes and the universe;
//! `decl.rs` package-level declarations, methods and initialization order;
//! `typexpr.rs` type expressions; `expr.rs` operands, untyped constants and
//! operators; `selector.rs` selectors, indexing and slicing; `complit.rs`
//! composite literals; `call.rs` calls, conversions and builtins;
//! `stmt.rs` function bodies and statements; `assign.rs` assignments and
//! local declarations; `flow.rs` terminating statements and `goto` rules;
//! `exprstring.rs` gc's rendering of expressions in messages.
//!
//! Invariant: every error is reported once, at gc's position, and an
//! operand that failed (`OpMode::Invalid`, or of the invalid type) never
//! produces a second error.
//! Boundary: the checker never panics on any tree the parser produces;
//! recursion is bounded by `MAX_DEPTH` (on top of the parser's nesting limit).

pub mod info;
pub use info::*;

mod assign;
mod call;
mod complit;
mod decl;
mod expr;
mod exprstring;
mod flow;
pub mod fxhash;
mod reach;
mod selector;
mod stmt;
mod typexpr;

use crate::ast::{self, ExprId, Span};
use crate::constant::ConstValue;
use crate::source::{Diagnostic, SourceMap};
use crate::types::{BasicKind, ObjId, TypeId, TypeKind, TypeTable};
use fxhash::{HashMap, HashSet};
use std::rc::Rc;

pub use decl::check_package;

/// Nesting depth beyond which expressions and types are rejected instead of
/// recursed into, so that no input can overflow the stack.
const MAX_DEPTH: u32 = 2000;

/// One lexical scope inside a function (or the function's outermost scope).
#[derive(Default)]
struct Scope {
    names: HashMap<Rc<str>, ObjId>,
}

/// The function being checked: what `return` must produce and who owns new locals.
struct FuncCtx {
    func: FuncRef,
    /// Result types.
    results: Vec<TypeId>,
    /// Named result objects (empty when results are unnamed).
    named_results: Vec<ObjId>,
}

/// Per-package declaration state for the lazy, cycle-detecting checking of
/// package-level objects (go/types' `objDecl` with its color marks).
#[derive(Clone, Copy, PartialEq, Eq)]
enum DeclState {
    Unchecked,
    InProgress,
    Done,
}

/// Operand mode, like `Mode` plus `Invalid` for expressions with errors.
#[derive(Clone, Debug, PartialEq)]
enum OpMode {
    Invalid,
    NoValue,
    Builtin(Builtin),
    Type,
    Const(ConstValue),
    Variable,
    MapIndex,
    Value,
    CommaOk,
}

/// The result of checking an expression.
#[derive(Clone, Debug)]
struct Operand {
    mode: OpMode,
    ty: TypeId,
}

impl Operand {
    fn invalid() -> Operand {
        Operand {
            mode: OpMode::Invalid,
            ty: TypeId(0),
        }
    }
    fn value(ty: TypeId) -> Operand {
        Operand {
            mode: OpMode::Value,
            ty,
        }
    }
    fn is_invalid(&self) -> bool {
        self.mode == OpMode::Invalid
    }
    fn const_val(&self) -> Option<&ConstValue> {
        match &self.mode {
            OpMode::Const(v) => Some(v),
            _ => None,
        }
    }
}

/// The checker for one program; packages are checked one after the other
/// into the same [`Info`].
pub struct Checker<'a> {
    pub info: Info,
    /// A declared type as the program spelled it (`byte`, `[]rune`), while checking the
    /// initializers of that declaration: gc names aliases as written in its messages.
    spelled_type: Option<(TypeId, String)>,
    sources: &'a SourceMap,
    pub diagnostics: Vec<Diagnostic>,
    /// Errors gc's parser reports before type checking (labels, branches,
    /// fallthrough placement); they come first in report order.
    pub early_diagnostics: Vec<Diagnostic>,
    /// Errors gc reports after type checking (`missing function body`);
    /// shown only when there are no others.
    pub late_diagnostics: Vec<Diagnostic>,
    /// Errors of function literals in package-level declarations, by
    /// declaration, reported with the function bodies (gc's order).
    held_lit_diagnostics: HashMap<ObjId, Vec<Diagnostic>>,
    /// Universe scope.
    universe: HashMap<Rc<str>, ObjId>,
    // Per-package state.
    pkg: u32,
    pkg_path: Rc<str>,
    /// Whether this package may use `__` identifiers and bodiless functions (a std package).
    is_std: bool,
    /// Check every std body even when nothing reaches it (an interactive session, whose
    /// later inputs must find earlier compiled functions unchanged).
    pub eager_std_bodies: bool,
    pkg_scope: HashMap<Rc<str>, ObjId>,
    /// Import scope of each file, by file position in the package.
    file_scopes: Vec<HashMap<Rc<str>, ObjId>>,
    current_file: usize,
    decl_state: HashMap<ObjId, DeclState>,
    decls: HashMap<ObjId, decl::DeclRef<'a>>,
    /// Package-level objects each package-level object refers to (for initialization order).
    deps: HashMap<ObjId, Vec<ObjId>>,
    /// The package-level object whose declaration (or body) is being checked.
    current_decl: Option<ObjId>,
    /// Package names that were used (for `imported and not used`).
    used_pkgnames: HashSet<ObjId>,
    // Per-function state.
    scopes: Vec<Scope>,
    funcs: Vec<FuncCtx>,
    used_vars: HashSet<ObjId>,
    /// Local variables declared in the current function tree, to report unused ones.
    local_vars: Vec<ObjId>,
    /// Value of `iota` while checking a constant declaration.
    iota: Option<ConstValue>,
    /// Expressions recorded with an untyped type that may still need their default type.
    untyped_exprs: Vec<ExprId>,
    /// True while checking a constant declaration (its expressions stay untyped).
    in_const_decl: bool,
    depth: u32,
    /// Map from package path to its package index (packages checked so far).
    pub package_index: HashMap<Rc<str>, u32>,
    /// Objects of all checked packages' scopes, by package index.
    package_scopes: Vec<HashMap<Rc<str>, ObjId>>,
    /// Labels of the current function: name -> (object, used).
    labels: Vec<HashMap<Rc<str>, (ObjId, bool)>>,
    /// Enclosing breakable statements of the current function.
    flow: Vec<stmt::Flow>,
    /// Map key types whose underlying type was not known yet when seen.
    delayed_map_keys: Vec<(TypeId, Span)>,
    /// Package-level objects whose declarations are being checked, outermost first.
    decl_path: Vec<ObjId>,
    /// Named types whose right side was a named type still being declared: (named, rhs, type name).
    pending_underlying: Vec<(TypeId, TypeId, ObjId)>,
    /// Std function bodies checked only when reached (see `reach.rs`).
    reach: reach::Reachability<'a>,
}

impl<'a> Checker<'a> {
    pub fn new(sources: &'a SourceMap) -> Checker<'a> {
        let mut c = Checker {
            info: Info::default(),
            spelled_type: None,
            sources,
            diagnostics: Vec::new(),
            early_diagnostics: Vec::new(),
            late_diagnostics: Vec::new(),
            held_lit_diagnostics: HashMap::default(),
            universe: HashMap::default(),
            pkg: 0,
            pkg_path: Rc::from(""),
            is_std: false,
            eager_std_bodies: false,
            pkg_scope: HashMap::default(),
            file_scopes: Vec::new(),
            current_file: 0,
            decl_state: HashMap::default(),
            decls: HashMap::default(),
            deps: HashMap::default(),
            current_decl: None,
            used_pkgnames: HashSet::default(),
            scopes: Vec::new(),
            funcs: Vec::new(),
            used_vars: HashSet::default(),
            local_vars: Vec::new(),
            iota: None,
            untyped_exprs: Vec::new(),
            in_const_decl: false,
            depth: 0,
            package_index: HashMap::default(),
            package_scopes: Vec::new(),
            labels: Vec::new(),
            flow: Vec::new(),
            pending_underlying: Vec::new(),
            decl_path: Vec::new(),
            delayed_map_keys: Vec::new(),
            reach: reach::Reachability::default(),
        };
        c.init_universe();
        c
    }

    fn init_universe(&mut self) {
        use BasicKind::*;
        let basics: [(&str, BasicKind); 20] = [
            ("bool", Bool),
            ("int", Int),
            ("int8", Int8),
            ("int16", Int16),
            ("int32", Int32),
            ("int64", Int64),
            ("uint", Uint),
            ("uint8", Uint8),
            ("uint16", Uint16),
            ("uint32", Uint32),
            ("uint64", Uint64),
            ("uintptr", Uintptr),
            ("float32", Float32),
            ("float64", Float64),
            ("complex64", Complex64),
            ("complex128", Complex128),
            ("string", String),
            ("byte", Uint8),
            ("rune", Int32),
            ("__unsafe_pointer", UnsafePointer),
        ];
        for (name, kind) in basics {
            let ty = self.info.types.basic(kind);
            self.universe_obj(name, ObjKind::TypeName, ty);
        }
        // error: a named interface type with `Error() string`.
        let string = self.info.types.basic(String);
        let err_sig = self
            .info
            .types
            .intern(TypeKind::Func(crate::types::Signature {
                params: vec![],
                results: vec![string],
                variadic: false,
            }));
        let err_iface = self.info.types.intern(TypeKind::Interface {
            methods: vec![crate::types::InterfaceMethod {
                name: Rc::from("Error"),
                sig: err_sig,
            }],
            is_comparable_constraint: false,
        });
        let error = self
            .info
            .types
            .new_named(Rc::from("error"), Rc::from(""), None);
        self.info.types.named.last_mut().unwrap().underlying = err_iface;
        let eobj = self.universe_obj("error", ObjKind::TypeName, error);
        self.info.types.named.last_mut().unwrap().obj = Some(eobj);
        let any = self.info.types.intern(TypeKind::Interface {
            methods: vec![],
            is_comparable_constraint: false,
        });
        self.universe_obj("any", ObjKind::TypeName, any);
        let comparable = self.info.types.intern(TypeKind::Interface {
            methods: vec![],
            is_comparable_constraint: true,
        });
        self.universe_obj("comparable", ObjKind::TypeName, comparable);
        let ub = self.info.types.basic(UntypedBool);
        self.universe_obj("true", ObjKind::Const(ConstValue::Bool(true)), ub);
        self.universe_obj("false", ObjKind::Const(ConstValue::Bool(false)), ub);
        let ui = self.info.types.basic(UntypedInt);
        self.universe_obj("iota", ObjKind::Const(ConstValue::int(0)), ui);
        let un = self.info.types.basic(UntypedNil);
        self.universe_obj("nil", ObjKind::Nil, un);
        use Builtin as B;
        for (name, b) in [
            ("append", B::Append),
            ("cap", B::Cap),
            ("clear", B::Clear),
            ("close", B::Close),
            ("complex", B::Complex),
            ("copy", B::Copy),
            ("delete", B::Delete),
            ("imag", B::Imag),
            ("len", B::Len),
            ("make", B::Make),
            ("max", B::Max),
            ("min", B::Min),
            ("new", B::New),
            ("panic", B::Panic),
            ("print", B::Print),
            ("println", B::Println),
            ("real", B::Real),
            ("recover", B::Recover),
        ] {
            self.universe_obj(name, ObjKind::Builtin(b), TypeId(0));
        }
    }

    fn universe_obj(&mut self, name: &str, kind: ObjKind, ty: TypeId) -> ObjId {
        let id = self.new_object(Object {
            name: Rc::from(name),
            kind,
            ty,
            span: Span::default(),
            package: u32::MAX,
        });
        self.universe.insert(Rc::from(name), id);
        id
    }

    fn new_object(&mut self, obj: Object) -> ObjId {
        let id = ObjId(self.info.objects.len() as u32);
        self.info.objects.push(obj);
        id
    }

    fn obj(&self, id: ObjId) -> &Object {
        &self.info.objects[id.0 as usize]
    }

    fn error(&mut self, span: Span, msg: impl Into<String>) {
        self.diagnostics.push(Diagnostic::new(span, msg));
    }

    /// A branch or label error (reported by gc's parser, so before type errors).
    fn early_error(&mut self, span: Span, msg: impl Into<String>) {
        self.early_diagnostics.push(Diagnostic::new(span, msg));
    }

    fn types(&self) -> &TypeTable {
        &self.info.types
    }

    /// gc's rendering of a type in this package's messages.
    fn ts(&self, t: TypeId) -> String {
        if let Some((spelled, text)) = &self.spelled_type {
            if *spelled == t {
                return text.clone();
            }
        }
        self.info.types.type_string_rel(t, &self.pkg_path)
    }

    /// The spelling to remember for a declared type expression: only when it names the
    /// `byte` or `rune` aliases, the one place where the text differs from the type's name.
    fn alias_spelling(
        &self,
        ty_expr: Option<&crate::ast::Expr>,
        t: Option<TypeId>,
    ) -> Option<(TypeId, String)> {
        let (e, t) = (ty_expr?, t?);
        let text = self.expr_str(e);
        let mentions_alias = text
            .split(|c: char| !c.is_alphanumeric() && c != '_')
            .any(|w| w == "byte" || w == "rune");
        mentions_alias.then_some((t, text))
    }

    fn basic(&self, k: BasicKind) -> TypeId {
        self.info.types.basic(k)
    }

    /// Source text of a span (expressions in messages).
    fn text(&self, span: Span) -> String {
        let fi = self.sources.file_index_of(span.lo);
        let f = self.sources.file(fi);
        let lo = (span.lo - f.base) as usize;
        let hi = ((span.hi.max(span.lo)) - f.base) as usize;
        f.text
            .get(lo..hi.min(f.text.len()))
            .unwrap_or("")
            .to_string()
    }

    // Scopes.

    fn push_scope(&mut self) {
        self.scopes.push(Scope::default());
    }

    fn pop_scope(&mut self) {
        self.scopes.pop();
    }

    /// Declares `name` in the innermost scope, reporting a redeclaration.
    fn declare_local(&mut self, ident: &ast::Ident, obj: ObjId) {
        self.info.defs.insert(ident.id, obj);
        if &*ident.name == "_" {
            return;
        }
        let scope = self.scopes.last_mut().unwrap();
        if let Some(prev) = scope.names.insert(ident.name.clone(), obj) {
            let prev_span = self.obj(prev).span;
            let msg = format!(
                "{} redeclared in this block\n\t{}: other declaration of {}",
                ident.name,
                self.sources.describe(prev_span),
                ident.name
            );
            self.error(ident.span, msg);
        }
    }

    /// Resolves a name through local scopes, the file's imports, the package and the universe.
    fn lookup(&self, name: &str) -> Option<ObjId> {
        for s in self.scopes.iter().rev() {
            if let Some(o) = s.names.get(name) {
                return Some(*o);
            }
        }
        if let Some(o) = self.pkg_scope.get(name) {
            return Some(*o);
        }
        if let Some(fs) = self.file_scopes.get(self.current_file) {
            if let Some(o) = fs.get(name) {
                return Some(*o);
            }
        }
        self.universe.get(name).copied()
    }

    /// A new local variable owned by the current function.
    fn new_local_var(&mut self, ident: &ast::Ident, ty: TypeId, param: bool) -> ObjId {
        let owner = self.funcs.last().map(|f| f.func);
        let id = self.new_object(Object {
            name: ident.name.clone(),
            kind: ObjKind::Var(VarInfo {
                param,
                owner,
                ..Default::default()
            }),
            ty,
            span: ident.span,
            package: self.pkg,
        });
        if !param && &*ident.name != "_" {
            self.local_vars.push(id);
        }
        id
    }

    fn var_info_mut(&mut self, id: ObjId) -> Option<&mut VarInfo> {
        match &mut self.info.objects[id.0 as usize].kind {
            ObjKind::Var(v) => Some(v),
            _ => None,
        }
    }

    /// Notes that the current function uses variable `id`; if it belongs to
    /// an enclosing function, it is captured by every literal in between.
    fn note_var_use(&mut self, id: ObjId) {
        let owner = match &self.obj(id).kind {
            ObjKind::Var(v) if !v.global => v.owner,
            _ => return,
        };
        let Some(owner) = owner else { return };
        let mut captured = false;
        for f in self.funcs.iter().rev() {
            if f.func == owner {
                break;
            }
            if let FuncRef::Lit(lit) = f.func {
                let list = self.info.captures.entry(lit).or_default();
                if !list.contains(&id) {
                    list.push(id);
                }
                captured = true;
            }
        }
        if captured {
            if let Some(v) = self.var_info_mut(id) {
                v.captured = true;
            }
        }
    }

    /// Records that the current package-level declaration depends on `obj`.
    fn add_dep(&mut self, obj: ObjId) {
        if let Some(cur) = self.current_decl {
            if self.obj(obj).package == self.pkg && self.decls.contains_key(&obj) {
                let list = self.deps.entry(cur).or_default();
                if !list.contains(&obj) {
                    list.push(obj);
                }
            }
        }
    }

    fn record(&mut self, e: &ast::Expr, x: &Operand) {
        let mode = match &x.mode {
            OpMode::Invalid => return,
            OpMode::NoValue => Mode::NoValue,
            OpMode::Builtin(b) => Mode::Builtin(*b),
            OpMode::Type => Mode::Type,
            OpMode::Const(v) => Mode::Const(v.clone()),
            OpMode::Variable => Mode::Variable,
            OpMode::MapIndex => Mode::MapIndex,
            OpMode::Value => Mode::Value,
            OpMode::CommaOk => Mode::CommaOk,
        };
        if self.info.types.is_untyped(x.ty) && !self.in_const_decl {
            self.untyped_exprs.push(e.id);
        }
        self.info.exprs.insert(e.id, TypeAndMode { ty: x.ty, mode });
    }
}
