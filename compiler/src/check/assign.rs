//! Assignments and declarations inside functions: `=`, `op=`, `:=`,
//! `var`/`const`/`type` statements, and the value-to-variable matching
//! shared with package-level variables (multi-value calls, comma-ok).

use super::stmt::is_blank;
use super::*;
use crate::ast::{Expr, ExprKind, GenKind, Spec, Stmt};

impl<'a> Checker<'a> {
    /// Checks that `x` can be assigned to; `xv` is its operand.
    pub(super) fn check_assignable_lhs(&mut self, x: &Expr, xv: &mut Operand) -> bool {
        let mut root = x;
        while let ExprKind::Paren(inner) = &root.kind {
            root = inner;
        }
        if let ExprKind::Ident(id) = &root.kind {
            if let Some(o) = self.info.uses.get(&id.id).copied() {
                if let Some(v) = self.var_info_mut(o) {
                    v.reassigned = true;
                }
            }
        }
        match xv.mode {
            OpMode::Variable | OpMode::MapIndex | OpMode::Value => {
                // `m[k].f = v` assigns to a field of a non-addressable map element.
                if let ExprKind::Selector(base, _) = &x.kind {
                    let mut b = &**base;
                    while let ExprKind::Paren(p) = &b.kind {
                        b = p;
                    }
                    if let Some(sel) = self.info.selections.get(&x.id) {
                        if sel.kind == SelectionKind::Field
                            && !sel.indirect.first().copied().unwrap_or(false)
                        {
                            if let Some(TypeAndMode {
                                mode: Mode::MapIndex,
                                ..
                            }) = self.info.exprs.get(&b.id)
                            {
                                let msg = format!(
                                    "cannot assign to struct field {} in map",
                                    self.expr_str(x)
                                );
                                self.error(x.span, msg);
                                return false;
                            }
                        }
                    }
                }
                if xv.mode != OpMode::Value {
                    return true;
                }
                let msg = format!(
                    "cannot assign to {} (neither addressable nor a map index expression)",
                    self.expr_str(x)
                );
                self.error(x.span, msg);
                false
            }
            OpMode::Invalid => false,
            _ => {
                let msg = format!(
                    "cannot assign to {} (neither addressable nor a map index expression)",
                    self.expr_str(x)
                );
                self.error(x.span, msg);
                false
            }
        }
    }

    /// An assignment target: identifiers are not "used" by being assigned.
    pub(super) fn lhs_expr(&mut self, x: &Expr) -> Operand {
        if let ExprKind::Ident(id) = &x.kind {
            if &*id.name == "_" {
                self.info.exprs.remove(&x.id);
                return Operand::invalid();
            }
            if let Some(obj) = self.lookup(&id.name) {
                if let ObjKind::Var(v) = &self.obj(obj).kind {
                    if !v.global {
                        let was_used = self.used_vars.contains(&obj);
                        let r = self.expr(x);
                        if !was_used {
                            self.used_vars.remove(&obj);
                        }
                        return r;
                    }
                }
            }
        }
        self.expr(x)
    }

    pub(super) fn assign(&mut self, lhs: &[Expr], rhs: &[Expr]) {
        let lhs_ops: Vec<Option<Operand>> = lhs
            .iter()
            .map(|l| {
                if is_blank(l) {
                    None
                } else {
                    let mut o = self.lhs_expr(l);
                    if !self.check_assignable_lhs(l, &mut o) {
                        o = Operand::invalid();
                    }
                    Some(o)
                }
            })
            .collect();
        let targets: Vec<Option<TypeId>> = lhs_ops
            .iter()
            .map(|o| {
                o.as_ref()
                    .map(|o| if o.is_invalid() { TypeId(0) } else { o.ty })
            })
            .collect();
        self.assign_values(&targets, rhs, "assignment", lhs.first().map(|l| l.span));
    }

