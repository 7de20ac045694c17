//! Package-level declarations: collecting objects, lazily checking them in
//! dependency order with cycle detection, methods, bodies, and the
//! initialization order of package-level variables.

use super::*;
use crate::ast::{Decl, Expr, FuncDecl, GenKind, Spec, TypeSpec, ValueSpec};
use crate::types::{Method, NamedType};

/// Where a package-level object is declared.
#[derive(Clone, Copy)]
pub(super) enum DeclRef<'a> {
    Const {
        ty: Option<&'a Expr>,
        init: Option<&'a Expr>,
        iota: u32,
        file: usize,
    },
    /// A variable: all names of the spec are checked together when `values.len() != names.len()`.
    Var {
        spec: &'a ValueSpec,
        index: usize,
        file: usize,
        pos: (u32, u32, u32),
    },
    Type {
        spec: &'a TypeSpec,
        file: usize,
    },
    Func {
        decl: &'a FuncDecl,
        file: usize,
    },
}

/// Checks one package's files into `c.info`, appending its [`PackageInfo`].
/// Imports must already be checked (their paths in `c.package_index`).
pub fn check_package<'a>(c: &mut Checker<'a>, files: &'a [ast::File], path: &str, is_std: bool) {
    let pkg = c.info.packages.len() as u32;
    c.pkg = pkg;
    c.pkg_path = Rc::from(path);
    c.is_std = is_std;
    c.pkg_scope = HashMap::default();
    c.file_scopes = Vec::new();
    c.decl_state.clear();
    c.decls.clear();
    c.deps.clear();
    c.used_pkgnames.clear();
    let name: Rc<str> = files
        .first()
        .map(|f| f.package.name.clone())
        .unwrap_or_else(|| Rc::from("main"));
    // Reserve the package's slot so objects can name it; files are attached by the driver.
    c.info.packages.push(PackageInfo {
        path: Rc::from(path),
        name,
        files: Vec::new(),
        var_init_order: Vec::new(),
        inits: Vec::new(),
        scope: HashMap::default(),
    });

    let mut import_objs: Vec<(ObjId, Span, String)> = Vec::new();
    for file in files {
        let mut scope = HashMap::default();
        for imp in &file.imports {
            let Some(&index) = c.package_index.get(imp.path.as_str()) else {
                continue;
            };
            let pkg_name = c.info.packages[index as usize].name.clone();
            let (local, span) = match &imp.name {
                Some(n) => (n.name.clone(), n.span),
                None => (pkg_name.clone(), imp.span),
            };
            if &*local == "_" {
                continue;
            }
            if &*local == "init" {
                c.error(span, "cannot import package as init - init must be a func");
                continue;
            }
            if &*local == "." {
                // Dot imports merge the package scope into the file scope.
                let members: Vec<(Rc<str>, ObjId)> = c.package_scopes[index as usize]
                    .iter()
                    .map(|(k, v)| (k.clone(), *v))
                    .collect();
                for (k, v) in members {
                    if k.chars().next().is_some_and(|ch| ch.is_uppercase()) {
                        scope.insert(k, v);
                    }
                }
                continue;
            }
            let obj = c.new_object(Object {
                name: local.clone(),
                kind: ObjKind::PkgName(Rc::from(imp.path.as_str())),
                ty: TypeId(0),
                span,
                package: pkg,
            });
            if let Some(n) = &imp.name {
                c.info.defs.insert(n.id, obj);
            }
            if scope.insert(local.clone(), obj).is_some() {
                c.error(span, format!("{} redeclared in this block", local));
            }
            let shown = match &imp.name {
                Some(n) => format!("{:?} imported as {} and not used", imp.path, n.name),
                None => format!("{:?} imported and not used", imp.path),
            };
            import_objs.push((obj, imp.span, shown));
        }
        c.file_scopes.push(scope);
    }

    // Collect package-level objects.
    let mut methods: Vec<(&'a FuncDecl, usize, (u32, u32))> = Vec::new();
    let mut order: Vec<ObjId> = Vec::new();
    let mut inits: Vec<ObjId> = Vec::new();
    for (fi, file) in files.iter().enumerate() {
        for (di, decl) in file.decls.iter().enumerate() {
            match decl {
                Decl::Func(fd) => {
                    if !fd.type_params.is_empty() {
                        c.error(
                            fd.type_params[0].span,
                            format!(
                                "generic function {} not yet supported in Weft",
                                fd.name.name
                            ),
                        );
                        // Declared with the invalid type so that uses stay quiet.
                        let obj = c.new_object(Object {
                            name: fd.name.name.clone(),
                            kind: ObjKind::Func(FuncInfo {
                                recv: None,
                                pointer_recv: false,
                                package: pkg,
                                decl: (fi as u32, di as u32),
                                native: false,
                            }),
                            ty: TypeId(0),
                            span: fd.name.span,
                            package: pkg,
                        });
                        c.info.defs.insert(fd.name.id, obj);
                        c.declare_pkg(&fd.name, obj);
                        continue;
                    }
                    if fd.recv.is_some() {
                        methods.push((fd, fi, (fi as u32, di as u32)));
                        continue;
                    }
                    let obj = c.new_object(Object {
                        name: fd.name.name.clone(),
                        kind: ObjKind::Func(FuncInfo {
                            recv: None,
                            pointer_recv: false,
                            package: pkg,
                            decl: (fi as u32, di as u32),
                            native: fd.body.is_none(),
                        }),
                        ty: TypeId(0),
                        span: fd.name.span,
                        package: pkg,
                    });
                    c.info.defs.insert(fd.name.id, obj);
                    c.decls.insert(obj, DeclRef::Func { decl: fd, file: fi });
                    order.push(obj);
                    if &*fd.name.name == "init" {
                        if !fd.sig.params.is_empty() || !fd.sig.results.is_empty() {
                            c.error(
                                fd.name.span,
                                "func init must have no arguments and no return values",
                            );
                        }
                        inits.push(obj);
                        continue;
                    }
                    if &*fd.name.name == "main"
                        && path == "main"
                        && (!fd.sig.params.is_empty() || !fd.sig.results.is_empty())
                    {
                        c.error(
                            fd.name.span,
                            "func main must have no arguments and no return values",
                        );
                    }
                    c.declare_pkg(&fd.name, obj);
                }
                Decl::Gen(gd) => {
                    let mut last: Option<&'a ValueSpec> = None;
                    for (si, spec) in gd.specs.iter().enumerate() {
                        match spec {
                            Spec::Value(vs) if gd.kind == GenKind::Const => {
                                let src = if vs.ty.is_none() && vs.values.is_empty() {
                                    last.unwrap_or(vs)
                                } else {
                                    vs
                                };
                                last = Some(src);
                                for (i, n) in vs.names.iter().enumerate() {
                                    let obj = c.new_object(Object {
                                        name: n.name.clone(),
                                        kind: ObjKind::Const(ConstValue::int(0)),
                                        ty: TypeId(0),
                                        span: n.span,
                                        package: pkg,
                                    });
                                    c.info.defs.insert(n.id, obj);
                                    c.decls.insert(
                                        obj,
                                        DeclRef::Const {
                                            ty: src.ty.as_ref(),
                                            init: src.values.get(i),
                                            iota: vs.iota,
                                            file: fi,
                                        },
                                    );
                                    order.push(obj);
                                    c.declare_pkg(n, obj);
                                }
                                c.check_const_spec_arity(vs, src);
                            }
                            Spec::Value(vs) => {
                                for (i, n) in vs.names.iter().enumerate() {
                                    let obj = c.new_object(Object {
                                        name: n.name.clone(),
                                        kind: ObjKind::Var(VarInfo {
                                            global: true,
                                            ..Default::default()
                                        }),
                                        ty: TypeId(0),
                                        span: n.span,
                                        package: pkg,
                                    });
                                    c.info.defs.insert(n.id, obj);
                                    c.decls.insert(
                                        obj,
                                        DeclRef::Var {
                                            spec: vs,
                                            index: i,
                                            file: fi,
                                            pos: (fi as u32, di as u32, si as u32),
                                        },
                                    );
                                    order.push(obj);
                                    c.declare_pkg(n, obj);
                                }
                            }
                            Spec::Type(ts) => {
                                if !ts.type_params.is_empty() {
                                    c.error(
                                        ts.type_params[0].span,
                                        format!(
                                            "generic type {} not yet supported in Weft",
                                            ts.name.name
                                        ),
                                    );
                                    let obj = c.new_object(Object {
                                        name: ts.name.name.clone(),
                                        kind: ObjKind::TypeName,
                                        ty: TypeId(0),
                                        span: ts.name.span,
                                        package: pkg,
                                    });
                                    c.info.defs.insert(ts.name.id, obj);
                                    c.declare_pkg(&ts.name, obj);
                                    continue;
                                }
                                let obj = c.new_object(Object {
                                    name: ts.name.name.clone(),
                                    kind: ObjKind::TypeName,
                                    ty: TypeId(0),
                                    span: ts.name.span,
                                    package: pkg,
                                });
                                if !ts.alias {
                                    let named = c.info.types.new_named(
                                        ts.name.name.clone(),
                                        c.pkg_path.clone(),
                                        Some(obj),
                                    );
                                    c.info.objects[obj.0 as usize].ty = named;
                                }
                                c.info.defs.insert(ts.name.id, obj);
                                c.decls.insert(obj, DeclRef::Type { spec: ts, file: fi });
                                order.push(obj);
                                c.declare_pkg(&ts.name, obj);
                            }
                        }
                    }
                }
            }
        }
    }
    for o in &order {
        c.decl_state.insert(*o, DeclState::Unchecked);
    }

    // Types first, so that methods can be attached before anything needs method sets.
    for o in &order {
        if matches!(c.decls[o], DeclRef::Type { .. }) {
            c.obj_decl(*o);
        }
    }
    c.resolve_pending_underlying();
    c.check_delayed_map_keys();
    let method_objs = c.collect_methods(&methods, pkg);
    for o in &order {
        c.obj_decl(*o);
    }
    c.valid_types(&order);

    // Function bodies, in source order (methods included). Errors in function
    // literals of package-level initializers were held back to appear here,
    // at their declaration, as in gc.
    let mut body_order: Vec<ObjId> = order.iter().chain(method_objs.iter()).copied().collect();
    body_order.sort_by_key(|o| c.obj(*o).span.lo);
    for o in &body_order {
        if let Some(held) = c.held_lit_diagnostics.remove(o) {
            c.diagnostics.extend(held);
        }
        if let Some(DeclRef::Func { decl, file, .. }) = c.decls.get(o).copied() {
            let is_init = decl.recv.is_none() && &*decl.name.name == "init";
            if let (Some(body), true, false) = (&decl.body, c.lazy_bodies(), is_init) {
                c.defer_body(*o, decl, body, file);
            } else if let Some(body) = &decl.body {
                c.current_file = file;
                c.current_decl = Some(*o);
                c.func_body(FuncRef::Decl(*o), decl, body);
                c.current_decl = None;
            } else if !c.is_std {
                // gc finds this after type checking: only reported when nothing else is wrong.
                c.late_diagnostics
                    .push(Diagnostic::new(decl.name.span, "missing function body"));
            }
        }
    }

    // Bodies reached so far (from this package's initializers, `init` functions and
    // anything checked before) are checked before the initialization order is computed.
    c.check_reached_bodies();
    if c.lazy_bodies() {
        c.save_package_context();
    }

    let mut rest: Vec<(ObjId, Vec<Diagnostic>)> = c.held_lit_diagnostics.drain().collect();
    rest.sort_by_key(|(o, _)| c.obj(*o).span.lo);
    for (_, held) in rest {
        c.diagnostics.extend(held);
    }
    let var_init_order = c.init_order(&order);
    for (obj, span, msg) in import_objs {
        // A std package whose bodies are not all checked may not have seen its imports used.
        if !c.lazy_bodies() && !c.used_pkgnames.contains(&obj) {
            c.error(span, msg);
        }
    }
    c.finish_untyped();
    // The blank identifier declares nothing: it has no entry in `defs`.
    let objects = &c.info.objects;
    c.info
        .defs
        .retain(|_, o| &*objects[o.0 as usize].name != "_");
    let scope = c.pkg_scope.clone();
    let p = &mut c.info.packages[pkg as usize];
    p.var_init_order = var_init_order;
    p.inits = inits;
    p.scope = scope.clone();
    c.package_scopes.push(scope);
    c.package_index.insert(Rc::from(path), pkg);
    if path == "main" {
        if let Some(m) = c.pkg_scope.get("main") {
            if matches!(c.obj(*m).kind, ObjKind::Func(_)) {
                c.info.main_func = Some(*m);
            }
        }
        c.info.unchecked_bodies = c.unreached_bodies();
    }
}

