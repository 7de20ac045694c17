//! Selectors (fields, methods, qualified identifiers, method expressions),
//! index and slice expressions.

use super::*;
use crate::ast::{Expr, ExprKind};
use crate::constant as cv;
use crate::types::{Lookup, MethodRef};

impl<'a> Checker<'a> {
    // Selectors.

    pub(super) fn selector(&mut self, e: &Expr, xe: &Expr, sel: &ast::Ident) -> Operand {
        // Qualified identifier `pkg.Name`.
        if let ExprKind::Ident(pid) = &xe.kind {
            if let Some(o) = self.lookup(&pid.name) {
                if let ObjKind::PkgName(path) = &self.obj(o).kind {
                    let path = path.clone();
                    self.info.uses.insert(pid.id, o);
                    self.used_pkgnames.insert(o);
                    return self.qualified(e, &path, &pid.name, sel);
                }
            }
        }
        let x = self.expr_or_type(xe);
        if x.is_invalid() {
            return x;
        }
        if &*sel.name == "_" {
            self.error(sel.span, "cannot use _ as value");
            return Operand::invalid();
        }
        if x.mode == OpMode::Type {
            return self.method_expr(e, xe, x.ty, sel);
        }
        let found = self.types().lookup(x.ty, &sel.name, &self.pkg_path);
        match found.clone() {
            Lookup::Field { path, indirect, ty } => {
                let mode = if x.mode == OpMode::Variable || indirect.iter().any(|b| *b) {
                    OpMode::Variable
                } else {
                    OpMode::Value
                };
                self.info.selections.insert(
                    e.id,
                    Selection {
                        kind: SelectionKind::Field,
                        path,
                        indirect,
                        method: None,
                        method_name: None,
                        recv_adjust: RecvAdjust::None,
                        ty,
                    },
                );
                Operand { mode, ty }
            }
            Lookup::Method {
                path,
                indirect,
                method,
                recv_is_pointer,
                ..
            } => {
                let sig = self.types().method_sig(method);
                let (func, adjust) = match method {
                    MethodRef::Concrete { named, index } => {
                        let m = self.types().methods_of(named)[index].clone();
                        if self.decls.contains_key(&m.func) {
                            self.add_dep(m.func);
                        }
                        let adjust = if m.pointer_recv && !recv_is_pointer {
                            // Needs `&recv`: the receiver must be addressable (or reached through a pointer).
                            let through_ptr = indirect.iter().any(|b| *b);
                            if x.mode != OpMode::Variable && !through_ptr {
                                let msg = format!(
                                    "cannot call pointer method {} on {}",
                                    sel.name,
                                    self.ts(x.ty)
                                );
                                self.error(sel.span, msg);
                                return Operand::invalid();
                            }
                            if !through_ptr {
                                self.mark_address_taken(xe);
                            }
                            RecvAdjust::AddrOf
                        } else if !m.pointer_recv && recv_is_pointer {
                            RecvAdjust::Deref
                        } else {
                            RecvAdjust::None
                        };
                        (Some(m.func), adjust)
                    }
                    MethodRef::Interface { .. } => {
                        self.note_dynamic_method(&sel.name);
                        (None, RecvAdjust::None)
                    }
                };
                if let Some(func) = func {
                    self.note_func_reference(func);
                }
                self.info.selections.insert(
                    e.id,
                    Selection {
                        kind: SelectionKind::MethodVal,
                        path,
                        indirect,
                        method: func,
                        method_name: Some(sel.name.clone()),
                        recv_adjust: adjust,
                        ty: sig,
                    },
                );
                let _ = found;
                Operand::value(sig)
            }
            Lookup::Ambiguous => {
                let msg = format!("ambiguous selector {}", self.expr_str(e));
                self.error(sel.span, msg);
                Operand::invalid()
            }
            Lookup::NotFound => {
                self.missing_field_or_method(e, xe, &x, sel);
                Operand::invalid()
            }
        }
    }

    pub(super) fn missing_field_or_method(
        &mut self,
        e: &Expr,
        xe: &Expr,
        x: &Operand,
        sel: &ast::Ident,
    ) {
        let t = x.ty;
        let base = match self.types().kind(t) {
            TypeKind::Pointer(b) => *b,
            _ => t,
        };
        let what = if matches!(self.types().kind(t), TypeKind::Pointer(_))
            && self.types().is_interface(base)
        {
            format!(
                "{}.{} undefined (type {} is pointer to interface, not interface)",
                self.expr_str(xe),
                sel.name,
                self.ts(t)
            )
        } else {
            // Mention a differently-capitalized match as gc does.
            let mut hint = String::new();
            let alt: String = {
                let mut cs = sel.name.chars();
                match cs.next() {
                    Some(c) if c.is_lowercase() => c.to_uppercase().chain(cs).collect(),
                    Some(c) => c.to_lowercase().chain(cs).collect(),
                    None => String::new(),
                }
            };
            match self.types().lookup(t, &alt, &self.pkg_path) {
                Lookup::Field { .. } => hint = format!(", but does have field {}", alt),
                Lookup::Method { .. } => hint = format!(", but does have method {}", alt),
                _ => {
                    if let Lookup::Field { .. } | Lookup::Method { .. } =
                        self.types().lookup(t, &sel.name, "\u{0}any")
                    {
                        hint = format!(", but does have unexported field {}", sel.name);
                        hint.clear();
                    }
                }
            }
            let kind = "field or method";
            format!(
                "{}.{} undefined (type {} has no {} {}{})",
                self.expr_str(xe),
                sel.name,
                self.ts(t),
                kind,
                sel.name,
                hint
            )
        };
        let _ = e;
        self.error(sel.span, what);
    }

