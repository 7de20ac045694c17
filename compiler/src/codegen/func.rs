//! Function bodies and statements: locals, control flow, defer and return.

use super::Gen;
use crate::ast::{self, BinaryOp, Block, Expr, ExprKind, Stmt, StmtKind};
use crate::check::{FuncRef, Mode, ObjKind};
use crate::types::{ObjId, TypeId, TypeKind};
use std::collections::HashMap;
use std::rc::Rc;
use weft_vm::op::Op;
use weft_vm::program::{FuncId, LineEntry};

/// A variable's home in the current function.
#[derive(Clone, Copy, Debug)]
pub struct Local {
    pub slot: u32,
    /// The slot holds a cell (the variable is captured or its address is taken).
    pub boxed: bool,
}

/// A statement that `break` (and for loops, `continue`) can leave.
pub struct Breakable {
    pub label: Option<Rc<str>>,
    pub breaks: Vec<usize>,
    pub continues: Vec<usize>,
    pub is_loop: bool,
}

/// State of the function being compiled.
pub struct FnBuilder {
    pub func: FuncId,
    pub code: Vec<Op>,
    pub lines: Vec<LineEntry>,
    pub param_count: u32,
    pub result_count: u32,
    pub local_count: u32,
    pub boxed_results: Vec<u32>,
    pub locals: HashMap<ObjId, Local>,
    /// Captured variables of an enclosing function: capture index.
    pub captures: HashMap<ObjId, u32>,
    /// Result slots with their types.
    pub results: Vec<(u32, TypeId)>,
    pub breakables: Vec<Breakable>,
    pub labels: HashMap<Rc<str>, usize>,
    pub pending_gotos: Vec<(usize, Rc<str>)>,
    /// gc-style name (`main.main`) for naming nested function literals (`main.main.func1`).
    pub name: String,
    /// A label on the statement about to be compiled (for labeled loops).
    pub pending_label: Option<Rc<str>>,
    /// Jumps of `fallthrough` statements waiting for the next clause's body.
    pub fallthrough_jumps: Vec<usize>,
    /// gc-equivalent frame size: parameters, results and locals by their Go sizes.
    pub frame_bytes: u64,
    /// Set when this function is the body of a range-over-func loop.
    pub range_body: Option<super::rangefunc::RangeBody>,
}

impl FnBuilder {
    pub fn new(func: FuncId, param_count: u32, result_count: u32) -> FnBuilder {
        FnBuilder {
            func,
            code: Vec::new(),
            lines: Vec::new(),
            param_count,
            result_count,
            local_count: param_count + result_count,
            boxed_results: Vec::new(),
            locals: HashMap::new(),
            captures: HashMap::new(),
            results: Vec::new(),
            breakables: Vec::new(),
            labels: HashMap::new(),
            pending_gotos: Vec::new(),
            name: String::new(),
            pending_label: None,
            fallthrough_jumps: Vec::new(),
            frame_bytes: 32,
            range_body: None,
        }
    }
}

impl<'a> Gen<'a> {
    /// Whether a local variable must live in a cell.
    pub fn needs_cell(&self, obj: ObjId) -> bool {
        let o = self.info.obj(obj);
        match &o.kind {
            ObjKind::Var(v) => {
                (v.captured || v.address_taken || self.extra_boxed.contains(&obj))
                    && !self.is_aggregate(o.ty)
            }
            _ => false,
        }
    }

    pub fn declare_local(&mut self, obj: ObjId) -> Local {
        let size = self.type_size(self.info.obj(obj).ty);
        self.fb().frame_bytes += size;
        let boxed = self.needs_cell(obj);
        let slot = self.new_temp();
        let l = Local { slot, boxed };
        self.fb().locals.insert(obj, l);
        l
    }

    /// Stores the value on the stack into a just-declared variable.
    pub fn init_local(&mut self, l: Local) {
        if l.boxed {
            self.emit(Op::NewCell);
        }
        self.emit(Op::StoreLocal(l.slot));
    }

    pub(crate) fn compile_func_decl(&mut self, id: FuncId, fd: &'a ast::FuncDecl) {
        let Some(body) = &fd.body else { return };
        let name = self.program.funcs[id as usize].name.clone();
        let mut params: Vec<(Option<ObjId>, TypeId)> = Vec::new();
        if let Some(recv) = &fd.recv {
            let ty = self.info.type_of(recv.ty.id);
            match recv.names.first() {
                Some(n) => params.push((self.info.defs.get(&n.id).copied(), ty)),
                None => params.push((None, ty)),
            }
        }
        self.collect_fields(&fd.sig.params, &mut params);
        let mut results = Vec::new();
        self.collect_fields(&fd.sig.results, &mut results);
        self.compile_body(id, name, &params, &results, body, None);
    }

    fn collect_fields(&self, fields: &[ast::Field], out: &mut Vec<(Option<ObjId>, TypeId)>) {
        for f in fields {
            let mut ty = self.info.type_of(f.ty.id);
            if f.variadic {
                ty = self.slice_of(ty);
            }
            if f.names.is_empty() {
                out.push((None, ty));
            } else {
                for n in &f.names {
                    out.push((self.info.defs.get(&n.id).copied(), ty));
                }
            }
        }
    }

    /// The checker's `[]T` type for a variadic `...T` parameter.
    fn slice_of(&self, elem: TypeId) -> TypeId {
        let types = &self.info.types;
        for i in 0..types.len() {
            if let TypeKind::Slice(e) = types.kind(TypeId(i as u32)) {
                if *e == elem {
                    return TypeId(i as u32);
                }
            }
        }
        elem
    }

    /// Compiles a function body (declared function or literal) into prototype `id`.
    pub(crate) fn compile_body(
        &mut self,
        id: FuncId,
        name: String,
        params: &[(Option<ObjId>, TypeId)],
        results: &[(Option<ObjId>, TypeId)],
        body: &'a Block,
        captures: Option<&[ObjId]>,
    ) {
        self.prepass_range_func(body);
        let mut fb = FnBuilder::new(id, params.len() as u32, results.len() as u32);
        fb.name = name;
        if let Some(caps) = captures {
            for (i, c) in caps.iter().enumerate() {
                fb.captures.insert(*c, i as u32);
            }
        }
        fb.frame_bytes += params
            .iter()
            .chain(results)
            .map(|(_, t)| self.type_size(*t))
            .sum::<u64>();
        self.builders.push(fb);
        self.set_pos(body.span);
        for (i, (obj, _)) in params.iter().enumerate() {
            if let Some(obj) = obj {
                let boxed = self.needs_cell(*obj);
                self.fb().locals.insert(
                    *obj,
                    Local {
                        slot: i as u32,
                        boxed,
                    },
                );
                if boxed {
                    self.emit(Op::LoadLocal(i as u32));
                    self.emit(Op::NewCell);
                    self.emit(Op::StoreLocal(i as u32));
                }
            }
        }
        let base = params.len() as u32;
        // An unnamed result is only read after a `return` stored it, unless the function
        // defers calls (a recovered panic returns the result slots as they are, so they
        // must hold zero values) or ranges over a function (whose body returns through
        // result cells). Skipping its zeroing saves two instructions per call.
        let results_observable = body_defers_or_ranges_over_func(self, body);
        for (i, (obj, ty)) in results.iter().enumerate() {
            let slot = base + i as u32;
            self.fb().results.push((slot, *ty));
            if obj.is_none() && !results_observable {
                continue;
            }
            self.emit_zero(*ty);
            let mut boxed = false;
            if let Some(obj) = obj {
                boxed = self.needs_cell(*obj);
                self.fb().locals.insert(*obj, Local { slot, boxed });
            }
            if boxed {
                self.emit(Op::NewCell);
                self.fb().boxed_results.push(i as u32);
            }
            self.emit(Op::StoreLocal(slot));
        }
        self.gen_block(body);
        self.emit(Op::Return);
        self.resolve_gotos();
        let fb = self.builders.pop().unwrap();
        self.finish_builder(fb);
    }

    fn resolve_gotos(&mut self) {
        let gotos = std::mem::take(&mut self.fb().pending_gotos);
        for (at, label) in gotos {
            if let Some(&target) = self.fb().labels.get(&label) {
                self.patch(at, target);
            }
        }
    }