impl<'a> Checker<'a> {
    fn declare_pkg(&mut self, ident: &ast::Ident, obj: ObjId) {
        if &*ident.name == "_" {
            return;
        }
        // `init` (and `main` in package main) may only name functions.
        let is_func = matches!(self.obj(obj).kind, ObjKind::Func(_));
        if !is_func
            && (&*ident.name == "init" || (&*ident.name == "main" && &*self.pkg_path == "main"))
        {
            let msg = format!("cannot declare {} - must be func", ident.name);
            self.error(ident.span, msg);
            return;
        }
        if let Some(prev) = self.pkg_scope.get(&ident.name).copied() {
            let msg = format!(
                "{} redeclared in this block\n\t{}: other declaration of {}",
                ident.name,
                self.sources.describe(self.obj(prev).span),
                ident.name
            );
            self.error(ident.span, msg);
            return;
        }
        // A package-level name may not shadow an import of the same file.
        for fs in &self.file_scopes {
            if let Some(prev) = fs.get(&ident.name) {
                let msg = format!(
                    "{} already declared through import of package {}",
                    ident.name,
                    self.obj(*prev).name
                );
                self.diagnostics.push(Diagnostic::new(ident.span, msg));
                break;
            }
        }
        self.pkg_scope.insert(ident.name.clone(), obj);
    }