    /// Assigns `rhs` to targets of the given types (`None` is `_`), handling
    /// multi-value calls and comma-ok forms. Returns the value types.
    pub(super) fn assign_values(
        &mut self,
        targets: &[Option<TypeId>],
        rhs: &[Expr],
        context: &str,
        _at: Option<Span>,
    ) -> Vec<TypeId> {
        let n = targets.len();
        if n == rhs.len() {
            let mut out = Vec::new();
            for (t, r) in targets.iter().zip(rhs) {
                let mut x = if n == 1 {
                    self.single_rhs(r)
                } else {
                    self.expr(r)
                };
                match t {
                    Some(t) if !self.types().is_invalid(*t) => {
                        self.assignment(&mut x, r, *t, context);
                    }
                    Some(_) => {
                        self.default_untyped(&mut x, r);
                    }
                    None => {
                        if self.types().basic_kind(x.ty) == Some(BasicKind::UntypedNil) {
                            self.error(
                                r.span,
                                format!("use of untyped nil in {} to _ identifier", context),
                            );
                        } else {
                            let blank = format!("{context} to _ identifier");
                            self.default_untyped_in(&mut x, r, &blank);
                        }
                    }
                }
                out.push(x.ty);
            }
            return out;
        }
        if rhs.len() == 1 {
            let r = &rhs[0];
            let x = self.raw_expr(r);
            if x.is_invalid() {
                return vec![TypeId(0); n];
            }
            if let TypeKind::Tuple(items) = self.types().kind(x.ty).clone() {
                if items.len() == n && x.mode == OpMode::Value {
                    for (t, it) in targets.iter().zip(&items) {
                        if let Some(t) = t {
                            if !self.types().is_invalid(*t)
                                && !self.types().is_invalid(*it)
                                && !self.types().assignable_to(*it, *t, &self.pkg_path)
                            {
                                let msg = format!(
                                    "cannot use {} (value of type {}) as {} value in {}",
                                    self.expr_str(r),
                                    self.ts(*it),
                                    self.ts(*t),
                                    context
                                );
                                self.error(r.span, msg);
                            }
                        }
                    }
                    return items;
                }
                self.mismatch(targets.len(), r, Some(items.len()));
                return vec![TypeId(0); n];
            }
            if n == 2 && matches!(x.mode, OpMode::CommaOk | OpMode::MapIndex) {
                let mut x = x;
                let mode = x.mode.clone();
                match targets[0] {
                    Some(t) if !self.types().is_invalid(t) => {
                        self.assignment(&mut x, r, t, context);
                    }
                    _ => {
                        self.default_untyped_in(&mut x, r, context);
                    }
                }
                // Keep the comma-ok mode recorded (assignment does not change it).
                if let Some(tm) = self.info.exprs.get_mut(&r.id) {
                    tm.mode = match mode {
                        OpMode::MapIndex => Mode::MapIndex,
                        _ => Mode::CommaOk,
                    };
                }
                let ub = self.basic(BasicKind::UntypedBool);
                let b = self.basic(BasicKind::Bool);
                if let Some(Some(t)) = targets.get(1) {
                    if !self.types().is_invalid(*t)
                        // The `ok` value is an untyped boolean.
                        && !self.types().assignable_to(b, *t, &self.pkg_path)
                        && self.types().basic_kind(*t) != Some(BasicKind::Bool)
                    {
                        let msg = format!(
                            "cannot use {} (untyped bool value) as {} value in {}",
                            self.expr_str(r),
                            self.ts(*t),
                            context
                        );
                        self.error(r.span, msg);
                    }
                }
                let _ = ub;
                return vec![x.ty, b];
            }
            let x = self.single_value(r, x);
            if !x.is_invalid() {
                self.mismatch(n, r, None);
            }
            return vec![TypeId(0); n];
        }
        for r in rhs {
            self.raw_expr(r);
        }
        let msg = format!(
            "assignment mismatch: {} variable{} but {} value{}",
            n,
            if n == 1 { "" } else { "s" },
            rhs.len(),
            if rhs.len() == 1 { "" } else { "s" }
        );
        self.error(rhs[0].span, msg);
        vec![TypeId(0); n]
    }

    /// The one value assigned to one variable: a multi-value call is an
    /// `assignment mismatch` here, not a single-value-context error.
    pub(super) fn single_rhs(&mut self, r: &Expr) -> Operand {
        let x = self.raw_expr(r);
        if let TypeKind::Tuple(items) = self.types().kind(x.ty).clone() {
            if x.mode == OpMode::Value && items.len() > 1 {
                self.mismatch(1, r, Some(items.len()));
                return Operand::invalid();
            }
        }
        self.single_value(r, x)
    }

