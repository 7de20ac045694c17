//! Codegen: checked Go packages to weft-vm bytecode.
//!
//! The checker's types pick every opcode (decision 2). Value semantics of
//! structs and arrays follow one rule: a location owns its aggregate object;
//! storing into an existing location copies in place (`CopyInto`), storing
//! into a new location (declaration, argument, element of a new literal,
//! interface box) stores a fresh object (`Clone` unless the value is already
//! fresh, such as a composite literal or a call result).
//!
//! Files: `mod.rs` (program assembly, runtime types, method tables),
//! `func.rs` (function bodies and statements), `expr.rs` (expressions),
//! `place.rs` (assignable locations).

mod expr;
mod func;
mod fuse;
mod place;
mod rangefunc;
mod types;

use crate::ast::{self, Decl, ExprId, Span};
use crate::check::{Info, ObjKind};
use crate::source::{Diagnostic, SourceMap};
use crate::types::{ObjId, TypeId};
use std::collections::HashMap;
use std::rc::Rc;
use weft_vm::op::Op;
use weft_vm::program::{Constant, FuncId, FuncProto, LineEntry, Program};

pub use func::FnBuilder;

/// Compiles checked packages into a `Program`.
///
/// # Errors
/// Constructs Weft does not support yet (they are reported at their position).
pub fn generate(sources: &SourceMap, info: &Info) -> Result<Program, Vec<Diagnostic>> {
    let mut gen = Gen::new(sources, info);
    let _ = gen.run();
    if gen.errors.is_empty() {
        Ok(gen.program)
    } else {
        Err(gen.errors)
    }
}

/// What [`generate_session`] adds for each file of the main package.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SessionFile {
    /// The function that sets the file's package-level variables to their zero values
    /// (`None` when the file declares none). The host calls it once, when the file is new.
    pub zero_func: Option<FuncId>,
}

/// Compiles checked packages for an interactive session (the REPL).
///
/// The layout makes programs extend each other: when the main package of `info` has the
/// files of an earlier compilation followed by new files, the earlier program is a prefix
/// of the new one (same functions, types, constants, symbols and globals at the same
/// indices; new things appended). To get there, everything outside the main package comes
/// first (with its entry, which initializes those packages only), then the main package
/// file by file: each file's functions and variables are numbered and compiled, the
/// method tables of the types it introduced filled, and those of the main package's types
/// filled again with the methods the file declared, before the next file is looked at.
/// Main's variable initializers are not compiled (the session assigns its variables in
/// ordinary statements); each file gets a function that zeroes its variables instead.
///
/// # Errors
/// As [`generate`].
pub fn generate_session(
    sources: &SourceMap,
    info: &Info,
) -> Result<(Program, Vec<SessionFile>), Vec<Diagnostic>> {
    let mut gen = Gen::new(sources, info);
    gen.session = true;
    let files = gen.run();
    if gen.errors.is_empty() {
        Ok((gen.program, files))
    } else {
        Err(gen.errors)
    }
}

/// Where a function body comes from, for the work list.
#[derive(Clone, Copy)]
enum BodyRef {
    Decl {
        package: usize,
        file: usize,
        decl: usize,
    },
}

