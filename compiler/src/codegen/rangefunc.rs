//! Range over function iterators (Go 1.23): the loop body becomes a closure passed as `yield`.
//!
//! `for k, v := range seq { body }` compiles to `seq(func(k K, v V) bool { body; return true })`.
//! Inside the body closure: `continue` returns true, `break` returns false; `return`
//! stores the results in cells, sets a state cell to 1 and returns false; a `break` or
//! `continue` to a loop outside stores that branch's code in the state cell. After the
//! iterator returns, the enclosing function inspects the state and returns or branches.
//! `defer` in the body registers the call on the enclosing function's frame (`DeferAt`).
//! Variables of the enclosing function used in the body live in cells (`extra_boxed`).

use super::Gen;
use crate::ast::{Block, Expr, ExprKind, Stmt, StmtKind};
use crate::check::ObjKind;
use crate::types::{ObjId, TypeId, TypeKind};
use std::rc::Rc;
use weft_vm::op::Op;

/// What a body closure needs to leave the loop the way its statements ask.
#[derive(Clone, Debug)]
pub struct RangeBody {
    /// Capture holding the state cell.
    pub state_capture: u32,
    /// Capture holding the enclosing frame's depth (for `defer`).
    pub depth_capture: u32,
    /// Captures holding one cell per result of the enclosing function.
    pub result_captures: Vec<(u32, TypeId)>,
    /// The range statement's own label.
    pub label: Option<Rc<str>>,
    /// Branches to loops outside: (state code, label, is continue).
    pub branches: Vec<(i32, Option<Rc<str>>, bool)>,
}

impl<'a> Gen<'a> {
    /// Marks every variable used inside a range-over-func body in `body` as needing a cell.
    pub fn prepass_range_func(&mut self, body: &'a Block) {
        let mut ranges = Vec::new();
        for s in &body.stmts {
            self.find_range_funcs(s, &mut ranges);
        }
        for b in ranges {
            let mut ids = Vec::new();
            for s in &b.stmts {
                collect_idents_stmt(s, &mut ids);
            }
            for id in ids {
                if let Some(&obj) = self.info.uses.get(&id) {
                    if matches!(self.info.obj(obj).kind, ObjKind::Var(_)) {
                        self.extra_boxed.insert(obj);
                    }
                }
            }
        }
    }