    fn check_const_spec_arity(&mut self, vs: &ValueSpec, src: &ValueSpec) {
        if src.values.len() < vs.names.len() {
            let name = &vs.names[src.values.len()];
            if std::ptr::eq(vs, src) || !src.values.is_empty() {
                self.error(name.span, format!("missing init expr for {}", name.name));
            }
        } else if src.values.len() > vs.names.len() && std::ptr::eq(vs, src) {
            let extra = &src.values[vs.names.len()];
            let msg = format!("extra init expr {}", self.expr_str(extra));
            self.error(extra.span, msg);
        }
    }

    /// gc's arity errors of a `var` spec (`extra init expr x`, `missing init
    /// expr for y`); a single value may be a multi-value call, checked later.
    /// Returns true when an error was reported (the values are still checked).
    pub(super) fn var_spec_arity(&mut self, vs: &ValueSpec) -> bool {
        let (l, r) = (vs.names.len(), vs.values.len());
        if r == 0 || l == r || r == 1 {
            return false;
        }
        if l < r {
            let extra = &vs.values[l];
            let msg = format!("extra init expr {}", self.expr_str(extra));
            self.error(extra.span, msg);
        } else {
            let name = &vs.names[r];
            self.error(name.span, format!("missing init expr for {}", name.name));
        }
        for v in &vs.values {
            let mut x = self.expr(v);
            self.default_untyped(&mut x, v);
        }
        true
    }