pub(crate) struct Gen<'a> {
    pub sources: &'a SourceMap,
    pub info: &'a Info,
    pub program: Program,
    pub errors: Vec<Diagnostic>,
    /// Function objects (declared functions and methods) to their ids.
    pub func_ids: HashMap<ObjId, FuncId>,
    /// Native function objects to native indices.
    pub native_ids: HashMap<ObjId, u32>,
    /// Package-level variables to global slots.
    pub globals: HashMap<ObjId, u32>,
    /// Checker types to runtime types.
    pub rt_types: HashMap<TypeId, u32>,
    /// Method names to symbols.
    pub symbols: HashMap<Rc<str>, u32>,
    pub str_consts: HashMap<Vec<u8>, u32>,
    pub int_consts: HashMap<i64, u32>,
    /// Builders of the functions being compiled (function literals nest).
    pub builders: Vec<FnBuilder>,
    /// Wrapper functions already made, by (runtime type, method symbol).
    pub wrappers: HashMap<(u32, u32), FuncId>,
    /// Types whose method tables are still to be filled.
    pub pending_method_tables: Vec<(TypeId, u32)>,
    /// Number of function literals compiled per enclosing top-level function (for names like main.main.func1).
    pub lit_counters: HashMap<String, u32>,
    pub file_index: HashMap<u32, u32>,
    /// Variables that must live in cells although the checker does not say so
    /// (used inside range-over-func bodies, which become closures).
    pub extra_boxed: std::collections::HashSet<ObjId>,
    /// Session layout (see [`generate_session`]): the main package comes last, file by file.
    pub session: bool,
}

impl<'a> Gen<'a> {
    fn new(sources: &'a SourceMap, info: &'a Info) -> Self {
        Gen {
            sources,
            info,
            program: Program::default(),
            errors: Vec::new(),
            func_ids: HashMap::new(),
            native_ids: HashMap::new(),
            globals: HashMap::new(),
            rt_types: HashMap::new(),
            symbols: HashMap::new(),
            str_consts: HashMap::new(),
            int_consts: HashMap::new(),
            builders: Vec::new(),
            wrappers: HashMap::new(),
            pending_method_tables: Vec::new(),
            lit_counters: HashMap::new(),
            file_index: HashMap::new(),
            extra_boxed: std::collections::HashSet::new(),
            session: false,
        }
    }

    pub fn error(&mut self, span: Span, msg: impl Into<String>) {
        if self.errors.len() < 10 {
            self.errors.push(Diagnostic::new(span, msg));
        }
    }

    /// The symbol of a method: its name and signature (`Unwrap func() error`), so interface
    /// satisfaction and dispatch check signatures, not only names.
    pub fn method_symbol(&mut self, name: &str, sig: TypeId) -> u32 {
        let key = format!("{} {}", name, self.type_name(sig));
        self.symbol(&key)
    }

    pub fn symbol(&mut self, name: &str) -> u32 {
        if let Some(s) = self.symbols.get(name) {
            return *s;
        }
        let id = self.program.symbols.len() as u32;
        self.program.symbols.push(name.to_string());
        self.symbols.insert(Rc::from(name), id);
        id
    }

    pub fn const_str(&mut self, bytes: &[u8]) -> u32 {
        if let Some(i) = self.str_consts.get(bytes) {
            return *i;
        }
        let i = self.program.constants.len() as u32;
        self.program.constants.push(Constant::Str(bytes.to_vec()));
        self.str_consts.insert(bytes.to_vec(), i);
        i
    }

    pub fn const_int(&mut self, v: i64) -> u32 {
        if let Some(i) = self.int_consts.get(&v) {
            return *i;
        }
        let i = self.program.constants.len() as u32;
        self.program.constants.push(Constant::Int(v));
        self.int_consts.insert(v, i);
        i
    }

    pub fn const_float(&mut self, v: f64) -> u32 {
        let i = self.program.constants.len() as u32;
        self.program.constants.push(Constant::Float(v));
        i
    }

    /// Reserves a function id with an empty prototype.
    pub fn reserve_func(&mut self, name: String) -> FuncId {
        let id = self.program.funcs.len() as FuncId;
        self.program.funcs.push(FuncProto {
            name,
            ..Default::default()
        });
        id
    }

    pub fn file_of(&mut self, span: Span) -> u32 {
        let fi = self.sources.file_index_of(span.lo);
        if let Some(i) = self.file_index.get(&fi) {
            return *i;
        }
        let i = self.program.files.len() as u32;
        self.program.files.push(self.sources.file(fi).name.clone());
        self.file_index.insert(fi, i);
        i
    }