    pub(super) fn qualified(
        &mut self,
        e: &Expr,
        path: &str,
        pkg_name: &str,
        sel: &ast::Ident,
    ) -> Operand {
        if path == "unsafe" {
            return self.unsafe_member(e, sel);
        }
        let Some(&index) = self.package_index.get(path) else {
            return Operand::invalid();
        };
        let exported = sel.name.chars().next().is_some_and(|c| c.is_uppercase());
        let obj = self
            .package_scopes
            .get(index as usize)
            .and_then(|s| s.get(&sel.name))
            .copied();
        let Some(obj) = obj.filter(|_| exported) else {
            let msg = if obj.is_some() {
                format!("name {} not exported by package {}", sel.name, pkg_name)
            } else {
                format!("undefined: {}.{}", pkg_name, sel.name)
            };
            self.error(sel.span, msg);
            return Operand::invalid();
        };
        let _ = e;
        self.info.uses.insert(sel.id, obj);
        self.note_func_reference(obj);
        let o = self.obj(obj).clone();
        match o.kind {
            ObjKind::Const(v) => Operand {
                mode: OpMode::Const(v),
                ty: o.ty,
            },
            ObjKind::TypeName => Operand {
                mode: OpMode::Type,
                ty: o.ty,
            },
            ObjKind::Var(_) => Operand {
                mode: OpMode::Variable,
                ty: o.ty,
            },
            ObjKind::Func(_) => Operand::value(o.ty),
            _ => Operand::invalid(),
        }
    }

    /// `T.m` / `(*T).m`: a function whose first parameter is the receiver.
    pub(super) fn method_expr(
        &mut self,
        e: &Expr,
        xe: &Expr,
        t: TypeId,
        sel: &ast::Ident,
    ) -> Operand {
        let found = self.types().lookup(t, &sel.name, &self.pkg_path);
        if found == Lookup::Ambiguous {
            let msg = format!("ambiguous selector {}.{}", self.expr_str(xe), sel.name);
            self.error(sel.span, msg);
            return Operand::invalid();
        }
        let Lookup::Method {
            path,
            indirect,
            method,
            recv_is_pointer,
            ..
        } = found.clone()
        else {
            let msg = format!(
                "{}.{} undefined (type {} has no field or method {})",
                self.expr_str(xe),
                sel.name,
                self.ts(t),
                sel.name
            );
            self.error(sel.span, msg);
            return Operand::invalid();
        };
        if !self.types().in_method_set(&found) {
            let msg = format!(
                "invalid method expression {}.{} (needs pointer receiver (*{}).{})",
                self.expr_str(xe),
                sel.name,
                self.ts(t),
                sel.name
            );
            self.error(e.span, msg);
            return Operand::invalid();
        }
        let sig = self.types().method_sig(method);
        let TypeKind::Func(s) = self.types().kind(sig).clone() else {
            return Operand::invalid();
        };
        let mut params = vec![t];
        params.extend(s.params.iter().copied());
        let fty = self
            .info
            .types
            .intern(TypeKind::Func(crate::types::Signature {
                params,
                results: s.results.clone(),
                variadic: s.variadic,
            }));
        let (func, adjust) = match method {
            MethodRef::Concrete { named, index } => {
                let m = self.types().methods_of(named)[index].clone();
                if self.decls.contains_key(&m.func) {
                    self.add_dep(m.func);
                }
                let adjust = if !m.pointer_recv && recv_is_pointer {
                    RecvAdjust::Deref
                } else {
                    RecvAdjust::None
                };
                (Some(m.func), adjust)
            }
            MethodRef::Interface { .. } => {
                self.note_dynamic_method(&sel.name);
                (None, RecvAdjust::None)
            }
        };
        if let Some(func) = func {
            self.note_func_reference(func);
        }
        self.info.selections.insert(
            e.id,
            Selection {
                kind: SelectionKind::MethodExpr,
                path,
                indirect,
                method: func,
                method_name: Some(sel.name.clone()),
                recv_adjust: adjust,
                ty: fty,
            },
        );
        Operand::value(fty)
    }