    /// Checks a package-level object's declaration if not done yet (go/types' objDecl).
    pub(super) fn obj_decl(&mut self, obj: ObjId) {
        match self.decl_state.get(&obj).copied() {
            Some(DeclState::Unchecked) => {}
            Some(DeclState::InProgress) => {
                if let Some(DeclRef::Const { .. }) | Some(DeclRef::Var { .. }) =
                    self.decls.get(&obj)
                {
                    // Values that refer to each other while being initialized
                    // (a cycle through a function body is found by `init_order`).
                    if let Some(pos) = self.decl_path.iter().position(|o| *o == obj) {
                        let chain: Vec<ObjId> = self.decl_path[pos..].to_vec();
                        let only_values = chain.iter().all(|o| {
                            matches!(
                                self.decls.get(o),
                                Some(DeclRef::Const { .. }) | Some(DeclRef::Var { .. })
                            )
                        });
                        if only_values {
                            self.init_cycle_error(&chain);
                        }
                    }
                }
                return;
            }
            _ => return,
        }
        let Some(d) = self.decls.get(&obj).copied() else {
            return;
        };
        self.decl_state.insert(obj, DeclState::InProgress);
        self.decl_path.push(obj);
        // Save the per-function context: a package-level declaration may be
        // reached while checking a function body.
        let saved_scopes = std::mem::take(&mut self.scopes);
        let saved_funcs = std::mem::take(&mut self.funcs);
        let saved_file = self.current_file;
        let saved_decl = self.current_decl.replace(obj);
        let saved_iota = self.iota.take();
        let saved_const = std::mem::replace(&mut self.in_const_decl, false);
        let saved_labels = std::mem::take(&mut self.labels);
        match d {
            DeclRef::Const {
                ty,
                init,
                iota,
                file,
                ..
            } => {
                self.current_file = file;
                self.const_decl(obj, ty, init, iota);
            }
            DeclRef::Var { spec, file, .. } => {
                self.current_file = file;
                self.global_var_decl(obj, spec);
            }
            DeclRef::Type { spec, file } => {
                self.current_file = file;
                self.type_decl(obj, spec);
            }
            DeclRef::Func { decl, file, .. } => {
                self.current_file = file;
                let sig = self.func_type(&decl.sig, None);
                self.info.objects[obj.0 as usize].ty = sig;
            }
        }
        self.scopes = saved_scopes;
        self.funcs = saved_funcs;
        self.current_file = saved_file;
        self.current_decl = saved_decl;
        self.iota = saved_iota;
        self.in_const_decl = saved_const;
        self.labels = saved_labels;
        self.decl_path.pop();
        self.decl_state.insert(obj, DeclState::Done);
    }

    /// Checks `const name [T] = init` with `iota`, storing the value in the object.
    pub(super) fn const_decl(
        &mut self,
        obj: ObjId,
        ty: Option<&Expr>,
        init: Option<&Expr>,
        iota: u32,
    ) {
        self.in_const_decl = true;
        self.iota = Some(ConstValue::int(iota as i64));
        let t = ty.map(|t| self.type_expr(t));
        let Some(init) = init else {
            self.in_const_decl = false;
            self.iota = None;
            return;
        };
        let mut x = self.expr(init);
        if !x.is_invalid() {
            if x.const_val().is_none() {
                let msg = format!("{} is not constant", self.operand_string(init, &x));
                self.error(init.span, msg);
                x = Operand::invalid();
            } else if let Some(t) = t {
                if !self.types().is_invalid(t) {
                    match self.types().under_kind(t) {
                        TypeKind::Basic(_) => {
                            self.assignment(&mut x, init, t, "constant declaration");
                        }
                        _ => {
                            let msg = format!("invalid constant type {}", self.ts(t));
                            self.error(ty.unwrap().span, msg);
                            x = Operand::invalid();
                        }
                    }
                }
            }
        }
        self.in_const_decl = false;
        self.iota = None;
        let o = &mut self.info.objects[obj.0 as usize];
        match x.mode {
            OpMode::Const(v) => {
                o.kind = ObjKind::Const(v);
                o.ty = x.ty;
            }
            _ => o.ty = TypeId(0),
        }
    }