    fn qualified_func_name(
        &self,
        package: &str,
        decl: &ast::FuncDecl,
        recv: Option<TypeId>,
        pointer: bool,
    ) -> String {
        match recv {
            Some(t) => {
                let tn = self
                    .info
                    .types
                    .named_info(t)
                    .map(|n| n.name.to_string())
                    .unwrap_or_default();
                if pointer {
                    format!("{package}.(*{tn}).{}", decl.name.name)
                } else {
                    format!("{package}.{tn}.{}", decl.name.name)
                }
            }
            None => format!("{package}.{}", decl.name.name),
        }
    }

    /// Compiles everything; in session mode returns what each main file added.
    fn run(&mut self) -> Vec<SessionFile> {
        let info = self.info;
        // In session mode the main package (last) is compiled after everything else.
        let early_packages = if self.session {
            info.packages.len().saturating_sub(1)
        } else {
            info.packages.len()
        };
        // Pass 1: ids for every function and native, slots for every global.
        let mut bodies: Vec<(FuncId, BodyRef)> = Vec::new();
        for (pi, pkg) in info.packages[..early_packages].iter().enumerate() {
            for fi in 0..pkg.files.len() {
                self.number_file(pi, fi, &mut bodies);
            }
        }
        self.setup_runtime_hooks();
        // Pass 2: bodies.
        self.compile_bodies(bodies);
        // The entry point: package initialization, then main.main.
        self.compile_entry(early_packages);
        self.flush_method_tables();
        let mut session_files = Vec::new();
        if self.session && early_packages < info.packages.len() {
            let pi = early_packages;
            for fi in 0..info.packages[pi].files.len() {
                let mut bodies = Vec::new();
                self.number_file(pi, fi, &mut bodies);
                self.compile_bodies(bodies);
                let zero_func = self.compile_zero_globals(pi, fi);
                self.flush_method_tables();
                self.refresh_main_method_tables();
                session_files.push(SessionFile { zero_func });
            }
        }
        session_files
    }