    pub(super) fn mismatch(&mut self, n: usize, r: &Expr, returned: Option<usize>) {
        let vars = format!("{} variable{}", n, if n == 1 { "" } else { "s" });
        let msg = match returned {
            Some(k) => {
                let f = match &r.kind {
                    ExprKind::Call { func, .. } => self.expr_str(func),
                    _ => self.expr_str(r),
                };
                format!(
                    "assignment mismatch: {} but {} returns {} value{}",
                    vars,
                    f,
                    k,
                    if k == 1 { "" } else { "s" }
                )
            }
            None => match &r.kind {
                ExprKind::Call { func, .. } => format!(
                    "assignment mismatch: {} but {} returns 1 value",
                    vars,
                    self.expr_str(func)
                ),
                _ => format!("assignment mismatch: {} but 1 value", vars),
            },
        };
        self.error(r.span, msg);
    }

    pub(super) fn op_assign(&mut self, s: &Stmt, op: ast::BinaryOp, l: &Expr, r: &Expr) {
        // Check `l op r` as a binary expression through a synthetic node that is not recorded.
        let mut lv = self.expr(l);
        if lv.is_invalid() {
            self.expr(r);
            return;
        }
        if !self.check_assignable_lhs(l, &mut lv) {
            self.expr(r);
            return;
        }
        let bin = Expr {
            id: ExprId(u32::MAX),
            span: s.span,
            kind: ExprKind::Binary(op, Box::new(l.clone()), Box::new(r.clone())),
        };
        // Re-checking `l` is harmless: it records the same facts again.
        let x = self.raw_expr(&bin);
        self.info.exprs.remove(&ExprId(u32::MAX));
        if x.is_invalid() {
            return;
        }
        let mut x = x;
        self.assignment(&mut x, r, lv.ty, "assignment");
    }

    pub(super) fn short_var_decl(&mut self, s: &Stmt, lhs: &[Expr], rhs: &[Expr]) {
        let mut targets: Vec<Option<TypeId>> = Vec::new();
        let mut new_vars: Vec<(usize, ObjId)> = Vec::new();
        let mut idents: Vec<Option<&ast::Ident>> = Vec::new();
        let mut any_new = false;
        let mut repeated: Vec<Rc<str>> = Vec::new();
        let mut seen: HashSet<Rc<str>> = HashSet::default();
        for l in lhs {
            let ExprKind::Ident(id) = &l.kind else {
                self.raw_expr(l);
                let msg = format!("non-name {} on left side of :=", self.expr_str(l));
                self.error(l.span, msg);
                targets.push(Some(TypeId(0)));
                idents.push(None);
                continue;
            };
            idents.push(Some(id));
            if &*id.name == "_" {
                targets.push(None);
                any_new |= false;
                continue;
            }
            if !seen.insert(id.name.clone()) {
                // gc reports only this, not the first one as unused.
                repeated.push(id.name.clone());
                self.error(l.span, format!("{} redeclared in this block", id.name));
                targets.push(Some(TypeId(0)));
                continue;
            }
            let existing = self
                .scopes
                .last()
                .and_then(|sc| sc.names.get(&id.name).copied());
            match existing {
                Some(o) if matches!(self.obj(o).kind, ObjKind::Var(_)) => {
                    self.info.uses.insert(id.id, o);
                    self.note_var_use(o);
                    let t = self.obj(o).ty;
                    self.info.exprs.insert(
                        l.id,
                        TypeAndMode {
                            ty: t,
                            mode: Mode::Variable,
                        },
                    );
                    targets.push(Some(t));
                }
                _ => {
                    any_new = true;
                    targets.push(Some(TypeId(u32::MAX)));
                }
            }
        }
        // New variables take the value types; existing ones check assignability.
        let assign_targets: Vec<Option<TypeId>> = targets
            .iter()
            .map(|t| {
                if *t == Some(TypeId(u32::MAX)) {
                    Some(TypeId(0))
                } else {
                    *t
                }
            })
            .collect();
        let types = self.assign_values_define(&assign_targets, rhs, &targets);
        for (i, l) in lhs.iter().enumerate() {
            if targets[i] == Some(TypeId(u32::MAX)) {
                let id = idents[i].unwrap();
                let t = types.get(i).copied().unwrap_or(TypeId(0));
                let o = self.new_local_var(id, t, false);
                new_vars.push((i, o));
                self.info.exprs.insert(
                    l.id,
                    TypeAndMode {
                        ty: t,
                        mode: Mode::Variable,
                    },
                );
            }
        }
        for (i, o) in new_vars {
            let id = idents[i].unwrap();
            if repeated.contains(&id.name) {
                self.used_vars.insert(o);
            }
            self.declare_local(id, o);
        }
        if !any_new && lhs.iter().all(|l| matches!(l.kind, ExprKind::Ident(_))) {
            // gc reports at the `:=` operator.
            let after = lhs.last().map(|l| l.span.hi).unwrap_or(s.span.lo);
            let rest = self.text(Span::new(after, s.span.hi));
            let at = rest
                .find(":=")
                .map(|i| after + i as u32)
                .unwrap_or(s.span.lo);
            self.error(Span::new(at, at + 2), "no new variables on left side of :=");
        }
    }