    fn global_var_decl(&mut self, obj: ObjId, spec: &'a ValueSpec) {
        // Find all objects of this spec.
        let objs: Vec<ObjId> = spec
            .names
            .iter()
            .map(|n| self.info.defs.get(&n.id).copied().unwrap_or(obj))
            .collect();
        if spec.values.len() == spec.names.len() || spec.values.is_empty() {
            let index = objs.iter().position(|o| *o == obj).unwrap_or(0);
            let t = spec.ty.as_ref().map(|t| self.type_expr(t));
            let rhs: Vec<&Expr> = spec.values.get(index).into_iter().collect();
            self.spelled_type = self.alias_spelling(spec.ty.as_ref(), t);
            self.init_vars(&[Some(obj)], t, &rhs, spec.span, false);
            self.spelled_type = None;
            if spec.values.is_empty() && t.is_none() {
                self.info.objects[obj.0 as usize].ty = TypeId(0);
            }
            return;
        }
        for o in &objs {
            if *o != obj {
                self.decl_state.insert(*o, DeclState::InProgress);
            }
        }
        let t = spec.ty.as_ref().map(|t| self.type_expr(t));
        let rhs: Vec<&Expr> = spec.values.iter().collect();
        let lhs: Vec<Option<ObjId>> = objs.iter().map(|o| Some(*o)).collect();
        if self.var_spec_arity(spec) {
            for o in &objs {
                self.info.objects[o.0 as usize].ty = t.unwrap_or(TypeId(0));
            }
        } else {
            self.spelled_type = self.alias_spelling(spec.ty.as_ref(), t);
            self.init_vars(&lhs, t, &rhs, spec.span, false);
            self.spelled_type = None;
        }
        let deps = self.deps.get(&obj).cloned().unwrap_or_default();
        for o in &objs {
            if *o != obj {
                self.decl_state.insert(*o, DeclState::Done);
                self.deps.insert(*o, deps.clone());
            }
        }
    }

    fn type_decl(&mut self, obj: ObjId, spec: &'a TypeSpec) {
        if spec.alias {
            let t = self.type_expr(&spec.ty);
            self.info.objects[obj.0 as usize].ty = t;
            return;
        }
        let named = self.obj(obj).ty;
        let rhs = self.type_expr(&spec.ty);
        let mut under = self.types().underlying(rhs);
        if self.types().is_invalid(under) && !self.types().is_invalid(rhs) {
            // The right side is a named type whose declaration is in progress
            // (`type T1 struct{ next *T2 }; type T2 T1`): resolved once it is
            // done, or reported as a cycle by `resolve_pending_underlying`.
            self.pending_underlying.push((named, rhs, obj));
            under = TypeId(0);
        }
        if let TypeKind::Named(i) = self.types().kind(named).clone() {
            self.info.types.named[i as usize].underlying = under;
        }
    }

    /// Map keys whose types were incomplete when seen must be comparable.
    pub(super) fn check_delayed_map_keys(&mut self) {
        for (kt, span) in std::mem::take(&mut self.delayed_map_keys) {
            if !self.types().is_invalid(self.types().underlying(kt)) && !self.types().comparable(kt)
            {
                let msg = format!("invalid map key type {}", self.ts(kt));
                self.error(span, msg);
            }
        }
    }

    /// Sets the underlying types that waited for other declarations; what
    /// remains unresolved is a cycle (`type A B; type B A`).
    pub(super) fn resolve_pending_underlying(&mut self) {
        loop {
            let mut progress = false;
            let pending = std::mem::take(&mut self.pending_underlying);
            for (named, rhs, obj) in pending {
                let under = self.types().underlying(rhs);
                if self.types().is_invalid(under) {
                    self.pending_underlying.push((named, rhs, obj));
                } else {
                    if let TypeKind::Named(i) = self.types().kind(named).clone() {
                        self.info.types.named[i as usize].underlying = under;
                    }
                    progress = true;
                }
            }
            if !progress {
                break;
            }
        }
        let mut pending = std::mem::take(&mut self.pending_underlying);
        // The cycle is reported at its first declaration in source order.
        pending.sort_by_key(|(_, _, o)| self.obj(*o).span.lo);
        let mut reported: Vec<ObjId> = Vec::new();
        for (_, rhs, obj) in pending {
            if reported.contains(&obj) {
                continue;
            }
            reported.extend(self.report_type_cycle(obj, rhs));
        }
    }

