//! Lazy checking of standard-library function bodies: a std body is type-checked only
//! when checked code can reach it, so `weft run` does not pay for all of `fmt` to print
//! one line.
//!
//! A function or method of a std package (other than `runtime`, which the VM's hooks call
//! into and which is always checked in full) is *reachable* when a checked body or
//! package-level declaration names it (an identifier, a qualified identifier, a method
//! value or a method expression), or, for a method, when checked code calls a method of
//! that name through an interface (the conservative rule for dynamic dispatch: any
//! concrete type may stand behind the interface). `init` functions are always reachable.
//!
//! Invariant: every body that codegen compiles was checked; the bodies left unchecked are
//! listed in `Info::unchecked_bodies` and codegen leaves their functions empty.
//! Invariant: the bodies reachable from a package's variable initializers are checked
//! before that package's initialization order is computed, so the order sees their
//! dependencies exactly as when every body is checked.
//! Boundary: user packages are always checked in full, so their errors never depend on
//! reachability; std packages are known to be correct.

use super::*;
use crate::ast::{Block, FuncDecl};

/// A std function body that has not been checked yet.
#[derive(Clone, Copy)]
pub(super) struct PendingBody<'a> {
    decl: &'a FuncDecl,
    body: &'a Block,
    file: usize,
}

/// The per-package state a body is checked in, saved when its package ends.
pub(super) struct PackageContext {
    pkg_path: Rc<str>,
    is_std: bool,
    pkg_scope: HashMap<Rc<str>, ObjId>,
    file_scopes: Vec<HashMap<Rc<str>, ObjId>>,
}

/// The reachability state shared by all packages of one program.
#[derive(Default)]
pub(super) struct Reachability<'a> {
    /// Unchecked std bodies by function object.
    pending: HashMap<ObjId, PendingBody<'a>>,
    /// Unchecked std methods by name, for calls through interfaces.
    pending_methods: HashMap<Rc<str>, Vec<ObjId>>,
    /// Method names that checked code calls through an interface.
    dynamic_names: HashSet<Rc<str>>,
    /// Functions named before their bodies were deferred: a package's variable
    /// initializers are checked before its function bodies are visited.
    referenced_early: HashSet<ObjId>,
    /// Reached functions whose bodies still have to be checked.
    queue: Vec<ObjId>,
    /// Saved contexts of finished std packages, by package index.
    contexts: HashMap<u32, PackageContext>,
}

impl<'a> Checker<'a> {
    /// Whether the bodies of the package being checked are checked only when reached.
    pub(super) fn lazy_bodies(&self) -> bool {
        self.is_std && !self.eager_std_bodies && &*self.pkg_path != "runtime"
    }

    /// Holds back a std function body until something reaches it.
    pub(super) fn defer_body(
        &mut self,
        obj: ObjId,
        decl: &'a FuncDecl,
        body: &'a Block,
        file: usize,
    ) {
        let pending = PendingBody { decl, body, file };
        self.reach.pending.insert(obj, pending);
        if self.reach.referenced_early.remove(&obj) {
            self.reach.queue.push(obj);
        } else if decl.recv.is_some() {
            if self.reach.dynamic_names.contains(&decl.name.name) {
                self.reach.queue.push(obj);
            } else {
                self.reach
                    .pending_methods
                    .entry(decl.name.name.clone())
                    .or_default()
                    .push(obj);
            }
        }
    }

    /// Notes that checked code names function or method `obj`.
    pub(super) fn note_func_reference(&mut self, obj: ObjId) {
        if self.reach.pending.contains_key(&obj) {
            self.reach.queue.push(obj);
        } else if self.lazy_bodies()
            && self.obj(obj).package == self.pkg
            && matches!(self.obj(obj).kind, ObjKind::Func(_))
        {
            // The body may not have been visited yet; an already checked body costs nothing.
            self.reach.referenced_early.insert(obj);
        }
    }

    /// Notes that checked code calls (or takes) method `name` through an interface.
    pub(super) fn note_dynamic_method(&mut self, name: &Rc<str>) {
        if self.reach.dynamic_names.insert(name.clone()) {
            if let Some(methods) = self.reach.pending_methods.remove(name) {
                self.reach.queue.extend(methods);
            }
        }
    }

    /// Checks every reached body, including those reached from the bodies it checks.
    /// Bodies of earlier packages are checked in their own package's saved context.
    pub(super) fn check_reached_bodies(&mut self) {
        while let Some(obj) = self.reach.queue.pop() {
            let Some(pending) = self.reach.pending.remove(&obj) else {
                continue;
            };
            let package = self.obj(obj).package;
            if package == self.pkg {
                self.check_pending_body(obj, pending);
                continue;
            }
            let Some(context) = self.reach.contexts.remove(&package) else {
                // A package without a saved context checks its bodies eagerly.
                continue;
            };
            let current = self.swap_context(package, context);
            self.check_pending_body(obj, pending);
            let saved = self.swap_context(current.0, current.1);
            self.reach.contexts.insert(package, saved.1);
        }
    }

    /// Saves the current std package's context for bodies reached later.
    pub(super) fn save_package_context(&mut self) {
        let context = PackageContext {
            pkg_path: self.pkg_path.clone(),
            is_std: self.is_std,
            pkg_scope: self.pkg_scope.clone(),
            file_scopes: self.file_scopes.clone(),
        };
        self.reach.contexts.insert(self.pkg, context);
    }

    /// The std bodies nothing reached, for codegen to skip.
    pub(super) fn unreached_bodies(&self) -> HashSet<ObjId> {
        self.reach.pending.keys().copied().collect()
    }

    fn check_pending_body(&mut self, obj: ObjId, pending: PendingBody<'a>) {
        let saved_file = self.current_file;
        let saved_decl = self.current_decl;
        self.current_file = pending.file;
        self.current_decl = Some(obj);
        self.func_body(FuncRef::Decl(obj), pending.decl, pending.body);
        self.current_file = saved_file;
        self.current_decl = saved_decl;
    }

    /// Makes `package` (with `context`) the current package; returns the previous one.
    fn swap_context(&mut self, package: u32, context: PackageContext) -> (u32, PackageContext) {
        let previous = PackageContext {
            pkg_path: std::mem::replace(&mut self.pkg_path, context.pkg_path),
            is_std: std::mem::replace(&mut self.is_std, context.is_std),
            pkg_scope: std::mem::replace(&mut self.pkg_scope, context.pkg_scope),
            file_scopes: std::mem::replace(&mut self.file_scopes, context.file_scopes),
        };
        let previous_package = std::mem::replace(&mut self.pkg, package);
        (previous_package, previous)
    }
}