    // Index and slice.

    pub(super) fn index_expr(&mut self, e: &Expr, xe: &Expr, idx: &[Expr]) -> Operand {
        let x = self.expr_or_type(xe);
        if x.is_invalid() {
            for i in idx {
                self.raw_expr(i);
            }
            return x;
        }
        if x.mode == OpMode::Type
            || idx.len() != 1
            || matches!(self.types().kind(x.ty), TypeKind::Func(_)) && x.mode != OpMode::Variable
        {
            if x.mode == OpMode::Type || matches!(self.types().under_kind(x.ty), TypeKind::Func(_))
            {
                self.error(
                    e.span,
                    format!(
                        "generic instantiation {} not yet supported in Weft",
                        self.expr_str(e)
                    ),
                );
                return Operand::invalid();
            }
        }
        let ie = &idx[0];
        let xt = x.ty;
        match self.types().under_kind(xt).clone() {
            TypeKind::Basic(k) if matches!(k, BasicKind::String | BasicKind::UntypedString) => {
                let len = match &x.mode {
                    OpMode::Const(ConstValue::String(s)) => Some(s.len() as u64),
                    _ => None,
                };
                let i = self.index_value(ie, len);
                let byte = self.basic(BasicKind::Uint8);
                // Indexing a constant string yields a non-constant byte (spec "Index expressions").
                let _ = i;
                if self.types().is_untyped(xt) {
                    let st = self.basic(BasicKind::String);
                    self.update_expr_type(xe, st);
                }
                Operand::value(byte)
            }
            TypeKind::Array(el, n) => {
                self.index_value(ie, Some(n));
                let mode = if x.mode == OpMode::Variable {
                    OpMode::Variable
                } else {
                    OpMode::Value
                };
                Operand { mode, ty: el }
            }
            TypeKind::Pointer(b) if matches!(self.types().under_kind(b), TypeKind::Array(..)) => {
                let TypeKind::Array(el, n) = self.types().under_kind(b).clone() else {
                    unreachable!()
                };
                self.index_value(ie, Some(n));
                Operand {
                    mode: OpMode::Variable,
                    ty: el,
                }
            }
            TypeKind::Slice(el) => {
                self.index_value(ie, None);
                Operand {
                    mode: OpMode::Variable,
                    ty: el,
                }
            }
            TypeKind::Map(k, v) => {
                let mut key = self.expr(ie);
                self.assignment(&mut key, ie, k, "map index");
                Operand {
                    mode: OpMode::MapIndex,
                    ty: v,
                }
            }
            _ => {
                self.raw_expr(ie);
                let msg = format!(
                    "invalid operation: cannot index {}",
                    self.operand_string(xe, &x)
                );
                // gc reports at the `[`.
                let at = Span::new(xe.span.hi, xe.span.hi + 1);
                self.error(at, msg);
                Operand::invalid()
            }
        }
    }

    /// Checks an index; returns its constant value when known. `len` bounds constant indices.
    pub(super) fn index_value(&mut self, ie: &Expr, len: Option<u64>) -> Option<u64> {
        let mut i = self.expr(ie);
        if i.is_invalid() {
            return None;
        }
        // A typed index must have an integer type, even when its value is integral.
        if !self.types().is_untyped(i.ty)
            && !self
                .types()
                .basic_kind(i.ty)
                .is_some_and(|k| k.is_integer())
        {
            let msg = format!(
                "invalid argument: index {} must be integer",
                self.operand_string(ie, &i)
            );
            self.error(ie.span, msg);
            return None;
        }
        // An untyped constant index is converted to int first (so messages say `constant of type int`).
        if self.types().is_untyped(i.ty) && i.const_val().is_some() {
            let int = self.basic(BasicKind::Int);
            let numeric = self
                .types()
                .basic_kind(i.ty)
                .is_some_and(|k| k.is_numeric());
            if !numeric {
                let msg = format!("cannot convert {} to type int", self.operand_string(ie, &i));
                self.error(ie.span, msg);
                return None;
            }
            if i.const_val().and_then(|v| v.to_int()).is_some()
                && !self.convert_untyped(&mut i, ie, int)
            {
                return None;
            }
        }
        if let OpMode::Const(v) = &i.mode {
            let is_num = self
                .types()
                .basic_kind(i.ty)
                .is_some_and(|k| k.is_numeric());
            if !is_num || v.to_int().is_none() {
                let msg = if is_num && v.to_rat().is_some() {
                    format!("{} truncated to int", self.operand_string(ie, &i))
                } else {
                    format!(
                        "invalid argument: index {} must be integer",
                        self.operand_string(ie, &i)
                    )
                };
                self.error(ie.span, msg);
                return None;
            }
            if cv::is_negative(v) {
                let msg = format!(
                    "invalid argument: index {} must not be negative",
                    self.operand_string(ie, &i)
                );
                self.error(ie.span, msg);
                return None;
            }
            let n = v.to_int().unwrap();
            if self.types().is_untyped(i.ty) {
                let int = self.basic(BasicKind::Int);
                if !self.convert_untyped(&mut i, ie, int) {
                    return None;
                }
            }
            let n = u64::try_from(&n).ok();
            if let (Some(n), Some(len)) = (n, len) {
                if n >= len {
                    let msg = format!(
                        "invalid argument: index {} out of bounds [0:{}]",
                        self.expr_str(ie),
                        len
                    );
                    self.error(ie.span, msg);
                    return None;
                }
            }
            return n;
        }
        if !self
            .types()
            .basic_kind(i.ty)
            .is_some_and(|k| k.is_integer())
        {
            let msg = format!(
                "invalid argument: index {} must be integer",
                self.operand_string(ie, &i)
            );
            self.error(ie.span, msg);
            return None;
        }
        if self.types().is_untyped(i.ty) {
            let int = self.basic(BasicKind::Int);
            self.convert_untyped(&mut i, ie, int);
        }
        None
    }

