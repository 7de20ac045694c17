//! Type expressions: names, literals of composite types, signatures and interfaces.

use super::*;
use crate::ast::{Expr, ExprKind, Field, FuncType, InterfaceElem};
use crate::types::{InterfaceMethod, Signature, StructField};

impl<'a> Checker<'a> {
    /// Checks `e` as a type and records it with `Mode::Type`. Returns the
    /// invalid type (id 0) after reporting an error.
    pub(super) fn type_expr(&mut self, e: &Expr) -> TypeId {
        if self.depth > MAX_DEPTH {
            self.error(e.span, "type expression nested too deeply");
            return TypeId(0);
        }
        self.depth += 1;
        let t = self.type_expr_inner(e);
        self.depth -= 1;
        if !self.types().is_invalid(t) {
            self.info.exprs.insert(
                e.id,
                TypeAndMode {
                    ty: t,
                    mode: Mode::Type,
                },
            );
        }
        t
    }

    fn type_expr_inner(&mut self, e: &Expr) -> TypeId {
        match &e.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => {
                // A value name used as a type is an error even when its own
                // declaration is still in progress (`func foo(x foo)`).
                if let ExprKind::Ident(id) = &e.kind {
                    if let Some(o) = self.lookup(&id.name) {
                        if matches!(
                            self.obj(o).kind,
                            ObjKind::Var(_)
                                | ObjKind::Const(_)
                                | ObjKind::Func(_)
                                | ObjKind::Builtin(_)
                                | ObjKind::Nil
                        ) {
                            self.info.uses.insert(id.id, o);
                            if let ObjKind::Var(_) = self.obj(o).kind {
                                self.used_vars.insert(o);
                            }
                            let msg = format!("{} is not a type", id.name);
                            self.error(e.span, msg);
                            return TypeId(0);
                        }
                    }
                }
                let x = self.expr_or_type(e);
                match x.mode {
                    OpMode::Type => x.ty,
                    OpMode::Invalid => TypeId(0),
                    _ => {
                        let msg = format!("{} is not a type", self.expr_str(e));
                        self.error(e.span, msg);
                        TypeId(0)
                    }
                }
            }
            ExprKind::Paren(x) => self.type_expr(x),
            ExprKind::Star(x) => {
                let b = self.type_expr(x);
                if self.types().is_invalid(b) {
                    return b;
                }
                self.info.types.intern(TypeKind::Pointer(b))
            }
            ExprKind::ArrayType {
                len: Some(len),
                elem,
            } => {
                let n = self.array_length(len);
                let el = self.type_expr(elem);
                match n {
                    Some(n) if !self.types().is_invalid(el) => {
                        self.info.types.intern(TypeKind::Array(el, n))
                    }
                    _ => TypeId(0),
                }
            }
            ExprKind::ArrayType { len: None, elem } => {
                self.type_expr(elem);
                self.error(
                    e.span,
                    "invalid use of [...] array (outside a composite literal)",
                );
                TypeId(0)
            }
            ExprKind::SliceType(elem) => {
                let el = self.type_expr(elem);
                if self.types().is_invalid(el) {
                    return el;
                }
                self.info.types.intern(TypeKind::Slice(el))
            }
            ExprKind::MapType(k, v) => {
                let kt = self.type_expr(k);
                let vt = self.type_expr(v);
                if self.types().is_invalid(kt) || self.types().is_invalid(vt) {
                    return TypeId(0);
                }
                // The key's underlying type may not be known yet for a type in progress.
                let under_known = !self.types().is_invalid(self.types().underlying(kt));
                if !under_known {
                    // Checked once the declarations are complete (`type S struct{ m map[S]int }`).
                    self.delayed_map_keys.push((kt, k.span));
                }
                if under_known && !self.types().comparable(kt) {
                    let msg = format!("invalid map key type {}", self.ts(kt));
                    self.error(k.span, msg);
                    return TypeId(0);
                }
                self.info.types.intern(TypeKind::Map(kt, vt))
            }
            ExprKind::ChanType(dir, elem) => {
                let el = self.type_expr(elem);
                if self.types().is_invalid(el) {
                    return el;
                }
                self.info.types.intern(TypeKind::Chan(*dir, el))
            }
            ExprKind::FuncType(ft) => self.func_type(ft, None),
            ExprKind::StructType(fields) => self.struct_type(fields),
            ExprKind::InterfaceType(elems) => self.interface_type(elems),
            ExprKind::Index(x, _) => {
                self.expr_or_type(x);
                self.error(
                    e.span,
                    format!(
                        "generic type {} not yet supported in Weft",
                        self.expr_str(x)
                    ),
                );
                TypeId(0)
            }
            ExprKind::Ellipsis(_) => {
                self.error(e.span, "invalid use of ...");
                TypeId(0)
            }
            ExprKind::Bad => TypeId(0),
            _ => {
                let msg = format!("{} is not a type", self.expr_str(e));
                self.error(e.span, msg);
                TypeId(0)
            }
        }
    }

    fn array_length(&mut self, len: &Expr) -> Option<u64> {
        let x = self.expr(len);
        if x.is_invalid() {
            return None;
        }
        match &x.mode {
            OpMode::Const(v) => {
                let k = self.types().basic_kind(x.ty);
                if !k.is_some_and(|k| {
                    k.is_integer()
                        || k.is_untyped()
                            && k != BasicKind::UntypedString
                            && k != BasicKind::UntypedBool
                }) {
                    let msg = format!(
                        "array length {} must be integer",
                        self.operand_string(len, &x)
                    );
                    self.error(len.span, msg);
                    return None;
                }
                match v.to_int() {
                    Some(i) => match u64::try_from(&i) {
                        Ok(n) if n < (1u64 << 50) => {
                            let t = if self.types().is_untyped(x.ty) {
                                self.basic(BasicKind::Int)
                            } else {
                                x.ty
                            };
                            self.convert_untyped(&mut x.clone(), len, t);
                            Some(n)
                        }
                        _ => {
                            let msg =
                                format!("invalid array length {}", self.operand_string(len, &x));
                            self.error(len.span, msg);
                            None
                        }
                    },
                    None => {
                        let msg = format!(
                            "array length {} must be integer",
                            self.operand_string(len, &x)
                        );
                        self.error(len.span, msg);
                        None
                    }
                }
            }
            _ => {
                let msg = format!(
                    "array length {} must be constant",
                    self.operand_string(len, &x)
                );
                self.error(len.span, msg);
                None
            }
        }
    }

    /// The signature type of a function type. Records parameter type expressions
    /// (func bodies later read them back to declare the parameters).
    pub(super) fn func_type(&mut self, ft: &FuncType, _recv: Option<&Field>) -> TypeId {
        // Parameter and result names share one block.
        let mut seen: HashMap<Rc<str>, Span> = HashMap::default();
        for n in ft
            .params
            .iter()
            .chain(ft.results.iter())
            .flat_map(|f| f.names.iter())
        {
            if &*n.name == "_" {
                continue;
            }
            if let Some(prev) = seen.get(&n.name) {
                let msg = format!(
                    "{} redeclared in this block\n\t{}: other declaration of {}",
                    n.name,
                    self.sources.describe(*prev),
                    n.name
                );
                self.error(n.span, msg);
            } else {
                seen.insert(n.name.clone(), n.span);
            }
        }
        let mut params = Vec::new();
        let mut variadic = false;
        for (i, f) in ft.params.iter().enumerate() {
            let mut t = self.type_expr(&f.ty);
            if f.variadic {
                if i + 1 != ft.params.len() || f.names.len() > 1 {
                    // gc reports at the `...`, just before the type.
                    let at = Span::new(f.ty.span.lo.saturating_sub(3), f.ty.span.lo);
                    self.error(at, "can only use ... with final parameter in list");
                } else {
                    variadic = true;
                }
                t = self.info.types.intern(TypeKind::Slice(t));
            }
            for _ in 0..f.names.len().max(1) {
                params.push(t);
            }
        }
        let mut results = Vec::new();
        for f in &ft.results {
            let t = self.type_expr(&f.ty);
            for _ in 0..f.names.len().max(1) {
                results.push(t);
            }
        }
        self.info.types.intern(TypeKind::Func(Signature {
            params,
            results,
            variadic,
        }))
    }

    fn struct_type(&mut self, fields: &[Field]) -> TypeId {
        let mut out: Vec<StructField> = Vec::new();
        let mut seen: HashMap<Rc<str>, Span> = HashMap::default();
        for f in fields {
            let t = self.type_expr(&f.ty);
            let tag: Option<Rc<str>> = f.tag.as_ref().map(|s| Rc::from(s.as_str()));
            let mut add = |c: &mut Self, name: &ast::Ident, embedded: bool| {
                if &*name.name != "_" {
                    if let Some(prev) = seen.get(&name.name).copied() {
                        let msg = format!(
                            "{} redeclared\n\t{}: other declaration of {}",
                            name.name,
                            c.sources.describe(prev),
                            name.name
                        );
                        c.error(name.span, msg);
                        // The duplicate is dropped so that selectors stay unambiguous.
                        return;
                    }
                    seen.insert(name.name.clone(), name.span);
                }
                let exported = name.name.chars().next().is_some_and(|ch| ch.is_uppercase());
                let pkg = if exported {
                    Rc::from("")
                } else {
                    c.pkg_path.clone()
                };
                out.push(StructField {
                    name: name.name.clone(),
                    ty: t,
                    embedded,
                    pkg,
                    tag: tag.clone(),
                });
            };
            if f.embedded || f.names.is_empty() {
                // The field name is the type name: `T`, `*T`, `pkg.T`, `*pkg.T`.
                let mut e = &f.ty;
                if let ExprKind::Star(x) = &e.kind {
                    e = x;
                    if !self.types().is_invalid(t) {
                        let base = match self.types().kind(t) {
                            TypeKind::Pointer(b) => *b,
                            _ => t,
                        };
                        let u = self.types().underlying(base);
                        if matches!(self.types().kind(u), TypeKind::Pointer(_)) {
                            self.error(f.ty.span, "embedded field type cannot be a pointer");
                        } else if matches!(self.types().kind(u), TypeKind::Interface { .. }) {
                            self.error(
                                f.ty.span,
                                "embedded field type cannot be a pointer to an interface",
                            );
                        }
                    }
                }
                let name = match &e.kind {
                    ExprKind::Ident(id) => id.clone(),
                    ExprKind::Selector(_, sel) => sel.clone(),
                    _ => {
                        self.error(f.ty.span, "embedded field type must be a type name");
                        continue;
                    }
                };
                add(self, &name, true);
            } else {
                for n in &f.names {
                    add(self, n, false);
                }
            }
        }
        self.info.types.intern(TypeKind::Struct(out))
    }

    fn interface_type(&mut self, elems: &[InterfaceElem]) -> TypeId {
        let mut methods: Vec<InterfaceMethod> = Vec::new();
        let mut spans: HashMap<Rc<str>, Span> = HashMap::default();
        let mut comparable = false;
        for el in elems {
            match el {
                InterfaceElem::Method { name, sig } => {
                    let t = self.func_type(sig, None);
                    if spans.contains_key(&name.name) {
                        self.error(name.span, format!("duplicate method {}", name.name));
                        continue;
                    }
                    spans.insert(name.name.clone(), name.span);
                    methods.push(InterfaceMethod {
                        name: name.name.clone(),
                        sig: t,
                    });
                }
                InterfaceElem::Embed(terms) => {
                    if terms.len() != 1 || terms[0].tilde {
                        self.error(
                            terms[0].ty.span,
                            "type constraints not yet supported in Weft",
                        );
                        for t in terms {
                            self.type_expr(&t.ty);
                        }
                        continue;
                    }
                    let t = self.type_expr(&terms[0].ty);
                    if self.types().is_invalid(t) {
                        continue;
                    }
                    match self.types().under_kind(t).clone() {
                        TypeKind::Interface {
                            methods: ms,
                            is_comparable_constraint,
                        } => {
                            comparable |= is_comparable_constraint;
                            for m in ms {
                                if let Some(prev) = methods.iter().find(|x| x.name == m.name) {
                                    if prev.sig != m.sig {
                                        self.error(
                                            terms[0].ty.span,
                                            format!("duplicate method {}", m.name),
                                        );
                                    }
                                    continue;
                                }
                                methods.push(m);
                            }
                        }
                        TypeKind::Basic(BasicKind::Invalid) => {
                            // An interface embedding itself while being declared.
                            match self.types().named_info(t).and_then(|n| n.obj) {
                                Some(obj) => self.cycle_error(&[obj], "invalid recursive type"),
                                None => self.error(terms[0].ty.span, "invalid recursive type"),
                            }
                        }
                        _ => {
                            self.error(
                                terms[0].ty.span,
                                "type constraints not yet supported in Weft",
                            );
                        }
                    }
                }
            }
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        self.info.types.intern(TypeKind::Interface {
            methods,
            is_comparable_constraint: comparable,
        })
    }
}
