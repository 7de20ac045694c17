//! Assignable locations: variables, fields, elements, map entries and pointer targets.
//!
//! `gen_place` pushes a place's prefix (the object, index or key it needs);
//! `place_load` and `place_store` consume it.

use super::func::strip_parens;
use super::Gen;
use crate::ast::{Expr, ExprKind, UnaryOp};
use crate::check::ObjKind;
use crate::types::{ObjId, TypeKind};
use weft_vm::op::Op;

#[derive(Clone, Debug)]
pub enum Place {
    /// A local slot holding the value (prefix: none).
    Local(u32),
    /// A local slot holding a cell (prefix: none).
    LocalCell(u32),
    /// A captured cell (prefix: none).
    CaptureCell(u32),
    /// A captured aggregate (its object; prefix: none).
    Capture(u32),
    Global(u32),
    /// prefix `[obj]`
    Field(u32),
    /// prefix `[arr i]`
    ArrayElem,
    /// prefix `[slice i]`
    SliceElem,
    /// prefix `[map key]`, with the value's runtime type (for loads of absent keys).
    MapEntry(u32),
    /// prefix `[ptr]`, scalar pointee
    Deref,
    /// prefix `[ref]`, aggregate pointee of this runtime type
    DerefAggregate(u32),
    /// `_`
    Blank,
}

impl Place {
    pub fn prefix_len(&self) -> usize {
        match self {
            Place::Field(_) | Place::Deref | Place::DerefAggregate(_) => 1,
            Place::ArrayElem | Place::SliceElem | Place::MapEntry(_) => 2,
            _ => 0,
        }
    }
}

impl<'a> Gen<'a> {
    /// The storage of variable `obj` as a place.
    pub fn var_place(&mut self, obj: ObjId) -> Place {
        if let Some(&g) = self.globals.get(&obj) {
            return Place::Global(g);
        }
        if let Some(l) = self.fb().locals.get(&obj).copied() {
            return if l.boxed {
                Place::LocalCell(l.slot)
            } else {
                Place::Local(l.slot)
            };
        }
        if let Some(&i) = self.fb().captures.get(&obj) {
            let ty = self.info.obj(obj).ty;
            return if self.is_aggregate(ty) {
                Place::Capture(i)
            } else {
                Place::CaptureCell(i)
            };
        }
        Place::Blank
    }

    pub fn gen_place(&mut self, e: &'a Expr) -> Place {
        let e = strip_parens(e);
        match &e.kind {
            ExprKind::Ident(id) => {
                if id.name.as_ref() == "_" {
                    return Place::Blank;
                }
                match self
                    .info
                    .uses
                    .get(&id.id)
                    .or_else(|| self.info.defs.get(&id.id))
                {
                    Some(&obj) if matches!(self.info.obj(obj).kind, ObjKind::Var(_)) => {
                        self.var_place(obj)
                    }
                    _ => Place::Blank,
                }
            }
            ExprKind::Index(x, idx) => {
                let xty = self.info.type_of(x.id);
                match self.info.types.under_kind(xty).clone() {
                    TypeKind::Map(k, v) => {
                        self.gen_expr(x);
                        self.gen_value(&idx[0], k);
                        let rt = self.rt_type(v);
                        Place::MapEntry(rt)
                    }
                    TypeKind::Slice(_) => {
                        self.gen_expr(x);
                        self.gen_index_value(&idx[0]);
                        Place::SliceElem
                    }
                    _ => {
                        self.gen_expr(x);
                        self.gen_index_value(&idx[0]);
                        Place::ArrayElem
                    }
                }
            }
            ExprKind::Selector(x, _) => {
                if let Some(sel) = self.info.selections.get(&e.id).cloned() {
                    self.gen_expr(x);
                    let (last, init) = sel
                        .path
                        .split_last()
                        .map(|(l, i)| (*l, i.to_vec()))
                        .unwrap_or((0, vec![]));
                    for step in init {
                        self.emit(Op::GetField(step));
                    }
                    return Place::Field(last);
                }
                // A qualified identifier: a package-level variable.
                if let ExprKind::Selector(_, sel_ident) = &e.kind {
                    if let Some(&obj) = self.info.uses.get(&sel_ident.id) {
                        return self.var_place(obj);
                    }
                }
                Place::Blank
            }
            ExprKind::Star(p) | ExprKind::Unary(UnaryOp::Pos, p) => {
                let pty = self.info.type_of(p.id);
                let pointee = self.pointee(pty);
                self.gen_expr(p);
                if self.is_aggregate(pointee) {
                    let rt = self.rt_type(pointee);
                    Place::DerefAggregate(rt)
                } else {
                    Place::Deref
                }
            }
            _ => {
                self.gen_expr(e);
                self.emit(Op::Pop);
                Place::Blank
            }
        }
    }