    /// Numbers the functions, natives and globals a file declares; queues function bodies.
    fn number_file(&mut self, pi: usize, fi: usize, bodies: &mut Vec<(FuncId, BodyRef)>) {
        let info = self.info;
        let pkg = &info.packages[pi];
        let file = &pkg.files[fi];
        for (di, decl) in file.decls.iter().enumerate() {
            match decl {
                Decl::Func(fd) => {
                    let Some(&obj) = info.defs.get(&fd.name.id) else {
                        continue;
                    };
                    let (recv, pointer, native) = match &info.obj(obj).kind {
                        ObjKind::Func(f) => (f.recv, f.pointer_recv, f.native),
                        _ => (None, false, false),
                    };
                    if native {
                        let name = match recv {
                            Some(t) => {
                                let tn = info
                                    .types
                                    .named_info(t)
                                    .map(|n| n.name.to_string())
                                    .unwrap_or_default();
                                format!("{}.{}.{}", pkg.path, tn, fd.name.name)
                            }
                            None => format!("{}.{}", pkg.path, fd.name.name),
                        };
                        let idx = self.program.natives.len() as u32;
                        self.program.natives.push(name);
                        self.native_ids.insert(obj, idx);
                        continue;
                    }
                    if fd.name.name.as_ref() == "init" && recv.is_none() {
                        let id = self.reserve_func(format!("{}.init.{}", pkg.path, bodies.len()));
                        self.func_ids.insert(obj, id);
                        bodies.push((
                            id,
                            BodyRef::Decl {
                                package: pi,
                                file: fi,
                                decl: di,
                            },
                        ));
                        continue;
                    }
                    let name = self.qualified_func_name(&pkg.path, fd, recv, pointer);
                    let id = self.reserve_func(name);
                    self.func_ids.insert(obj, id);
                    // A std body nothing reaches was never checked: its function
                    // keeps an id (method tables may name it) and stays empty.
                    if info.unchecked_bodies.contains(&obj) {
                        // Never called; should it be, it fails loudly instead of running
                        // off its end (and the bytecode verifier sees a terminated body).
                        let msg = self.const_str(
                            b"internal error: a standard-library function compiled without its body was called",
                        );
                        // Its frame shape still matches its signature, so that calls to
                        // it (from method wrappers the program does reach) verify.
                        let slots = |fields: &[ast::Field]| -> u32 {
                            fields.iter().map(|f| f.names.len().max(1) as u32).sum()
                        };
                        let params = u32::from(fd.recv.is_some()) + slots(&fd.sig.params);
                        let results = slots(&fd.sig.results);
                        let proto = &mut self.program.funcs[id as usize];
                        proto.code = vec![Op::RuntimePanic(msg)];
                        proto.param_count = params;
                        proto.result_count = results;
                        proto.local_count = params + results;
                        continue;
                    }
                    bodies.push((
                        id,
                        BodyRef::Decl {
                            package: pi,
                            file: fi,
                            decl: di,
                        },
                    ));
                }
                Decl::Gen(gd) => {
                    if gd.kind != ast::GenKind::Var {
                        continue;
                    }
                    for spec in &gd.specs {
                        if let ast::Spec::Value(vs) = spec {
                            for name in &vs.names {
                                if let Some(&obj) = info.defs.get(&name.id) {
                                    let slot = self.program.globals;
                                    self.program.globals += 1;
                                    self.globals.insert(obj, slot);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    fn compile_bodies(&mut self, bodies: Vec<(FuncId, BodyRef)>) {
        let info = self.info;
        for (id, body) in bodies {
            let BodyRef::Decl {
                package,
                file,
                decl,
            } = body;
            let Decl::Func(fd) = &info.packages[package].files[file].decls[decl] else {
                continue;
            };
            self.compile_func_decl(id, fd);
        }
    }

    /// Session mode: fills the method tables of the main package's types again, so the
    /// methods the file just compiled declared on types of earlier files join them. The
    /// order is fixed (by runtime type index), so wrappers made here get the same indices
    /// in every later compilation of the session.
    fn refresh_main_method_tables(&mut self) {
        let mut main_types: Vec<(TypeId, u32)> = self
            .rt_types
            .iter()
            .map(|(&ty, &id)| (ty, id))
            .filter(|&(_, id)| self.program.types[id as usize].name.contains("main."))
            .collect();
        // `flush_method_tables` pops from the end: push in reverse index order.
        main_types.sort_by_key(|&(_, id)| std::cmp::Reverse(id));
        self.pending_method_tables.extend(main_types);
        self.flush_method_tables();
    }

    /// Session mode: whether `method` is declared by a function not numbered yet (in a
    /// main file after the one being compiled).
    pub fn is_unnumbered_method(&self, method: &types::MethodPath) -> bool {
        method.func.0 != u32::MAX
            && !self.func_ids.contains_key(&method.func)
            && !self.native_ids.contains_key(&method.func)
    }

    /// Session mode: a function that zeroes the package-level variables of one main file.
    fn compile_zero_globals(&mut self, pi: usize, fi: usize) -> Option<FuncId> {
        let info = self.info;
        let file = &info.packages[pi].files[fi];
        let mut vars = Vec::new();
        for decl in &file.decls {
            let Decl::Gen(gd) = decl else { continue };
            if gd.kind != ast::GenKind::Var {
                continue;
            }
            for spec in &gd.specs {
                if let ast::Spec::Value(vs) = spec {
                    vars.extend(
                        vs.names
                            .iter()
                            .filter_map(|n| info.defs.get(&n.id).copied()),
                    );
                }
            }
        }
        if vars.is_empty() {
            return None;
        }
        let name = self.sources.file(file.file_index).name.clone();
        let id = self.reserve_func(format!("main.init.zero({name})"));
        self.builders.push(FnBuilder::new(id, 0, 0));
        for obj in vars {
            let slot = self.globals[&obj];
            self.emit_zero(info.obj(obj).ty);
            self.emit(Op::StoreGlobal(slot));
        }
        self.emit(Op::Return);
        let fb = self.builders.pop().unwrap();
        self.finish_builder(fb);
        Some(id)
    }

    fn setup_runtime_hooks(&mut self) {
        let info = self.info;
        let Some(rt) = info.packages.iter().find(|p| p.path.as_ref() == "runtime") else {
            return;
        };
        let hook = |gen: &mut Self, name: &str, pointer: bool| -> Option<u32> {
            let &obj = rt.scope.get(name)?;
            let mut ty = info.obj(obj).ty;
            if pointer {
                ty = gen.pointer_to(ty)?;
            }
            let id = gen.rt_type(ty);
            gen.pending_method_tables.push((ty, id));
            Some(id)
        };
        self.program.hooks.runtime_error_type = hook(self, "errorString", false);
        self.program.hooks.bounds_error_type = hook(self, "boundsError", false);
        self.program.hooks.plain_error_type = hook(self, "plainError", false);
        self.program.hooks.type_assertion_error_type = hook(self, "TypeAssertionError", true);
        if let Some(&obj) = rt.scope.get("panicMessage") {
            if let Some(&f) = self.func_ids.get(&obj) {
                self.program.hooks.panic_message_func = Some(f);
            }
        }
    }

    /// The entry function: initializes the first `package_count` packages, then calls
    /// `main.main` (not in session mode, where the host runs the main package's code).
    fn compile_entry(&mut self, package_count: usize) {
        let info = self.info;
        let id = self.reserve_func("runtime.main".into());
        self.program.entry = id;
        let mut fb = FnBuilder::new(id, 0, 0);
        fb.local_count = 0;
        self.builders.push(fb);
        for pkg in &info.packages[..package_count] {
            // Zero every global first: initializers may read globals declared later.
            for (fi, file) in pkg.files.iter().enumerate() {
                let _ = fi;
                for decl in &file.decls {
                    if let Decl::Gen(gd) = decl {
                        if gd.kind != ast::GenKind::Var {
                            continue;
                        }
                        for spec in &gd.specs {
                            if let ast::Spec::Value(vs) = spec {
                                for name in &vs.names {
                                    if let Some(&obj) = info.defs.get(&name.id) {
                                        let ty = info.obj(obj).ty;
                                        let slot = self.globals[&obj];
                                        self.emit_zero(ty);
                                        self.emit(Op::StoreGlobal(slot));
                                    }
                                }
                            }
                        }
                    }
                }
            }
            for init in &pkg.var_init_order {
                let rhs = self.find_expr(init.rhs);
                let Some(rhs) = rhs else { continue };
                self.set_pos(rhs.span);
                if init.lhs.len() == 1 {
                    let target = init.lhs[0].map(|o| info.obj(o).ty);
                    match (init.lhs[0], target) {
                        (Some(obj), Some(ty)) => {
                            self.gen_value(rhs, ty);
                            let slot = self.globals[&obj];
                            self.emit(Op::StoreGlobal(slot));
                        }
                        _ => {
                            self.gen_expr(rhs);
                            let n = self.value_count(rhs);
                            for _ in 0..n {
                                self.emit(Op::Pop);
                            }
                        }
                    }
                } else {
                    // A call with several results, or a comma-ok form (`v, ok = m[k]`).
                    let types = self.gen_multi(rhs, init.lhs.len());
                    for (i, lhs) in init.lhs.iter().enumerate().rev() {
                        match lhs {
                            Some(obj) => {
                                let ty = info.obj(*obj).ty;
                                let tmp = self.new_temp();
                                self.emit(Op::StoreLocal(tmp));
                                self.emit(Op::LoadLocal(tmp));
                                self.convert(types.get(i).copied().unwrap_or(ty), ty, false);
                                let slot = self.globals[obj];
                                self.emit(Op::StoreGlobal(slot));
                            }
                            None => {
                                self.emit(Op::Pop);
                            }
                        }
                    }
                }
            }
            for init in &pkg.inits {
                if let Some(&f) = self.func_ids.get(init) {
                    self.emit(Op::Call { func: f, argc: 0 });
                }
            }
        }
        if let Some(main) = info.main_func.filter(|_| !self.session) {
            if let Some(&f) = self.func_ids.get(&main) {
                self.emit(Op::Call { func: f, argc: 0 });
            }
        }
        self.emit(Op::Return);
        let fb = self.builders.pop().unwrap();
        self.finish_builder(fb);
    }

    /// Finds an expression node by id (used for package-level initializers).
    fn find_expr(&self, id: ExprId) -> Option<&'a ast::Expr> {
        for pkg in &self.info.packages {
            for file in &pkg.files {
                for decl in &file.decls {
                    if let Decl::Gen(gd) = decl {
                        for spec in &gd.specs {
                            if let ast::Spec::Value(vs) = spec {
                                for v in &vs.values {
                                    if v.id == id {
                                        return Some(v);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        None
    }

    pub fn finish_builder(&mut self, fb: FnBuilder) {
        let proto = &mut self.program.funcs[fb.func as usize];
        proto.code = fb.code;
        fuse::fuse_superinstructions(&mut proto.code);
        proto.lines = fb.lines;
        proto.param_count = fb.param_count;
        proto.result_count = fb.result_count;
        proto.local_count = fb.local_count.max(fb.param_count + fb.result_count);
        proto.boxed_results = fb.boxed_results;
        proto.frame_bytes = fb.frame_bytes.min(u32::MAX as u64) as u32;
    }

    pub fn fb(&mut self) -> &mut FnBuilder {
        self.builders.last_mut().unwrap()
    }

    pub fn emit(&mut self, op: Op) -> usize {
        let fb = self.fb();
        fb.code.push(op);
        fb.code.len() - 1
    }

    pub fn pc(&mut self) -> usize {
        self.fb().code.len()
    }

    /// Points the jump at `at` to `target`.
    pub fn patch(&mut self, at: usize, target: usize) {
        let t = target as u32;
        let fb = self.fb();
        fb.code[at] = match fb.code[at] {
            Op::Jump(_) => Op::Jump(t),
            Op::JumpIfFalse(_) => Op::JumpIfFalse(t),
            Op::JumpIfTrue(_) => Op::JumpIfTrue(t),
            Op::MapIterNext { .. } => Op::MapIterNext { target: t },
            other => other,
        };
    }

    pub fn set_pos(&mut self, span: Span) {
        if span == Span::default() && span.hi == 0 {
            return;
        }
        let file = self.file_of(span);
        let line = self.sources.position(span.lo).line;
        let fb = self.builders.last_mut().unwrap();
        let pc = fb.code.len() as u32;
        if let Some(last) = fb.lines.last_mut() {
            if last.file == file && last.line == line {
                return;
            }
            if last.pc == pc {
                last.file = file;
                last.line = line;
                return;
            }
        }
        fb.lines.push(LineEntry { pc, file, line });
    }

    /// The checker's `*T`, if the program mentions it.
    pub fn pointer_to(&self, ty: TypeId) -> Option<TypeId> {
        let types = &self.info.types;
        (0..types.len() as u32)
            .map(TypeId)
            .find(|t| matches!(types.kind(*t), crate::types::TypeKind::Pointer(e) if *e == ty))
    }

    pub fn new_temp(&mut self) -> u32 {
        let fb = self.fb();
        let s = fb.local_count;
        fb.local_count += 1;
        s
    }
}
