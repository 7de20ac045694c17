//! Statements and function bodies: scopes, assignments, control flow,
//! labels, terminating-statement analysis and unused-variable reports.

use super::*;
use crate::ast::{
    Block, CaseClause, Expr, ExprKind, FuncDecl, FuncType, GenKind, Spec, Stmt, StmtKind,
};
use crate::types::Signature;

/// An enclosing statement that `break`/`continue` may target.
#[derive(Clone)]
pub(super) struct Flow {
    is_loop: bool,
    /// Select and switch accept `break` only.
    label: Option<Rc<str>>,
}

impl<'a> Checker<'a> {
    /// Checks a declared function's body.
    pub(super) fn func_body(&mut self, func: FuncRef, decl: &FuncDecl, body: &Block) {
        let mut recv_param: Vec<(&ast::Ident, TypeId)> = Vec::new();
        if let Some(r) = &decl.recv {
            let t = self.info.type_of(r.ty.id);
            for n in &r.names {
                recv_param.push((n, t));
            }
        }
        self.body(func, &decl.sig, body, recv_param);
    }

    pub(super) fn func_lit_body(&mut self, e: &Expr, sig: &FuncType, body: &Block) {
        self.info.captures.entry(e.id).or_default();
        // gc checks function literals of package-level declarations with the
        // function bodies: hold their errors back until then.
        let at_package_level = self.funcs.is_empty();
        let start = self.diagnostics.len();
        self.body(FuncRef::Lit(e.id), sig, body, Vec::new());
        if at_package_level {
            if let Some(decl) = self.current_decl {
                let held = self.diagnostics.split_off(start);
                self.held_lit_diagnostics
                    .entry(decl)
                    .or_default()
                    .extend(held);
            }
        }
    }

    fn body(
        &mut self,
        func: FuncRef,
        sig: &FuncType,
        body: &Block,
        recv: Vec<(&ast::Ident, TypeId)>,
    ) {
        let outermost = self.funcs.is_empty();
        let saved_flow = std::mem::take(&mut self.flow);
        let locals_start = self.local_vars.len();
        let scope_base = self.scopes.len();
        self.scopes.push(Scope {
            names: HashMap::new(),
        });
        self.funcs.push(FuncCtx {
            func,
            results: Vec::new(),
            named_results: Vec::new(),
        });
        for (n, t) in recv {
            let o = self.new_local_var(n, t, true);
            self.declare_local(n, o);
        }
        for f in &sig.params {
            let mut t = self.info.type_of(f.ty.id);
            if f.variadic {
                t = self.info.types.intern(TypeKind::Slice(t));
            }
            for n in &f.names {
                let o = self.new_local_var(n, t, true);
                self.declare_local(n, o);
            }
        }
        let mut results = Vec::new();
        let mut named = Vec::new();
        for f in &sig.results {
            let t = self.info.type_of(f.ty.id);
            if f.names.is_empty() {
                results.push(t);
            }
            for n in &f.names {
                results.push(t);
                let o = self.new_local_var(n, t, true);
                self.declare_local(n, o);
                named.push(o);
            }
        }
        {
            let ctx = self.funcs.last_mut().unwrap();
            ctx.results = results.clone();
            ctx.named_results = named;
        }
        self.labels.push(HashMap::new());
        self.collect_labels(&body.stmts);
        self.check_gotos(body);
        self.stmt_list(&body.stmts);
        if !results.is_empty() && !self.is_terminating_list(&body.stmts, None) {
            self.error(
                Span::new(body.span.hi.saturating_sub(1), body.span.hi),
                "missing return",
            );
        }
        let labels = self.labels.pop().unwrap_or_default();
        let mut unused_labels: Vec<(Span, Rc<str>)> = Vec::new();
        for (name, (obj, used)) in labels {
            if !used {
                unused_labels.push((self.obj(obj).span, name));
            }
        }
        unused_labels.sort_by_key(|(s, _)| s.lo);
        for (span, name) in unused_labels {
            self.early_error(span, format!("label {} defined and not used", name));
        }
        self.funcs.pop();
        self.scopes.truncate(scope_base);
        self.flow = saved_flow;
        // Like gc, each function (literal) reports its own unused variables
        // when its body is done, sorted by position.
        let _ = outermost;
        {
            let mut locals: Vec<ObjId> = self.local_vars.drain(locals_start..).collect();
            locals.sort_by_key(|v| self.obj(*v).span.lo);
            for v in locals {
                if !self.used_vars.contains(&v) {
                    let o = self.obj(v);
                    let msg = format!("declared and not used: {}", o.name);
                    let span = o.span;
                    self.error(span, msg);
                }
            }
        }
    }

