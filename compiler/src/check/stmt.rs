//! Statements and function bodies: scopes, assignments, control flow,
//! labels, terminating-statement analysis and unused-variable reports.

use super::*;
use crate::ast::{Block, CaseClause, Expr, ExprKind, FuncDecl, FuncType, Stmt, StmtKind};
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

    pub(super) fn body(
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
    pub(super) fn collect_labels(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.collect_labels_stmt(s);
        }
    }

    pub(super) fn collect_labels_stmt(&mut self, s: &Stmt) {
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

    pub(super) fn use_label(&mut self, l: &ast::Ident) -> bool {
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

    pub(super) fn stmt_list(&mut self, stmts: &[Stmt]) {
        for (i, s) in stmts.iter().enumerate() {
            self.stmt(s, None, i + 1 == stmts.len());
        }
    }

    pub(super) fn block(&mut self, b: &Block) {
        self.push_scope();
        self.stmt_list(&b.stmts);
        self.pop_scope();
    }

    /// Checks one statement; `label` is the label attached to it, `last`
    /// whether it ends its statement list (for fallthrough placement).
    pub(super) fn stmt(&mut self, s: &Stmt, label: Option<Rc<str>>, _last: bool) {
        if self.depth > MAX_DEPTH {
            self.error(s.span, "statement nested too deeply");
            return;
        }
        self.depth += 1;
        self.stmt_inner(s, label);
        self.depth -= 1;
    }

    pub(super) fn stmt_inner(&mut self, s: &Stmt, label: Option<Rc<str>>) {
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

    pub(super) fn condition(&mut self, c: &Expr, what: &str) {
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

    pub(super) fn expr_stmt(&mut self, e: &Expr) {
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

    pub(super) fn send(&mut self, ch: &Expr, v: &Expr) {
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

    pub(super) fn return_stmt(&mut self, s: &Stmt, exprs: &[Expr]) {
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
                // gc reports a missing value at the last value given.
                self.error(
                    exprs.last().map(|e| e.span).unwrap_or(s.span),
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

    pub(super) fn tuple_string(&self, ts: &[TypeId]) -> String {
        let parts: Vec<String> = ts.iter().map(|t| self.ts(*t)).collect();
        format!("({})", parts.join(", "))
    }

    pub(super) fn have_string(&self, ops: &[Operand], _exprs: &[Expr]) -> String {
        let parts: Vec<String> = ops
            .iter()
            .map(|o| {
                if self.types().is_untyped(o.ty) && o.const_val().is_some_and(|v| v.is_numeric()) {
                    "number".to_string()
                } else if self.types().is_untyped(o.ty)
                    && self.types().basic_kind(o.ty) != Some(BasicKind::UntypedNil)
                {
                    // Other untyped operands show as their default type (`string`, `bool`), as gc's typesSummary.
                    let d = self.types().default_type(o.ty);
                    self.ts(d)
                } else {
                    self.ts(o.ty)
                }
            })
            .collect();
        format!("({})", parts.join(", "))
    }

    pub(super) fn switch_stmt(
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

    pub(super) fn dup_case(
        &mut self,
        seen: &mut Vec<(ConstValue, TypeId, Span)>,
        v: ConstValue,
        t: TypeId,
        e: &Expr,
    ) {
        // gc compares only integer, float and string case values: repeated boolean (a
        // tagless switch over constant conditions) or complex cases are accepted.
        if matches!(v, ConstValue::Bool(_) | ConstValue::Complex(..)) {
            return;
        }
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
    pub(super) fn case_body(&mut self, body: &[Stmt], final_err: Option<&str>) {
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

    pub(super) fn type_switch(
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
        let mut nil_seen: Option<Span> = None;
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
                        if let Some(prev) = nil_seen {
                            let msg = format!(
                                "duplicate case nil in type switch\n\t{}: previous case",
                                self.sources.describe(prev)
                            );
                            self.error(e.span, msg);
                        }
                        nil_seen = Some(e.span);
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

    pub(super) fn comm_clause(&mut self, comm: &Stmt) {
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
    pub(super) fn range_stmt(
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
    pub(super) fn iterator_types(&self, sig: &Signature) -> Option<(usize, TypeId, TypeId)> {
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
}

pub(super) fn is_blank(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Ident(id) if &*id.name == "_")
}

pub(super) fn is_recv(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Unary(ast::UnaryOp::Recv, _) => true,
        ExprKind::Paren(x) => is_recv(x),
        _ => false,
    }
}