    pub fn place_dup_prefix(&mut self, p: &Place) {
        match p.prefix_len() {
            1 => {
                self.emit(Op::Dup);
            }
            2 => {
                self.emit(Op::Dup2);
            }
            _ => {}
        }
    }

    pub fn place_discard_prefix(&mut self, p: &Place) {
        for _ in 0..p.prefix_len() {
            self.emit(Op::Pop);
        }
    }

    /// `[prefix] -> [value]`
    pub fn place_load(&mut self, p: &Place) {
        match p {
            Place::Local(s) => {
                self.emit(Op::LoadLocal(*s));
            }
            Place::LocalCell(s) => {
                self.emit(Op::LoadLocal(*s));
                self.emit(Op::LoadCell);
            }
            Place::CaptureCell(i) => {
                self.emit(Op::LoadCapture(*i));
                self.emit(Op::LoadCell);
            }
            Place::Capture(i) => {
                self.emit(Op::LoadCapture(*i));
            }
            Place::Global(g) => {
                self.emit(Op::LoadGlobal(*g));
            }
            Place::Field(i) => {
                self.emit(Op::GetField(*i));
            }
            Place::ArrayElem => {
                self.emit(Op::ArrayGet);
            }
            Place::SliceElem => {
                self.emit(Op::SliceGet);
            }
            Place::MapEntry(v) => {
                self.emit(Op::MapGet(*v));
            }
            Place::Deref => {
                self.emit(Op::PtrLoad);
            }
            Place::DerefAggregate(_) => {
                self.emit(Op::NilCheck);
            }
            Place::Blank => {
                self.emit(Op::PushNil);
            }
        }
    }

    /// `[prefix value] -> []`
    pub fn place_store(&mut self, p: &Place) {
        match p {
            Place::Local(s) => {
                self.emit(Op::StoreLocal(*s));
            }
            Place::LocalCell(s) => {
                let t = self.new_temp();
                self.emit(Op::StoreLocal(t));
                self.emit(Op::LoadLocal(*s));
                self.emit(Op::LoadLocal(t));
                self.emit(Op::StoreCell);
            }
            Place::CaptureCell(i) | Place::Capture(i) => {
                let t = self.new_temp();
                self.emit(Op::StoreLocal(t));
                self.emit(Op::LoadCapture(*i));
                self.emit(Op::LoadLocal(t));
                self.emit(Op::StoreCell);
            }
            Place::Global(g) => {
                self.emit(Op::StoreGlobal(*g));
            }
            Place::Field(i) => {
                self.emit(Op::SetField(*i));
            }
            Place::ArrayElem => {
                self.emit(Op::ArraySet);
            }
            Place::SliceElem => {
                self.emit(Op::SliceSet);
            }
            Place::MapEntry(_) => {
                self.emit(Op::MapSet);
            }
            Place::Deref => {
                self.emit(Op::PtrStore);
            }
            Place::DerefAggregate(rt) => {
                self.emit(Op::CopyInto(*rt));
            }
            Place::Blank => {
                self.emit(Op::Pop);
            }
        }
    }
}