    fn report_type_cycle(&mut self, start: ObjId, rhs: TypeId) -> Vec<ObjId> {
        let mut chain = vec![start];
        let mut t = rhs;
        for _ in 0..100 {
            let Some(o) = self.types().named_info(t).and_then(|n| n.obj) else {
                break;
            };
            if o == start {
                break;
            }
            chain.push(o);
            match self.decls.get(&o) {
                Some(DeclRef::Type { spec, .. }) => {
                    // Follow the declared right-hand side by name.
                    if let ast::ExprKind::Ident(id) = &spec.ty.kind {
                        match self.pkg_scope.get(&id.name) {
                            Some(next) => t = self.obj(*next).ty,
                            None => break,
                        }
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        self.cycle_error(&chain, "invalid recursive type");
        chain
    }

    /// gc's multi-line cycle report: `invalid recursive type A` then `A refers to` lines.
    pub(super) fn cycle_error(&mut self, chain: &[ObjId], what: &str) {
        let first = chain[0];
        let name = self.obj(first).name.clone();
        let span = self.obj(first).span;
        if self.diagnostics.iter().any(|d| d.span == span) {
            return;
        }
        if chain.len() == 1 {
            self.error(span, format!("{}: {} refers to itself", what, name));
            return;
        }
        let mut msg = format!("{} {}", what, name);
        for o in chain {
            msg.push_str(&format!(
                "\n\t{}: {} refers to",
                self.sources.describe(self.obj(*o).span),
                self.obj(*o).name
            ));
        }
        msg.push_str(&format!("\n\t{}: {}", self.sources.describe(span), name));
        self.error(span, msg);
    }

    /// Reports named types that contain themselves without indirection
    /// (`type T struct{ a T }`, `type A [2]A`).
    fn valid_types(&mut self, order: &[ObjId]) {
        for o in order {
            if !matches!(self.decls.get(o), Some(DeclRef::Type { spec, .. }) if !spec.alias) {
                continue;
            }
            let t = self.obj(*o).ty;
            let mut path = Vec::new();
            if self.contains_directly(t, t, &mut path, 0) {
                let mut chain = vec![*o];
                for p in path {
                    if let Some(obj) = self.types().named_info(p).and_then(|n| n.obj) {
                        if obj != *o && !chain.contains(&obj) {
                            chain.push(obj);
                        }
                    }
                }
                // Only the first object of a cycle reports it.
                if chain
                    .iter()
                    .any(|x| self.diagnostics.iter().any(|d| d.span == self.obj(*x).span))
                {
                    continue;
                }
                self.cycle_error(&chain, "invalid recursive type");
                if let TypeKind::Named(i) = self.types().kind(t).clone() {
                    self.info.types.named[i as usize].underlying = TypeId(0);
                }
            }
        }
    }

    fn contains_directly(
        &self,
        t: TypeId,
        target: TypeId,
        path: &mut Vec<TypeId>,
        depth: u32,
    ) -> bool {
        if depth > 200 {
            return false;
        }
        match self.types().kind(t) {
            TypeKind::Named(_) => {
                if depth > 0 && t == target {
                    return true;
                }
                if path.contains(&t) {
                    return false;
                }
                path.push(t);
                let u = self.types().underlying(t);
                if self.contains_directly(u, target, path, depth + 1) {
                    return true;
                }
                path.pop();
                false
            }
            TypeKind::Array(e, _) => self.contains_directly(*e, target, path, depth + 1),
            TypeKind::Struct(fields) => fields
                .clone()
                .iter()
                .any(|f| self.contains_directly(f.ty, target, path, depth + 1)),
            _ => false,
        }
    }

    /// Creates method objects and attaches them to their receiver base types.
    fn collect_methods(
        &mut self,
        methods: &[(&'a FuncDecl, usize, (u32, u32))],
        pkg: u32,
    ) -> Vec<ObjId> {
        let mut out = Vec::new();
        for (fd, file, pos) in methods {
            self.current_file = *file;
            let recv = fd.recv.as_ref().unwrap();
            // Find the base type name: `T`, `*T`, `(T)`, `(*T)`.
            let mut e = &recv.ty;
            let mut pointer = false;
            loop {
                match &e.kind {
                    ast::ExprKind::Paren(x) => e = x,
                    ast::ExprKind::Star(x) if !pointer => {
                        pointer = true;
                        e = x;
                    }
                    _ => break,
                }
            }
            let obj = self.new_object(Object {
                name: fd.name.name.clone(),
                kind: ObjKind::Func(FuncInfo {
                    recv: None,
                    pointer_recv: pointer,
                    package: pkg,
                    decl: *pos,
                    native: fd.body.is_none(),
                }),
                ty: TypeId(0),
                span: fd.name.span,
                package: pkg,
            });
            self.info.defs.insert(fd.name.id, obj);
            self.decls.insert(
                obj,
                DeclRef::Func {
                    decl: fd,
                    file: *file,
                },
            );
            out.push(obj);
            let base = match &e.kind {
                ast::ExprKind::Ident(id) => self.pkg_scope.get(&id.name).copied(),
                ast::ExprKind::Index(..) => {
                    self.error(
                        e.span,
                        format!("generic method {} not yet supported in Weft", fd.name.name),
                    );
                    None
                }
                _ => None,
            };
            let base_ty = base
                .filter(|b| matches!(self.obj(*b).kind, ObjKind::TypeName))
                .map(|b| self.obj(b).ty);
            let named = match base_ty {
                Some(t)
                    if self
                        .types()
                        .named_info(t)
                        .is_some_and(|n| &*n.pkg == &*self.pkg_path) =>
                {
                    t
                }
                _ => {
                    // Check the receiver type anyway for its errors.
                    let t = self.type_expr(&recv.ty);
                    if !self.types().is_invalid(t) {
                        let msg =
                            format!("cannot define new methods on non-local type {}", self.ts(t));
                        self.error(e.span, msg);
                    }
                    self.decl_state.insert(obj, DeclState::Done);
                    continue;
                }
            };
            if let ast::ExprKind::Ident(id) = &e.kind {
                if let Some(b) = base {
                    self.info.uses.insert(id.id, b);
                }
            }
            let recv_ty = self.type_expr(&recv.ty);
            let _ = recv_ty;
            let bad_base = matches!(
                self.types().under_kind(named),
                TypeKind::Pointer(_) | TypeKind::Interface { .. }
            );
            if bad_base {
                let what = if matches!(self.types().under_kind(named), TypeKind::Pointer(_)) {
                    "pointer"
                } else {
                    "interface"
                };
                let msg = format!(
                    "invalid receiver type {} ({} or interface type)",
                    self.ts(named),
                    what
                );
                self.error(recv.span, msg);
            }
            let sig = self.func_type(&fd.sig, None);
            if let ObjKind::Func(fi) = &mut self.info.objects[obj.0 as usize].kind {
                fi.recv = Some(named);
            }
            self.info.objects[obj.0 as usize].ty = sig;
            self.decl_state.insert(obj, DeclState::Done);
            if &*fd.name.name == "_" {
                continue;
            }
            let nt: &NamedType = self.types().named_info(named).unwrap();
            if let Some(prev) = nt.methods.iter().find(|m| m.name == fd.name.name) {
                let prev_span = self.obj(prev.func).span;
                let msg = format!(
                    "method {}.{} already declared at {}",
                    nt.name,
                    fd.name.name,
                    self.sources.describe(prev_span)
                );
                self.error(fd.name.span, msg);
                continue;
            }
            if let TypeKind::Struct(fields) = self.types().under_kind(named) {
                if fields.iter().any(|f| f.name == fd.name.name) {
                    let mut msg = format!("field and method with the same name {}", fd.name.name);
                    if let Some(span) = self.field_span(named, &fd.name.name) {
                        msg.push_str(&format!(
                            "\n\t{}: other declaration of {}",
                            self.sources.describe(span),
                            fd.name.name
                        ));
                    }
                    self.error(fd.name.span, msg);
                    // The method is still declared, so its uses report nothing more (as in gc).
                }
            }
            if let TypeKind::Named(i) = self.types().kind(named).clone() {
                self.info.types.named[i as usize].methods.push(Method {
                    name: fd.name.name.clone(),
                    sig,
                    pointer_recv: pointer,
                    func: obj,
                });
            }
        }
        out
    }

    /// Where field `name` of a package-level struct type is declared.
    fn field_span(&self, named: TypeId, name: &str) -> Option<Span> {
        let obj = self.types().named_info(named)?.obj?;
        let Some(DeclRef::Type { spec, .. }) = self.decls.get(&obj) else {
            return None;
        };
        let mut e = &spec.ty;
        while let ast::ExprKind::Paren(x) = &e.kind {
            e = x;
        }
        let ast::ExprKind::StructType(fields) = &e.kind else {
            return None;
        };
        fields
            .iter()
            .flat_map(|f| f.names.iter())
            .find(|n| &*n.name == name)
            .map(|n| n.span)
    }

    /// Package-level variable initialization order (spec "Package initialization"):
    /// repeatedly the earliest variable in declaration order that has no
    /// dependencies on uninitialized variables, where dependencies go through functions.
    fn init_order(&mut self, order: &[ObjId]) -> Vec<VarInit> {
        let vars: Vec<ObjId> = order
            .iter()
            .copied()
            .filter(|o| matches!(self.decls.get(o), Some(DeclRef::Var { .. })))
            .collect();
        // Transitive variable dependencies of each variable.
        let mut var_deps: HashMap<ObjId, Vec<ObjId>> = HashMap::default();
        for v in &vars {
            let mut seen: HashSet<ObjId> = HashSet::default();
            let mut stack: Vec<ObjId> = self.deps.get(v).cloned().unwrap_or_default();
            let mut found = Vec::new();
            while let Some(o) = stack.pop() {
                if !seen.insert(o) {
                    continue;
                }
                match self.decls.get(&o) {
                    Some(DeclRef::Var { .. }) => found.push(o),
                    Some(DeclRef::Func { .. }) => {
                        stack.extend(self.deps.get(&o).cloned().unwrap_or_default())
                    }
                    _ => {}
                }
            }
            if found.contains(v) {
                self.report_init_cycle(*v);
            }
            found.retain(|o| o != v);
            var_deps.insert(*v, found);
        }
        let mut done: HashSet<ObjId> = HashSet::default();
        let mut result = Vec::new();
        let mut emitted_specs: HashSet<(u32, u32, u32)> = HashSet::default();
        while done.len() < vars.len() {
            let next = vars
                .iter()
                .find(|v| !done.contains(v) && var_deps[v].iter().all(|d| done.contains(d)));
            // A cycle (already reported): take the first remaining variable.
            let v = *next.unwrap_or_else(|| vars.iter().find(|v| !done.contains(v)).unwrap());
            let Some(DeclRef::Var {
                spec, index, pos, ..
            }) = self.decls.get(&v).copied()
            else {
                break;
            };
            if spec.values.len() == spec.names.len() {
                done.insert(v);
                result.push(VarInit {
                    lhs: vec![Some(v).filter(|_| &*spec.names[index].name != "_")],
                    rhs: spec.values[index].id,
                });
            } else if spec.values.is_empty() {
                done.insert(v);
            } else {
                let objs: Vec<ObjId> = spec
                    .names
                    .iter()
                    .map(|n| self.info.defs.get(&n.id).copied().unwrap_or(v))
                    .collect();
                for o in &objs {
                    done.insert(*o);
                }
                if emitted_specs.insert(pos) {
                    let lhs = spec
                        .names
                        .iter()
                        .zip(&objs)
                        .map(|(n, o)| if &*n.name == "_" { None } else { Some(*o) })
                        .collect();
                    result.push(VarInit {
                        lhs,
                        rhs: spec.values[0].id,
                    });
                }
            }
        }
        result
    }

    /// `initialization cycle for c` with the `refers to` chain, once per program.
    fn init_cycle_error(&mut self, chain: &[ObjId]) {
        if self.cycle_reported(chain) {
            return;
        }
        let first = chain[0];
        let name = self.obj(first).name.clone();
        let span = self.obj(first).span;
        if chain.len() == 1 {
            self.error(
                span,
                format!("initialization cycle: {} refers to itself", name),
            );
            return;
        }
        let mut msg = format!("initialization cycle for {}", name);
        for o in chain {
            msg.push_str(&format!(
                "\n\t{}: {} refers to",
                self.sources.describe(self.obj(*o).span),
                self.obj(*o).name
            ));
        }
        msg.push_str(&format!("\n\t{}: {}", self.sources.describe(span), name));
        self.error(span, msg);
    }

    /// Whether a cycle through any of these objects was already reported.
    fn cycle_reported(&self, chain: &[ObjId]) -> bool {
        chain.iter().any(|o| {
            let span = self.obj(*o).span;
            self.diagnostics.iter().any(|d| {
                d.span == span
                    || d.message
                        .contains(&format!("{}: ", self.sources.describe(span)))
            })
        })
    }

    fn report_init_cycle(&mut self, v: ObjId) {
        // Find a path v -> ... -> v through the dependency graph for the message.
        let mut path = vec![v];
        let mut seen = HashSet::default();
        if self.find_cycle(v, v, &mut path, &mut seen) {
            path.pop();
            let name = self.obj(v).name.clone();
            let span = self.obj(v).span;
            if self.cycle_reported(&path) {
                return;
            }
            if path.len() == 1 {
                self.error(
                    span,
                    format!("initialization cycle: {} refers to itself", name),
                );
                return;
            }
            let mut msg = format!("initialization cycle for {}", name);
            for o in &path {
                msg.push_str(&format!(
                    "\n\t{}: {} refers to",
                    self.sources.describe(self.obj(*o).span),
                    self.obj(*o).name
                ));
            }
            msg.push_str(&format!("\n\t{}: {}", self.sources.describe(span), name));
            self.error(span, msg);
        }
    }

    fn find_cycle(
        &self,
        start: ObjId,
        cur: ObjId,
        path: &mut Vec<ObjId>,
        seen: &mut HashSet<ObjId>,
    ) -> bool {
        for d in self.deps.get(&cur).cloned().unwrap_or_default() {
            if d == start {
                path.push(d);
                return true;
            }
            if matches!(
                self.decls.get(&d),
                Some(DeclRef::Var { .. }) | Some(DeclRef::Func { .. })
            ) && seen.insert(d)
            {
                path.push(d);
                if self.find_cycle(start, d, path, seen) {
                    return true;
                }
                path.pop();
            }
        }
        false
    }

    /// Gives every expression still recorded as untyped its default type
    /// (when its value is representable in it), so codegen never sees an
    /// untyped type for an expression it evaluates.
    fn finish_untyped(&mut self) {
        let list = std::mem::take(&mut self.untyped_exprs);
        for id in list {
            let Some(tm) = self.info.exprs.get(&id).cloned() else {
                continue;
            };
            if !self.types().is_untyped(tm.ty) {
                continue;
            }
            let kind = self.types().basic_kind(tm.ty).unwrap();
            if kind == BasicKind::UntypedNil {
                continue;
            }
            let target = self.types().default_type(tm.ty);
            let tk = self.types().basic_kind(target).unwrap();
            let mode = match tm.mode {
                Mode::Const(v) => match crate::constant::representable(&v, tk) {
                    Some(v) => Mode::Const(v),
                    None => continue,
                },
                m => m,
            };
            self.info.exprs.insert(id, TypeAndMode { ty: target, mode });
        }
    }
}