    pub fn gen_block(&mut self, b: &'a Block) {
        for s in &b.stmts {
            self.gen_stmt(s);
        }
    }

    pub fn gen_stmts(&mut self, stmts: &'a [Stmt]) {
        for s in stmts {
            self.gen_stmt(s);
        }
    }

    pub fn gen_stmt(&mut self, s: &'a Stmt) {
        self.set_pos(s.span);
        match &s.kind {
            StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Block(b) => self.gen_block(b),
            StmtKind::Decl(gd) => self.gen_local_decl(gd),
            StmtKind::Labeled(label, inner) => {
                let pc = self.pc();
                self.fb().labels.insert(label.name.clone(), pc);
                self.fb().pending_label = Some(label.name.clone());
                self.gen_stmt(inner);
                self.fb().pending_label = None;
            }
            StmtKind::Expr(e) => {
                self.gen_expr(e);
                let n = self.value_count(e);
                for _ in 0..n {
                    self.emit(Op::Pop);
                }
            }
            StmtKind::IncDec(target, inc) => {
                let ty = self.info.type_of(target.id);
                let place = self.gen_place(target);
                self.place_dup_prefix(&place);
                self.place_load(&place);
                self.emit_one(ty);
                let op = if *inc { BinaryOp::Add } else { BinaryOp::Sub };
                self.gen_arith(op, ty, ty);
                self.place_store(&place);
            }
            StmtKind::Assign {
                lhs,
                op,
                define,
                rhs,
            } => self.gen_assign(lhs, *op, *define, rhs),
            StmtKind::Return(values) => self.gen_return(values),
            StmtKind::Defer(call) => self.gen_defer(call),
            StmtKind::Go(call) => self.gen_go(call),
            StmtKind::Send(ch, v) => {
                let cty = self.info.type_of(ch.id);
                let elem = self.chan_elem(cty);
                self.gen_expr(ch);
                self.gen_value(v, elem);
                self.emit(Op::Send);
            }
            StmtKind::Select(clauses) => self.gen_select(clauses),
            StmtKind::Break(label) | StmtKind::Continue(label) => {
                let is_continue = matches!(s.kind, StmtKind::Continue(_));
                let name = label.as_ref().map(|l| l.name.clone());
                let idx = self.find_breakable(name.clone(), is_continue);
                if idx.is_none() && self.range_body_branch(name, is_continue) {
                    return;
                }
                let at = self.emit(Op::Jump(0));
                if let Some(i) = idx {
                    if is_continue {
                        self.fb().breakables[i].continues.push(at);
                    } else {
                        self.fb().breakables[i].breaks.push(at);
                    }
                }
            }
            StmtKind::Goto(label) => {
                let at = self.emit(Op::Jump(0));
                self.fb().pending_gotos.push((at, label.name.clone()));
            }
            StmtKind::Fallthrough => {
                let at = self.emit(Op::Jump(0));
                self.fb().fallthrough_jumps.push(at);
            }
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(init) = init {
                    self.gen_stmt(init);
                }
                self.gen_cond(cond);
                let jf = self.emit(Op::JumpIfFalse(0));
                self.gen_block(then);
                match els {
                    Some(e) => {
                        let jend = self.emit(Op::Jump(0));
                        let here = self.pc();
                        self.patch(jf, here);
                        self.gen_stmt(e);
                        let end = self.pc();
                        self.patch(jend, end);
                    }
                    None => {
                        let here = self.pc();
                        self.patch(jf, here);
                    }
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => self.gen_for(init.as_deref(), cond.as_ref(), post.as_deref(), body),
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.gen_range(key.as_ref(), value.as_ref(), *define, x, body, s),
            StmtKind::Switch {
                init, tag, clauses, ..
            } => self.gen_switch(init.as_deref(), tag.as_ref(), clauses),
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
                ..
            } => self.gen_type_switch(init.as_deref(), bind.as_ref(), x, clauses),
        }
    }

    fn find_breakable(&self, label: Option<Rc<str>>, want_loop: bool) -> Option<usize> {
        let fb = self.builders.last().unwrap();
        for (i, b) in fb.breakables.iter().enumerate().rev() {
            match &label {
                Some(l) => {
                    if b.label.as_ref() == Some(l) {
                        return Some(i);
                    }
                }
                None => {
                    if !want_loop || b.is_loop {
                        return Some(i);
                    }
                }
            }
        }
        None
    }

    fn push_breakable(&mut self, is_loop: bool) {
        let label = self.fb().pending_label.take();
        self.fb().breakables.push(Breakable {
            label,
            breaks: Vec::new(),
            continues: Vec::new(),
            is_loop,
        });
    }

    fn pop_breakable(&mut self, break_target: usize, continue_target: usize) {
        let b = self.fb().breakables.pop().unwrap();
        for at in b.breaks {
            self.patch(at, break_target);
        }
        for at in b.continues {
            self.patch(at, continue_target);
        }
    }

    pub fn emit_one(&mut self, ty: TypeId) {
        match self.basic(ty) {
            Some(b) if b.is_float() => {
                let c = self.const_float(1.0);
                self.emit(Op::PushConst(c));
            }
            Some(b) if b.is_complex() => {
                let c = self.const_float(1.0);
                self.emit(Op::PushConst(c));
                let z = self.const_float(0.0);
                self.emit(Op::PushConst(z));
                self.emit(Op::MakeComplex {
                    f32: b == crate::types::BasicKind::Complex64,
                });
            }
            _ => {
                self.emit(Op::PushInt(1));
            }
        }
    }

    fn gen_local_decl(&mut self, gd: &'a ast::GenDecl) {
        if gd.kind != ast::GenKind::Var {
            return;
        }
        for spec in &gd.specs {
            let ast::Spec::Value(vs) = spec else { continue };
            let objs: Vec<Option<ObjId>> = vs
                .names
                .iter()
                .map(|n| self.info.defs.get(&n.id).copied())
                .collect();
            if vs.values.is_empty() {
                for obj in objs.iter().flatten() {
                    let ty = self.info.obj(*obj).ty;
                    self.emit_zero(ty);
                    let l = self.declare_local(*obj);
                    self.init_local(l);
                }
            } else if vs.values.len() == vs.names.len() {
                let mut temps = Vec::new();
                for (obj, v) in objs.iter().zip(&vs.values) {
                    match obj {
                        Some(o) => {
                            let ty = self.info.obj(*o).ty;
                            self.gen_value(v, ty);
                        }
                        None => {
                            let ty = self.info.type_of(v.id);
                            self.gen_value(v, ty);
                        }
                    }
                    let t = self.new_temp();
                    self.emit(Op::StoreLocal(t));
                    temps.push(t);
                }
                for (obj, t) in objs.iter().zip(temps) {
                    if let Some(o) = obj {
                        self.emit(Op::LoadLocal(t));
                        let l = self.declare_local(*o);
                        self.init_local(l);
                    }
                }
            } else {
                self.gen_expr(&vs.values[0]);
                let types = self.result_types(vs.values[0].id);
                for (i, obj) in objs.iter().enumerate().rev() {
                    match obj {
                        Some(o) => {
                            let ty = self.info.obj(*o).ty;
                            let t = self.new_temp();
                            self.emit(Op::StoreLocal(t));
                            self.emit(Op::LoadLocal(t));
                            self.convert(types.get(i).copied().unwrap_or(ty), ty, true);
                            let l = self.declare_local(*o);
                            self.init_local(l);
                        }
                        None => {
                            self.emit(Op::Pop);
                        }
                    }
                }
            }
        }
    }