    pub(super) fn slice_expr(
        &mut self,
        e: &Expr,
        xe: &Expr,
        lo: Option<&Expr>,
        hi: Option<&Expr>,
        max: Option<&Expr>,
        three: bool,
    ) -> Operand {
        let x = self.expr(xe);
        if x.is_invalid() {
            for i in [lo, hi, max].into_iter().flatten() {
                self.raw_expr(i);
            }
            return x;
        }
        let (result, cap) = match self.types().under_kind(x.ty).clone() {
            TypeKind::Basic(k) if matches!(k, BasicKind::String | BasicKind::UntypedString) => {
                if three {
                    self.error(e.span, "invalid operation: 3-index slice of string");
                    return Operand::invalid();
                }
                let len = match &x.mode {
                    OpMode::Const(ConstValue::String(s)) => Some(s.len() as u64 + 1),
                    _ => None,
                };
                let t = if self.types().is_untyped(x.ty) {
                    let st = self.basic(BasicKind::String);
                    self.update_expr_type(xe, st);
                    st
                } else {
                    x.ty
                };
                (t, len)
            }
            TypeKind::Array(el, n) => {
                if x.mode != OpMode::Variable {
                    let msg = format!(
                        "invalid operation: {} (slice of unaddressable value)",
                        self.operand_string(xe, &x)
                    );
                    self.error(e.span, msg);
                    return Operand::invalid();
                }
                self.mark_address_taken(xe);
                (self.info.types.intern(TypeKind::Slice(el)), Some(n + 1))
            }
            TypeKind::Pointer(b) if matches!(self.types().under_kind(b), TypeKind::Array(..)) => {
                let TypeKind::Array(el, n) = self.types().under_kind(b).clone() else {
                    unreachable!()
                };
                (self.info.types.intern(TypeKind::Slice(el)), Some(n + 1))
            }
            TypeKind::Slice(_) => (x.ty, None),
            _ => {
                let msg = format!("cannot slice {}", self.operand_string(xe, &x));
                self.error(e.span, msg);
                return Operand::invalid();
            }
        };
        let mut prev: Option<u64> = None;
        for i in [lo, hi, max].into_iter().flatten() {
            let v = self.index_value(i, cap);
            if let (Some(p), Some(v)) = (prev, v) {
                if v < p {
                    let msg = format!("invalid slice indices: {} < {}", v, p);
                    self.error(i.span, msg);
                }
            }
            if v.is_some() {
                prev = v;
            }
        }
        Operand::value(result)
    }
}

impl Checker<'_> {
    /// Members of package unsafe: `Pointer` and the compile-time `Sizeof`, `Alignof`, `Offsetof`.
    fn unsafe_member(&mut self, e: &Expr, sel: &ast::Ident) -> Operand {
        let b = match &*sel.name {
            "Pointer" => {
                let t = self.basic(BasicKind::UnsafePointer);
                self.info.exprs.insert(
                    e.id,
                    TypeAndMode {
                        ty: t,
                        mode: Mode::Type,
                    },
                );
                return Operand {
                    mode: OpMode::Type,
                    ty: t,
                };
            }
            "Sizeof" => Builtin::Sizeof,
            "Alignof" => Builtin::Alignof,
            "Offsetof" => Builtin::Offsetof,
            _ => {
                self.error(
                    sel.span,
                    format!("undefined: unsafe.{} (not supported in Weft)", sel.name),
                );
                return Operand::invalid();
            }
        };
        let invalid = self.basic(BasicKind::Invalid);
        Operand {
            mode: OpMode::Builtin(b),
            ty: invalid,
        }
    }
}
