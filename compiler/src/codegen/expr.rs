//! Expressions: constants, operators, calls, conversions, builtins, literals, selectors.

use super::func::strip_parens;
use super::Gen;
use crate::ast::{BinaryOp, Expr, ExprKind, UnaryOp};
use crate::check::{Builtin, Mode, ObjKind, RecvAdjust, SelectionKind};
use crate::constant::ConstValue;
use crate::types::{BasicKind, ObjId, TypeId, TypeKind};
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive, Zero};
use weft_vm::op::{IntWidth, Op, PrintKind};

impl<'a> Gen<'a> {
    /// Pushes the value(s) of `e` as its own type.
    pub fn gen_expr(&mut self, e: &'a Expr) {
        if let Some(tm) = self.info.exprs.get(&e.id) {
            if let Mode::Const(v) = &tm.mode {
                let (v, ty) = (v.clone(), tm.ty);
                self.gen_const(&v, ty);
                return;
            }
        }
        match &e.kind {
            ExprKind::Paren(x) => self.gen_expr(x),
            ExprKind::Ident(id) => self.gen_ident(e, id),
            ExprKind::BasicLit(..) => {
                // Literals are constants; the checker records them as such.
                let ty = self.info.type_of(e.id);
                self.emit_zero(ty);
            }
            ExprKind::FuncLit { sig, body } => self.gen_func_lit(e, sig, body),
            ExprKind::CompositeLit { elts, .. } => self.gen_composite(e, elts),
            ExprKind::Selector(x, sel) => self.gen_selector(e, x, sel),
            ExprKind::Index(x, idx) => self.gen_index(e, x, idx),
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.gen_slice_expr(x, lo.as_deref(), hi.as_deref(), max.as_deref())
            }
            ExprKind::TypeAssert(x, Some(t)) => {
                let ty = self.info.type_of(t.id);
                let src = self.info.type_of(x.id);
                self.gen_expr(x);
                let rt = self.rt_type(ty);
                let src_name = self.type_name(src);
                let name = self.const_str(src_name.as_bytes());
                if self.is_interface(ty) {
                    self.emit(Op::IfaceAssert {
                        ty: rt,
                        src_name: name,
                    });
                } else {
                    self.emit(Op::TypeAssert {
                        ty: rt,
                        src_name: name,
                    });
                }
            }
            ExprKind::Call {
                func,
                args,
                ellipsis,
            } => self.gen_call(e, func, args, *ellipsis),
            ExprKind::Star(p) => {
                let pty = self.info.type_of(p.id);
                let pointee = self.pointee(pty);
                self.gen_expr(p);
                if self.is_aggregate(pointee) {
                    self.emit(Op::NilCheck);
                } else {
                    self.emit(Op::PtrLoad);
                }
            }
            ExprKind::Unary(op, x) => self.gen_unary(e, *op, x),
            ExprKind::Binary(op, l, r) => self.gen_binary(e, *op, l, r),
            _ => {
                self.error(e.span, "unsupported expression");
                self.emit(Op::PushNil);
            }
        }
    }

    /// Pushes `e` converted to `target` and owned (fresh) when it is an aggregate.
    pub fn gen_value(&mut self, e: &'a Expr, target: TypeId) {
        let src = self.info.type_of(e.id);
        let fresh = self.is_fresh(e);
        self.gen_expr(e);
        self.convert(src, target, fresh);
    }

    /// Converts the value on the stack from `src` to `dst` for storing:
    /// boxes into interfaces, copies non-fresh aggregates.
    pub fn convert(&mut self, src: TypeId, dst: TypeId, fresh: bool) {
        let src_iface = self.is_interface(src);
        let dst_iface = self.is_interface(dst);
        if dst_iface && !src_iface {
            if self.basic(src) == Some(BasicKind::UntypedNil) {
                return;
            }
            if self.is_aggregate(src) && !fresh {
                let rt = self.rt_type(src);
                self.emit(Op::Clone(rt));
            }
            let src = self.default_type(src);
            let rt = self.rt_type(src);
            self.emit(Op::ToIface(rt));
        } else if self.is_aggregate(dst) && !fresh {
            let rt = self.rt_type(dst);
            self.emit(Op::Clone(rt));
        }
    }

    /// The default type of an untyped type (int for untyped int, ...); other types unchanged.
    pub fn default_type(&self, ty: TypeId) -> TypeId {
        let t = &self.info.types;
        match t.kind(ty) {
            crate::types::TypeKind::Basic(b) => match b {
                BasicKind::UntypedBool => t.basic(BasicKind::Bool),
                BasicKind::UntypedInt => t.basic(BasicKind::Int),
                BasicKind::UntypedRune => t.basic(BasicKind::Int32),
                BasicKind::UntypedFloat => t.basic(BasicKind::Float64),
                BasicKind::UntypedComplex => t.basic(BasicKind::Complex128),
                BasicKind::UntypedString => t.basic(BasicKind::String),
                _ => ty,
            },
            _ => ty,
        }
    }

    /// Whether evaluating `e` yields an aggregate nobody else references.
    pub fn is_fresh(&self, e: &Expr) -> bool {
        match &strip_parens(e).kind {
            ExprKind::CompositeLit { .. } => true,
            ExprKind::Call { func, args, .. } => {
                let f = strip_parens(func);
                if matches!(
                    self.info.exprs.get(&f.id).map(|t| &t.mode),
                    Some(Mode::Type)
                ) {
                    return args.first().is_some_and(|a| self.is_fresh(a));
                }
                true
            }
            ExprKind::Binary(..) => true,
            _ => false,
        }
    }

    pub fn gen_const(&mut self, v: &ConstValue, ty: TypeId) {
        let ty = self.default_type(ty);
        if self.is_interface(ty) {
            let dt = self.const_default_type(v);
            self.gen_const(v, dt);
            let rt = self.rt_type(dt);
            self.emit(Op::ToIface(rt));
            return;
        }
        let kind = self.basic(ty).unwrap_or(BasicKind::Int);
        match v {
            ConstValue::Bool(b) => {
                self.emit(Op::PushBool(*b));
            }
            ConstValue::String(s) => {
                let c = self.const_str(s);
                self.emit(Op::PushConst(c));
            }
            ConstValue::Int(i) => {
                if kind.is_float() {
                    self.push_float(i.to_f64().unwrap_or(0.0), kind);
                } else if kind.is_complex() {
                    self.push_float(i.to_f64().unwrap_or(0.0), float_of(kind));
                    self.push_float(0.0, kind);
                    self.emit(Op::MakeComplex {
                        f32: kind == BasicKind::Complex64,
                    });
                } else {
                    let v = bigint_to_i64_bits(i);
                    self.push_int(v);
                }
            }
            ConstValue::Float(r) => {
                if kind.is_integer() {
                    let i = r.to_integer();
                    self.push_int(bigint_to_i64_bits(&i));
                } else if kind.is_complex() {
                    self.push_float(rational_to_f64(r), float_of(kind));
                    self.push_float(0.0, kind);
                    self.emit(Op::MakeComplex {
                        f32: kind == BasicKind::Complex64,
                    });
                } else {
                    self.push_float(rational_to_f64(r), kind);
                }
            }
            ConstValue::Complex(re, im) => {
                if kind.is_complex() {
                    self.push_float(rational_to_f64(re), float_of(kind));
                    self.push_float(rational_to_f64(im), float_of(kind));
                    self.emit(Op::MakeComplex {
                        f32: kind == BasicKind::Complex64,
                    });
                } else if kind.is_float() {
                    self.push_float(rational_to_f64(re), kind);
                } else {
                    self.push_int(bigint_to_i64_bits(&re.to_integer()));
                }
            }
        }
    }

    fn const_default_type(&self, v: &ConstValue) -> TypeId {
        let t = &self.info.types;
        match v {
            ConstValue::Bool(_) => t.basic(BasicKind::Bool),
            ConstValue::String(_) => t.basic(BasicKind::String),
            ConstValue::Int(_) => t.basic(BasicKind::Int),
            ConstValue::Float(_) => t.basic(BasicKind::Float64),
            ConstValue::Complex(..) => t.basic(BasicKind::Complex128),
        }
    }

    pub fn push_int(&mut self, v: i64) {
        if v >= i32::MIN as i64 && v <= i32::MAX as i64 {
            self.emit(Op::PushInt(v as i32));
        } else {
            let c = self.const_int(v);
            self.emit(Op::PushConst(c));
        }
    }

    fn push_float(&mut self, v: f64, kind: BasicKind) {
        let v = if kind == BasicKind::Float32 || kind == BasicKind::Complex64 {
            v as f32 as f64
        } else {
            v
        };
        let c = self.const_float(v);
        self.emit(Op::PushConst(c));
    }

    fn gen_ident(&mut self, e: &'a Expr, id: &'a crate::ast::Ident) {
        let Some(&obj) = self
            .info
            .uses
            .get(&id.id)
            .or_else(|| self.info.defs.get(&id.id))
        else {
            self.error(e.span, format!("undefined: {}", id.name));
            self.emit(Op::PushNil);
            return;
        };
        self.gen_obj_value(obj);
    }

    pub fn gen_obj_value(&mut self, obj: ObjId) {
        match &self.info.obj(obj).kind {
            ObjKind::Var(_) => {
                let p = self.var_place(obj);
                self.place_load(&p);
            }
            ObjKind::Func(_) => {
                if let Some(&f) = self.func_ids.get(&obj) {
                    self.emit(Op::PushFunc(f));
                } else if self.native_ids.contains_key(&obj) {
                    let f = self.native_stub(obj);
                    self.emit(Op::PushFunc(f));
                } else {
                    self.emit(Op::PushNil);
                }
            }
            ObjKind::Nil => {
                self.emit(Op::PushNil);
            }
            ObjKind::Const(v) => {
                let (v, ty) = (v.clone(), self.info.obj(obj).ty);
                self.gen_const(&v, ty);
            }
            _ => {
                self.emit(Op::PushNil);
            }
        }
    }

    fn gen_unary(&mut self, e: &'a Expr, op: UnaryOp, x: &'a Expr) {
        let ty = self.info.type_of(e.id);
        match op {
            UnaryOp::Pos => self.gen_expr(x),
            UnaryOp::Neg => {
                self.gen_expr(x);
                match self.basic(ty) {
                    Some(b) if b.is_float() => {
                        self.emit(Op::NegFloat);
                    }
                    Some(b) if b.is_complex() => {
                        self.emit(Op::NegComplex);
                    }
                    _ => {
                        self.emit(Op::NegInt);
                        self.wrap(ty);
                    }
                }
            }
            UnaryOp::Not => {
                self.gen_expr(x);
                self.emit(Op::Not);
            }
            UnaryOp::BitNot => {
                self.gen_expr(x);
                self.emit(Op::NotInt);
                self.wrap(ty);
            }
            UnaryOp::Addr => self.gen_address(x),
            UnaryOp::Recv => {
                self.gen_expr(x);
                self.emit(Op::Recv);
            }
            UnaryOp::Tilde => {
                self.error(e.span, "type constraints are not supported yet in Weft");
                self.emit(Op::PushNil);
            }
        }
    }

    /// Pushes a pointer to the location `x` denotes.
    pub fn gen_address(&mut self, x: &'a Expr) {
        let x = strip_parens(x);
        let ty = self.info.type_of(x.id);
        if self.is_aggregate(ty) {
            // A pointer to an aggregate is the object itself.
            self.gen_expr(x);
            return;
        }
        match &x.kind {
            ExprKind::CompositeLit { .. } => {
                self.gen_expr(x);
                self.emit(Op::NewCell);
                self.emit(Op::CellPtr);
            }
            ExprKind::Star(p) => self.gen_expr(p),
            _ => {
                let place = self.gen_place(x);
                use super::place::Place;
                match place {
                    Place::LocalCell(s) => {
                        self.emit(Op::LoadLocal(s));
                        self.emit(Op::CellPtr);
                    }
                    Place::CaptureCell(i) => {
                        self.emit(Op::LoadCapture(i));
                        self.emit(Op::CellPtr);
                    }
                    Place::Global(g) => {
                        self.emit(Op::GlobalAddr(g));
                    }
                    Place::Field(i) => {
                        self.emit(Op::FieldPtr(i));
                    }
                    Place::ArrayElem => {
                        self.emit(Op::ArrayElemPtr);
                    }
                    Place::SliceElem => {
                        self.emit(Op::SliceElemPtr);
                    }
                    Place::Deref => {}
                    Place::Local(s) => {
                        // Not marked as address-taken by the checker: box it now (best effort).
                        self.emit(Op::LoadLocal(s));
                        self.emit(Op::NewCell);
                        self.emit(Op::CellPtr);
                    }
                    _ => {
                        self.emit(Op::PushNil);
                    }
                }
            }
        }
    }

    /// Truncates the int on the stack to the width of `ty` when narrower than 64 bits.
    pub fn wrap(&mut self, ty: TypeId) {
        let w = match self.basic(ty) {
            Some(BasicKind::Int8) => IntWidth::I8,
            Some(BasicKind::Int16) => IntWidth::I16,
            Some(BasicKind::Int32) | Some(BasicKind::UntypedRune) => IntWidth::I32,
            Some(BasicKind::Uint8) => IntWidth::U8,
            Some(BasicKind::Uint16) => IntWidth::U16,
            Some(BasicKind::Uint32) => IntWidth::U32,
            _ => return,
        };
        self.emit(Op::Wrap(w));
    }

    fn gen_binary(&mut self, e: &'a Expr, op: BinaryOp, l: &'a Expr, r: &'a Expr) {
        match op {
            BinaryOp::LogAnd | BinaryOp::LogOr => {
                self.gen_expr(l);
                self.emit(Op::Dup);
                let j = if op == BinaryOp::LogAnd {
                    self.emit(Op::JumpIfFalse(0))
                } else {
                    self.emit(Op::JumpIfTrue(0))
                };
                self.emit(Op::Pop);
                self.gen_expr(r);
                let end = self.pc();
                self.patch(j, end);
            }
            BinaryOp::Eq
            | BinaryOp::Ne
            | BinaryOp::Lt
            | BinaryOp::Le
            | BinaryOp::Gt
            | BinaryOp::Ge => {
                let lt = self.info.type_of(l.id);
                let rt = self.info.type_of(r.id);
                let l_nil = self.is_nil_expr(l) || self.basic(lt) == Some(BasicKind::UntypedNil);
                let r_nil = self.is_nil_expr(r) || self.basic(rt) == Some(BasicKind::UntypedNil);
                if l_nil || r_nil {
                    if r_nil {
                        self.gen_expr(l);
                    } else {
                        self.gen_expr(r);
                    }
                    self.emit(Op::IsNil);
                    if op == BinaryOp::Ne {
                        self.emit(Op::Not);
                    }
                    return;
                }
                let cmp_ty = if self.is_interface(lt) {
                    lt
                } else if self.is_interface(rt) {
                    rt
                } else {
                    lt
                };
                self.gen_expr(l);
                self.convert(lt, cmp_ty, true);
                self.gen_expr(r);
                self.convert(rt, cmp_ty, true);
                self.gen_compare(op, cmp_ty);
            }
            BinaryOp::Shl | BinaryOp::Shr => {
                let ty = self.info.type_of(e.id);
                self.gen_expr(l);
                self.gen_expr(r);
                let rty = self.info.type_of(r.id);
                self.gen_arith(op, ty, rty);
            }
            _ => {
                let ty = self.info.type_of(e.id);
                self.gen_expr(l);
                self.gen_expr(r);
                self.gen_arith(op, ty, ty);
            }
        }
    }

    /// `[a b] -> [bool]` comparing two values of type `ty`.
    pub fn gen_compare(&mut self, op: BinaryOp, ty: TypeId) {
        let kind = self.basic(ty);
        let code = match kind {
            Some(b) if b.is_integer() => {
                let u = b.is_unsigned();
                match op {
                    BinaryOp::Eq => Op::EqInt,
                    BinaryOp::Ne => Op::NeInt,
                    BinaryOp::Lt => {
                        if u {
                            Op::LtUint
                        } else {
                            Op::LtInt
                        }
                    }
                    BinaryOp::Le => {
                        if u {
                            Op::LeUint
                        } else {
                            Op::LeInt
                        }
                    }
                    BinaryOp::Gt => {
                        if u {
                            Op::GtUint
                        } else {
                            Op::GtInt
                        }
                    }
                    _ => {
                        if u {
                            Op::GeUint
                        } else {
                            Op::GeInt
                        }
                    }
                }
            }
            Some(b) if b.is_float() => match op {
                BinaryOp::Eq => Op::EqFloat,
                BinaryOp::Ne => Op::NeFloat,
                BinaryOp::Lt => Op::LtFloat,
                BinaryOp::Le => Op::LeFloat,
                BinaryOp::Gt => Op::GtFloat,
                _ => Op::GeFloat,
            },
            Some(b) if b.is_complex() => {
                if op == BinaryOp::Eq {
                    Op::EqComplex
                } else {
                    Op::NeComplex
                }
            }
            Some(BasicKind::String) | Some(BasicKind::UntypedString) => match op {
                BinaryOp::Eq => Op::EqStr,
                BinaryOp::Ne => Op::NeStr,
                BinaryOp::Lt => Op::LtStr,
                BinaryOp::Le => Op::LeStr,
                BinaryOp::Gt => Op::GtStr,
                _ => Op::GeStr,
            },
            Some(BasicKind::Bool) | Some(BasicKind::UntypedBool) => {
                if op == BinaryOp::Eq {
                    Op::EqBool
                } else {
                    Op::NeBool
                }
            }
            _ => {
                let rt = self.rt_type(ty);
                if op == BinaryOp::Eq {
                    Op::Equal(rt)
                } else {
                    Op::NotEqual(rt)
                }
            }
        };
        self.emit(code);
    }

    /// `[a b] -> [a op b]` for arithmetic on type `ty` (`rty` is the shift count's type).
    pub fn gen_arith(&mut self, op: BinaryOp, ty: TypeId, rty: TypeId) {
        let kind = self.basic(ty).unwrap_or(BasicKind::Int);
        if kind == BasicKind::String || kind == BasicKind::UntypedString {
            self.emit(Op::Concat);
            return;
        }
        if kind.is_float() {
            let code = match op {
                BinaryOp::Add => Op::AddFloat,
                BinaryOp::Sub => Op::SubFloat,
                BinaryOp::Mul => Op::MulFloat,
                _ => Op::DivFloat,
            };
            self.emit(code);
            if kind == BasicKind::Float32 {
                self.emit(Op::RoundF32);
            }
            return;
        }
        if kind.is_complex() {
            let f32 = kind == BasicKind::Complex64;
            let code = match op {
                BinaryOp::Add => Op::AddComplex { f32 },
                BinaryOp::Sub => Op::SubComplex { f32 },
                BinaryOp::Mul => Op::MulComplex { f32 },
                _ => Op::DivComplex { f32 },
            };
            self.emit(code);
            return;
        }
        let unsigned = kind.is_unsigned();
        let count_unsigned = self.basic(rty).is_some_and(|b| b.is_unsigned());
        let code = match op {
            BinaryOp::Add => Op::AddInt,
            BinaryOp::Sub => Op::SubInt,
            BinaryOp::Mul => Op::MulInt,
            BinaryOp::Div => {
                if unsigned {
                    Op::DivUint
                } else {
                    Op::DivInt
                }
            }
            BinaryOp::Rem => {
                if unsigned {
                    Op::RemUint
                } else {
                    Op::RemInt
                }
            }
            BinaryOp::And => Op::AndInt,
            BinaryOp::Or => Op::OrInt,
            BinaryOp::Xor => Op::XorInt,
            BinaryOp::AndNot => Op::AndNotInt,
            BinaryOp::Shl => Op::Shl {
                unsigned_count: count_unsigned,
            },
            BinaryOp::Shr => {
                if unsigned {
                    Op::ShrUint {
                        unsigned_count: count_unsigned,
                    }
                } else {
                    Op::Shr {
                        unsigned_count: count_unsigned,
                    }
                }
            }
            _ => Op::Nop,
        };
        self.emit(code);
        if matches!(
            op,
            BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Shl | BinaryOp::Div
        ) {
            self.wrap(ty);
        }
    }

    pub fn gen_index_value(&mut self, idx: &'a Expr) {
        let ty = self.info.type_of(idx.id);
        self.gen_expr(idx);
        // A huge unsigned index must not look negative; treat as out of range via MaxInt.
        let _ = ty;
    }

    fn gen_index(&mut self, e: &'a Expr, x: &'a Expr, idx: &'a [Expr]) {
        let xty = self.info.type_of(x.id);
        match self.info.types.under_kind(xty).clone() {
            TypeKind::Map(k, v) => {
                self.gen_expr(x);
                self.gen_value(&idx[0], k);
                let rt = self.rt_type(v);
                self.emit(Op::MapGet(rt));
            }
            TypeKind::Slice(_) => {
                self.gen_expr(x);
                self.gen_index_value(&idx[0]);
                self.emit(Op::SliceGet);
            }
            TypeKind::Basic(_) => {
                self.gen_expr(x);
                self.gen_index_value(&idx[0]);
                self.emit(Op::StrIndex);
            }
            TypeKind::Array(..) | TypeKind::Pointer(_) => {
                self.gen_expr(x);
                self.gen_index_value(&idx[0]);
                self.emit(Op::ArrayGet);
            }
            _ => {
                self.error(e.span, "generic instantiation is not supported yet in Weft");
                self.emit(Op::PushNil);
            }
        }
    }

    fn gen_slice_expr(
        &mut self,
        x: &'a Expr,
        lo: Option<&'a Expr>,
        hi: Option<&'a Expr>,
        max: Option<&'a Expr>,
    ) {
        let xty = self.info.type_of(x.id);
        self.gen_expr(x);
        if let Some(lo) = lo {
            self.gen_expr(lo);
        }
        if let Some(hi) = hi {
            self.gen_expr(hi);
        }
        if let Some(m) = max {
            self.gen_expr(m);
        }
        match self.info.types.under_kind(xty) {
            TypeKind::Basic(_) => {
                self.emit(Op::StrSlice {
                    has_lo: lo.is_some(),
                    has_hi: hi.is_some(),
                });
            }
            TypeKind::Slice(_) => {
                self.emit(Op::SliceSlice {
                    has_lo: lo.is_some(),
                    has_hi: hi.is_some(),
                    has_max: max.is_some(),
                    array: false,
                });
            }
            _ => {
                self.emit(Op::SliceSlice {
                    has_lo: lo.is_some(),
                    has_hi: hi.is_some(),
                    has_max: max.is_some(),
                    array: true,
                });
            }
        }
    }

    fn gen_selector(&mut self, e: &'a Expr, x: &'a Expr, sel: &'a crate::ast::Ident) {
        let Some(selection) = self.info.selections.get(&e.id).cloned() else {
            // Qualified identifier `pkg.Name`.
            match self.info.uses.get(&sel.id) {
                Some(&obj) => self.gen_obj_value(obj),
                None => {
                    self.error(e.span, format!("undefined: {}", sel.name));
                    self.emit(Op::PushNil);
                }
            }
            return;
        };
        match selection.kind {
            SelectionKind::Field => {
                self.gen_expr(x);
                for step in &selection.path {
                    self.emit(Op::GetField(*step));
                }
            }
            SelectionKind::MethodVal => match selection.method {
                Some(m) => {
                    self.gen_receiver(x, &selection, m);
                    if let Some(&f) = self.func_ids.get(&m) {
                        self.emit(Op::Bind(f));
                    } else {
                        let f = self.native_stub(m);
                        self.emit(Op::Bind(f));
                    }
                }
                None => {
                    self.gen_expr(x);
                    for step in &selection.path {
                        self.emit(Op::GetField(*step));
                    }
                    let sig = self.info.type_of(e.id);
                    let sym = self.method_symbol(&sel.name, sig);
                    self.emit(Op::BindIface(sym));
                }
            },
            SelectionKind::MethodExpr => {
                let recv_ty = self.info.type_of(x.id);
                let f = self.method_expr_func(recv_ty, &sel.name);
                self.emit(Op::PushFunc(f));
            }
        }
    }

    /// A function `func(recv T, args...)` for method expression `T.name`.
    fn method_expr_func(&mut self, recv_ty: TypeId, name: &str) -> u32 {
        if self.is_interface(recv_ty) {
            return self.interface_method_expr(recv_ty, name);
        }
        let rt = self.rt_type(recv_ty);
        self.flush_method_tables();
        let table = &self.program.types[rt as usize].methods;
        for (sym, f) in table {
            if self.program.symbols[*sym as usize].split(' ').next() == Some(name) {
                return *f;
            }
        }
        // The checker only accepts method expressions of methods in the method set.
        self.error(
            crate::ast::Span::default(),
            format!("internal error: no method {name} for a method expression"),
        );
        0
    }

    /// `I.M` for an interface I: a function `func(recv I, args...)` that calls M dynamically.
    fn interface_method_expr(&mut self, iface: TypeId, name: &str) -> u32 {
        let sig = match self.info.types.under_kind(iface) {
            TypeKind::Interface { methods, .. } => methods
                .iter()
                .find(|m| m.name.as_ref() == name)
                .map(|m| m.sig),
            _ => None,
        };
        let Some(sig) = sig else { return 0 };
        let sym = self.method_symbol(name, sig);
        let rt = self.rt_type(iface);
        if let Some(&f) = self.wrappers.get(&(rt, sym)) {
            return f;
        }
        let (params, results) = self.func_sig_counts(sig);
        let id = self.reserve_func(format!("{}.{}", self.type_name(iface), name));
        self.wrappers.insert((rt, sym), id);
        let argc = params + 1;
        let mut fb = super::FnBuilder::new(id, argc, results);
        fb.local_count = argc + results;
        self.builders.push(fb);
        for i in 0..argc {
            self.emit(Op::LoadLocal(i));
        }
        self.emit(Op::CallIface {
            method: sym,
            argc: params,
        });
        for i in (0..results).rev() {
            self.emit(Op::StoreLocal(argc + i));
        }
        self.emit(Op::Return);
        let fb = self.builders.pop().unwrap();
        self.finish_builder(fb);
        id
    }

    /// Pushes the receiver for calling concrete method `m` on `x` (path, address/deref, copy).
    fn gen_receiver(&mut self, x: &'a Expr, selection: &crate::check::Selection, m: ObjId) {
        let recv_named = match &self.info.obj(m).kind {
            ObjKind::Func(f) => f.recv,
            _ => None,
        };
        let pointer_recv = matches!(&self.info.obj(m).kind, ObjKind::Func(f) if f.pointer_recv);
        if selection.path.is_empty() && selection.recv_adjust == RecvAdjust::AddrOf {
            self.gen_address(x);
            return;
        }
        self.gen_expr(x);
        let n = selection.path.len();
        for (i, step) in selection.path.iter().enumerate() {
            if i + 1 == n && pointer_recv {
                let xt = self.field_type_at(self.info.type_of(x.id), &selection.path);
                if let Some(ft) = xt {
                    if !self.is_aggregate(ft)
                        && !matches!(self.info.types.under_kind(ft), TypeKind::Pointer(_))
                    {
                        self.emit(Op::FieldPtr(*step));
                        return;
                    }
                }
            }
            self.emit(Op::GetField(*step));
        }
        if !pointer_recv {
            if let Some(rn) = recv_named {
                let reached = if n == 0 {
                    self.info.type_of(x.id)
                } else {
                    self.field_type_at(self.info.type_of(x.id), &selection.path)
                        .unwrap_or(rn)
                };
                let through_pointer =
                    matches!(self.info.types.under_kind(reached), TypeKind::Pointer(_));
                if self.is_aggregate(rn) {
                    let rt = self.rt_type(rn);
                    self.emit(Op::Clone(rt));
                } else if through_pointer {
                    self.emit(Op::PtrLoad);
                }
            }
        }
    }

    /// The type of the field reached by following `path` from `ty`.
    fn field_type_at(&self, mut ty: TypeId, path: &[u32]) -> Option<TypeId> {
        for &step in path {
            let base = self.pointee(ty);
            match self.info.types.under_kind(base) {
                TypeKind::Struct(fields) => ty = fields.get(step as usize)?.ty,
                _ => return None,
            }
        }
        Some(ty)
    }

    pub fn builtin_of(&self, f: &Expr) -> Option<Builtin> {
        match self.info.exprs.get(&f.id).map(|t| &t.mode) {
            Some(Mode::Builtin(b)) => Some(*b),
            _ => {
                if let ExprKind::Ident(id) = &f.kind {
                    if let Some(o) = self.info.uses.get(&id.id) {
                        if let ObjKind::Builtin(b) = &self.info.obj(*o).kind {
                            return Some(*b);
                        }
                    }
                }
                None
            }
        }
    }

    fn gen_call(&mut self, e: &'a Expr, func: &'a Expr, args: &'a [Expr], ellipsis: bool) {
        let f = strip_parens(func);
        if matches!(
            self.info.exprs.get(&f.id).map(|t| &t.mode),
            Some(Mode::Type)
        ) {
            let to = self.info.type_of(f.id);
            self.gen_conversion(to, &args[0]);
            return;
        }
        if let Some(b) = self.builtin_of(f) {
            self.gen_builtin(e, b, args, ellipsis);
            return;
        }
        self.set_pos(e.span);
        let sig_ty = self.info.type_of(f.id);
        let (_, nres) = self.func_sig_counts(sig_ty);
        // Static function or method calls.
        if let Some(obj) = self.static_callee(f) {
            let argc = self.gen_args(sig_ty, args, ellipsis);
            self.emit_static_call(obj, argc, nres);
            return;
        }
        if let ExprKind::Selector(x, sel) = &f.kind {
            if let Some(selection) = self.info.selections.get(&f.id).cloned() {
                if selection.kind == SelectionKind::MethodVal {
                    match selection.method {
                        Some(m) => {
                            self.gen_receiver(x, &selection, m);
                            let argc = self.gen_args(sig_ty, args, ellipsis) + 1;
                            self.emit_static_call(m, argc, nres);
                        }
                        None => {
                            self.gen_expr(x);
                            for step in &selection.path {
                                self.emit(Op::GetField(*step));
                            }
                            let argc = self.gen_args(sig_ty, args, ellipsis);
                            let sym = self.method_symbol(&sel.name, sig_ty);
                            self.emit(Op::CallIface { method: sym, argc });
                        }
                    }
                    return;
                }
            }
        }
        self.gen_expr(f);
        let argc = self.gen_args(sig_ty, args, ellipsis);
        self.emit(Op::CallValue { argc });
    }

    fn emit_static_call(&mut self, obj: ObjId, argc: u32, results: u32) {
        if let Some(&id) = self.func_ids.get(&obj) {
            self.emit(Op::Call { func: id, argc });
        } else if let Some(&n) = self.native_ids.get(&obj) {
            self.emit(Op::CallNative {
                native: n,
                argc,
                results,
            });
        }
    }

    /// The declared function a call expression's function part names directly.
    fn static_callee(&self, f: &Expr) -> Option<ObjId> {
        let id = match &f.kind {
            ExprKind::Ident(id) => id,
            ExprKind::Selector(_, sel) if !self.info.selections.contains_key(&f.id) => sel,
            _ => return None,
        };
        let obj = *self.info.uses.get(&id.id)?;
        match &self.info.obj(obj).kind {
            ObjKind::Func(fi) if fi.recv.is_none() => Some(obj),
            _ => None,
        }
    }

    /// Pushes call arguments converted to the parameter types (packing variadics); returns the count.
    pub fn gen_args(&mut self, sig_ty: TypeId, args: &'a [Expr], ellipsis: bool) -> u32 {
        let (params, variadic) = match self.info.types.under_kind(sig_ty) {
            TypeKind::Func(sig) => (sig.params.clone(), sig.variadic),
            _ => (Vec::new(), false),
        };
        let nparams = params.len();
        // f(g()) where g returns several values.
        if args.len() == 1 && self.value_count(&args[0]) > 1 {
            let types = self.result_types(args[0].id);
            self.gen_expr(&args[0]);
            let temps: Vec<u32> = (0..types.len()).map(|_| self.new_temp()).collect();
            for t in temps.iter().rev() {
                self.emit(Op::StoreLocal(*t));
            }
            let fixed = if variadic { nparams - 1 } else { nparams };
            for i in 0..fixed.min(types.len()) {
                self.emit(Op::LoadLocal(temps[i]));
                self.convert(types[i], params[i], true);
            }
            if variadic {
                let elem = self.slice_elem(params[nparams - 1]);
                let extra = types.len().saturating_sub(fixed);
                for i in fixed..types.len() {
                    self.emit(Op::LoadLocal(temps[i]));
                    self.convert(types[i], elem, true);
                }
                if extra == 0 {
                    self.emit(Op::PushNil);
                } else {
                    self.emit(Op::SliceLiteral(extra as u32));
                }
            }
            return nparams as u32;
        }
        if variadic && !ellipsis {
            let fixed = nparams - 1;
            let elem = self.slice_elem(params[fixed]);
            let split = fixed.min(args.len());
            let extra = &args[split..];
            let mut types: Vec<TypeId> = params[..fixed].to_vec();
            types.extend(std::iter::repeat_n(elem, extra.len()));
            self.gen_values_calls_first(args, &types);
            if extra.is_empty() {
                self.emit(Op::PushNil);
            } else {
                self.emit(Op::SliceLiteral(extra.len() as u32));
            }
            return nparams as u32;
        }
        self.gen_values_calls_first(args, &params);
        nparams as u32
    }

    /// Pushes `args` converted to `types`, evaluating the operands that contain calls
    /// first (into temporaries), as gc orders them: in `f(x, g())` where g changes x,
    /// x is read after g runs.
    pub fn gen_values_calls_first(&mut self, args: &'a [Expr], types: &[TypeId]) {
        let any_call = args.len() > 1 && args.iter().skip(1).any(|a| self.has_call(a));
        if !any_call {
            for (a, t) in args.iter().zip(types) {
                self.gen_value(a, *t);
            }
            return;
        }
        let mut temps = Vec::new();
        for (a, t) in args.iter().zip(types) {
            if self.has_call(a) {
                self.gen_value(a, *t);
                let tmp = self.new_temp();
                self.emit(Op::StoreLocal(tmp));
                temps.push(Some(tmp));
            } else {
                temps.push(None);
            }
        }
        for ((a, t), tmp) in args.iter().zip(types).zip(temps) {
            match tmp {
                Some(tmp) => {
                    self.emit(Op::LoadLocal(tmp));
                }
                None => self.gen_value(a, *t),
            }
        }
    }

    /// Whether evaluating `e` calls a function (conversions and most builtins excluded).
    pub fn has_call(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Call { func, args, .. } => {
                let f = strip_parens(func);
                let is_conversion = matches!(
                    self.info.exprs.get(&f.id).map(|t| &t.mode),
                    Some(Mode::Type)
                );
                let is_pure_builtin = matches!(
                    self.builtin_of(f),
                    Some(
                        Builtin::Len
                            | Builtin::Cap
                            | Builtin::Min
                            | Builtin::Max
                            | Builtin::Real
                            | Builtin::Imag
                            | Builtin::Complex
                    )
                );
                if !is_conversion && !is_pure_builtin {
                    return true;
                }
                args.iter().any(|a| self.has_call(a))
            }
            // A receive is a side effect too: it must happen once, in order.
            ExprKind::Unary(UnaryOp::Recv, _) => true,
            ExprKind::Paren(x)
            | ExprKind::Star(x)
            | ExprKind::Unary(_, x)
            | ExprKind::Selector(x, _)
            | ExprKind::TypeAssert(x, _) => self.has_call(x),
            ExprKind::Binary(_, l, r) => self.has_call(l) || self.has_call(r),
            ExprKind::Index(x, idx) => self.has_call(x) || idx.iter().any(|i| self.has_call(i)),
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.has_call(x)
                    || [lo, hi, max]
                        .iter()
                        .any(|p| p.as_ref().is_some_and(|p| self.has_call(p)))
            }
            ExprKind::CompositeLit { elts, .. } => elts.iter().any(|el| {
                self.has_call(&el.value) || el.key.as_ref().is_some_and(|k| self.has_call(k))
            }),
            _ => false,
        }
    }

    pub fn slice_elem(&self, ty: TypeId) -> TypeId {
        match self.info.types.under_kind(ty) {
            TypeKind::Slice(e) => *e,
            _ => ty,
        }
    }

    /// For `defer`/`go`: pushes the function value and its arguments; returns the argument count.
    pub fn gen_callee_and_args(
        &mut self,
        f: &'a Expr,
        args: &'a [Expr],
        ellipsis: bool,
        _call: &'a Expr,
    ) -> u32 {
        let sig_ty = self.info.type_of(f.id);
        if let Some(obj) = self.static_callee(f) {
            if let Some(&id) = self.func_ids.get(&obj) {
                self.emit(Op::PushFunc(id));
            } else {
                let id = self.native_stub(obj);
                self.emit(Op::PushFunc(id));
            }
            return self.gen_args(sig_ty, args, ellipsis);
        }
        // Method values, closures and other function values are evaluated now.
        self.gen_expr(f);
        self.gen_args(sig_ty, args, ellipsis)
    }

    /// A function wrapping a builtin call for `defer`: its arguments are evaluated
    /// now into temporaries. Returns (function, temps holding the args, count).
    pub fn builtin_thunk(&mut self, call: &'a Expr) -> (u32, Vec<u32>, u32) {
        let ExprKind::Call {
            func,
            args,
            ellipsis: _,
        } = &call.kind
        else {
            unreachable!()
        };
        let b = self.builtin_of(strip_parens(func)).unwrap();
        let arg_types: Vec<TypeId> = args.iter().map(|a| self.info.type_of(a.id)).collect();
        let mut temps = Vec::new();
        for a in args.iter() {
            self.gen_expr(a);
            let t = self.new_temp();
            self.emit(Op::StoreLocal(t));
            temps.push(t);
        }
        let name = format!("{}.deferwrap", self.fb().name);
        let id = self.reserve_func(name);
        let n = args.len() as u32;
        let mut fb = super::FnBuilder::new(id, n, 0);
        fb.local_count = n;
        self.builders.push(fb);
        self.set_pos(call.span);
        let slots: Vec<u32> = (0..n).collect();
        if self.gen_builtin_on_slots(b, &arg_types, &slots, args, None) {
            // A deferred `copy` discards its count.
            self.emit(Op::Pop);
        }
        self.emit(Op::Return);
        let fb = self.builders.pop().unwrap();
        self.finish_builder(fb);
        (id, temps, n)
    }

    /// Emits builtin `b` whose arguments are already evaluated into local `slots` (of
    /// types `types`): a deferred builtin's wrapper, or a builtin applied to a call with
    /// several results (`copy(f())`). `result_ty` is the call's type where it has one.
    /// Returns true when the builtin left a result on the stack.
    fn gen_builtin_on_slots(
        &mut self,
        b: Builtin,
        types: &[TypeId],
        slots: &[u32],
        args: &'a [Expr],
        result_ty: Option<TypeId>,
    ) -> bool {
        match b {
            Builtin::Print | Builtin::Println => {
                for (i, t) in types.iter().enumerate() {
                    if i > 0 && b == Builtin::Println {
                        self.emit(Op::PrintSpace);
                    }
                    self.emit(Op::LoadLocal(slots[i]));
                    let k = self.print_kind(*t);
                    self.emit(Op::Print(k));
                }
                if b == Builtin::Println {
                    self.emit(Op::PrintNewline);
                }
            }
            Builtin::Panic => {
                self.emit(Op::LoadLocal(slots[0]));
                let any = types[0];
                if !self.is_interface(any) {
                    let rt = self.rt_type(self.default_type(any));
                    self.emit(Op::ToIface(rt));
                }
                self.emit(Op::Panic);
            }
            Builtin::Delete => {
                let kt = match self.info.types.under_kind(types[0]) {
                    TypeKind::Map(k, _) => *k,
                    _ => types[1],
                };
                self.emit(Op::LoadLocal(slots[0]));
                self.emit(Op::LoadLocal(slots[1]));
                self.convert(types[1], kt, false);
                self.emit(Op::MapDelete);
            }
            Builtin::Recover => {
                self.emit(Op::Recover);
                self.emit(Op::Pop);
            }
            Builtin::Close => {
                self.emit(Op::LoadLocal(slots[0]));
                self.emit(Op::Close);
            }
            Builtin::Copy => {
                let from_string = matches!(
                    self.basic(types[1]),
                    Some(BasicKind::String) | Some(BasicKind::UntypedString)
                );
                let elem_ty = self.slice_elem(types[0]);
                let elem = self.rt_type(elem_ty);
                self.emit(Op::LoadLocal(slots[0]));
                self.emit(Op::LoadLocal(slots[1]));
                self.emit(Op::Copy { elem, from_string });
                return true;
            }
            Builtin::Append if result_ty.is_some() => {
                let elem = self.slice_elem(types[0]);
                self.emit(Op::LoadLocal(slots[0]));
                for (slot, ty) in slots[1..].iter().zip(&types[1..]) {
                    self.emit(Op::LoadLocal(*slot));
                    self.convert(*ty, elem, false);
                }
                let elem_rt = self.rt_type(elem);
                self.emit(Op::Append {
                    elem: elem_rt,
                    count: (slots.len() - 1) as u32,
                });
                return true;
            }
            Builtin::Complex if result_ty.is_some() => {
                let f32 = result_ty.and_then(|t| self.basic(t)) == Some(BasicKind::Complex64);
                self.emit(Op::LoadLocal(slots[0]));
                self.emit(Op::LoadLocal(slots[1]));
                self.emit(Op::MakeComplex { f32 });
                return true;
            }
            Builtin::Clear => {
                self.emit(Op::LoadLocal(slots[0]));
                self.emit_clear(types[0]);
            }
            _ => {
                self.error(
                    args.first().map(|a| a.span).unwrap_or_default(),
                    "this use of a builtin is not supported yet in Weft",
                );
            }
        }
        false
    }

    /// `clear(x)` with the map or slice `x` on the stack.
    fn emit_clear(&mut self, ty: TypeId) {
        match self.info.types.under_kind(ty).clone() {
            TypeKind::Map(..) => {
                self.emit(Op::MapClear);
            }
            TypeKind::Slice(elem) => {
                let rt = self.rt_type(elem);
                self.emit(Op::SliceClear(rt));
            }
            _ => {
                self.emit(Op::Pop);
            }
        }
    }

    pub fn print_kind(&self, ty: TypeId) -> PrintKind {
        match self.info.types.under_kind(ty) {
            TypeKind::Basic(b) => match b {
                BasicKind::Bool | BasicKind::UntypedBool => PrintKind::Bool,
                BasicKind::String | BasicKind::UntypedString => PrintKind::String,
                b if b.is_float() => PrintKind::Float,
                b if b.is_complex() => PrintKind::Complex,
                b if b.is_unsigned() => PrintKind::Uint,
                BasicKind::UntypedNil => PrintKind::Pointer,
                _ => PrintKind::Int,
            },
            TypeKind::Interface { .. } => PrintKind::Iface,
            _ => PrintKind::Pointer,
        }
    }

    fn gen_builtin(&mut self, e: &'a Expr, b: Builtin, args: &'a [Expr], ellipsis: bool) {
        let result_ty = self.info.type_of(e.id);
        if args.len() == 1 && self.value_count(&args[0]) > 1 {
            // `copy(f())`: the call's results are the builtin's arguments.
            let types = self.result_types(args[0].id);
            self.gen_expr(&args[0]);
            let slots: Vec<u32> = types.iter().map(|_| self.new_temp()).collect();
            for slot in slots.iter().rev() {
                self.emit(Op::StoreLocal(*slot));
            }
            let result = self.value_count(e) > 0;
            self.gen_builtin_on_slots(b, &types, &slots, args, result.then_some(result_ty));
            return;
        }
        match b {
            Builtin::Len | Builtin::Cap => {
                let x = &args[0];
                let xty = self.info.type_of(x.id);
                let under = self.info.types.under_kind(xty).clone();
                match under {
                    TypeKind::Basic(_) => {
                        self.gen_expr(x);
                        self.emit(Op::StrLen);
                    }
                    TypeKind::Slice(_) => {
                        self.gen_expr(x);
                        self.emit(if b == Builtin::Len {
                            Op::SliceLen
                        } else {
                            Op::SliceCap
                        });
                    }
                    TypeKind::Map(..) => {
                        self.gen_expr(x);
                        self.emit(Op::MapLen);
                    }
                    TypeKind::Array(_, n) => {
                        // The length is constant, but calls in the operand still run.
                        if self.has_call(x) {
                            self.gen_expr(x);
                            self.emit(Op::Pop);
                        }
                        self.push_int(n as i64);
                    }
                    TypeKind::Pointer(p) => {
                        if self.has_call(x) {
                            self.gen_expr(x);
                            self.emit(Op::Pop);
                        }
                        let n = match self.info.types.under_kind(p) {
                            TypeKind::Array(_, n) => *n,
                            _ => 0,
                        };
                        self.push_int(n as i64);
                    }
                    _ => {
                        self.gen_expr(x);
                        self.emit(if b == Builtin::Len {
                            Op::ChanLen
                        } else {
                            Op::ChanCap
                        });
                    }
                }
            }
            Builtin::Append => {
                let sty = result_ty;
                let elem = self.slice_elem(sty);
                let elem_rt = self.rt_type(elem);
                self.gen_expr(&args[0]);
                if ellipsis {
                    let t = &args[1];
                    let tty = self.info.type_of(t.id);
                    let from_string = matches!(
                        self.basic(tty),
                        Some(BasicKind::String) | Some(BasicKind::UntypedString)
                    );
                    self.gen_expr(t);
                    self.emit(Op::AppendSlice {
                        elem: elem_rt,
                        from_string,
                    });
                } else {
                    for a in &args[1..] {
                        self.gen_value(a, elem);
                    }
                    self.emit(Op::Append {
                        elem: elem_rt,
                        count: (args.len() - 1) as u32,
                    });
                }
            }
            Builtin::Copy => {
                let sty = self.info.type_of(args[1].id);
                let from_string = matches!(
                    self.basic(sty),
                    Some(BasicKind::String) | Some(BasicKind::UntypedString)
                );
                let elem_ty = self.slice_elem(self.info.type_of(args[0].id));
                let elem = self.rt_type(elem_ty);
                self.gen_expr(&args[0]);
                self.gen_expr(&args[1]);
                self.emit(Op::Copy { elem, from_string });
            }
            Builtin::Delete => {
                let mty = self.info.type_of(args[0].id);
                let kt = match self.info.types.under_kind(mty) {
                    TypeKind::Map(k, _) => *k,
                    _ => mty,
                };
                self.gen_expr(&args[0]);
                self.gen_value(&args[1], kt);
                self.emit(Op::MapDelete);
            }
            Builtin::Make => {
                let ty = self.info.type_of(args[0].id);
                match self.info.types.under_kind(ty).clone() {
                    TypeKind::Slice(elem) => {
                        let rt = self.rt_type(elem);
                        self.gen_expr(&args[1]);
                        if args.len() > 2 {
                            self.gen_expr(&args[2]);
                        } else {
                            self.emit(Op::Dup);
                        }
                        self.emit(Op::MakeSlice(rt));
                    }
                    TypeKind::Map(k, v) => {
                        if args.len() > 1 {
                            self.gen_expr(&args[1]);
                        } else {
                            self.emit(Op::PushInt(0));
                        }
                        let (key, value) = (self.rt_type(k), self.rt_type(v));
                        self.emit(Op::MakeMap { key, value });
                    }
                    TypeKind::Chan(_, elem) => {
                        let rt = self.rt_type(elem);
                        if args.len() > 1 {
                            self.gen_expr(&args[1]);
                        } else {
                            self.emit(Op::PushInt(0));
                        }
                        self.emit(Op::MakeChan(rt));
                    }
                    _ => {
                        self.error(e.span, "cannot make this type");
                        self.emit(Op::PushNil);
                    }
                }
            }
            Builtin::New => {
                let ty = self.info.type_of(args[0].id);
                if self.is_aggregate(ty) {
                    let rt = self.rt_type(ty);
                    self.emit(Op::Zero(rt));
                } else {
                    self.emit_zero(ty);
                    self.emit(Op::NewCell);
                    self.emit(Op::CellPtr);
                }
            }
            Builtin::Panic => {
                let aty = self.info.type_of(args[0].id);
                let fresh = self.is_fresh(&args[0]);
                self.gen_expr(&args[0]);
                if !self.is_interface(aty) && self.basic(aty) != Some(BasicKind::UntypedNil) {
                    let dt = self.default_type(aty);
                    if self.is_aggregate(dt) && !fresh {
                        let rt = self.rt_type(dt);
                        self.emit(Op::Clone(rt));
                    }
                    let rt = self.rt_type(dt);
                    self.emit(Op::ToIface(rt));
                }
                self.emit(Op::Panic);
            }
            Builtin::Recover => {
                self.emit(Op::Recover);
            }
            Builtin::Print | Builtin::Println => {
                for (i, a) in args.iter().enumerate() {
                    if i > 0 && b == Builtin::Println {
                        self.emit(Op::PrintSpace);
                    }
                    let t = self.info.type_of(a.id);
                    self.gen_expr(a);
                    let k = self.print_kind(t);
                    self.emit(Op::Print(k));
                }
                if b == Builtin::Println {
                    self.emit(Op::PrintNewline);
                }
            }
            Builtin::Min | Builtin::Max => {
                let ty = result_ty;
                self.gen_value(&args[0], ty);
                for a in &args[1..] {
                    self.gen_value(a, ty);
                    let op = match self.basic(ty) {
                        Some(k) if k.is_float() => {
                            if b == Builtin::Min {
                                Op::MinFloat
                            } else {
                                Op::MaxFloat
                            }
                        }
                        Some(BasicKind::String) => {
                            if b == Builtin::Min {
                                Op::MinStr
                            } else {
                                Op::MaxStr
                            }
                        }
                        Some(k) if k.is_unsigned() => {
                            if b == Builtin::Min {
                                Op::MinUint
                            } else {
                                Op::MaxUint
                            }
                        }
                        _ => {
                            if b == Builtin::Min {
                                Op::MinInt
                            } else {
                                Op::MaxInt
                            }
                        }
                    };
                    self.emit(op);
                }
            }
            Builtin::Clear => {
                let ty = self.info.type_of(args[0].id);
                self.gen_expr(&args[0]);
                self.emit_clear(ty);
            }
            Builtin::Complex => {
                let f32 = self.basic(result_ty) == Some(BasicKind::Complex64);
                let ft = if f32 {
                    self.info.types.basic(BasicKind::Float32)
                } else {
                    self.info.types.basic(BasicKind::Float64)
                };
                self.gen_value(&args[0], ft);
                self.gen_value(&args[1], ft);
                self.emit(Op::MakeComplex { f32 });
            }
            Builtin::Real | Builtin::Imag => {
                self.gen_expr(&args[0]);
                self.emit(if b == Builtin::Real {
                    Op::Real
                } else {
                    Op::Imag
                });
            }
            Builtin::Close => {
                self.gen_expr(&args[0]);
                self.emit(Op::Close);
            }
            Builtin::Sizeof | Builtin::Alignof | Builtin::Offsetof => {
                // Constants: the checker records their values, so this is unreachable in practice.
                self.emit(Op::PushInt(0));
            }
        }
    }

    fn gen_conversion(&mut self, to: TypeId, x: &'a Expr) {
        let from = self.info.type_of(x.id);
        let fresh = self.is_fresh(x);
        if self.is_interface(to) {
            self.gen_expr(x);
            self.convert(from, to, fresh);
            return;
        }
        self.gen_expr(x);
        let types = &self.info.types;
        let fu = types.under_kind(from).clone();
        let tu = types.under_kind(to).clone();
        match (fu, tu) {
            (TypeKind::Basic(fb), TypeKind::Basic(tb)) => {
                if tb == BasicKind::String || tb == BasicKind::UntypedString {
                    if fb.is_integer() {
                        self.emit(Op::RuneToStr);
                    }
                } else if tb.is_integer() {
                    if fb.is_float() {
                        self.emit(if tb.is_unsigned() && tb.bits() == 64 {
                            Op::FloatToUint
                        } else {
                            Op::FloatToInt
                        });
                    }
                    self.wrap(to);
                } else if tb.is_float() {
                    if fb.is_integer() {
                        self.emit(if fb.is_unsigned() {
                            Op::UintToFloat
                        } else {
                            Op::IntToFloat
                        });
                    }
                    if tb == BasicKind::Float32 {
                        self.emit(Op::RoundF32);
                    }
                } else if tb.is_complex()
                    && fb.is_complex()
                    && tb == BasicKind::Complex64
                    && fb != BasicKind::Complex64
                {
                    let t = self.new_temp();
                    self.emit(Op::StoreLocal(t));
                    self.emit(Op::LoadLocal(t));
                    self.emit(Op::Real);
                    self.emit(Op::LoadLocal(t));
                    self.emit(Op::Imag);
                    self.emit(Op::MakeComplex { f32: true });
                }
            }
            (TypeKind::Basic(_), TypeKind::Slice(e)) => {
                let eb = self.basic(e);
                if eb == Some(BasicKind::Uint8) {
                    self.emit(Op::StrToBytes);
                } else {
                    self.emit(Op::StrToRunes);
                }
            }
            (TypeKind::Slice(e), TypeKind::Array(_, n)) => {
                let elem = self.rt_type(e);
                self.emit(Op::SliceToArray {
                    len: n as u32,
                    elem,
                    pointer: false,
                });
            }
            (TypeKind::Slice(e), TypeKind::Pointer(p)) => {
                let n = match self.info.types.under_kind(p) {
                    TypeKind::Array(_, n) => *n,
                    _ => 0,
                };
                let elem = self.rt_type(e);
                self.emit(Op::SliceToArray {
                    len: n as u32,
                    elem,
                    pointer: true,
                });
            }
            (TypeKind::Slice(e), TypeKind::Basic(_)) => {
                let eb = self.basic(e);
                if eb == Some(BasicKind::Uint8) {
                    self.emit(Op::BytesToStr);
                } else {
                    self.emit(Op::RunesToStr);
                }
            }
            _ => {}
        }
    }

    fn gen_composite(&mut self, e: &'a Expr, elts: &'a [crate::ast::Element]) {
        let mut ty = self.info.type_of(e.id);
        if let TypeKind::Pointer(p) = self.info.types.under_kind(ty) {
            ty = *p;
        }
        match self.info.types.under_kind(ty).clone() {
            TypeKind::Struct(fields) => {
                let rt = self.rt_type(ty);
                self.emit(Op::Zero(rt));
                for (i, el) in elts.iter().enumerate() {
                    let index = match &el.key {
                        Some(k) => {
                            let name = match &k.kind {
                                ExprKind::Ident(id) => id.name.clone(),
                                _ => continue,
                            };
                            match fields.iter().position(|f| f.name == name) {
                                Some(p) => p,
                                None => continue,
                            }
                        }
                        None => i,
                    };
                    self.emit(Op::Dup);
                    self.gen_value(&el.value, fields[index].ty);
                    self.emit(Op::SetField(index as u32));
                }
            }
            TypeKind::Array(elem, _) => {
                let rt = self.rt_type(ty);
                self.emit(Op::Zero(rt));
                let mut index: i64 = 0;
                for el in elts {
                    if let Some(k) = &el.key {
                        index = self.const_index(k);
                    }
                    self.emit(Op::Dup);
                    self.push_int(index);
                    self.gen_value(&el.value, elem);
                    self.emit(Op::ArraySet);
                    index += 1;
                }
            }
            TypeKind::Slice(elem) => {
                if elts.iter().all(|el| el.key.is_none()) {
                    for el in elts {
                        self.gen_value(&el.value, elem);
                    }
                    self.emit(Op::SliceLiteral(elts.len() as u32));
                } else {
                    let mut index: i64 = 0;
                    let mut max = 0;
                    let mut indices = Vec::new();
                    for el in elts {
                        if let Some(k) = &el.key {
                            index = self.const_index(k);
                        }
                        indices.push(index);
                        index += 1;
                        max = max.max(index);
                    }
                    let rt = self.rt_type(elem);
                    self.push_int(max);
                    self.emit(Op::Dup);
                    self.emit(Op::MakeSlice(rt));
                    for (el, i) in elts.iter().zip(indices) {
                        self.emit(Op::Dup);
                        self.push_int(i);
                        self.gen_value(&el.value, elem);
                        self.emit(Op::SliceSet);
                    }
                }
            }
            TypeKind::Map(k, v) => {
                self.push_int(elts.len() as i64);
                let (key, value) = (self.rt_type(k), self.rt_type(v));
                self.emit(Op::MakeMap { key, value });
                for el in elts {
                    self.emit(Op::Dup);
                    if let Some(key) = &el.key {
                        self.gen_value(key, k);
                    }
                    self.gen_value(&el.value, v);
                    self.emit(Op::MapSet);
                }
            }
            _ => {
                self.error(e.span, "unsupported composite literal");
                self.emit(Op::PushNil);
            }
        }
    }

    fn const_index(&self, k: &Expr) -> i64 {
        match self.info.exprs.get(&k.id).map(|t| &t.mode) {
            Some(Mode::Const(ConstValue::Int(i))) => i.to_i64().unwrap_or(0),
            _ => 0,
        }
    }

    /// Pushes the values of a multi-value expression: a call with several results, or
    /// the comma-ok forms (`m[k]`, `x.(T)`). Returns their types.
    pub fn gen_multi(&mut self, e: &'a Expr, n: usize) -> Vec<TypeId> {
        let bool_ty = self.info.types.basic(BasicKind::Bool);
        let inner = strip_parens(e);
        if n == 2 {
            match &inner.kind {
                ExprKind::Index(x, idx) => {
                    let xty = self.info.type_of(x.id);
                    if let TypeKind::Map(k, v) = self.info.types.under_kind(xty).clone() {
                        self.gen_expr(x);
                        self.gen_value(&idx[0], k);
                        let rt = self.rt_type(v);
                        self.emit(Op::MapGet2(rt));
                        return vec![v, bool_ty];
                    }
                }
                ExprKind::TypeAssert(x, Some(t)) => {
                    let ty = self.info.type_of(t.id);
                    self.gen_expr(x);
                    let rt = self.rt_type(ty);
                    if self.is_interface(ty) {
                        self.emit(Op::IfaceAssertOk(rt));
                    } else {
                        self.emit(Op::TypeAssertOk(rt));
                    }
                    return vec![ty, bool_ty];
                }
                ExprKind::Unary(UnaryOp::Recv, ch) => {
                    let elem = self.chan_elem(self.info.type_of(ch.id));
                    self.gen_expr(ch);
                    self.emit(Op::Recv2);
                    return vec![elem, bool_ty];
                }
                _ => {}
            }
        }
        self.gen_expr(e);
        self.result_types(e.id)
    }
}