    fn gen_assign(&mut self, lhs: &'a [Expr], op: Option<BinaryOp>, define: bool, rhs: &'a [Expr]) {
        if let Some(op) = op {
            let target = &lhs[0];
            let ty = self.info.type_of(target.id);
            let place = self.gen_place(target);
            let commutative = matches!(
                op,
                BinaryOp::Add | BinaryOp::Mul | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor
            );
            let integer = self.basic(ty).is_some_and(|kind| kind.is_integer());
            if let (super::place::Place::Local(slot), true, true) = (&place, commutative, integer) {
                // `total += a - b` as `total = (a - b) + total`: the value first, so the
                // load, the operation and the store fuse into one `ArithLocalStore`. Only
                // the order of reading `total` changes, which nothing in the value can
                // observe: the variable is neither captured nor addressed.
                let slot = *slot;
                self.gen_value(&rhs[0], ty);
                self.emit(Op::LoadLocal(slot));
                self.gen_arith(op, ty, ty);
                self.emit(Op::StoreLocal(slot));
                return;
            }
            let rty = self.info.type_of(rhs[0].id);
            let shift = matches!(op, BinaryOp::Shl | BinaryOp::Shr);
            // Without calls in the value, gc checks an index target's bounds first, then
            // computes the value, then reads the target (a nil pointer under a field or
            // `*p` target faults only then). Loading the target first is the same
            // whenever the value makes no call and no panic of the value can precede the
            // target's own.
            use super::place::Place;
            let load_first = match self.operand_risk(&rhs[0]) {
                None => false,
                Some(risk) => match place {
                    Place::Field(_) | Place::Deref | Place::DerefAggregate(_) => {
                        risk != OperandRisk::AnyPanic
                    }
                    _ => true,
                },
            };
            if load_first {
                self.place_dup_prefix(&place);
                self.place_load(&place);
                if shift {
                    self.gen_expr(&rhs[0]);
                } else {
                    self.gen_value(&rhs[0], ty);
                }
            } else {
                // gc makes the value's calls first, before it even checks an index
                // target, and reads the target after them: `x += f()` sees what `f`
                // stored in `x`.
                if shift {
                    self.gen_expr(&rhs[0]);
                } else {
                    self.gen_value(&rhs[0], ty);
                }
                let value = self.new_temp();
                self.emit(Op::StoreLocal(value));
                self.place_dup_prefix(&place);
                self.place_load(&place);
                self.emit(Op::LoadLocal(value));
            }
            self.gen_arith(op, ty, rty);
            self.place_store(&place);
            return;
        }
        if lhs.len() == rhs.len() {
            if lhs.len() == 1 {
                self.assign_one(&lhs[0], &rhs[0], define);
                return;
            }
            if define && lhs.iter().all(|l| self.is_new_var_or_blank(l)) {
                // Only new variables (and `_`): their scope starts after the statement, so
                // no right operand can observe them, and each value can go straight into
                // its variable without passing through a temporary.
                for (l, r) in lhs.iter().zip(rhs) {
                    self.assign_one(l, r, true);
                }
                return;
            }
            if self.assigns_in_sequence(lhs, rhs) {
                // Nothing can tell the two phases below from assigning each value as soon
                // as it is computed: see `assigns_in_sequence`.
                for (l, r) in lhs.iter().zip(rhs) {
                    self.assign_one(l, r, define);
                }
                return;
            }
            // Parallel assignment: left operands' index and pointer expressions, then the
            // right side, are evaluated first; the assignments happen afterwards, left to right.
            let assigned = self.assigned_vars(lhs);
            let mut places = Vec::new();
            for l in lhs {
                places.push(self.prepare_target(l, define, &assigned));
            }
            let mut temps = Vec::new();
            for (l, r) in lhs.iter().zip(rhs) {
                let ty = self.target_type(l, r);
                self.gen_value(r, ty);
                let t = self.new_temp();
                self.emit(Op::StoreLocal(t));
                temps.push(t);
            }
            for (p, t) in places.into_iter().zip(temps) {
                self.finish_target(p, t);
            }
            return;
        }
        // a, b = f() / v, ok = m[k] / x.(T) / <-ch
        let r = &rhs[0];
        let assigned = self.assigned_vars(lhs);
        let mut places = Vec::new();
        for l in lhs {
            places.push(self.prepare_target(l, define, &assigned));
        }
        let types = self.gen_multi(r, lhs.len());
        let mut temps = Vec::new();
        for _ in 0..lhs.len() {
            temps.push(self.new_temp());
        }
        for (i, t) in temps.iter().enumerate().rev() {
            let target_ty = self.lhs_type(&lhs[i]).unwrap_or(types[i]);
            let t2 = self.new_temp();
            self.emit(Op::StoreLocal(t2));
            self.emit(Op::LoadLocal(t2));
            self.convert(types[i], target_ty, true);
            self.emit(Op::StoreLocal(*t));
        }
        for (p, t) in places.into_iter().zip(temps) {
            self.finish_target(p, t);
        }
    }

    /// Whether `l`, the left side of a `:=`, is `_` or a variable this statement declares.
    fn is_new_var_or_blank(&self, l: &Expr) -> bool {
        match &l.kind {
            ExprKind::Ident(id) => id.name.as_ref() == "_" || self.info.defs.contains_key(&id.id),
            _ => false,
        }
    }

    /// The type a value assigned to `l` must have.
    fn target_type(&self, l: &Expr, r: &Expr) -> TypeId {
        self.lhs_type(l).unwrap_or_else(|| self.info.type_of(r.id))
    }

    fn lhs_type(&self, l: &Expr) -> Option<TypeId> {
        if let ExprKind::Ident(id) = &l.kind {
            if id.name.as_ref() == "_" {
                return None;
            }
            if let Some(o) = self
                .info
                .defs
                .get(&id.id)
                .or_else(|| self.info.uses.get(&id.id))
            {
                return Some(self.info.obj(*o).ty);
            }
        }
        Some(self.info.type_of(l.id))
    }

    fn assign_one(&mut self, l: &'a Expr, r: &'a Expr, define: bool) {
        if let ExprKind::Ident(id) = &l.kind {
            if id.name.as_ref() == "_" {
                self.gen_expr(r);
                let n = self.value_count(r);
                for _ in 0..n {
                    self.emit(Op::Pop);
                }
                return;
            }
            if define {
                if let Some(&obj) = self.info.defs.get(&id.id) {
                    let ty = self.info.obj(obj).ty;
                    self.gen_value(r, ty);
                    let l = self.declare_local(obj);
                    self.init_local(l);
                    return;
                }
            }
        }
        let ty = self.target_type(l, r);
        let place = self.gen_place(l);
        if self.is_aggregate(ty) && !matches!(place, super::place::Place::MapEntry(_)) {
            // Copy into the existing object, so pointers to it see the new value.
            self.place_dup_prefix(&place);
            self.place_load(&place);
            self.gen_expr(r);
            let rt = self.rt_type(ty);
            self.emit(Op::CopyInto(rt));
            self.place_discard_prefix(&place);
            return;
        }
        self.gen_value(r, ty);
        self.place_store(&place);
    }

    /// The variables a multiple assignment assigns as a whole (`x` in `x, a[i] = ...`).
    fn assigned_vars(&self, lhs: &[Expr]) -> Vec<ObjId> {
        lhs.iter()
            .filter_map(|l| match &strip_parens(l).kind {
                ExprKind::Ident(id) => self
                    .info
                    .defs
                    .get(&id.id)
                    .or_else(|| self.info.uses.get(&id.id))
                    .copied(),
                _ => None,
            })
            .collect()
    }

    /// Whether a multiple assignment may assign each value as soon as it is computed, left
    /// to right, instead of computing them all into temporaries first (`low, high = low+1,
    /// high-1`). That is unobservable when every target is a variable (no index or pointer
    /// operands to evaluate first), no right operand reads a variable assigned before it,
    /// and no right operand can panic or call anything (so no deferred call or other
    /// goroutine runs between the assignments and sees a half-done statement).
    fn assigns_in_sequence(&self, lhs: &[Expr], rhs: &[Expr]) -> bool {
        if !lhs
            .iter()
            .all(|l| matches!(strip_parens(l).kind, ExprKind::Ident(_)))
        {
            return false;
        }
        let assigned = self.assigned_vars(lhs);
        rhs.iter().enumerate().all(|(j, r)| {
            self.is_pure_operand(r)
                && !assigned[..j.min(assigned.len())]
                    .iter()
                    .any(|&o| self.mentions(r, o))
        }) && assigned.len() == lhs.iter().filter(|l| !is_blank(l)).count()
    }

    /// Whether evaluating `e` can neither panic nor call anything: constants, variables
    /// and the operators that cannot fail on them.
    fn is_pure_operand(&self, e: &Expr) -> bool {
        self.operand_risk(e) == Some(OperandRisk::NoPanic)
    }