    fn find_range_funcs(&self, s: &'a Stmt, out: &mut Vec<&'a Block>) {
        let mut stmts: Vec<&'a Stmt> = Vec::new();
        match &s.kind {
            StmtKind::Range { x, body, .. } => {
                if matches!(
                    self.info.types.under_kind(self.info.type_of(x.id)),
                    TypeKind::Func(_)
                ) {
                    out.push(body);
                }
                stmts.extend(body.stmts.iter());
            }
            StmtKind::Block(b) => stmts.extend(b.stmts.iter()),
            StmtKind::Labeled(_, inner) => stmts.push(inner),
            StmtKind::If { then, els, .. } => {
                stmts.extend(then.stmts.iter());
                if let Some(e) = els {
                    stmts.push(e);
                }
            }
            StmtKind::For { body, .. } => stmts.extend(body.stmts.iter()),
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                for c in clauses {
                    stmts.extend(c.body.iter());
                }
            }
            StmtKind::Select(clauses) => {
                for c in clauses {
                    stmts.extend(c.body.iter());
                }
            }
            _ => {}
        }
        for s in stmts {
            self.find_range_funcs(s, out);
        }
    }

    pub(crate) fn gen_range_over_func(
        &mut self,
        key: Option<&'a Expr>,
        value: Option<&'a Expr>,
        define: bool,
        x: &'a Expr,
        body: &'a Block,
    ) {
        let label = self.fb().pending_label.take();
        let seq_ty = self.info.type_of(x.id);
        let yield_ty = match self.info.types.under_kind(seq_ty) {
            TypeKind::Func(sig) => sig.params.first().copied(),
            _ => None,
        };
        let Some(yield_ty) = yield_ty else { return };
        let yield_params: Vec<TypeId> = match self.info.types.under_kind(yield_ty) {
            TypeKind::Func(sig) => sig.params.clone(),
            _ => Vec::new(),
        };
        let bool_ty = self.info.types.basic(crate::types::BasicKind::Bool);
        // The range expression is evaluated once, before the loop.
        self.gen_expr(x);
        let seq = self.new_temp();
        self.emit(Op::StoreLocal(seq));
        // State cell, frame depth, result cells.
        let state = self.new_temp();
        self.emit(Op::PushInt(0));
        self.emit(Op::NewCell);
        self.emit(Op::StoreLocal(state));
        let depth = self.new_temp();
        match &self.fb().range_body {
            Some(rb) => {
                let c = rb.depth_capture;
                self.emit(Op::LoadCapture(c));
            }
            None => {
                self.emit(Op::FrameDepth);
            }
        }
        self.emit(Op::StoreLocal(depth));
        let results: Vec<(u32, TypeId)> = match &self.fb().range_body {
            Some(rb) => rb.result_captures.iter().map(|(_, t)| (0, *t)).collect(),
            None => self.fb().results.clone(),
        };
        let mut result_cells = Vec::new();
        for (_, ty) in &results {
            let t = self.new_temp();
            self.emit_zero(*ty);
            self.emit(Op::NewCell);
            self.emit(Op::StoreLocal(t));
            result_cells.push((t, *ty));
        }
        // Variables of this function the body uses.
        let mut ids = Vec::new();
        for s in &body.stmts {
            collect_idents_stmt(s, &mut ids);
        }
        let mut outer_vars: Vec<ObjId> = Vec::new();
        for id in ids {
            if let Some(&obj) = self.info.uses.get(&id) {
                let known =
                    self.fb().locals.contains_key(&obj) || self.fb().captures.contains_key(&obj);
                if known && !outer_vars.contains(&obj) {
                    outer_vars.push(obj);
                }
            }
        }
        // Build the closure.
        let parent = self.fb().name.clone();
        let top = parent.split(".func").next().unwrap_or(&parent).to_string();
        let counter = self.lit_counters.entry(top.clone()).or_insert(0);
        *counter += 1;
        let name = format!("{top}.func{counter}");
        let id = self.reserve_func(name.clone());
        let mut caps_values = vec![state, depth];
        caps_values.extend(result_cells.iter().map(|(t, _)| *t));
        self.emit(Op::LoadLocal(seq));
        for t in &caps_values {
            self.emit(Op::LoadLocal(*t));
        }
        for v in &outer_vars {
            self.push_storage_of(*v);
        }
        let ncaps = caps_values.len() + outer_vars.len();
        let rb = RangeBody {
            state_capture: 0,
            depth_capture: 1,
            result_captures: result_cells
                .iter()
                .enumerate()
                .map(|(i, (_, t))| (2 + i as u32, *t))
                .collect(),
            label: label.clone(),
            branches: Vec::new(),
        };
        let mut fb = super::FnBuilder::new(id, yield_params.len() as u32, 1);
        fb.name = name;
        for (i, v) in outer_vars.iter().enumerate() {
            fb.captures.insert(*v, (caps_values.len() + i) as u32);
        }
        fb.range_body = Some(rb);
        fb.results.push((yield_params.len() as u32, bool_ty));
        self.builders.push(fb);
        self.set_pos(body.span);
        // Range variables from the parameters.
        let targets = [key, value];
        for (i, ty) in yield_params.iter().enumerate() {
            self.emit(Op::LoadLocal(i as u32));
            self.assign_range_var_pub(targets.get(i).copied().flatten(), define, *ty);
        }
        self.gen_block(body);
        self.emit(Op::PushBool(true));
        self.emit(Op::StoreLocal(yield_params.len() as u32));
        self.emit(Op::Return);
        let fb = self.builders.pop().unwrap();
        let branches = fb
            .range_body
            .as_ref()
            .map(|r| r.branches.clone())
            .unwrap_or_default();
        self.finish_builder(fb);
        // Call the iterator with the body.
        self.emit(Op::MakeClosure {
            func: id,
            captures: ncaps as u32,
        });
        self.emit(Op::CallValue { argc: 1 });
        // After the loop: return, or branch outside.
        self.emit(Op::LoadLocal(state));
        self.emit(Op::LoadCell);
        self.emit(Op::PushInt(1));
        self.emit(Op::EqInt);
        let not_return = self.emit(Op::JumpIfFalse(0));
        for (t, _) in &result_cells {
            self.emit(Op::LoadLocal(*t));
            self.emit(Op::LoadCell);
        }
        self.return_stacked_values(result_cells.len());
        let here = self.pc();
        self.patch(not_return, here);
        // A bare `return` (named results keep their values).
        self.emit(Op::LoadLocal(state));
        self.emit(Op::LoadCell);
        self.push_int(-1);
        self.emit(Op::EqInt);
        let not_bare = self.emit(Op::JumpIfFalse(0));
        match self.fb().range_body.clone() {
            Some(rb) => {
                self.emit(Op::LoadCapture(rb.state_capture));
                self.push_int(-1);
                self.emit(Op::StoreCell);
                self.range_body_exit(false);
            }
            None => {
                self.emit(Op::Return);
            }
        }
        let here = self.pc();
        self.patch(not_bare, here);
        for (code, label, is_continue) in branches {
            self.emit(Op::LoadLocal(state));
            self.emit(Op::LoadCell);
            self.push_int(code as i64);
            self.emit(Op::EqInt);
            let skip = self.emit(Op::JumpIfFalse(0));
            self.branch_to(label, is_continue);
            let here = self.pc();
            self.patch(skip, here);
        }
    }

    fn push_storage_of(&mut self, obj: ObjId) {
        if let Some(l) = self.fb().locals.get(&obj).copied() {
            self.emit(Op::LoadLocal(l.slot));
        } else if let Some(&i) = self.fb().captures.get(&obj) {
            self.emit(Op::LoadCapture(i));
        } else {
            self.emit(Op::PushNil);
        }
    }

    /// Returns from the current function with `n` result values on the stack
    /// (from a range-over-func body: through its result cells).
    pub(crate) fn return_stacked_values(&mut self, n: usize) {
        let temps: Vec<u32> = (0..n).map(|_| self.new_temp()).collect();
        for t in temps.iter().rev() {
            self.emit(Op::StoreLocal(*t));
        }
        if let Some(rb) = self.fb().range_body.clone() {
            for ((cap, _), t) in rb.result_captures.iter().zip(&temps) {
                self.emit(Op::LoadCapture(*cap));
                self.emit(Op::LoadLocal(*t));
                self.emit(Op::StoreCell);
            }
            self.emit(Op::LoadCapture(rb.state_capture));
            self.emit(Op::PushInt(1));
            self.emit(Op::StoreCell);
            self.range_body_exit(false);
            return;
        }
        for (i, t) in temps.iter().enumerate() {
            self.emit(Op::LoadLocal(*t));
            self.store_result_pub(i);
        }
        self.emit(Op::Return);
    }

    /// Leaves a range-over-func body closure, telling the iterator whether to go on.
    pub(crate) fn range_body_exit(&mut self, go_on: bool) {
        let slot = self.fb().param_count;
        self.emit(Op::PushBool(go_on));
        self.emit(Op::StoreLocal(slot));
        self.emit(Op::Return);
    }

    /// A `break`/`continue` inside a range-over-func body that targets the range loop
    /// itself or a loop outside it. Returns false when the statement is not such a branch.
    pub(crate) fn range_body_branch(&mut self, label: Option<Rc<str>>, is_continue: bool) -> bool {
        let Some(rb) = self.fb().range_body.clone() else {
            return false;
        };
        if label.is_none() || label == rb.label {
            self.range_body_exit(is_continue);
            return true;
        }
        let code = 2 + rb.branches.len() as i32;
        if let Some(r) = self.fb().range_body.as_mut() {
            r.branches.push((code, label, is_continue));
        }
        self.emit(Op::LoadCapture(rb.state_capture));
        self.push_int(code as i64);
        self.emit(Op::StoreCell);
        self.range_body_exit(false);
        true
    }

    /// Emits a jump for `break label` / `continue label` in the current function.
    fn branch_to(&mut self, label: Option<Rc<str>>, is_continue: bool) {
        if self
            .find_breakable_pub(label.clone(), is_continue)
            .is_none()
            && self.range_body_branch(label.clone(), is_continue)
        {
            return;
        }
        let at = self.emit(Op::Jump(0));
        if let Some(i) = self.find_breakable_pub(label, is_continue) {
            if is_continue {
                self.fb().breakables[i].continues.push(at);
            } else {
                self.fb().breakables[i].breaks.push(at);
            }
        }
    }
}

