//! Composite literals (struct, array, slice, map; elided element types)
//! and type assertions.

use super::*;
use crate::ast::{Expr, ExprKind, UnaryOp};
use crate::types::StructField;

impl<'a> Checker<'a> {
    // Composite literals.

    /// The type of a composite literal's type expression, allowing `[...]T`.
    pub(super) fn composite_type(&mut self, t: &Expr) -> TypeId {
        if let ExprKind::ArrayType { len: None, elem } = &t.kind {
            // The length is filled in by `composite_lit`; mark with a sentinel array of max length.
            let el = self.type_expr(elem);
            if self.types().is_invalid(el) {
                return el;
            }
            return self.info.types.intern(TypeKind::Array(el, u64::MAX));
        }
        self.type_expr(t)
    }

    pub(super) fn composite_lit(&mut self, e: &Expr, t: TypeId, elts: &[ast::Element]) -> Operand {
        let under = self.types().underlying(t);
        if self.types().is_invalid(under) {
            // Only a type whose declaration is still being checked is a cycle
            // here; otherwise its error was reported already.
            let in_progress = self
                .types()
                .named_info(t)
                .and_then(|n| n.obj)
                .is_some_and(|o| self.decl_state.get(&o) == Some(&DeclState::InProgress));
            if in_progress {
                self.error(e.span, "invalid recursive type");
            }
            for el in elts {
                self.use_exprs_loosely(el);
            }
            return Operand::invalid();
        }
        let base = match self.types().kind(under) {
            TypeKind::Pointer(b) if matches!(&e.kind, ExprKind::CompositeLit { ty: None, .. }) => {
                Some(*b)
            }
            _ => None,
        };
        if let Some(b) = base {
            // Elided `&T{...}` inside a literal of []*T.
            let inner = self.composite_lit(e, b, elts);
            if inner.is_invalid() {
                return inner;
            }
            return Operand::value(t);
        }
        match self.types().kind(under).clone() {
            TypeKind::Struct(fields) => self.struct_lit(e, t, &fields, elts),
            TypeKind::Array(el, n) => {
                let len =
                    self.indexed_elements(elts, el, if n == u64::MAX { None } else { Some(n) });
                let t = if n == u64::MAX {
                    let arr = self.info.types.intern(TypeKind::Array(el, len));
                    if let ExprKind::CompositeLit { ty: Some(te), .. } = &e.kind {
                        self.info.exprs.insert(
                            te.id,
                            TypeAndMode {
                                ty: arr,
                                mode: Mode::Type,
                            },
                        );
                    }
                    arr
                } else {
                    t
                };
                Operand::value(t)
            }
            TypeKind::Slice(el) => {
                self.indexed_elements(elts, el, None);
                Operand::value(t)
            }
            TypeKind::Map(k, v) => {
                let mut seen: Vec<(ConstValue, TypeId)> = Vec::new();
                for el in elts {
                    match &el.key {
                        Some(ke) => {
                            let mut kx = self.elem_value(ke, k);
                            if !kx.is_invalid() && self.assignment(&mut kx, ke, k, "map literal") {
                                if let OpMode::Const(v) = &kx.mode {
                                    // Constant keys collide by value and dynamic type.
                                    let key = (v.clone(), kx.ty);
                                    {
                                        if seen.contains(&key) {
                                            let msg = format!(
                                                "duplicate key {} in map literal",
                                                self.expr_str(ke)
                                            );
                                            self.error(ke.span, msg);
                                        } else {
                                            seen.push(key);
                                        }
                                    }
                                }
                            }
                        }
                        None => {
                            self.error(el.value.span, "missing key in map literal");
                        }
                    }
                    let mut vx = self.elem_value(&el.value, v);
                    self.assignment(&mut vx, &el.value, v, "map literal");
                }
                Operand::value(t)
            }
            _ => {
                let msg = format!("invalid composite literal type {}", self.ts(t));
                self.error(e.span, msg);
                for el in elts {
                    self.use_exprs_loosely(el);
                }
                Operand::invalid()
            }
        }
    }

    /// An element value: an elided composite literal takes type `t`.
    pub(super) fn elem_value(&mut self, v: &Expr, t: TypeId) -> Operand {
        if let ExprKind::CompositeLit { ty: None, elts, .. } = &v.kind {
            let x = self.composite_lit(v, t, elts);
            self.record(v, &x);
            return x;
        }
        if let ExprKind::Unary(UnaryOp::Addr, inner) = &v.kind {
            if let ExprKind::CompositeLit { ty: None, .. } = &inner.kind {
                // `&{...}` is not Go syntax; fall through to the ordinary error.
            }
        }
        self.expr(v)
    }