    /// Like `assign_values` for `:=`/`var`: targets with the invalid type are
    /// new variables whose type comes from the value (default type for untyped).
    pub(super) fn assign_values_define(
        &mut self,
        assign_targets: &[Option<TypeId>],
        rhs: &[Expr],
        kinds: &[Option<TypeId>],
    ) -> Vec<TypeId> {
        let n = assign_targets.len();
        if n == rhs.len() {
            let mut out = Vec::new();
            for (i, r) in rhs.iter().enumerate() {
                let mut x = if n == 1 {
                    self.single_rhs(r)
                } else {
                    self.expr(r)
                };
                let is_new = kinds[i] == Some(TypeId(u32::MAX));
                match assign_targets[i] {
                    Some(t) if !is_new && !self.types().is_invalid(t) => {
                        self.assignment(&mut x, r, t, "assignment");
                    }
                    _ => {
                        if self.types().basic_kind(x.ty) == Some(BasicKind::UntypedNil) {
                            let ctx = "assignment";
                            self.error(r.span, format!("use of untyped nil in {}", ctx));
                            x = Operand::invalid();
                        } else {
                            let ty = self.default_untyped_in(&mut x, r, "assignment");
                            out.push(ty);
                            continue;
                        }
                    }
                }
                out.push(if x.is_invalid() { TypeId(0) } else { x.ty });
            }
            return out;
        }
        self.assign_values(assign_targets, rhs, "assignment", None)
    }

    /// `var` and `const` and `type` declarations inside a function.
    pub(super) fn local_decl(&mut self, gd: &ast::GenDecl) {
        let mut last: Option<&ast::ValueSpec> = None;
        for spec in &gd.specs {
            match spec {
                Spec::Value(vs) if gd.kind == GenKind::Const => {
                    let src = if vs.ty.is_none() && vs.values.is_empty() {
                        last.unwrap_or(vs)
                    } else {
                        vs
                    };
                    last = Some(src);
                    let mut objs = Vec::new();
                    for (i, n) in vs.names.iter().enumerate() {
                        let obj = self.new_object(Object {
                            name: n.name.clone(),
                            kind: ObjKind::Const(ConstValue::int(0)),
                            ty: TypeId(0),
                            span: n.span,
                            package: self.pkg,
                        });
                        let saved = std::mem::replace(&mut self.in_const_decl, false);
                        let saved_iota = self.iota.take();
                        self.const_decl(obj, src.ty.as_ref(), src.values.get(i), vs.iota);
                        self.in_const_decl = saved;
                        self.iota = saved_iota;
                        objs.push((n, obj));
                    }
                    self.check_const_spec_arity_local(vs, src);
                    for (n, o) in objs {
                        self.declare_local(n, o);
                    }
                }
                Spec::Value(vs) => {
                    let t = vs.ty.as_ref().map(|t| self.type_expr(t));
                    let objs: Vec<ObjId> = vs
                        .names
                        .iter()
                        .map(|n| self.new_local_var(n, t.unwrap_or(TypeId(0)), false))
                        .collect();
                    let rhs: Vec<&Expr> = vs.values.iter().collect();
                    let lhs: Vec<Option<ObjId>> = objs.iter().map(|o| Some(*o)).collect();
                    if !rhs.is_empty() && !self.var_spec_arity(vs) {
                        self.spelled_type = self.alias_spelling(vs.ty.as_ref(), t);
                        self.init_vars(&lhs, t, &rhs, vs.span, true);
                        self.spelled_type = None;
                    }
                    for (n, o) in vs.names.iter().zip(objs) {
                        self.declare_local(n, o);
                    }
                }
                Spec::Type(ts) => {
                    if !ts.type_params.is_empty() {
                        self.error(
                            ts.type_params[0].span,
                            format!("generic type {} not yet supported in Weft", ts.name.name),
                        );
                    }
                    let obj = self.new_object(Object {
                        name: ts.name.name.clone(),
                        kind: ObjKind::TypeName,
                        ty: TypeId(0),
                        span: ts.name.span,
                        package: self.pkg,
                    });
                    if ts.alias {
                        // The alias is in scope in its own declaration: `type T = T` is a cycle.
                        let refers_to_itself =
                            matches!(&ts.ty.kind, ExprKind::Ident(id) if id.name == ts.name.name);
                        if refers_to_itself {
                            self.declare_local(&ts.name, obj);
                            let msg = format!(
                                "invalid recursive type: {} refers to itself",
                                ts.name.name
                            );
                            self.error(ts.name.span, msg);
                            continue;
                        }
                        let t = self.type_expr(&ts.ty);
                        self.info.objects[obj.0 as usize].ty = t;
                        self.declare_local(&ts.name, obj);
                    } else {
                        let named = self.info.types.new_named(
                            ts.name.name.clone(),
                            self.pkg_path.clone(),
                            Some(obj),
                        );
                        self.info.objects[obj.0 as usize].ty = named;
                        // The name is in scope in its own declaration (recursive types).
                        self.declare_local(&ts.name, obj);
                        let rhs = self.type_expr(&ts.ty);
                        let under = self.types().underlying(rhs);
                        if let TypeKind::Named(i) = self.types().kind(named).clone() {
                            self.info.types.named[i as usize].underlying = under;
                        }
                    }
                }
            }
        }
    }