/// Every identifier expression id in a statement subtree (function literal bodies included).
pub fn collect_idents_stmt(s: &Stmt, out: &mut Vec<crate::ast::ExprId>) {
    match &s.kind {
        StmtKind::Decl(gd) => {
            for spec in &gd.specs {
                if let crate::ast::Spec::Value(vs) = spec {
                    vs.values.iter().for_each(|e| collect_idents_expr(e, out));
                }
            }
        }
        StmtKind::Labeled(_, inner) => collect_idents_stmt(inner, out),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => collect_idents_expr(e, out),
        StmtKind::Send(a, b) => {
            collect_idents_expr(a, out);
            collect_idents_expr(b, out);
        }
        StmtKind::IncDec(e, _) => collect_idents_expr(e, out),
        StmtKind::Assign { lhs, rhs, .. } => lhs
            .iter()
            .chain(rhs)
            .for_each(|e| collect_idents_expr(e, out)),
        StmtKind::Return(es) => es.iter().for_each(|e| collect_idents_expr(e, out)),
        StmtKind::Block(b) => b.stmts.iter().for_each(|s| collect_idents_stmt(s, out)),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            if let Some(i) = init {
                collect_idents_stmt(i, out);
            }
            collect_idents_expr(cond, out);
            then.stmts.iter().for_each(|s| collect_idents_stmt(s, out));
            if let Some(e) = els {
                collect_idents_stmt(e, out);
            }
        }
        StmtKind::Switch {
            init, tag, clauses, ..
        } => {
            if let Some(i) = init {
                collect_idents_stmt(i, out);
            }
            if let Some(t) = tag {
                collect_idents_expr(t, out);
            }
            for c in clauses {
                c.exprs.iter().for_each(|e| collect_idents_expr(e, out));
                c.body.iter().for_each(|s| collect_idents_stmt(s, out));
            }
        }
        StmtKind::TypeSwitch {
            init, x, clauses, ..
        } => {
            if let Some(i) = init {
                collect_idents_stmt(i, out);
            }
            collect_idents_expr(x, out);
            for c in clauses {
                c.body.iter().for_each(|s| collect_idents_stmt(s, out));
            }
        }
        StmtKind::Select(clauses) => {
            for c in clauses {
                if let Some(s) = &c.comm {
                    collect_idents_stmt(s, out);
                }
                c.body.iter().for_each(|s| collect_idents_stmt(s, out));
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            if let Some(i) = init {
                collect_idents_stmt(i, out);
            }
            if let Some(c) = cond {
                collect_idents_expr(c, out);
            }
            if let Some(p) = post {
                collect_idents_stmt(p, out);
            }
            body.stmts.iter().for_each(|s| collect_idents_stmt(s, out));
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            for e in [key, value].into_iter().flatten() {
                collect_idents_expr(e, out);
            }
            collect_idents_expr(x, out);
            body.stmts.iter().for_each(|s| collect_idents_stmt(s, out));
        }
        _ => {}
    }
}