    /// What evaluating `e` can do besides computing its value: `None` when it may call
    /// something, receive, or do anything not listed below (assume the worst); otherwise
    /// the worst panic it can raise. Constants, variables, field selections, `*p`,
    /// indexing and the operators qualify.
    fn operand_risk(&self, e: &Expr) -> Option<OperandRisk> {
        if let Some(tm) = self.info.exprs.get(&e.id) {
            if matches!(tm.mode, Mode::Const(_)) {
                return Some(OperandRisk::NoPanic);
            }
        }
        match &e.kind {
            ExprKind::Paren(x) => self.operand_risk(x),
            ExprKind::Ident(id) => self
                .info
                .uses
                .get(&id.id)
                .is_some_and(|&o| matches!(self.info.obj(o).kind, ObjKind::Var(_)))
                .then_some(OperandRisk::NoPanic),
            ExprKind::Unary(op, x) => match op {
                ast::UnaryOp::Pos
                | ast::UnaryOp::Neg
                | ast::UnaryOp::Not
                | ast::UnaryOp::BitNot => self.operand_risk(x),
                _ => None,
            },
            ExprKind::Star(x) => Some(self.operand_risk(x)?.max(OperandRisk::NilPanic)),
            ExprKind::Selector(x, _) => {
                let field = self
                    .info
                    .selections
                    .get(&e.id)
                    .is_some_and(|sel| sel.kind == crate::check::SelectionKind::Field);
                if !field {
                    return None;
                }
                Some(self.operand_risk(x)?.max(OperandRisk::NilPanic))
            }
            ExprKind::Index(x, index) if index.len() == 1 => {
                let operands = self.operand_risk(x)?.max(self.operand_risk(&index[0])?);
                Some(operands.max(OperandRisk::AnyPanic))
            }
            ExprKind::Binary(op, x, y) => {
                let operands = self.operand_risk(x)?.max(self.operand_risk(y)?);
                let float = self
                    .basic(self.info.type_of(e.id))
                    .is_some_and(|kind| kind.is_float());
                let own = match op {
                    BinaryOp::Add
                    | BinaryOp::Sub
                    | BinaryOp::Mul
                    | BinaryOp::And
                    | BinaryOp::Or
                    | BinaryOp::Xor
                    | BinaryOp::AndNot
                    | BinaryOp::LogAnd
                    | BinaryOp::LogOr => OperandRisk::NoPanic,
                    BinaryOp::Div | BinaryOp::Rem if float => OperandRisk::NoPanic,
                    BinaryOp::Shl | BinaryOp::Shr
                        if matches!(
                            self.info.exprs.get(&y.id).map(|tm| &tm.mode),
                            Some(Mode::Const(_))
                        ) =>
                    {
                        OperandRisk::NoPanic
                    }
                    // Division by zero, a negative shift count, comparing uncomparable
                    // dynamic types.
                    _ => OperandRisk::AnyPanic,
                };
                Some(operands.max(own))
            }
            _ => None,
        }
    }

    /// Whether the pure operand `e` (see `is_pure_operand`) reads variable `obj`.
    fn mentions(&self, e: &Expr, obj: ObjId) -> bool {
        match &e.kind {
            ExprKind::Paren(x) | ExprKind::Unary(_, x) => self.mentions(x, obj),
            ExprKind::Ident(id) => self.info.uses.get(&id.id) == Some(&obj),
            ExprKind::Binary(_, x, y) => self.mentions(x, obj) || self.mentions(y, obj),
            _ => false,
        }
    }

