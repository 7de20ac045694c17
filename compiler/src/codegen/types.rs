//! Runtime type descriptors for checker types, gc's type strings, sizes, and method tables with wrappers.

use super::Gen;
use crate::ast::ChanDir;
use crate::check::ObjKind;
use crate::types::{BasicKind, TypeId, TypeKind};
use weft_vm::op::Op;
use weft_vm::program::{Kind, RtField, RtType};

impl Gen<'_> {
    /// The runtime type id for a checker type (created on first use).
    pub fn rt_type(&mut self, ty: TypeId) -> u32 {
        if let Some(id) = self.rt_types.get(&ty) {
            return *id;
        }
        let id = self.program.types.len() as u32;
        let name = self.type_name(ty);
        self.program.types.push(RtType::new(name, Kind::Bool));
        self.rt_types.insert(ty, id);
        let t = self.build_rt_type(ty);
        self.program.types[id as usize] = t;
        let has_methods = self.method_set_candidates(ty);
        if has_methods {
            self.pending_method_tables.push((ty, id));
        }
        id
    }

    fn build_rt_type(&mut self, ty: TypeId) -> RtType {
        let types = &self.info.types;
        let name = self.type_name(ty);
        let named = types.named_info(ty).map(|n| n.pkg.to_string());
        let under = types.underlying(ty);
        let mut t = RtType::new(name, Kind::Bool);
        t.named = named.is_some();
        t.pkg = named.unwrap_or_default();
        t.size = self.type_size(ty);
        t.has_pointers = self.has_pointers(ty);
        match types.kind(under).clone() {
            TypeKind::Basic(b) => {
                t.kind = basic_kind(b);
            }
            TypeKind::Pointer(e) => {
                t.kind = Kind::Pointer;
                t.elem = Some(self.rt_type(e));
            }
            TypeKind::Array(e, n) => {
                t.kind = Kind::Array;
                t.elem = Some(self.rt_type(e));
                t.len = n as u32;
                t.comparable = self.is_comparable(e);
            }
            TypeKind::Slice(e) => {
                t.kind = Kind::Slice;
                t.elem = Some(self.rt_type(e));
                t.comparable = false;
            }
            TypeKind::Map(k, v) => {
                t.kind = Kind::Map;
                t.key = Some(self.rt_type(k));
                t.elem = Some(self.rt_type(v));
                t.comparable = false;
            }
            TypeKind::Chan(_, e) => {
                t.kind = Kind::Chan;
                t.elem = Some(self.rt_type(e));
            }
            TypeKind::Struct(fields) => {
                t.kind = Kind::Struct;
                let mut comparable = true;
                for f in fields {
                    let fty = self.rt_type(f.ty);
                    comparable &= self.is_comparable(f.ty);
                    let exported = f.name.chars().next().is_some_and(|c| c.is_uppercase());
                    t.fields.push(RtField {
                        name: f.name.to_string(),
                        ty: fty,
                        embedded: f.embedded,
                        exported,
                    });
                }
                t.comparable = comparable;
            }
            TypeKind::Func(_) => {
                t.kind = Kind::Func;
                t.comparable = false;
            }
            TypeKind::Interface { methods, .. } => {
                t.kind = Kind::Interface;
                let mut syms: Vec<u32> = methods
                    .iter()
                    .map(|m| self.method_symbol(&m.name, m.sig))
                    .collect();
                syms.sort();
                t.iface_methods = syms;
            }
            TypeKind::Tuple(_) | TypeKind::Named(_) => {}
        }
        t
    }

    pub fn is_comparable(&self, ty: TypeId) -> bool {
        let types = &self.info.types;
        match types.under_kind(ty) {
            TypeKind::Slice(_) | TypeKind::Map(..) | TypeKind::Func(_) => false,
            TypeKind::Array(e, _) => self.is_comparable(*e),
            TypeKind::Struct(fields) => fields.iter().all(|f| self.is_comparable(f.ty)),
            _ => true,
        }
    }

    pub fn is_aggregate(&self, ty: TypeId) -> bool {
        matches!(
            self.info.types.under_kind(ty),
            TypeKind::Struct(_) | TypeKind::Array(..)
        )
    }

    pub fn is_interface(&self, ty: TypeId) -> bool {
        self.info.types.is_interface(ty)
    }

    pub fn basic(&self, ty: TypeId) -> Option<BasicKind> {
        self.info.types.basic_kind(ty)
    }

    /// Pushes the zero value of `ty`.
    pub fn emit_zero(&mut self, ty: TypeId) {
        match self.info.types.under_kind(ty).clone() {
            TypeKind::Basic(b) => match b {
                BasicKind::Bool | BasicKind::UntypedBool => {
                    self.emit(Op::PushBool(false));
                }
                BasicKind::String | BasicKind::UntypedString => {
                    let c = self.const_str(b"");
                    self.emit(Op::PushConst(c));
                }
                BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat => {
                    let c = self.const_float(0.0);
                    self.emit(Op::PushConst(c));
                }
                BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex => {
                    let rt = self.rt_type(ty);
                    self.emit(Op::Zero(rt));
                }
                BasicKind::UntypedNil | BasicKind::UnsafePointer => {
                    self.emit(Op::PushNil);
                }
                _ => {
                    self.emit(Op::PushInt(0));
                }
            },
            TypeKind::Struct(_) | TypeKind::Array(..) => {
                let rt = self.rt_type(ty);
                self.emit(Op::Zero(rt));
            }
            _ => {
                self.emit(Op::PushNil);
            }
        }
    }

    /// gc's spelling of a type, as `%T` and panic messages print it.
    pub fn type_name(&self, ty: TypeId) -> String {
        let types = &self.info.types;
        if let Some(n) = types.named_info(ty) {
            if n.pkg.is_empty() {
                return n.name.to_string();
            }
            // gc qualifies with the package name (`fs.PathError`), not its import path.
            let pkg_name = n.pkg.rsplit('/').next().unwrap_or(&n.pkg);
            return format!("{}.{}", pkg_name, n.name);
        }
        match types.kind(ty) {
            TypeKind::Basic(b) => b.name().to_string(),
            TypeKind::Pointer(e) => format!("*{}", self.type_name(*e)),
            TypeKind::Array(e, n) => format!("[{n}]{}", self.type_name(*e)),
            TypeKind::Slice(e) => format!("[]{}", self.type_name(*e)),
            TypeKind::Map(k, v) => format!("map[{}]{}", self.type_name(*k), self.type_name(*v)),
            TypeKind::Chan(d, e) => match d {
                ChanDir::Both => format!("chan {}", self.type_name(*e)),
                ChanDir::Send => format!("chan<- {}", self.type_name(*e)),
                ChanDir::Recv => format!("<-chan {}", self.type_name(*e)),
            },
            TypeKind::Struct(fields) => {
                if fields.is_empty() {
                    return "struct {}".into();
                }
                let parts: Vec<String> = fields
                    .iter()
                    .map(|f| {
                        let mut s = if f.embedded {
                            self.type_name(f.ty)
                        } else {
                            format!("{} {}", f.name, self.type_name(f.ty))
                        };
                        if let Some(tag) = &f.tag {
                            s.push_str(&format!(" {:?}", tag.as_ref()));
                        }
                        s
                    })
                    .collect();
                format!("struct {{ {} }}", parts.join("; "))
            }
            TypeKind::Func(sig) => {
                let mut params: Vec<String> =
                    sig.params.iter().map(|p| self.type_name(*p)).collect();
                if sig.variadic {
                    if let Some(last) = params.last_mut() {
                        *last = format!("...{}", last.trim_start_matches("[]"));
                    }
                }
                let mut s = format!("func({})", params.join(", "));
                match sig.results.len() {
                    0 => {}
                    1 => s.push_str(&format!(" {}", self.type_name(sig.results[0]))),
                    _ => s.push_str(&format!(
                        " ({})",
                        sig.results
                            .iter()
                            .map(|r| self.type_name(*r))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )),
                }
                s
            }
            TypeKind::Interface { methods, .. } => {
                if methods.is_empty() {
                    return "interface {}".into();
                }
                let parts: Vec<String> = methods
                    .iter()
                    .map(|m| {
                        format!(
                            "{}{}",
                            m.name,
                            self.type_name(m.sig).trim_start_matches("func")
                        )
                    })
                    .collect();
                format!("interface {{ {} }}", parts.join("; "))
            }
            TypeKind::Tuple(ts) => format!(
                "({})",
                ts.iter()
                    .map(|t| self.type_name(*t))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            TypeKind::Named(_) => String::new(),
        }
    }

    /// Whether gc's representation of the type holds pointers (strings, slices, maps, ... do).
    pub fn has_pointers(&self, ty: TypeId) -> bool {
        match self.info.types.under_kind(ty) {
            TypeKind::Basic(b) => matches!(
                b,
                BasicKind::String | BasicKind::UntypedString | BasicKind::UnsafePointer
            ),
            TypeKind::Array(e, n) => *n > 0 && self.has_pointers(*e),
            TypeKind::Struct(fields) => fields.iter().any(|f| self.has_pointers(f.ty)),
            _ => true,
        }
    }

    /// gc's `unsafe.Sizeof` on amd64.
    pub fn type_size(&self, ty: TypeId) -> u64 {
        self.info.types.size_align(ty).0
    }

    /// Whether a type may have methods (named types, pointers to named types, structs with embedded fields).
    fn method_set_candidates(&self, ty: TypeId) -> bool {
        let types = &self.info.types;
        if types.named_info(ty).is_some() {
            return true;
        }
        match types.kind(ty) {
            TypeKind::Pointer(e) => {
                types.named_info(*e).is_some()
                    || matches!(types.under_kind(*e), TypeKind::Struct(f) if f.iter().any(|f| f.embedded))
            }
            TypeKind::Struct(f) => f.iter().any(|f| f.embedded),
            _ => false,
        }
    }

    /// Fills the method tables of every runtime type that may have methods.
    /// Wrappers made here may create more types, so this loops until none is pending.
    pub fn flush_method_tables(&mut self) {
        while let Some((ty, id)) = self.pending_method_tables.pop() {
            if self.is_interface(ty) {
                continue;
            }
            let methods = self.collect_methods(ty);
            let mut table = Vec::new();
            for m in methods {
                // Session mode: a method declared in a file not compiled yet joins the table
                // when its file is (see `Gen::refresh_main_method_tables`).
                if self.session && self.is_unnumbered_method(&m) {
                    continue;
                }
                let sym = self.method_symbol(&m.name, m.sig);
                let func = self.method_entry(id, sym, &m);
                if let Some(f) = func {
                    table.push((sym, f));
                }
            }
            table.sort();
            table.dedup_by_key(|e| e.0);
            self.program.types[id as usize].methods = table;
        }
    }
}