pub fn collect_idents_expr(e: &Expr, out: &mut Vec<crate::ast::ExprId>) {
    match &e.kind {
        ExprKind::Ident(id) => out.push(id.id),
        ExprKind::CompositeLit { elts, .. } => {
            for el in elts {
                if let Some(k) = &el.key {
                    collect_idents_expr(k, out);
                }
                collect_idents_expr(&el.value, out);
            }
        }
        ExprKind::FuncLit { body, .. } => {
            body.stmts.iter().for_each(|s| collect_idents_stmt(s, out))
        }
        ExprKind::Paren(x)
        | ExprKind::Star(x)
        | ExprKind::Unary(_, x)
        | ExprKind::Selector(x, _)
        | ExprKind::TypeAssert(x, _) => collect_idents_expr(x, out),
        ExprKind::Index(x, idx) => {
            collect_idents_expr(x, out);
            idx.iter().for_each(|i| collect_idents_expr(i, out));
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            collect_idents_expr(x, out);
            for p in [lo, hi, max].into_iter().flatten() {
                collect_idents_expr(p, out);
            }
        }
        ExprKind::Call { func, args, .. } => {
            collect_idents_expr(func, out);
            args.iter().for_each(|a| collect_idents_expr(a, out));
        }
        ExprKind::Binary(_, l, r) => {
            collect_idents_expr(l, out);
            collect_idents_expr(r, out);
        }
        _ => {}
    }
}