fn float_of(kind: BasicKind) -> BasicKind {
    if kind == BasicKind::Complex64 {
        BasicKind::Float32
    } else {
        BasicKind::Float64
    }
}

/// The two's complement bits of an integer constant that fits in 64 bits (signed or unsigned).
fn bigint_to_i64_bits(i: &BigInt) -> i64 {
    if let Some(v) = i.to_i64() {
        v
    } else if let Some(v) = i.to_u64() {
        v as i64
    } else {
        0
    }
}

/// The float64 nearest to an exact rational (round half to even), as gc's constant conversion.
pub fn rational_to_f64(r: &BigRational) -> f64 {
    if r.is_zero() {
        return 0.0;
    }
    let negative = r.is_negative();
    let n = r.numer().abs();
    let d = r.denom().abs();
    // Scale so that the integer quotient has at least 66 significant bits.
    let nb = n.bits() as i64;
    let db = d.bits() as i64;
    let shift = 66 - (nb - db);
    let (num, den) = if shift >= 0 {
        (n << shift as usize, d)
    } else {
        (n, d << (-shift) as usize)
    };
    let q = &num / &den;
    let rem_nonzero = !(&num % &den).is_zero();
    // q has 66 or 67 bits; value = q * 2^-shift.
    let qbits = q.bits() as i64;
    let mut exp = qbits - 1 - shift; // exponent of the leading bit
                                     // Number of mantissa bits to keep: 53 for normals, fewer for subnormals.
    let keep = if exp < -1022 { 53 - (-1022 - exp) } else { 53 };
    if keep <= 0 {
        // Far below the smallest subnormal: rounds to zero.
        return if negative { -0.0 } else { 0.0 };
    }
    let drop = qbits - keep;
    let mut mant = &q >> drop as usize;
    let rest = &q - (&mant << drop as usize);
    let half = BigInt::from(1) << (drop - 1) as usize;
    let odd = (&mant & BigInt::from(1)) == BigInt::from(1);
    let round_up = rest > half || (rest == half && (rem_nonzero || odd));
    if round_up {
        mant += 1;
        if mant.bits() as i64 > keep {
            mant >>= 1;
            exp += 1;
        }
    }
    let m = mant.to_u64().unwrap_or(0);
    let value = if exp > 1023 {
        f64::INFINITY
    } else if keep < 53 {
        // Subnormal: value = m * 2^-1074.
        (m as f64) * f64::from_bits(1)
    } else {
        let bits = (((exp + 1023) as u64) << 52) | (m & ((1u64 << 52) - 1));
        f64::from_bits(bits)
    };
    if negative {
        -value
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::rational_to_f64;
    use num_bigint::BigInt;
    use num_rational::BigRational;

    fn r(n: i64, d: i64) -> BigRational {
        BigRational::new(BigInt::from(n), BigInt::from(d))
    }

    #[test]
    fn rationals_round_to_nearest_even() {
        assert_eq!(rational_to_f64(&r(1, 10)), 0.1);
        assert_eq!(rational_to_f64(&r(1, 3)), 1.0 / 3.0);
        assert_eq!(rational_to_f64(&r(-7, 2)), -3.5);
        assert_eq!(rational_to_f64(&r(123456789, 1000)), 123456.789);
        assert_eq!(rational_to_f64(&r(9007199254740993, 1)), 9007199254740992.0);
    }
}