    /// Whether evaluating `e` again later gives the same value with no other effect: a
    /// constant, or a local variable that only the current function can reach (not
    /// captured, address not taken) and that the statement does not assign (`assigned`).
    fn is_stable_operand(&mut self, e: &Expr, assigned: &[ObjId]) -> bool {
        if let Some(tm) = self.info.exprs.get(&e.id) {
            if matches!(tm.mode, Mode::Const(_)) {
                return true;
            }
        }
        match &e.kind {
            ExprKind::Paren(x) => self.is_stable_operand(x, assigned),
            ExprKind::Ident(id) => match self.info.uses.get(&id.id) {
                Some(obj) if !assigned.contains(obj) => {
                    self.fb().locals.get(obj).is_some_and(|local| !local.boxed)
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// Whether target `l`'s index and pointer operands may be evaluated when it is assigned
    /// rather than first (see `is_stable_operand`), sparing their temporaries.
    fn has_stable_operands(&mut self, l: &Expr, assigned: &[ObjId]) -> bool {
        match &strip_parens(l).kind {
            ExprKind::Index(x, index) => {
                index.len() == 1
                    && self.is_stable_operand(x, assigned)
                    && self.is_stable_operand(&index[0], assigned)
            }
            ExprKind::Star(p) => self.is_stable_operand(p, assigned),
            ExprKind::Selector(x, _) => {
                self.info.selections.get(&l.id).is_some_and(|sel| {
                    sel.path.len() == 1 && sel.kind == crate::check::SelectionKind::Field
                }) && self.is_stable_operand(x, assigned)
            }
            _ => false,
        }
    }

    /// Evaluates the index/pointer parts of an assignment target into temporaries, unless
    /// they are stable operands that can be evaluated again when the target is assigned.
    fn prepare_target(&mut self, l: &'a Expr, define: bool, assigned: &[ObjId]) -> Target<'a> {
        if let ExprKind::Ident(id) = &l.kind {
            if id.name.as_ref() == "_" {
                return Target::Discard;
            }
            if define {
                if let Some(&obj) = self.info.defs.get(&id.id) {
                    return Target::NewVar(obj);
                }
            }
        }
        let ty = self.lhs_type(l).unwrap_or(crate::types::TypeId(0));
        if self.has_stable_operands(l, assigned) {
            return Target::Later(l, ty);
        }
        let place = self.gen_place(l);
        let n = place.prefix_len();
        let mut temps = Vec::new();
        for _ in 0..n {
            temps.push(self.new_temp());
        }
        for t in temps.iter().rev() {
            self.emit(Op::StoreLocal(*t));
        }
        Target::Place(place, temps, ty)
    }

    fn finish_target(&mut self, target: Target<'a>, value_temp: u32) {
        match target {
            Target::Discard => {}
            Target::NewVar(obj) => {
                self.emit(Op::LoadLocal(value_temp));
                let l = self.declare_local(obj);
                self.init_local(l);
            }
            Target::Later(l, ty) => {
                let place = self.gen_place(l);
                self.store_into_place(place, ty, value_temp);
            }
            Target::Place(place, temps, ty) => {
                for t in &temps {
                    self.emit(Op::LoadLocal(*t));
                }
                self.store_into_place(place, ty, value_temp);
            }
        }
    }

    /// Assigns the value in `value_temp` to `place`, whose prefix is on the stack.
    fn store_into_place(&mut self, place: super::place::Place, ty: TypeId, value_temp: u32) {
        let agg = self.is_aggregate(ty) && !matches!(place, super::place::Place::MapEntry(_));
        if agg {
            self.place_dup_prefix(&place);
            self.place_load(&place);
            self.emit(Op::LoadLocal(value_temp));
            let rt = self.rt_type(ty);
            self.emit(Op::CopyInto(rt));
            self.place_discard_prefix(&place);
        } else {
            self.emit(Op::LoadLocal(value_temp));
            self.place_store(&place);
        }
    }

    fn gen_return(&mut self, values: &'a [Expr]) {
        if let Some(rb) = self.fb().range_body.clone() {
            // `return` in a range-over-func body returns from the enclosing function.
            let types: Vec<TypeId> = rb.result_captures.iter().map(|(_, t)| *t).collect();
            if values.len() == types.len() {
                for (v, t) in values.iter().zip(&types) {
                    self.gen_value(v, *t);
                }
            } else if let Some(v) = values.first() {
                self.gen_expr(v);
            } else if !types.is_empty() {
                // A bare return with named results: the enclosing function returns their current values.
                self.emit(Op::LoadCapture(rb.state_capture));
                self.emit(Op::PushInt(-1));
                self.emit(Op::StoreCell);
                self.range_body_exit(false);
                return;
            }
            let n = types.len();
            self.return_stacked_values(n);
            return;
        }
        let results = self.fb().results.clone();
        if !values.is_empty() {
            if values.len() == results.len() {
                let mut temps = Vec::new();
                for (v, (_, ty)) in values.iter().zip(&results) {
                    self.gen_value(v, *ty);
                    if results.len() > 1 {
                        let t = self.new_temp();
                        self.emit(Op::StoreLocal(t));
                        temps.push(t);
                    }
                }
                if results.len() == 1 {
                    self.store_result(0);
                } else {
                    for (i, t) in temps.into_iter().enumerate() {
                        self.emit(Op::LoadLocal(t));
                        self.store_result(i);
                    }
                }
            } else {
                // return f() with several results.
                self.gen_expr(&values[0]);
                let types = self.result_types(values[0].id);
                for i in (0..results.len()).rev() {
                    let t = self.new_temp();
                    self.emit(Op::StoreLocal(t));
                    self.emit(Op::LoadLocal(t));
                    self.convert(
                        types.get(i).copied().unwrap_or(results[i].1),
                        results[i].1,
                        true,
                    );
                    self.store_result(i);
                }
            }
        }
        self.emit(Op::Return);
    }

    /// Stores the value on the stack into result `i` (through its cell if boxed).
    fn store_result(&mut self, i: usize) {
        let (slot, _) = self.fb().results[i];
        if self.fb().boxed_results.contains(&(i as u32)) {
            let t = self.new_temp();
            self.emit(Op::StoreLocal(t));
            self.emit(Op::LoadLocal(slot));
            self.emit(Op::LoadLocal(t));
            self.emit(Op::StoreCell);
        } else {
            self.emit(Op::StoreLocal(slot));
        }
    }

    fn gen_defer(&mut self, call: &'a Expr) {
        let ExprKind::Call {
            func,
            args,
            ellipsis,
        } = &call.kind
        else {
            self.gen_expr(call);
            return;
        };
        let fexpr = strip_parens(func);
        // Builtins and natives are wrapped in a small function taking the evaluated arguments.
        if self.builtin_of(fexpr).is_some() {
            let wrapper = self.builtin_thunk(call);
            self.emit(Op::PushFunc(wrapper.0));
            for a in wrapper.1 {
                self.emit(Op::LoadLocal(a));
            }
            let argc = wrapper.2;
            self.emit(Op::Defer { argc });
            return;
        }
        if let Some(rb) = self.fb().range_body.clone() {
            self.emit(Op::LoadCapture(rb.depth_capture));
            let argc = self.gen_callee_and_args(fexpr, args, *ellipsis, call);
            self.emit(Op::DeferAt { argc });
            return;
        }
        let argc = self.gen_callee_and_args(fexpr, args, *ellipsis, call);
        self.emit(Op::Defer { argc });
    }

    fn gen_for(
        &mut self,
        init: Option<&'a Stmt>,
        cond: Option<&'a Expr>,
        post: Option<&'a Stmt>,
        body: &'a Block,
    ) {
        if let Some(init) = init {
            self.gen_stmt(init);
        }
        // Go 1.22: each iteration has its own copy of variables declared in init.
        let loop_vars: Vec<Local> = match init.map(|s| &s.kind) {
            Some(StmtKind::Assign {
                lhs, define: true, ..
            }) => lhs
                .iter()
                .filter_map(|l| match &l.kind {
                    ExprKind::Ident(id) => self
                        .info
                        .defs
                        .get(&id.id)
                        .and_then(|o| self.fb().locals.get(o).copied()),
                    _ => None,
                })
                .filter(|l| l.boxed)
                .collect(),
            _ => Vec::new(),
        };
        // The condition is tested at the bottom (`Jump test; body: ...; test: cond;
        // JumpIfTrue body`), so an iteration runs one jump fewer than with the test at
        // the top; the backward `JumpIfTrue` counts against the budget as `Jump` does.
        self.push_breakable(true);
        let to_test = cond.map(|_| self.emit(Op::Jump(0)));
        let top = self.pc();
        self.gen_block(body);
        let cont = self.pc();
        for l in &loop_vars {
            self.emit(Op::LoadLocal(l.slot));
            self.emit(Op::LoadCell);
            self.emit(Op::NewCell);
            self.emit(Op::StoreLocal(l.slot));
        }
        if let Some(p) = post {
            self.gen_stmt(p);
        }
        match (cond, to_test) {
            (Some(c), Some(to_test)) => {
                let test = self.pc();
                self.patch(to_test, test);
                // The test follows the body's code; its own line keeps panics in it
                // (and traces through calls in it) at the condition's line.
                self.set_pos(c.span);
                self.gen_cond(c);
                self.emit(Op::JumpIfTrue(top as u32));
            }
            _ => {
                self.emit(Op::Jump(top as u32));
            }
        }
        let end = self.pc();
        self.pop_breakable(end, cont);
    }

    /// Assigns the value on the stack to a range variable (new per iteration, or an existing place).
    fn assign_range_var(&mut self, target: Option<&'a Expr>, define: bool, value_ty: TypeId) {
        let Some(t) = target else {
            self.emit(Op::Pop);
            return;
        };
        if let ExprKind::Ident(id) = &t.kind {
            if id.name.as_ref() == "_" {
                self.emit(Op::Pop);
                return;
            }
            if define {
                if let Some(&obj) = self.info.defs.get(&id.id) {
                    let ty = self.info.obj(obj).ty;
                    self.convert(value_ty, ty, false);
                    let l = self.declare_local(obj);
                    self.init_local(l);
                    return;
                }
            }
        }
        let ty = self.lhs_type(t).unwrap_or(value_ty);
        self.convert(value_ty, ty, false);
        let tmp = self.new_temp();
        self.emit(Op::StoreLocal(tmp));
        let place = self.gen_place(t);
        self.emit(Op::LoadLocal(tmp));
        self.place_store(&place);
    }

    /// In `for k, x[k] = range ...` the value's place (`x[k]`, with the old `k`) is
    /// evaluated before the key is assigned, as in the assignment `k, x[k] = key, value`:
    /// returns that prepared place, or `None` where the order cannot matter.
    fn prepare_range_value(
        &mut self,
        key: Option<&'a Expr>,
        value: Option<&'a Expr>,
        define: bool,
    ) -> Option<Target<'a>> {
        let v = value?;
        let key = key?;
        if define || matches!(&v.kind, ExprKind::Ident(_)) {
            return None;
        }
        let assigned = self.assigned_vars(std::slice::from_ref(key));
        Some(self.prepare_target(v, false, &assigned))
    }

    /// Assigns the value on the stack to a range statement's value target, into the place
    /// `prepare_range_value` evaluated if it did.
    fn assign_range_value(
        &mut self,
        value: Option<&'a Expr>,
        define: bool,
        value_ty: TypeId,
        prepared: Option<Target<'a>>,
    ) {
        match (prepared, value) {
            (Some(target), Some(v)) => {
                let ty = self.lhs_type(v).unwrap_or(value_ty);
                self.convert(value_ty, ty, false);
                let tmp = self.new_temp();
                self.emit(Op::StoreLocal(tmp));
                self.finish_target(target, tmp);
            }
            _ => self.assign_range_var(value, define, value_ty),
        }
    }

    fn gen_range(
        &mut self,
        key: Option<&'a Expr>,
        value: Option<&'a Expr>,
        define: bool,
        x: &'a Expr,
        body: &'a Block,
        stmt: &'a Stmt,
    ) {
        let xty = self.info.type_of(x.id);
        let types = &self.info.types;
        let under = types.under_kind(xty).clone();
        let int_ty = self.info.types.basic(crate::types::BasicKind::Int);
        match under {
            TypeKind::Basic(b) if b.is_integer() => {
                // for i := range n
                let n = self.new_temp();
                self.gen_expr(x);
                self.emit(Op::StoreLocal(n));
                let counter_is_key = self.range_key_as_counter(key, define, xty);
                let i = counter_is_key.unwrap_or_else(|| self.new_temp());
                self.emit(Op::PushInt(0));
                self.emit(Op::StoreLocal(i));
                self.push_breakable(true);
                let to_test = self.emit(Op::Jump(0));
                let top = self.pc();
                if counter_is_key.is_none() {
                    self.emit(Op::LoadLocal(i));
                    self.assign_range_var(key, define, xty);
                }
                self.gen_block(body);
                let cont = self.pc();
                let compare = if b.is_unsigned() {
                    Op::LtUint
                } else {
                    Op::LtInt
                };
                self.count_up_and_test(i, n, compare, to_test, top);
                let end = self.pc();
                self.pop_breakable(end, cont);
            }
            TypeKind::Basic(_) => {
                // String: runes with byte offsets.
                let s = self.new_temp();
                self.gen_expr(x);
                self.emit(Op::StoreLocal(s));
                let i = self.new_temp();
                let w = self.new_temp();
                self.emit(Op::PushInt(0));
                self.emit(Op::StoreLocal(i));
                self.emit(Op::PushInt(0));
                self.emit(Op::StoreLocal(w));
                self.push_breakable(true);
                let top = self.pc();
                self.emit(Op::LoadLocal(i));
                self.emit(Op::LoadLocal(w));
                self.emit(Op::AddInt);
                self.emit(Op::StoreLocal(i));
                self.emit(Op::LoadLocal(i));
                self.emit(Op::LoadLocal(s));
                self.emit(Op::StrLen);
                self.emit(Op::LtInt);
                let exit = self.emit(Op::JumpIfFalse(0));
                self.emit(Op::LoadLocal(s));
                self.emit(Op::LoadLocal(i));
                self.emit(Op::StrDecodeRune);
                self.emit(Op::StoreLocal(w));
                let r = self.new_temp();
                self.emit(Op::StoreLocal(r));
                let value_place = self.prepare_range_value(key, value, define);
                self.emit(Op::LoadLocal(i));
                self.assign_range_var(key, define, int_ty);
                let rune_ty = self.info.types.basic(crate::types::BasicKind::Int32);
                self.emit(Op::LoadLocal(r));
                self.assign_range_value(value, define, rune_ty, value_place);
                self.gen_block(body);
                let cont = self.pc();
                self.emit(Op::Jump(top as u32));
                let end = self.pc();
                self.patch(exit, end);
                self.pop_breakable(end, cont);
            }
            TypeKind::Slice(elem) | TypeKind::Array(elem, _) => self.gen_range_indexed(
                key,
                value,
                define,
                x,
                body,
                elem,
                matches!(under, TypeKind::Array(..)),
                false,
            ),
            TypeKind::Pointer(p) => {
                let elem = match self.info.types.under_kind(p) {
                    TypeKind::Array(e, _) => *e,
                    _ => p,
                };
                self.gen_range_indexed(key, value, define, x, body, elem, true, true)
            }
            TypeKind::Map(kt, vt) => {
                let m = self.new_temp();
                self.gen_expr(x);
                self.emit(Op::MapIter);
                self.emit(Op::StoreLocal(m));
                self.push_breakable(true);
                let top = self.pc();
                self.emit(Op::LoadLocal(m));
                let next = self.emit(Op::MapIterNext { target: 0 });
                let v = self.new_temp();
                self.emit(Op::StoreLocal(v));
                let k = self.new_temp();
                self.emit(Op::StoreLocal(k));
                self.emit(Op::Pop);
                let value_place = self.prepare_range_value(key, value, define);
                self.emit(Op::LoadLocal(k));
                self.assign_range_var(key, define, kt);
                self.emit(Op::LoadLocal(v));
                if value.is_some() && self.is_aggregate(vt) {
                    let rt = self.rt_type(vt);
                    self.emit(Op::Clone(rt));
                }
                self.assign_range_value(value, define, vt, value_place);
                self.gen_block(body);
                let cont = self.pc();
                self.emit(Op::Jump(top as u32));
                let done = self.pc();
                self.patch(next, done);
                self.emit(Op::Pop);
                let end = self.pc();
                self.pop_breakable(end, cont);
            }
            TypeKind::Func(_) => self.gen_range_func(key, value, define, x, body, stmt),
            TypeKind::Chan(_, elem) => {
                let ch = self.new_temp();
                self.gen_expr(x);
                self.emit(Op::StoreLocal(ch));
                self.push_breakable(true);
                let top = self.pc();
                self.emit(Op::LoadLocal(ch));
                self.emit(Op::Recv2);
                let exit = self.emit(Op::JumpIfFalse(0));
                self.assign_range_var(key, define, elem);
                self.gen_block(body);
                let cont = self.pc();
                self.emit(Op::Jump(top as u32));
                // The loop ends when a receive reports a closed channel: drop its zero value.
                let exit_pop = self.pc();
                self.patch(exit, exit_pop);
                self.emit(Op::Pop);
                let end = self.pc();
                self.pop_breakable(end, cont);
            }
            _ => self.error(x.span, "range over this type is not supported yet in Weft"),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn gen_range_indexed(
        &mut self,
        key: Option<&'a Expr>,
        value: Option<&'a Expr>,
        define: bool,
        x: &'a Expr,
        body: &'a Block,
        elem: TypeId,
        array: bool,
        pointer: bool,
    ) {
        // `for i, _ := range p` is `for i := range p`: a nil array pointer is not dereferenced.
        let value =
            value.filter(|v| !matches!(&v.kind, ExprKind::Ident(id) if id.name.as_ref() == "_"));
        let int_ty = self.info.types.basic(crate::types::BasicKind::Int);
        let coll = self.new_temp();
        let xty = self.info.type_of(x.id);
        self.gen_expr(x);
        if array && !pointer && value.is_some() {
            // Ranging over an array value iterates over a copy.
            let rt = self.rt_type(xty);
            self.emit(Op::Clone(rt));
        }
        self.emit(Op::StoreLocal(coll));
        let n = self.new_temp();
        if array {
            let len =
                match self
                    .info
                    .types
                    .under_kind(if pointer { self.pointee(xty) } else { xty })
                {
                    TypeKind::Array(_, n) => *n,
                    _ => 0,
                };
            if pointer && value.is_some() {
                self.emit(Op::LoadLocal(coll));
                self.emit(Op::NilCheck);
                self.emit(Op::Pop);
            }
            let c = self.const_int(len as i64);
            self.emit(Op::PushConst(c));
        } else {
            self.emit(Op::LoadLocal(coll));
            self.emit(Op::SliceLen);
        }
        self.emit(Op::StoreLocal(n));
        let counter_is_key = self.range_key_as_counter(key, define, int_ty);
        let i = counter_is_key.unwrap_or_else(|| self.new_temp());
        self.emit(Op::PushInt(0));
        self.emit(Op::StoreLocal(i));
        self.push_breakable(true);
        let to_test = self.emit(Op::Jump(0));
        let top = self.pc();
        let value_place = self.prepare_range_value(key, value, define);
        if counter_is_key.is_none() {
            self.emit(Op::LoadLocal(i));
            self.assign_range_var(key, define, int_ty);
        }
        if value.is_some() {
            self.emit(Op::LoadLocal(coll));
            self.emit(Op::LoadLocal(i));
            self.emit(if array { Op::ArrayGet } else { Op::SliceGet });
            if self.is_aggregate(elem) {
                let rt = self.rt_type(elem);
                self.emit(Op::Clone(rt));
            }
            self.assign_range_value(value, define, elem, value_place);
        }
        self.gen_block(body);
        let cont = self.pc();
        self.count_up_and_test(i, n, Op::LtInt, to_test, top);
        let end = self.pc();
        self.pop_breakable(end, cont);
    }

    /// The slot of the variable a counting range loop declares as its key (`for i :=
    /// range s`), declared here, when that variable can serve as the loop's own counter:
    /// of the counter's type, not boxed (so each iteration's variable is unobservable as
    /// a separate one), and never assigned (so the body cannot change the iteration).
    /// That spares the copy of the counter into the variable at every iteration.
    fn range_key_as_counter(
        &mut self,
        key: Option<&'a Expr>,
        define: bool,
        counter_ty: TypeId,
    ) -> Option<u32> {
        let ExprKind::Ident(id) = &key?.kind else {
            return None;
        };
        let obj = *self.info.defs.get(&id.id).filter(|_| define)?;
        let fits = match &self.info.obj(obj).kind {
            ObjKind::Var(v) => !v.reassigned && self.info.obj(obj).ty == counter_ty,
            _ => false,
        };
        if !fits || self.needs_cell(obj) {
            return None;
        }
        Some(self.declare_local(obj).slot)
    }

    /// The bottom of a counting range loop: `i++`, then the test `i < n` that jumps back
    /// to the body at `top`. The loop's entry jump `to_test` lands on the test, so an
    /// iteration runs one jump fewer than with the test at the top (as in `gen_for`).
    fn count_up_and_test(&mut self, i: u32, n: u32, compare: Op, to_test: usize, top: usize) {
        self.emit(Op::LoadLocal(i));
        self.emit(Op::PushInt(1));
        self.emit(Op::AddInt);
        self.emit(Op::StoreLocal(i));
        let test = self.pc();
        self.patch(to_test, test);
        self.emit(Op::LoadLocal(i));
        self.emit(Op::LoadLocal(n));
        self.emit(compare);
        self.emit(Op::JumpIfTrue(top as u32));
    }

    pub fn pointee(&self, ty: TypeId) -> TypeId {
        match self.info.types.under_kind(ty) {
            TypeKind::Pointer(e) => *e,
            _ => ty,
        }
    }

    fn gen_range_func(
        &mut self,
        key: Option<&'a Expr>,
        value: Option<&'a Expr>,
        define: bool,
        x: &'a Expr,
        body: &'a Block,
        _stmt: &'a Stmt,
    ) {
        self.gen_range_over_func(key, value, define, x, body);
    }

    pub(crate) fn assign_range_var_pub(
        &mut self,
        target: Option<&'a Expr>,
        define: bool,
        value_ty: TypeId,
    ) {
        self.assign_range_var(target, define, value_ty);
    }

    pub(crate) fn store_result_pub(&mut self, i: usize) {
        self.store_result(i);
    }

    pub(crate) fn find_breakable_pub(
        &self,
        label: Option<Rc<str>>,
        want_loop: bool,
    ) -> Option<usize> {
        self.find_breakable(label, want_loop)
    }

    fn gen_switch(
        &mut self,
        init: Option<&'a Stmt>,
        tag: Option<&'a Expr>,
        clauses: &'a [ast::CaseClause],
    ) {
        if let Some(init) = init {
            self.gen_stmt(init);
        }
        let tag_info = tag.map(|t| {
            let ty = self.info.type_of(t.id);
            self.gen_expr(t);
            let tmp = self.new_temp();
            self.emit(Op::StoreLocal(tmp));
            (tmp, ty)
        });
        self.push_breakable(false);
        // Tests: each case expression in order; jumps to bodies.
        let mut body_jumps: Vec<Vec<usize>> = Vec::new();
        for c in clauses {
            let mut jumps = Vec::new();
            for e in &c.exprs {
                match tag_info {
                    Some((tmp, tty)) => {
                        let ety = self.info.type_of(e.id);
                        self.emit(Op::LoadLocal(tmp));
                        let cmp_ty = if self.is_interface(tty) || !self.is_interface(ety) {
                            tty
                        } else {
                            ety
                        };
                        self.convert(tty, cmp_ty, true);
                        self.gen_value(e, cmp_ty);
                        self.gen_compare(BinaryOp::Eq, cmp_ty);
                    }
                    None => {
                        let ety = self.info.type_of(e.id);
                        if self.is_interface(ety) {
                            // `switch { case i: }` compares i with true: true boxed as bool.
                            let bool_ty = self.info.types.basic(crate::types::BasicKind::Bool);
                            self.emit(Op::PushBool(true));
                            let rt = self.rt_type(bool_ty);
                            self.emit(Op::ToIface(rt));
                            self.gen_expr(e);
                            self.gen_compare(BinaryOp::Eq, ety);
                        } else {
                            self.gen_cond(e);
                        }
                    }
                }
                jumps.push(self.emit(Op::JumpIfTrue(0)));
            }
            body_jumps.push(jumps);
        }
        let default_jump = self.emit(Op::Jump(0));
        let mut ends = Vec::new();
        let mut pending_fallthrough: Vec<usize> = Vec::new();
        let mut default_body = None;
        for (ci, c) in clauses.iter().enumerate() {
            let start = self.pc();
            for j in &body_jumps[ci] {
                self.patch(*j, start);
            }
            for j in pending_fallthrough.drain(..) {
                self.patch(j, start);
            }
            if c.default {
                default_body = Some(start);
            }
            let saved = std::mem::take(&mut self.fb().fallthrough_jumps);
            self.gen_stmts(&c.body);
            let ft = std::mem::replace(&mut self.fb().fallthrough_jumps, saved);
            if ft.is_empty() {
                ends.push(self.emit(Op::Jump(0)));
            } else {
                pending_fallthrough = ft;
            }
        }
        let end = self.pc();
        self.patch(default_jump, default_body.unwrap_or(end));
        for j in ends {
            self.patch(j, end);
        }
        for j in pending_fallthrough {
            self.patch(j, end);
        }
        self.pop_breakable(end, end);
    }

    fn gen_type_switch(
        &mut self,
        init: Option<&'a Stmt>,
        bind: Option<&'a ast::Ident>,
        x: &'a Expr,
        clauses: &'a [ast::CaseClause],
    ) {
        if let Some(init) = init {
            self.gen_stmt(init);
        }
        let xty = self.info.type_of(x.id);
        self.gen_expr(x);
        let v = self.new_temp();
        self.emit(Op::StoreLocal(v));
        let _ = bind;
        self.push_breakable(false);
        let mut body_jumps: Vec<Vec<usize>> = Vec::new();
        for c in clauses {
            let mut jumps = Vec::new();
            for e in &c.exprs {
                self.emit(Op::LoadLocal(v));
                if self.is_nil_expr(e) {
                    self.emit(Op::IfaceIsNil);
                } else {
                    let ty = self.info.type_of(e.id);
                    let rt = self.rt_type(ty);
                    self.emit(Op::TypeMatches(rt));
                }
                let j = self.emit(Op::JumpIfTrue(0));
                jumps.push(j);
                self.emit(Op::Pop);
            }
            body_jumps.push(jumps);
        }
        // No case matched: the iface is not on the stack.
        let default_jump = self.emit(Op::Jump(0));
        let mut ends = Vec::new();
        let mut default_body = None;
        for (ci, c) in clauses.iter().enumerate() {
            // Matched cases arrive with the iface on the stack; pop it.
            let start = self.pc();
            for j in &body_jumps[ci] {
                self.patch(*j, start);
            }
            if !body_jumps[ci].is_empty() {
                self.emit(Op::Pop);
            }
            let body_start = self.pc();
            if c.default {
                default_body = Some(body_start);
            }
            if let Some(&obj) = self.info.implicits.get(&c.span.lo) {
                let oty = self.info.obj(obj).ty;
                self.emit(Op::LoadLocal(v));
                if !self.is_interface(oty) {
                    self.emit(Op::Unbox);
                    if self.is_aggregate(oty) {
                        let rt = self.rt_type(oty);
                        self.emit(Op::Clone(rt));
                    }
                } else {
                    let _ = xty;
                }
                let l = self.declare_local(obj);
                self.init_local(l);
            }
            self.gen_stmts(&c.body);
            ends.push(self.emit(Op::Jump(0)));
            if c.default {
                // The default clause body is entered without the iface on the stack.
                default_body = Some(body_start);
            }
        }
        let end = self.pc();
        self.patch(default_jump, default_body.unwrap_or(end));
        for j in ends {
            self.patch(j, end);
        }
        self.pop_breakable(end, end);
    }

    pub fn is_nil_expr(&self, e: &Expr) -> bool {
        if let ExprKind::Ident(id) = &strip_parens(e).kind {
            if let Some(o) = self.info.uses.get(&id.id) {
                return matches!(self.info.obj(*o).kind, ObjKind::Nil);
            }
        }
        false
    }

    /// Compiles a function literal and pushes the closure value.
    pub fn gen_func_lit(&mut self, e: &'a Expr, sig: &'a ast::FuncType, body: &'a Block) {
        let parent = self.fb().name.clone();
        let top = parent.split(".func").next().unwrap_or(&parent).to_string();
        let counter = self.lit_counters.entry(top.clone()).or_insert(0);
        *counter += 1;
        let name = format!("{top}.func{counter}");
        let id = self.reserve_func(name.clone());
        let mut params = Vec::new();
        self.collect_fields(&sig.params, &mut params);
        let mut results = Vec::new();
        self.collect_fields(&sig.results, &mut results);
        let caps: Vec<ObjId> = self.info.captures.get(&e.id).cloned().unwrap_or_default();
        // Push captured storage (cells or aggregate objects) in order.
        for c in &caps {
            self.push_var_storage(*c);
        }
        self.compile_body(id, name, &params, &results, body, Some(&caps));
        if caps.is_empty() {
            self.emit(Op::PushFunc(id));
        } else {
            self.emit(Op::MakeClosure {
                func: id,
                captures: caps.len() as u32,
            });
        }
        let _ = FuncRef::Lit(e.id);
    }

    /// Pushes a variable's storage: its cell for boxed variables, its value otherwise.
    fn push_var_storage(&mut self, obj: ObjId) {
        if let Some(l) = self.fb().locals.get(&obj).copied() {
            self.emit(Op::LoadLocal(l.slot));
        } else if let Some(&i) = self.fb().captures.get(&obj) {
            self.emit(Op::LoadCapture(i));
        } else {
            self.emit(Op::PushNil);
        }
    }

    /// Condition expression: a bool on the stack.
    pub fn gen_cond(&mut self, e: &'a Expr) {
        self.gen_expr(e);
    }

    pub fn value_count(&self, e: &Expr) -> usize {
        match self.info.exprs.get(&e.id) {
            Some(tm) => {
                if tm.mode == Mode::NoValue {
                    return 0;
                }
                match self.info.types.kind(tm.ty) {
                    TypeKind::Tuple(ts) => ts.len(),
                    _ => 1,
                }
            }
            None => 0,
        }
    }

    pub fn result_types(&self, e: ExprId) -> Vec<TypeId> {
        match self.info.exprs.get(&e) {
            Some(tm) => match self.info.types.kind(tm.ty) {
                TypeKind::Tuple(ts) => ts.clone(),
                _ => vec![tm.ty],
            },
            None => Vec::new(),
        }
    }
}

use crate::ast::ExprId;

/// A prepared assignment target.
pub enum Target<'a> {
    Discard,
    NewVar(ObjId),
    /// A place whose prefix operands were evaluated into these temporaries.
    Place(super::place::Place, Vec<u32>, TypeId),
    /// A place whose prefix operands are stable (`has_stable_operands`): evaluated when
    /// it is assigned.
    Later(&'a Expr, TypeId),
}

/// The worst panic evaluating an operand can raise (see `Gen::operand_risk`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum OperandRisk {
    NoPanic,
    /// Only `invalid memory address or nil pointer dereference`.
    NilPanic,
    AnyPanic,
}

fn is_blank(e: &Expr) -> bool {
    matches!(&strip_parens(e).kind, ExprKind::Ident(id) if id.name.as_ref() == "_")
}

pub fn strip_parens(e: &Expr) -> &Expr {
    let mut e = e;
    while let ExprKind::Paren(inner) = &e.kind {
        e = inner;
    }
    e
}

impl<'a> Gen<'a> {
    /// The element type of a channel type.
    pub fn chan_elem(&self, ty: TypeId) -> TypeId {
        match self.info.types.under_kind(ty) {
            TypeKind::Chan(_, e) => *e,
            _ => ty,
        }
    }

    fn gen_go(&mut self, call: &'a Expr) {
        let ExprKind::Call {
            func,
            args,
            ellipsis,
        } = &call.kind
        else {
            self.gen_expr(call);
            return;
        };
        let fexpr = strip_parens(func);
        if self.builtin_of(fexpr).is_some() {
            let (f, temps, argc) = self.builtin_thunk(call);
            self.emit(Op::PushFunc(f));
            for a in temps {
                self.emit(Op::LoadLocal(a));
            }
            self.emit(Op::Go { argc });
            return;
        }
        let argc = self.gen_callee_and_args(fexpr, args, *ellipsis, call);
        self.emit(Op::Go { argc });
    }

    /// `select`: operands of every case, `Op::Select`, then a jump to the chosen clause.
    fn gen_select(&mut self, clauses: &'a [ast::CommClause]) {
        let mut kinds = Vec::new();
        let mut has_default = false;
        for c in clauses {
            let Some(comm) = &c.comm else {
                has_default = true;
                continue;
            };
            match &comm.kind {
                StmtKind::Send(ch, v) => {
                    let elem = self.chan_elem(self.info.type_of(ch.id));
                    self.gen_expr(ch);
                    self.gen_value(v, elem);
                    kinds.push(true);
                }
                _ => {
                    let recv = select_recv_operand(comm);
                    match recv {
                        Some(ch) => self.gen_expr(ch),
                        None => {
                            self.emit(Op::PushNil);
                        }
                    }
                    kinds.push(false);
                }
            }
        }
        let table = self.program.select_tables.len() as u32;
        self.program.select_tables.push(kinds);
        self.emit(Op::Select { table, has_default });
        let ok = self.new_temp();
        let value = self.new_temp();
        let index = self.new_temp();
        self.emit(Op::StoreLocal(ok));
        self.emit(Op::StoreLocal(value));
        self.emit(Op::StoreLocal(index));
        self.push_breakable(false);
        let mut ends = Vec::new();
        let mut case_index = 0i64;
        for c in clauses {
            let this = match &c.comm {
                Some(_) => {
                    let i = case_index;
                    case_index += 1;
                    i
                }
                None => -1,
            };
            self.emit(Op::LoadLocal(index));
            self.push_int(this);
            self.emit(Op::EqInt);
            let skip = self.emit(Op::JumpIfFalse(0));
            if let Some(comm) = &c.comm {
                self.set_pos(comm.span);
                if let StmtKind::Assign {
                    lhs, define, rhs, ..
                } = &comm.kind
                {
                    let elem = self.chan_elem(
                        self.info
                            .type_of(strip_recv(&rhs[0]).map(|x| x.id).unwrap_or(rhs[0].id)),
                    );
                    let bool_ty = self.info.types.basic(crate::types::BasicKind::Bool);
                    let targets = [(lhs.first(), value, elem), (lhs.get(1), ok, bool_ty)];
                    for (target, slot, ty) in targets {
                        if let Some(t) = target {
                            self.emit(Op::LoadLocal(slot));
                            self.assign_range_var(Some(t), *define, ty);
                        }
                    }
                }
            }
            self.gen_stmts(&c.body);
            ends.push(self.emit(Op::Jump(0)));
            let here = self.pc();
            self.patch(skip, here);
        }
        let end = self.pc();
        for j in ends {
            self.patch(j, end);
        }
        self.pop_breakable(end, end);
    }
}

/// The channel operand of a receive in a select case (`<-ch`, `v := <-ch`, `v, ok = <-ch`).
fn select_recv_operand(s: &Stmt) -> Option<&Expr> {
    match &s.kind {
        StmtKind::Expr(e) => strip_recv(e),
        StmtKind::Assign { rhs, .. } => rhs.first().and_then(strip_recv),
        _ => None,
    }
}

fn strip_recv(e: &Expr) -> Option<&Expr> {
    match &strip_parens(e).kind {
        ExprKind::Unary(crate::ast::UnaryOp::Recv, ch) => Some(ch),
        _ => None,
    }
}

/// Whether `body` (not counting function literals, which are functions of their own)
/// has a `defer` statement or a range over a function.
fn body_defers_or_ranges_over_func(gen: &Gen, body: &Block) -> bool {
    body.stmts
        .iter()
        .any(|s| stmt_defers_or_ranges_over_func(gen, s))
}

fn stmt_defers_or_ranges_over_func(gen: &Gen, s: &Stmt) -> bool {
    let in_block = |b: &Block| body_defers_or_ranges_over_func(gen, b);
    let in_stmts = |stmts: &[Stmt]| {
        stmts
            .iter()
            .any(|s| stmt_defers_or_ranges_over_func(gen, s))
    };
    match &s.kind {
        StmtKind::Defer(_) => true,
        StmtKind::Range { x, body, .. } => {
            matches!(
                gen.info.types.under_kind(gen.info.type_of(x.id)),
                TypeKind::Func(_)
            ) || in_block(body)
        }
        StmtKind::Block(b) => in_block(b),
        StmtKind::Labeled(_, inner) => stmt_defers_or_ranges_over_func(gen, inner),
        StmtKind::If { then, els, .. } => {
            in_block(then)
                || els
                    .as_deref()
                    .is_some_and(|e| stmt_defers_or_ranges_over_func(gen, e))
        }
        StmtKind::For { body, .. } => in_block(body),
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| in_stmts(&c.body))
        }
        StmtKind::Select(clauses) => clauses.iter().any(|c| in_stmts(&c.body)),
        _ => false,
    }
}