    /// Array/slice elements with optional constant index keys; returns the length.
    pub(super) fn indexed_elements(
        &mut self,
        elts: &[ast::Element],
        el: TypeId,
        len: Option<u64>,
    ) -> u64 {
        let mut index: u64 = 0;
        let mut max: u64 = 0;
        let mut seen: HashSet<u64> = HashSet::default();
        for e in elts {
            if let Some(k) = &e.key {
                match self.index_value(k, len) {
                    Some(i) => index = i,
                    None => {
                        let x = self.info.exprs.get(&k.id).cloned();
                        if x.is_some_and(|x| !matches!(x.mode, Mode::Const(_))) {
                            let msg =
                                format!("index {} must be integer constant", self.expr_str(k));
                            self.error(k.span, msg);
                        }
                    }
                }
            } else if let Some(l) = len {
                if index >= l {
                    let msg = format!("index {} is out of bounds (>= {})", index, l);
                    self.error(e.value.span, msg);
                }
            }
            if !seen.insert(index) {
                let msg = format!("duplicate index {} in array or slice literal", index);
                self.error(e.key.as_ref().map(|k| k.span).unwrap_or(e.value.span), msg);
            }
            let mut x = self.elem_value(&e.value, el);
            self.assignment(&mut x, &e.value, el, "array or slice literal");
            index += 1;
            max = max.max(index);
        }
        max
    }

    pub(super) fn struct_lit(
        &mut self,
        e: &Expr,
        t: TypeId,
        fields: &[StructField],
        elts: &[ast::Element],
    ) -> Operand {
        if elts.is_empty() {
            return Operand::value(t);
        }
        let keyed = elts[0].key.is_some();
        if keyed {
            let mut seen: HashSet<Rc<str>> = HashSet::default();
            for el in elts {
                let Some(k) = &el.key else {
                    self.error(
                        el.value.span,
                        "mixture of field:value and value elements in struct literal",
                    );
                    self.expr(&el.value);
                    continue;
                };
                let ExprKind::Ident(name) = &k.kind else {
                    let msg = format!("invalid field name {} in struct literal", self.expr_str(k));
                    self.error(k.span, msg);
                    self.expr(&el.value);
                    continue;
                };
                let Some(i) = fields
                    .iter()
                    .position(|f| f.name == name.name && &*name.name != "_")
                else {
                    let msg = format!(
                        "unknown field {} in struct literal of type {}",
                        name.name,
                        self.ts(t)
                    );
                    self.error(k.span, msg);
                    self.expr(&el.value);
                    continue;
                };
                let f = &fields[i];
                if !seen.insert(name.name.clone()) {
                    let msg = format!("duplicate field name {} in struct literal", name.name);
                    self.error(k.span, msg);
                }
                let mut x = self.elem_value(&el.value, f.ty);
                self.assignment(&mut x, &el.value, f.ty, "struct literal");
            }
        } else {
            for (i, el) in elts.iter().enumerate() {
                if let Some(k) = &el.key {
                    self.error(
                        k.span,
                        "mixture of field:value and value elements in struct literal",
                    );
                    continue;
                }
                let Some(f) = fields.get(i) else {
                    let msg = format!("too many values in struct literal of type {}", self.ts(t));
                    self.error(el.value.span, msg);
                    self.expr(&el.value);
                    break;
                };
                let mut x = self.elem_value(&el.value, f.ty);
                self.assignment(&mut x, &el.value, f.ty, "struct literal");
            }
            if elts.len() < fields.len() {
                let msg = format!("too few values in struct literal of type {}", self.ts(t));
                let rb = match &e.kind {
                    ExprKind::CompositeLit { rbrace, .. } => *rbrace,
                    _ => e.span,
                };
                self.error(rb, msg);
            }
        }
        Operand::value(t)
    }

    /// Checks `x.(T)` is possible: if T is concrete it must implement x's interface.
    pub(super) fn check_type_assertion(
        &mut self,
        e: &Expr,
        xe: &Expr,
        xt: TypeId,
        t: TypeId,
        in_switch: bool,
    ) {
        if self.types().is_interface(t) {
            return;
        }
        if let Err(why) = self.types().implements(t, xt, &self.pkg_path) {
            let reason = self.not_implemented_reason(t, xt, &why);
            let msg = if in_switch {
                format!(
                    "impossible type switch case: {} cannot have dynamic type {} ({})",
                    self.operand_string(
                        xe,
                        &Operand {
                            mode: OpMode::Variable,
                            ty: xt
                        }
                    ),
                    self.ts(t),
                    reason
                        .splitn(2, " (")
                        .nth(1)
                        .map(|s| s.trim_end_matches(')'))
                        .unwrap_or("")
                )
            } else {
                format!(
                    "impossible type assertion: {}\n\t{}",
                    self.expr_str(e),
                    reason
                )
            };
            self.error(e.span, msg);
        }
    }
}