    /// Declares all labels of a function body up front (goto may jump forward).
    fn collect_labels(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.collect_labels_stmt(s);
        }
    }

    fn collect_labels_stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Labeled(l, inner) => {
                if &*l.name != "_" {
                    let obj = self.new_object(Object {
                        name: l.name.clone(),
                        kind: ObjKind::Label,
                        ty: TypeId(0),
                        span: l.span,
                        package: self.pkg,
                    });
                    self.info.defs.insert(l.id, obj);
                    let prev = self.labels.last().unwrap().get(&l.name).map(|(p, _)| *p);
                    if let Some(prev) = prev {
                        let prev_span = self.obj(prev).span;
                        let msg = format!(
                            "label {} already defined at {}",
                            l.name,
                            self.sources.describe(prev_span)
                        );
                        self.early_error(l.span, msg);
                    } else {
                        self.labels
                            .last_mut()
                            .unwrap()
                            .insert(l.name.clone(), (obj, false));
                    }
                }
                self.collect_labels_stmt(inner);
            }
            StmtKind::Block(b) => self.collect_labels(&b.stmts),
            StmtKind::If { then, els, .. } => {
                self.collect_labels(&then.stmts);
                if let Some(e) = els {
                    self.collect_labels_stmt(e);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                self.collect_labels(&body.stmts)
            }
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                for c in clauses {
                    self.collect_labels(&c.body);
                }
            }
            StmtKind::Select(clauses) => {
                for c in clauses {
                    self.collect_labels(&c.body);
                }
            }
            _ => {}
        }
    }

    fn use_label(&mut self, l: &ast::Ident) -> bool {
        let Some(labels) = self.labels.last_mut() else {
            return false;
        };
        match labels.get_mut(&l.name) {
            Some((obj, used)) => {
                *used = true;
                let obj = *obj;
                self.info.uses.insert(l.id, obj);
                true
            }
            None => false,
        }
    }

    fn stmt_list(&mut self, stmts: &[Stmt]) {
        for (i, s) in stmts.iter().enumerate() {
            self.stmt(s, None, i + 1 == stmts.len());
        }
    }

    fn block(&mut self, b: &Block) {
        self.push_scope();
        self.stmt_list(&b.stmts);
        self.pop_scope();
    }

    /// Checks one statement; `label` is the label attached to it, `last`
    /// whether it ends its statement list (for fallthrough placement).
    fn stmt(&mut self, s: &Stmt, label: Option<Rc<str>>, _last: bool) {
        if self.depth > MAX_DEPTH {
            self.error(s.span, "statement nested too deeply");
            return;
        }
        self.depth += 1;
        self.stmt_inner(s, label);
        self.depth -= 1;
    }

    fn stmt_inner(&mut self, s: &Stmt, label: Option<Rc<str>>) {
        match &s.kind {
            StmtKind::Bad | StmtKind::Empty => {}
            StmtKind::Decl(gd) => self.local_decl(gd),
            StmtKind::Labeled(l, inner) => self.stmt(inner, Some(l.name.clone()), false),
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send(ch, v) => self.send(ch, v),
            StmtKind::IncDec(x, inc) => {
                let mut xv = self.expr(x);
                if xv.is_invalid() {
                    return;
                }
                if !self
                    .types()
                    .basic_kind(xv.ty)
                    .is_some_and(|k| k.is_numeric())
                {
                    let op = if *inc { "++" } else { "--" };
                    let msg = format!(
                        "invalid operation: {}{} (non-numeric type {})",
                        self.expr_str(x),
                        op,
                        self.ts(xv.ty)
                    );
                    self.error(s.span, msg);
                    return;
                }
                self.check_assignable_lhs(x, &mut xv);
            }
            StmtKind::Assign {
                lhs,
                op,
                define,
                rhs,
            } => {
                if *define {
                    self.short_var_decl(s, lhs, rhs);
                } else if let Some(op) = op {
                    self.op_assign(s, *op, &lhs[0], &rhs[0]);
                } else {
                    self.assign(lhs, rhs);
                }
            }
            StmtKind::Go(e) | StmtKind::Defer(e) => {
                let what = if matches!(s.kind, StmtKind::Go(_)) {
                    "go"
                } else {
                    "defer"
                };
                let mut inner = e;
                while let ExprKind::Paren(p) = &inner.kind {
                    inner = p;
                }
                if !matches!(inner.kind, ExprKind::Call { .. }) {
                    self.raw_expr(e);
                    self.error(
                        e.span,
                        format!("expression in {} must be function call", what),
                    );
                    return;
                }
                let x = self.raw_expr(e);
                if let ExprKind::Call { func, .. } = &inner.kind {
                    if let Some(TypeAndMode {
                        mode: Mode::Builtin(b),
                        ..
                    }) = self.info.exprs.get(&func.id)
                    {
                        let allowed = matches!(
                            b,
                            Builtin::Copy
                                | Builtin::Panic
                                | Builtin::Print
                                | Builtin::Println
                                | Builtin::Recover
                                | Builtin::Close
                                | Builtin::Delete
                                | Builtin::Clear
                        );
                        if !allowed && !x.is_invalid() {
                            let msg = format!("{} discards result of {}", what, self.expr_str(e));
                            self.error(e.span, msg);
                        }
                    }
                    if let Some(TypeAndMode {
                        mode: Mode::Type, ..
                    }) = self.info.exprs.get(&func.id)
                    {
                        let msg = format!("{} requires function call, not conversion", what);
                        self.error(e.span, msg);
                    }
                }
            }
            StmtKind::Return(exprs) => self.return_stmt(s, exprs),
            StmtKind::Break(l) => match l {
                Some(l) => {
                    if !self.use_label(l) {
                        self.early_error(l.span, format!("break label not defined: {}", l.name));
                    } else if !self
                        .flow
                        .iter()
                        .any(|f| f.label.as_deref() == Some(&*l.name))
                    {
                        self.early_error(l.span, format!("invalid break label {}", l.name));
                    }
                }
                None => {
                    if self.flow.is_empty() {
                        self.early_error(s.span, "break is not in a loop, switch, or select");
                    }
                }
            },
            StmtKind::Continue(l) => match l {
                Some(l) => {
                    if !self.use_label(l) {
                        self.early_error(l.span, format!("continue label not defined: {}", l.name));
                    } else if !self
                        .flow
                        .iter()
                        .any(|f| f.is_loop && f.label.as_deref() == Some(&*l.name))
                    {
                        self.early_error(l.span, format!("invalid continue label {}", l.name));
                    }
                }
                None => {
                    if !self.flow.iter().any(|f| f.is_loop) {
                        self.early_error(s.span, "continue is not in a loop");
                    }
                }
            },
            StmtKind::Goto(l) => {
                if !self.use_label(l) {
                    self.early_error(l.span, format!("label {} not defined", l.name));
                }
            }
            StmtKind::Fallthrough => {
                // Placement is checked by the switch; anything reaching here is misplaced.
                self.early_error(s.span, "fallthrough statement out of place");
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i, None, false);
                }
                self.condition(cond, "if statement");
                self.block(then);
                if let Some(e) = els {
                    self.stmt(e, None, false);
                }
                self.pop_scope();
            }
            StmtKind::Switch {
                init, tag, clauses, ..
            } => self.switch_stmt(init.as_deref(), tag.as_ref(), clauses, label),
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
                ..
            } => self.type_switch(init.as_deref(), bind.as_ref(), x, clauses, label),
            StmtKind::Select(clauses) => {
                self.flow.push(Flow {
                    is_loop: false,
                    label,
                });
                for c in clauses {
                    self.push_scope();
                    if let Some(comm) = &c.comm {
                        self.comm_clause(comm);
                    }
                    self.stmt_list(&c.body);
                    self.pop_scope();
                }
                self.flow.pop();
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i, None, false);
                }
                if let Some(c) = cond {
                    self.condition(c, "for statement");
                }
                if let Some(p) = post {
                    if let StmtKind::Assign { define: true, .. } = p.kind {
                        self.error(p.span, "cannot declare in post statement of for loop");
                    } else {
                        self.stmt(p, None, false);
                    }
                }
                self.flow.push(Flow {
                    is_loop: true,
                    label,
                });
                self.block(body);
                self.flow.pop();
                self.pop_scope();
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range_stmt(s, key.as_ref(), value.as_ref(), *define, x, body, label),
        }
    }

    fn condition(&mut self, c: &Expr, what: &str) {
        let mut x = self.expr(c);
        if x.is_invalid() {
            return;
        }
        if !matches!(
            self.types().basic_kind(x.ty),
            Some(BasicKind::Bool | BasicKind::UntypedBool)
        ) {
            self.error(c.span, format!("non-boolean condition in {}", what));
            return;
        }
        self.default_untyped(&mut x, c);
    }

    fn expr_stmt(&mut self, e: &Expr) {
        let x = self.raw_expr(e);
        if x.is_invalid() {
            return;
        }
        let mut inner = e;
        while let ExprKind::Paren(p) = &inner.kind {
            inner = p;
        }
        let is_call = matches!(inner.kind, ExprKind::Call { .. });
        let is_recv = matches!(inner.kind, ExprKind::Unary(ast::UnaryOp::Recv, _));
        if is_call {
            if let ExprKind::Call { func, .. } = &inner.kind {
                match self.info.exprs.get(&func.id).map(|t| t.mode.clone()) {
                    Some(Mode::Builtin(b)) => {
                        let allowed = matches!(
                            b,
                            Builtin::Copy
                                | Builtin::Panic
                                | Builtin::Print
                                | Builtin::Println
                                | Builtin::Recover
                                | Builtin::Close
                                | Builtin::Delete
                                | Builtin::Clear
                        );
                        if !allowed {
                            let msg = format!("{} is not used", self.operand_string(e, &x));
                            self.error(e.span, msg);
                        }
                        return;
                    }
                    Some(Mode::Type) => {
                        let msg = format!("{} is not used", self.operand_string(e, &x));
                        self.error(e.span, msg);
                        return;
                    }
                    _ => {}
                }
            }
            return;
        }
        if is_recv {
            return;
        }
        let msg = match x.mode {
            OpMode::Type => format!("{} (type) is not an expression", self.expr_str(e)),
            OpMode::Builtin(_) => format!("{} (built-in) must be called", self.expr_str(e)),
            _ => format!("{} is not used", self.operand_string(e, &x)),
        };
        self.error(e.span, msg);
    }

    fn send(&mut self, ch: &Expr, v: &Expr) {
        let c = self.expr(ch);
        let mut x = self.expr(v);
        if c.is_invalid() || x.is_invalid() {
            return;
        }
        match self.types().under_kind(c.ty).clone() {
            TypeKind::Chan(dir, el) => {
                if dir == ast::ChanDir::Recv {
                    let msg = format!(
                        "invalid operation: cannot send to receive-only channel {}",
                        self.operand_string(ch, &c)
                    );
                    self.error(ch.span, msg);
                    return;
                }
                self.assignment(&mut x, v, el, "send");
            }
            _ => {
                let msg = format!(
                    "invalid operation: cannot send to non-channel {}",
                    self.operand_string(ch, &c)
                );
                self.error(ch.span, msg);
            }
        }
    }

    /// Checks that `x` can be assigned to; `xv` is its operand.
    fn check_assignable_lhs(&mut self, x: &Expr, xv: &mut Operand) -> bool {
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
    fn lhs_expr(&mut self, x: &Expr) -> Operand {
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

    fn assign(&mut self, lhs: &[Expr], rhs: &[Expr]) {
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
    fn assign_values(
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
                            self.default_untyped(&mut x, r);
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
                    _ => self.default_untyped(&mut x, r),
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
    fn single_rhs(&mut self, r: &Expr) -> Operand {
        let x = self.raw_expr(r);
        if let TypeKind::Tuple(items) = self.types().kind(x.ty).clone() {
            if x.mode == OpMode::Value && items.len() > 1 {
                self.mismatch(1, r, Some(items.len()));
                return Operand::invalid();
            }
        }
        self.single_value(r, x)
    }

    fn mismatch(&mut self, n: usize, r: &Expr, returned: Option<usize>) {
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

    fn op_assign(&mut self, s: &Stmt, op: ast::BinaryOp, l: &Expr, r: &Expr) {
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

    fn short_var_decl(&mut self, s: &Stmt, lhs: &[Expr], rhs: &[Expr]) {
        let mut targets: Vec<Option<TypeId>> = Vec::new();
        let mut new_vars: Vec<(usize, ObjId)> = Vec::new();
        let mut idents: Vec<Option<&ast::Ident>> = Vec::new();
        let mut any_new = false;
        let mut seen: HashSet<Rc<str>> = HashSet::new();
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
    fn assign_values_define(
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
                            let ctx = if is_new { "assignment" } else { "assignment" };
                            self.error(r.span, format!("use of untyped nil in {}", ctx));
                            x = Operand::invalid();
                        } else {
                            self.default_untyped(&mut x, r);
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
    fn local_decl(&mut self, gd: &ast::GenDecl) {
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
                        self.init_vars(&lhs, t, &rhs, vs.span, true);
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

    fn check_const_spec_arity_local(&mut self, vs: &ast::ValueSpec, src: &ast::ValueSpec) {
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
                let mut x = if n == 1 { self.expr(r) } else { self.expr(r) };
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
                        self.default_untyped(&mut x, r);
                        set(self, i, if x.is_invalid() { TypeId(0) } else { x.ty });
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

    fn return_stmt(&mut self, s: &Stmt, exprs: &[Expr]) {
        let Some(ctx) = self.funcs.last() else { return };
        let results = ctx.results.clone();
        let named = ctx.named_results.clone();
        if exprs.is_empty() {
            if results.is_empty() {
                return;
            }
            if !named.is_empty() {
                // Named results must not be shadowed at the return.
                for o in named {
                    let name = self.obj(o).name.clone();
                    if let Some(found) = self.lookup(&name) {
                        if found != o {
                            let msg = format!("result parameter {} not in scope at return\n\tinner declaration of {}", name, name);
                            let _ = msg;
                            let m = format!("result parameter {} not in scope at return", name);
                            self.error(s.span, m);
                        }
                    }
                }
                return;
            }
            let want = self.tuple_string(&results);
            self.error(
                s.span,
                format!("not enough return values\n\thave ()\n\twant {}", want),
            );
            return;
        }
        if exprs.len() == 1 && results.len() > 1 {
            let x = self.raw_expr(&exprs[0]);
            if let TypeKind::Tuple(items) = self.types().kind(x.ty).clone() {
                if items.len() == results.len() {
                    for (it, t) in items.iter().zip(&results) {
                        if !self.types().assignable_to(*it, *t, &self.pkg_path) {
                            let msg = format!(
                                "cannot use {} (value of type {}) as {} value in return statement",
                                self.expr_str(&exprs[0]),
                                self.ts(*it),
                                self.ts(*t)
                            );
                            self.error(exprs[0].span, msg);
                            break;
                        }
                    }
                    return;
                }
            }
            let have = self.have_string(&[x], &exprs[..1]);
            let want = self.tuple_string(&results);
            self.error(
                exprs[0].span,
                format!("not enough return values\n\thave {}\n\twant {}", have, want),
            );
            return;
        }
        if exprs.len() != results.len() {
            let ops: Vec<Operand> = exprs.iter().map(|e| self.expr(e)).collect();
            if ops.iter().any(|o| o.is_invalid()) {
                return;
            }
            let have = self.have_string(&ops, exprs);
            let want = self.tuple_string(&results);
            if exprs.len() > results.len() {
                self.error(
                    exprs[results.len()].span,
                    format!("too many return values\n\thave {}\n\twant {}", have, want),
                );
            } else {
                self.error(
                    s.span,
                    format!("not enough return values\n\thave {}\n\twant {}", have, want),
                );
            }
            return;
        }
        for (e, t) in exprs.iter().zip(&results) {
            let mut x = self.expr(e);
            self.assignment(&mut x, e, *t, "return statement");
        }
    }

    fn tuple_string(&self, ts: &[TypeId]) -> String {
        let parts: Vec<String> = ts.iter().map(|t| self.ts(*t)).collect();
        format!("({})", parts.join(", "))
    }

    fn have_string(&self, ops: &[Operand], _exprs: &[Expr]) -> String {
        let parts: Vec<String> = ops
            .iter()
            .map(|o| {
                if self.types().is_untyped(o.ty) && o.const_val().is_some_and(|v| v.is_numeric()) {
                    "number".to_string()
                } else {
                    self.ts(o.ty)
                }
            })
            .collect();
        format!("({})", parts.join(", "))
    }

    fn switch_stmt(
        &mut self,
        init: Option<&Stmt>,
        tag: Option<&Expr>,
        clauses: &[CaseClause],
        label: Option<Rc<str>>,
    ) {
        self.push_scope();
        if let Some(i) = init {
            self.stmt(i, None, false);
        }
        let mut tag_op = match tag {
            Some(t) => {
                let mut x = self.expr(t);
                if !x.is_invalid() {
                    if self.types().basic_kind(x.ty) == Some(BasicKind::UntypedNil) {
                        self.error(t.span, "use of untyped nil in switch expression");
                        x = Operand::invalid();
                    } else {
                        self.default_untyped(&mut x, t);
                    }
                }
                Some(x)
            }
            None => None,
        };
        let mut seen: Vec<(ConstValue, TypeId, Span)> = Vec::new();
        let mut default_seen: Option<Span> = None;
        self.flow.push(Flow {
            is_loop: false,
            label,
        });
        for (ci, c) in clauses.iter().enumerate() {
            if c.default {
                if let Some(prev) = default_seen {
                    let msg = format!(
                        "multiple defaults in switch\n\tprevious default at {}",
                        self.sources.describe(prev)
                    );
                    let _ = msg;
                    self.error(
                        c.span,
                        format!(
                            "multiple defaults (first at {})",
                            self.sources.describe(prev)
                        ),
                    );
                }
                default_seen = Some(c.span);
            }
            for e in &c.exprs {
                let mut x = self.expr(e);
                if x.is_invalid() {
                    continue;
                }
                match &mut tag_op {
                    None => {
                        // `switch {}`: cases are boolean conditions.
                        let b = self.basic(BasicKind::Bool);
                        if !matches!(
                            self.types().basic_kind(x.ty),
                            Some(BasicKind::Bool | BasicKind::UntypedBool)
                        ) && !self.types().assignable_to(b, x.ty, &self.pkg_path)
                        {
                            let msg = format!(
                                "invalid case {} in switch (mismatched types {} and bool)",
                                self.expr_str(e),
                                self.ts(x.ty)
                            );
                            self.error(e.span, msg);
                            continue;
                        }
                        self.default_untyped(&mut x, e);
                        if let OpMode::Const(v) = &x.mode {
                            self.dup_case(&mut seen, v.clone(), x.ty, e);
                        }
                    }
                    Some(t) if !t.is_invalid() => {
                        let tt = t.ty;
                        if self.types().is_untyped(x.ty) {
                            if self.types().basic_kind(x.ty) == Some(BasicKind::UntypedNil)
                                && !matches!(
                                    self.types().under_kind(tt),
                                    TypeKind::Pointer(_)
                                        | TypeKind::Slice(_)
                                        | TypeKind::Map(..)
                                        | TypeKind::Chan(..)
                                        | TypeKind::Func(_)
                                        | TypeKind::Interface { .. }
                                )
                            {
                                let msg = format!("invalid case {} in switch on {} (mismatched types untyped nil and {})", self.expr_str(e), self.expr_str(tag.unwrap()), self.ts(tt));
                                self.error(e.span, msg);
                                continue;
                            }
                            if self.types().is_interface(tt) {
                                self.default_untyped(&mut x, e);
                            } else if !self.convert_untyped(&mut x, e, tt) {
                                continue;
                            }
                        }
                        let ok = self.types().assignable_to(x.ty, tt, &self.pkg_path)
                            || self.types().assignable_to(tt, x.ty, &self.pkg_path)
                            || self.types().basic_kind(x.ty) == Some(BasicKind::UntypedNil);
                        if !ok {
                            let msg = format!(
                                "invalid case {} in switch on {} (mismatched types {} and {})",
                                self.expr_str(e),
                                self.expr_str(tag.unwrap()),
                                self.ts(x.ty),
                                self.ts(tt)
                            );
                            self.error(e.span, msg);
                            continue;
                        }
                        if let OpMode::Const(v) = &x.mode {
                            self.dup_case(&mut seen, v.clone(), x.ty, e);
                        }
                    }
                    _ => {}
                }
            }
            self.push_scope();
            let last_clause = ci + 1 == clauses.len();
            self.case_body(
                &c.body,
                if last_clause {
                    Some("cannot fallthrough final case in switch")
                } else {
                    None
                },
            );
            self.pop_scope();
        }
        self.flow.pop();
        self.pop_scope();
    }

    fn dup_case(
        &mut self,
        seen: &mut Vec<(ConstValue, TypeId, Span)>,
        v: ConstValue,
        t: TypeId,
        e: &Expr,
    ) {
        if let Some((_, _, prev)) = seen.iter().find(|(pv, pt, _)| *pv == v && *pt == t) {
            let shown = self.operand_string(
                e,
                &Operand {
                    mode: OpMode::Const(v.clone()),
                    ty: t,
                },
            );
            let msg = format!(
                "duplicate case {} in expression switch\n\t{}: previous case",
                shown,
                self.sources.describe(*prev)
            );
            self.error(e.span, msg);
            return;
        }
        seen.push((v, t, e.span));
    }

    /// A case body: `fallthrough` is allowed only as its last statement
    /// (`final_err` when this is the last clause of the switch).
    fn case_body(&mut self, body: &[Stmt], final_err: Option<&str>) {
        for (i, s) in body.iter().enumerate() {
            let mut inner = s;
            while let StmtKind::Labeled(_, x) = &inner.kind {
                inner = x;
            }
            if matches!(inner.kind, StmtKind::Fallthrough) && i + 1 == body.len() {
                if let Some(m) = final_err {
                    self.early_error(inner.span, m.to_string());
                }
                continue;
            }
            self.stmt(s, None, i + 1 == body.len());
        }
    }

    fn type_switch(
        &mut self,
        init: Option<&Stmt>,
        bind: Option<&ast::Ident>,
        x: &Expr,
        clauses: &[CaseClause],
        label: Option<Rc<str>>,
    ) {
        self.push_scope();
        if let Some(i) = init {
            self.stmt(i, None, false);
        }
        // The parser gives the operand of `x.(type)`; accept the whole guard too.
        let inner: &Expr = match &x.kind {
            ExprKind::TypeAssert(inner, None) => inner,
            _ => x,
        };
        let xv = self.expr(inner);
        let mut valid = !xv.is_invalid();
        if valid && !self.types().is_interface(xv.ty) {
            let msg = format!("{} is not an interface", self.operand_string(inner, &xv));
            self.error(inner.span, msg);
            valid = false;
        }
        if let Some(b) = bind {
            if &*b.name == "_" {
                self.error(b.span, "no new variable on left side of :=");
            }
        }
        self.flow.push(Flow {
            is_loop: false,
            label,
        });
        let mut implicit_objs = Vec::new();
        let mut seen_types: Vec<(TypeId, Span)> = Vec::new();
        let mut nil_seen = false;
        for c in clauses {
            let mut single: Option<TypeId> = None;
            for e in &c.exprs {
                if let ExprKind::Ident(id) = &e.kind {
                    if &*id.name == "nil"
                        && self
                            .lookup("nil")
                            .is_some_and(|o| matches!(self.obj(o).kind, ObjKind::Nil))
                    {
                        let o = self.lookup("nil").unwrap();
                        self.info.uses.insert(id.id, o);
                        let un = self.basic(BasicKind::UntypedNil);
                        self.info.exprs.insert(
                            e.id,
                            TypeAndMode {
                                ty: un,
                                mode: Mode::Value,
                            },
                        );
                        if nil_seen {
                            self.error(e.span, "multiple nil cases in type switch (first at ?)");
                        }
                        nil_seen = true;
                        single = if c.exprs.len() == 1 {
                            Some(if valid { xv.ty } else { TypeId(0) })
                        } else {
                            None
                        };
                        continue;
                    }
                }
                let t = self.type_expr(e);
                if self.types().is_invalid(t) || !valid {
                    // A broken single-type case gives its variable the invalid
                    // type, so its uses report nothing more.
                    if c.exprs.len() == 1 {
                        single = Some(TypeId(0));
                    }
                    continue;
                }
                if let Some((_, prev)) = seen_types.iter().find(|(p, _)| *p == t) {
                    let msg = format!(
                        "duplicate case {} in type switch\n\t{}: previous case",
                        self.expr_str(e),
                        self.sources.describe(*prev)
                    );
                    self.error(e.span, msg);
                } else {
                    seen_types.push((t, e.span));
                }
                if !self.types().is_interface(t) {
                    if let Err(why) = self.types().implements(t, xv.ty, &self.pkg_path) {
                        let reason = self.not_implemented_reason(t, xv.ty, &why);
                        let detail = reason
                            .split_once(" (")
                            .map(|(_, r)| format!("({}", r))
                            .unwrap_or_default();
                        let msg = format!(
                            "impossible type switch case: {}\n\t{} cannot have dynamic type {} {}",
                            self.expr_str(e),
                            self.operand_string(inner, &xv),
                            self.ts(t),
                            detail
                        );
                        self.error(e.span, msg);
                    }
                }
                if c.exprs.len() == 1 {
                    single = Some(t);
                }
            }
            self.push_scope();
            if let Some(b) = bind {
                if &*b.name != "_" {
                    let t = single.unwrap_or(if valid { xv.ty } else { TypeId(0) });
                    let o = self.new_local_var(b, t, false);
                    // Clause variables are reported together at the binding, not one by one.
                    self.local_vars.retain(|v| *v != o);
                    self.scopes
                        .last_mut()
                        .unwrap()
                        .names
                        .insert(b.name.clone(), o);
                    self.info.implicits.insert(c.span.lo, o);
                    implicit_objs.push(o);
                }
            }
            self.case_body(&c.body, Some("cannot fallthrough in type switch"));
            self.pop_scope();
        }
        self.flow.pop();
        if let Some(b) = bind {
            if &*b.name != "_" && !implicit_objs.iter().any(|o| self.used_vars.contains(o)) {
                self.error(b.span, format!("{} declared and not used", b.name));
            }
        }
        self.pop_scope();
    }

    fn comm_clause(&mut self, comm: &Stmt) {
        match &comm.kind {
            StmtKind::Send(..) => self.stmt(comm, None, false),
            StmtKind::Expr(e) if is_recv(e) => self.stmt(comm, None, false),
            StmtKind::Assign { rhs, op: None, .. } if rhs.len() == 1 && is_recv(&rhs[0]) => {
                self.stmt(comm, None, false)
            }
            _ => {
                self.error(
                    comm.span,
                    "select case must be send or receive (possibly with assignment)",
                );
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn range_stmt(
        &mut self,
        s: &Stmt,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &Block,
        label: Option<Rc<str>>,
    ) {
        self.push_scope();
        let mut xv = self.expr(x);
        let mut kt = TypeId(0);
        let mut vt = TypeId(0);
        let mut max_vars = 2;
        let mut ok = !xv.is_invalid();
        if ok {
            let int = self.basic(BasicKind::Int);
            match self.types().under_kind(xv.ty).clone() {
                TypeKind::Basic(k) if matches!(k, BasicKind::String | BasicKind::UntypedString) => {
                    self.default_untyped(&mut xv, x);
                    kt = int;
                    vt = self.basic(BasicKind::Int32);
                }
                TypeKind::Basic(k) if k.is_integer() => {
                    self.default_untyped(&mut xv, x);
                    kt = xv.ty;
                    max_vars = 1;
                }
                TypeKind::Array(el, _) => {
                    kt = int;
                    vt = el;
                }
                TypeKind::Pointer(p)
                    if matches!(self.types().under_kind(p), TypeKind::Array(..)) =>
                {
                    let TypeKind::Array(el, _) = self.types().under_kind(p).clone() else {
                        unreachable!()
                    };
                    kt = int;
                    vt = el;
                }
                TypeKind::Slice(el) => {
                    kt = int;
                    vt = el;
                }
                TypeKind::Map(k, v) => {
                    kt = k;
                    vt = v;
                }
                TypeKind::Chan(dir, el) => {
                    if dir == ast::ChanDir::Send {
                        let msg = format!(
                            "invalid operation: range {} receive from send-only channel {}",
                            self.expr_str(x),
                            self.ts(xv.ty)
                        );
                        self.error(x.span, msg);
                        ok = false;
                    }
                    kt = el;
                    max_vars = 1;
                }
                TypeKind::Func(sig) => match self.iterator_types(&sig) {
                    Some((n, k, v)) => {
                        max_vars = n;
                        kt = k;
                        vt = v;
                    }
                    None => {
                        let msg = format!("cannot range over {}", self.operand_string(x, &xv));
                        self.error(x.span, msg);
                        ok = false;
                    }
                },
                _ => {
                    let msg = format!("cannot range over {}", self.operand_string(x, &xv));
                    self.error(x.span, msg);
                    ok = false;
                }
            }
        }
        let vars: Vec<(&Expr, TypeId)> = [(key, kt), (value, vt)]
            .into_iter()
            .filter_map(|(e, t)| e.map(|e| (e, t)))
            .collect();
        if ok && vars.len() > max_vars {
            let extra = vars[max_vars].0;
            let msg = format!(
                "range over {} permits only one iteration variable",
                self.operand_string(x, &xv)
            );
            let msg = if max_vars == 0 {
                format!(
                    "range over {} permits no iteration variables",
                    self.operand_string(x, &xv)
                )
            } else {
                msg
            };
            self.error(extra.span, msg);
        }
        let mut new_vars = Vec::new();
        for (i, (e, t)) in vars.iter().enumerate() {
            let t = if i < max_vars && ok { *t } else { TypeId(0) };
            if define {
                let ExprKind::Ident(id) = &e.kind else {
                    let msg = format!("non-name {} on left side of :=", self.expr_str(e));
                    self.error(e.span, msg);
                    continue;
                };
                let o = self.new_local_var(id, t, false);
                if !self.types().is_invalid(t) {
                    self.info.exprs.insert(
                        e.id,
                        TypeAndMode {
                            ty: t,
                            mode: Mode::Variable,
                        },
                    );
                }
                new_vars.push((id, o));
            } else {
                if is_blank(e) {
                    continue;
                }
                let mut lv = self.lhs_expr(e);
                if lv.is_invalid() || !self.check_assignable_lhs(e, &mut lv) {
                    continue;
                }
                if !self.types().is_invalid(t)
                    && !self.types().assignable_to(t, lv.ty, &self.pkg_path)
                {
                    let msg = format!(
                        "cannot use {} (value of type {}) as {} value in range clause",
                        self.expr_str(e),
                        self.ts(t),
                        self.ts(lv.ty)
                    );
                    let msg = msg.replacen(&self.expr_str(e), &self.expr_str(e), 1);
                    self.error(e.span, msg);
                }
            }
        }
        for (id, o) in new_vars {
            self.declare_local(id, o);
        }
        let _ = s;
        self.flow.push(Flow {
            is_loop: true,
            label,
        });
        self.block(body);
        self.flow.pop();
        self.pop_scope();
    }

    /// For a range-over-func iterator `func(yield func(...) bool)`: the number
    /// of iteration variables and their types.
    fn iterator_types(&self, sig: &Signature) -> Option<(usize, TypeId, TypeId)> {
        if sig.params.len() != 1 || !sig.results.is_empty() || sig.variadic {
            return None;
        }
        let TypeKind::Func(y) = self.types().under_kind(sig.params[0]) else {
            return None;
        };
        if y.results.len() != 1
            || self.types().basic_kind(y.results[0]) != Some(BasicKind::Bool)
            || y.variadic
        {
            return None;
        }
        match y.params.len() {
            0 => Some((0, TypeId(0), TypeId(0))),
            1 => Some((1, y.params[0], TypeId(0))),
            2 => Some((2, y.params[0], y.params[1])),
            _ => None,
        }
    }

    // Terminating statements (spec "Terminating statements").

    fn is_terminating_list(&self, stmts: &[Stmt], label: Option<&str>) -> bool {
        // Trailing empty statements do not count.
        let mut it = stmts
            .iter()
            .rev()
            .skip_while(|s| matches!(s.kind, StmtKind::Empty));
        match it.next() {
            Some(s) => self.is_terminating(s, label),
            None => false,
        }
    }

    fn is_terminating(&self, s: &Stmt, label: Option<&str>) -> bool {
        match &s.kind {
            StmtKind::Return(_) | StmtKind::Goto(_) => true,
            StmtKind::Expr(e) => {
                let mut e = e;
                while let ExprKind::Paren(p) = &e.kind {
                    e = p;
                }
                if let ExprKind::Call { func, .. } = &e.kind {
                    return matches!(
                        self.info.exprs.get(&func.id),
                        Some(TypeAndMode {
                            mode: Mode::Builtin(Builtin::Panic),
                            ..
                        })
                    );
                }
                false
            }
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts, None),
            StmtKind::If { then, els, .. } => els.as_ref().is_some_and(|e| {
                self.is_terminating_list(&then.stmts, None) && self.is_terminating(e, None)
            }),
            StmtKind::Labeled(l, inner) => self.is_terminating(inner, Some(&l.name)),
            StmtKind::For { cond, body, .. } => {
                cond.is_none() && !has_break(&body.stmts, label, true)
            }
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                clauses.iter().any(|c| c.default)
                    && clauses.iter().all(|c| {
                        !has_break(&c.body, label, true)
                            && (self.is_terminating_list(&c.body, None)
                                || c.body
                                    .last()
                                    .is_some_and(|s| matches!(s.kind, StmtKind::Fallthrough)))
                    })
            }
            StmtKind::Select(clauses) => clauses.iter().all(|c| {
                !has_break(&c.body, label, true) && self.is_terminating_list(&c.body, None)
            }),
            _ => false,
        }
    }
}

fn is_blank(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Ident(id) if &*id.name == "_")
}

fn is_recv(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Unary(ast::UnaryOp::Recv, _) => true,
        ExprKind::Paren(x) => is_recv(x),
        _ => false,
    }
}

/// Whether statements contain a `break` that targets the enclosing statement
/// (unlabeled at this level, or labeled with `label`).
fn has_break(stmts: &[Stmt], label: Option<&str>, top: bool) -> bool {
    stmts.iter().any(|s| has_break_stmt(s, label, top))
}

fn has_break_stmt(s: &Stmt, label: Option<&str>, top: bool) -> bool {
    match &s.kind {
        StmtKind::Break(None) => top,
        StmtKind::Break(Some(l)) => Some(&*l.name) == label,
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::Labeled(_, inner) => has_break_stmt(inner, label, top),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, top)
                || els.as_ref().is_some_and(|e| has_break_stmt(e, label, top))
        }
        // Nested breakable statements capture unlabeled breaks.
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            label.is_some() && has_break(&body.stmts, label, false)
        }
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            label.is_some() && clauses.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::Select(clauses) => {
            label.is_some() && clauses.iter().any(|c| has_break(&c.body, label, false))
        }
        _ => false,
    }
}

/// One block of a function body, for the `goto` rules.
struct GotoBlock {
    /// Enclosing block index (`usize::MAX` for the function body).
    parent: usize,
    /// Where gc says the block starts (its `{`, or the case clause).
    start: u32,
    /// Variable declarations directly in this block: (position, names as written).
    var_decls: Vec<(u32, String)>,
}

/// Labels and gotos of one function body, collected by [`collect_gotos`].
#[derive(Default)]
struct GotoInfo {
    blocks: Vec<GotoBlock>,
    /// Label name -> (block, position).
    labels: HashMap<Rc<str>, (usize, u32)>,
    /// (label ident, block, position of the goto).
    gotos: Vec<(ast::Ident, usize, u32)>,
}

impl<'a> Checker<'a> {
    /// gc's `goto` checks: a goto may not jump into a block or over a
    /// variable declaration of the label's block.
    pub(super) fn check_gotos(&mut self, body: &Block) {
        let mut info = GotoInfo::default();
        info.blocks.push(GotoBlock {
            parent: usize::MAX,
            start: body.span.lo,
            var_decls: Vec::new(),
        });
        self.collect_gotos(&body.stmts, 0, &mut info);
        for (label, block, pos) in &info.gotos {
            let Some(&(lblock, lpos)) = info.labels.get(&label.name) else {
                continue;
            };
            // Is the label's block the goto's block or one of its ancestors?
            let mut b = *block;
            let mut enclosing = false;
            while b != usize::MAX {
                if b == lblock {
                    enclosing = true;
                    break;
                }
                b = info.blocks[b].parent;
            }
            if !enclosing {
                let start = info.blocks[lblock].start;
                let msg = format!(
                    "goto {} jumps into block starting at {}",
                    label.name,
                    self.sources.describe(Span::new(start, start))
                );
                self.early_error(label.span, msg);
                continue;
            }
            if lpos > *pos {
                if let Some((dpos, names)) = info.blocks[lblock]
                    .var_decls
                    .iter()
                    .filter(|(d, _)| *d > *pos && *d < lpos)
                    .last()
                {
                    let msg = format!(
                        "goto {} jumps over declaration of {} at {}",
                        label.name,
                        names,
                        self.sources.describe(Span::new(*dpos, *dpos))
                    );
                    self.early_error(label.span, msg);
                }
            }
        }
    }

    fn collect_gotos(&self, stmts: &[Stmt], block: usize, info: &mut GotoInfo) {
        for s in stmts {
            self.collect_gotos_stmt(s, block, info);
        }
    }

    fn new_goto_block(info: &mut GotoInfo, parent: usize, start: u32) -> usize {
        info.blocks.push(GotoBlock {
            parent,
            start,
            var_decls: Vec::new(),
        });
        info.blocks.len() - 1
    }

    fn collect_gotos_stmt(&self, s: &Stmt, block: usize, info: &mut GotoInfo) {
        match &s.kind {
            StmtKind::Labeled(l, inner) => {
                info.labels
                    .entry(l.name.clone())
                    .or_insert((block, l.span.lo));
                self.collect_gotos_stmt(inner, block, info);
            }
            StmtKind::Goto(l) => info.gotos.push((l.clone(), block, s.span.lo)),
            StmtKind::Decl(gd) if gd.kind == GenKind::Var => {
                if let Some(Spec::Value(vs)) = gd.specs.first() {
                    if let Some(n) = vs.names.first() {
                        info.blocks[block]
                            .var_decls
                            .push((n.span.lo, n.name.to_string()));
                    }
                }
            }
            StmtKind::Assign {
                lhs, define: true, ..
            } => {
                // gc reports at the `:=` and names the whole left side.
                let after = lhs.last().map(|l| l.span.hi).unwrap_or(s.span.lo);
                let rest = self.text(Span::new(after, s.span.hi));
                let at = rest
                    .find(":=")
                    .map(|i| after + i as u32)
                    .unwrap_or(s.span.lo);
                let names: Vec<String> = lhs.iter().map(|l| self.expr_str(l)).collect();
                info.blocks[block].var_decls.push((at, names.join(", ")));
            }
            StmtKind::Block(b) => {
                let nb = Self::new_goto_block(info, block, b.span.lo);
                self.collect_gotos(&b.stmts, nb, info);
            }
            StmtKind::If { then, els, .. } => {
                let nb = Self::new_goto_block(info, block, then.span.lo);
                self.collect_gotos(&then.stmts, nb, info);
                if let Some(e) = els {
                    match &e.kind {
                        StmtKind::Block(b) => {
                            let eb = Self::new_goto_block(info, block, b.span.lo);
                            self.collect_gotos(&b.stmts, eb, info);
                        }
                        _ => self.collect_gotos_stmt(e, block, info),
                    }
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                let nb = Self::new_goto_block(info, block, body.span.lo);
                self.collect_gotos(&body.stmts, nb, info);
            }
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                for c in clauses {
                    let nb = Self::new_goto_block(info, block, c.span.lo);
                    self.collect_gotos(&c.body, nb, info);
                }
            }
            StmtKind::Select(clauses) => {
                for c in clauses {
                    let nb = Self::new_goto_block(info, block, c.span.lo);
                    self.collect_gotos(&c.body, nb, info);
                }
            }
            _ => {}
        }
    }
}