    pub(super) fn check_const_spec_arity_local(
        &mut self,
        vs: &ast::ValueSpec,
        src: &ast::ValueSpec,
    ) {
        if src.values.len() < vs.names.len() {
            if std::ptr::eq(vs, src) || !src.values.is_empty() {
                let name = &vs.names[src.values.len()];
                self.error(name.span, format!("missing init expr for {}", name.name));
            }
        } else if src.values.len() > vs.names.len() && std::ptr::eq(vs, src) {
            let extra = &src.values[vs.names.len()];
            let msg = format!("extra init expr {}", self.expr_str(extra));
            self.error(extra.span, msg);
        }
    }

    /// Initializes variables `lhs` (already created) from `rhs`, setting their types.
    pub(super) fn init_vars(
        &mut self,
        lhs: &[Option<ObjId>],
        ty: Option<TypeId>,
        rhs: &[&Expr],
        _span: Span,
        _local: bool,
    ) {
        let n = lhs.len();
        let context = "variable declaration";
        let set = |c: &mut Self, i: usize, t: TypeId| {
            if let Some(Some(o)) = lhs.get(i) {
                c.info.objects[o.0 as usize].ty = t;
            }
        };
        if rhs.is_empty() {
            for i in 0..n {
                set(self, i, ty.unwrap_or(TypeId(0)));
            }
            return;
        }
        if n == rhs.len() {
            for (i, r) in rhs.iter().enumerate() {
                let mut x = self.expr(r);
                match ty {
                    Some(t) => {
                        self.assignment(&mut x, r, t, context);
                        set(self, i, t);
                    }
                    None => {
                        if self.types().basic_kind(x.ty) == Some(BasicKind::UntypedNil) {
                            self.error(r.span, format!("use of untyped nil in {}", context));
                            set(self, i, TypeId(0));
                            continue;
                        }
                        let ty = self.default_untyped_in(&mut x, r, context);
                        set(self, i, ty);
                    }
                }
            }
            return;
        }
        let owned: Vec<Expr> = rhs.iter().map(|e| (*e).clone()).collect();
        let targets: Vec<Option<TypeId>> = vec![ty.or(Some(TypeId(0))); n];
        let types = if ty.is_some() {
            self.assign_values(&targets, &owned, context, None)
        } else {
            self.assign_values_define(&targets, &owned, &vec![Some(TypeId(u32::MAX)); n])
        };
        for i in 0..n {
            set(
                self,
                i,
                ty.unwrap_or(types.get(i).copied().unwrap_or(TypeId(0))),
            );
        }
    }
}