/// One method in a type's method set, with how to reach its receiver.
#[derive(Clone, Debug)]
pub struct MethodPath {
    pub name: std::rc::Rc<str>,
    /// The declared method's function object.
    pub func: crate::types::ObjId,
    /// Field indices through embedded structs to the receiver.
    pub path: Vec<u32>,
    /// The type reached at the end of the path (a named type or pointer to one).
    pub reached: TypeId,
    pub pointer_recv: bool,
    /// Whether the outer value is a pointer (method set of *T).
    pub outer_pointer: bool,
    /// The method's signature (without receiver).
    pub sig: TypeId,
}

impl Gen<'_> {
    /// The method set of `ty` (value type: value-receiver methods, pointer: all),
    /// including methods promoted through embedded fields (breadth-first, shallowest wins).
    pub fn collect_methods(&self, ty: TypeId) -> Vec<MethodPath> {
        let types = &self.info.types;
        let (base, outer_pointer) = match types.kind(ty) {
            TypeKind::Pointer(e) => (*e, true),
            _ => (ty, false),
        };
        let mut result: Vec<MethodPath> = Vec::new();
        let mut seen_names: std::collections::HashSet<std::rc::Rc<str>> =
            std::collections::HashSet::new();
        // (type, path, through_pointer)
        let mut level: Vec<(TypeId, Vec<u32>, bool)> = vec![(base, vec![], outer_pointer)];
        let mut depth = 0;
        while !level.is_empty() && depth < 8 {
            let mut next = Vec::new();
            let mut found_here: Vec<MethodPath> = Vec::new();
            for (t, path, through_ptr) in &level {
                let (named_t, is_ptr) = match types.kind(*t) {
                    TypeKind::Pointer(e) => (*e, true),
                    _ => (*t, false),
                };
                let addressable = *through_ptr || is_ptr;
                if let Some(n) = types.named_info(named_t) {
                    for m in &n.methods {
                        if seen_names.contains(&m.name) {
                            continue;
                        }
                        if m.pointer_recv && !addressable && !(depth > 0 && outer_pointer) {
                            continue;
                        }
                        found_here.push(MethodPath {
                            name: m.name.clone(),
                            func: m.func,
                            path: path.clone(),
                            reached: *t,
                            pointer_recv: m.pointer_recv,
                            outer_pointer,
                            sig: m.sig,
                        });
                    }
                }
                if let TypeKind::Struct(fields) = types.under_kind(named_t) {
                    for (i, f) in fields.iter().enumerate() {
                        if f.embedded {
                            let mut p = path.clone();
                            p.push(i as u32);
                            let fptr = matches!(types.kind(f.ty), TypeKind::Pointer(_));
                            next.push((f.ty, p, addressable || fptr));
                        }
                    }
                }
                // Embedded interfaces in structs promote the interface's methods.
                if let TypeKind::Interface { methods, .. } = types.under_kind(named_t) {
                    if depth > 0 {
                        for m in methods {
                            if seen_names.contains(&m.name) {
                                continue;
                            }
                            found_here.push(MethodPath {
                                name: m.name.clone(),
                                func: crate::types::ObjId(u32::MAX),
                                path: path.clone(),
                                reached: *t,
                                pointer_recv: false,
                                outer_pointer,
                                sig: m.sig,
                            });
                        }
                    }
                }
            }
            // A name found twice at the same depth is ambiguous and not in the method set.
            let mut counts: std::collections::HashMap<std::rc::Rc<str>, usize> =
                std::collections::HashMap::new();
            for m in &found_here {
                *counts.entry(m.name.clone()).or_default() += 1;
            }
            for m in found_here {
                if counts[&m.name] == 1 {
                    seen_names.insert(m.name.clone());
                    result.push(m);
                } else {
                    seen_names.insert(m.name.clone());
                }
            }
            level = next;
            depth += 1;
        }
        result
    }

    /// The function to put in a method table: the method itself when the receiver
    /// arrives as it expects, else a wrapper that walks the path and adjusts.
    fn method_entry(&mut self, outer_rt: u32, sym: u32, m: &MethodPath) -> Option<u32> {
        let direct = m.path.is_empty()
            && m.func.0 != u32::MAX
            && (m.pointer_recv == m.outer_pointer || (!m.outer_pointer && !m.pointer_recv));
        if direct {
            if let Some(&f) = self.func_ids.get(&m.func) {
                return Some(f);
            }
            if self.native_ids.contains_key(&m.func) {
                return Some(self.native_stub(m.func));
            }
            return None;
        }
        if let Some(&w) = self.wrappers.get(&(outer_rt, sym)) {
            return Some(w);
        }
        let outer_name = self.program.types[outer_rt as usize].name.clone();
        let id = self.reserve_func(format!("{}.{}", outer_name, m.name));
        self.wrappers.insert((outer_rt, sym), id);
        // The wrapper's signature is the method's; receiver first.
        let (param_count, result_count, iface_sig) = if m.func.0 == u32::MAX {
            let sig = self.iface_method_sig(m.reached, &m.name);
            (sig.0 + 1, sig.1, true)
        } else {
            let sig = self.func_sig_counts(self.info.obj(m.func).ty);
            (sig.0 + 1, sig.1, false)
        };
        let mut fb = super::FnBuilder::new(id, param_count, result_count);
        fb.local_count = param_count + result_count;
        self.builders.push(fb);
        self.emit(Op::LoadLocal(0));
        for &step in &m.path {
            self.emit(Op::GetField(step));
        }
        let reached_is_ptr = matches!(self.info.types.kind(m.reached), TypeKind::Pointer(_));
        if iface_sig {
            for i in 1..param_count {
                self.emit(Op::LoadLocal(i));
            }
            let msym = self.method_symbol(&m.name, m.sig);
            self.emit(Op::CallIface {
                method: msym,
                argc: param_count - 1,
            });
        } else {
            let recv_named = match self.info.types.kind(m.reached) {
                TypeKind::Pointer(e) => *e,
                _ => m.reached,
            };
            if !m.pointer_recv {
                if m.path.is_empty() && m.outer_pointer {
                    self.nil_receiver_check(recv_named, &m.name);
                }
                // Value receiver: a copy of the value (dereferencing a pointer first).
                if self.is_aggregate(recv_named) {
                    let rt = self.rt_type(recv_named);
                    self.emit(Op::Clone(rt));
                } else if reached_is_ptr || (m.path.is_empty() && m.outer_pointer) {
                    self.emit(Op::PtrLoad);
                }
            } else if !self.is_aggregate(recv_named) && !reached_is_ptr && !m.path.is_empty() {
                // Pointer method on an embedded non-aggregate field: cannot take its address here.
                self.emit(Op::Pop);
                self.emit(Op::LoadLocal(0));
                let last = *m.path.last().unwrap();
                self.emit(Op::Pop);
                self.emit(Op::LoadLocal(0));
                for &step in &m.path[..m.path.len() - 1] {
                    self.emit(Op::GetField(step));
                }
                self.emit(Op::FieldPtr(last));
            }
            for i in 1..param_count {
                self.emit(Op::LoadLocal(i));
            }
            if let Some(&f) = self.func_ids.get(&m.func) {
                self.emit(Op::Call {
                    func: f,
                    argc: param_count,
                });
            } else if let Some(&n) = self.native_ids.get(&m.func) {
                self.emit(Op::CallNative {
                    native: n,
                    argc: param_count,
                    results: result_count,
                });
            }
        }
        // Results are on the stack: move them into the result slots.
        for i in (0..result_count).rev() {
            self.emit(Op::StoreLocal(param_count + i));
        }
        self.emit(Op::Return);
        let fb = self.builders.pop().unwrap();
        self.finish_builder(fb);
        Some(id)
    }

    /// In a `*T` wrapper of a value method `T.name`, with the receiver pointer on the
    /// stack: panics as gc's wrappers do when it is nil (`value method main.T.F called
    /// using nil *T pointer`, a plain runtime error) instead of dereferencing nil.
    fn nil_receiver_check(&mut self, recv_named: TypeId, name: &str) {
        let rt = self.rt_type(recv_named);
        let qualified = self.program.types[rt as usize].name.clone();
        let bare = qualified
            .rsplit('.')
            .next()
            .unwrap_or(&qualified)
            .to_string();
        let message = format!("value method {qualified}.{name} called using nil *{bare} pointer");
        let message = self.const_str(message.as_bytes());
        self.emit(Op::Dup);
        self.emit(Op::IsNil);
        let skip = self.emit(Op::JumpIfFalse(0));
        self.emit(Op::RuntimePanic(message));
        let after = self.pc();
        self.patch(skip, after);
    }

    /// (param count, result count) of a function type, not counting a receiver.
    pub fn func_sig_counts(&self, ty: TypeId) -> (u32, u32) {
        match self.info.types.under_kind(ty) {
            TypeKind::Func(sig) => (sig.params.len() as u32, sig.results.len() as u32),
            _ => (0, 0),
        }
    }

    fn iface_method_sig(&self, iface: TypeId, name: &str) -> (u32, u32) {
        let base = match self.info.types.kind(iface) {
            TypeKind::Pointer(e) => *e,
            _ => iface,
        };
        if let TypeKind::Interface { methods, .. } = self.info.types.under_kind(base) {
            for m in methods {
                if m.name.as_ref() == name {
                    return self.func_sig_counts(m.sig);
                }
            }
        }
        (0, 0)
    }

    /// A Go-callable function wrapping a native (for function values and method tables).
    pub fn native_stub(&mut self, obj: crate::types::ObjId) -> u32 {
        let key = (u32::MAX, obj.0);
        if let Some(&f) = self.wrappers.get(&key) {
            return f;
        }
        let native = self.native_ids[&obj];
        let o = self.info.obj(obj);
        let (mut params, results) = self.func_sig_counts(o.ty);
        if let ObjKind::Func(fi) = &o.kind {
            if fi.recv.is_some() {
                params += 1;
            }
        }
        let id = self.reserve_func(self.program.natives[native as usize].clone());
        self.wrappers.insert(key, id);
        let mut fb = super::FnBuilder::new(id, params, results);
        fb.local_count = params + results;
        self.builders.push(fb);
        for i in 0..params {
            self.emit(Op::LoadLocal(i));
        }
        self.emit(Op::CallNative {
            native,
            argc: params,
            results,
        });
        for i in (0..results).rev() {
            self.emit(Op::StoreLocal(params + i));
        }
        self.emit(Op::Return);
        let fb = self.builders.pop().unwrap();
        self.finish_builder(fb);
        id
    }
}

fn basic_kind(b: BasicKind) -> Kind {
    use BasicKind as B;
    match b {
        B::Bool | B::UntypedBool => Kind::Bool,
        B::Int | B::UntypedInt => Kind::Int,
        B::Int8 => Kind::Int8,
        B::Int16 => Kind::Int16,
        B::Int32 | B::UntypedRune => Kind::Int32,
        B::Int64 => Kind::Int64,
        B::Uint => Kind::Uint,
        B::Uint8 => Kind::Uint8,
        B::Uint16 => Kind::Uint16,
        B::Uint32 => Kind::Uint32,
        B::Uint64 => Kind::Uint64,
        B::Uintptr => Kind::Uintptr,
        B::Float32 => Kind::Float32,
        B::Float64 | B::UntypedFloat => Kind::Float64,
        B::Complex64 => Kind::Complex64,
        B::Complex128 | B::UntypedComplex => Kind::Complex128,
        B::String | B::UntypedString => Kind::String,
        B::UnsafePointer => Kind::UnsafePointer,
        B::Invalid | B::UntypedNil => Kind::UnsafePointer,
    }
}
