//! Expressions: operands, untyped constants and their final types, unary
//! and binary operators, selectors, indexing, composite and function literals.

use super::*;
use crate::ast::{BinaryOp, Expr, ExprKind, LitKind, UnaryOp};
use crate::constant::{self as cv, ConstOp};
use crate::types::{Lookup, MethodRef, StructField};

impl<'a> Checker<'a> {
    /// Checks an expression that may denote a value, a type, a builtin or
    /// no value, and records it.
    pub(super) fn raw_expr(&mut self, e: &Expr) -> Operand {
        if self.depth > MAX_DEPTH {
            self.error(e.span, "expression nested too deeply");
            return Operand::invalid();
        }
        self.depth += 1;
        let mut x = self.raw_expr_inner(e);
        self.depth -= 1;
        // A value of the invalid type comes from an earlier error: stay quiet from here on.
        if x.ty == TypeId(0)
            && matches!(
                x.mode,
                OpMode::Value
                    | OpMode::Variable
                    | OpMode::MapIndex
                    | OpMode::CommaOk
                    | OpMode::Const(_)
            )
        {
            x = Operand::invalid();
        }
        self.record(e, &x);
        x
    }

    /// A single value (or constant); types, builtins and no-value calls are errors.
    pub(super) fn expr(&mut self, e: &Expr) -> Operand {
        let x = self.raw_expr(e);
        self.single_value(e, x)
    }

    pub(super) fn single_value(&mut self, e: &Expr, x: Operand) -> Operand {
        match &x.mode {
            OpMode::Type => {
                let msg = format!("{} (type) is not an expression", self.expr_str(e));
                self.error(e.span, msg);
                Operand::invalid()
            }
            OpMode::NoValue => {
                let msg = format!("{} (no value) used as value", self.expr_str(e));
                self.error(e.span, msg);
                Operand::invalid()
            }
            OpMode::Builtin(_) => {
                let msg = format!("{} (built-in) must be called", self.expr_str(e));
                self.error(e.span, msg);
                Operand::invalid()
            }
            _ => {
                if let TypeKind::Tuple(items) = self.types().kind(x.ty) {
                    let msg = format!(
                        "multiple-value {} (value of type {}) in single-value context",
                        self.expr_str(e),
                        self.ts(x.ty)
                    );
                    let _ = items;
                    self.error(e.span, msg);
                    return Operand::invalid();
                }
                x
            }
        }
    }

    /// A value or a type.
    pub(super) fn expr_or_type(&mut self, e: &Expr) -> Operand {
        let x = self.raw_expr(e);
        match x.mode {
            OpMode::Type => x,
            _ => self.single_value(e, x),
        }
    }

    /// gc's description of an operand in messages: `x (variable of type int)`,
    /// `300 (untyped int constant)`, `c (untyped int constant 5)`.
    pub(super) fn operand_string(&self, e: &Expr, x: &Operand) -> String {
        let text = self.expr_str(e);
        if self.types().basic_kind(x.ty) == Some(BasicKind::UntypedNil) {
            return "nil".to_string();
        }
        let mut s = format!("{} (", text);
        let mut has_type = false;
        match x.mode {
            OpMode::Invalid | OpMode::NoValue | OpMode::Builtin(_) | OpMode::Type => {}
            _ => {
                if self.types().is_untyped(x.ty) {
                    s.push_str(self.types().basic_kind(x.ty).unwrap().name());
                    s.push(' ');
                } else {
                    has_type = true;
                }
            }
        }
        s.push_str(match x.mode {
            OpMode::Invalid => "invalid operand",
            OpMode::NoValue => "no value",
            OpMode::Builtin(_) => "built-in",
            OpMode::Type => "type",
            OpMode::Const(_) => "constant",
            OpMode::Variable => "variable",
            OpMode::MapIndex => "map index expression",
            OpMode::Value => "value",
            OpMode::CommaOk => "comma, ok expression",
        });
        if let OpMode::Const(v) = &x.mode {
            let is_float = self
                .types()
                .basic_kind(x.ty)
                .is_some_and(|k| k.is_float() || k.is_complex());
            let vs = if is_float {
                v.to_go_string_as_float()
            } else {
                v.to_go_string()
            };
            if vs != text {
                s.push(' ');
                s.push_str(&vs);
            }
        }
        if has_type {
            if self.types().is_invalid(x.ty) {
                s.push_str(" with invalid type");
            } else {
                s.push_str(" of type ");
                s.push_str(&self.ts(x.ty));
            }
        }
        s.push(')');
        s
    }

    fn raw_expr_inner(&mut self, e: &Expr) -> Operand {
        match &e.kind {
            ExprKind::Ident(id) => self.ident(id),
            ExprKind::BasicLit(kind, text) => self.basic_lit(e, *kind, text),
            ExprKind::Paren(x) => {
                let x = self.raw_expr(x);
                x
            }
            ExprKind::FuncLit { sig, body } => {
                let t = self.func_type(sig, None);
                self.func_lit_body(e, sig, body);
                Operand::value(t)
            }
            ExprKind::CompositeLit { ty, elts, .. } => {
                let t = match ty {
                    Some(t) => self.composite_type(t),
                    None => {
                        self.error(e.span, "invalid composite literal type: missing type");
                        return Operand::invalid();
                    }
                };
                if self.types().is_invalid(t) {
                    for el in elts {
                        self.use_exprs_loosely(el);
                    }
                    return Operand::invalid();
                }
                self.composite_lit(e, t, elts)
            }
            ExprKind::Selector(x, sel) => self.selector(e, x, sel),
            ExprKind::Index(x, idx) => self.index_expr(e, x, idx),
            ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                three,
            } => self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref(), *three),
            ExprKind::TypeAssert(x, t) => {
                let xv = self.expr(x);
                let Some(t) = t else {
                    self.error(
                        e.span,
                        "invalid syntax tree: use of .(type) outside type switch",
                    );
                    return Operand::invalid();
                };
                let tt = self.type_expr(t);
                if xv.is_invalid() || self.types().is_invalid(tt) {
                    return Operand::invalid();
                }
                if !self.types().is_interface(xv.ty) {
                    let msg = format!(
                        "invalid operation: {} is not an interface",
                        self.operand_string(x, &xv)
                    );
                    self.error(x.span, msg);
                    return Operand::invalid();
                }
                self.check_type_assertion(e, x, xv.ty, tt, false);
                Operand {
                    mode: OpMode::CommaOk,
                    ty: tt,
                }
            }
            ExprKind::Call {
                func,
                args,
                ellipsis,
            } => self.call(e, func, args, *ellipsis),
            ExprKind::Star(x) => {
                let xv = self.expr_or_type(x);
                match xv.mode {
                    OpMode::Invalid => Operand::invalid(),
                    OpMode::Type => {
                        let t = self.info.types.intern(TypeKind::Pointer(xv.ty));
                        Operand {
                            mode: OpMode::Type,
                            ty: t,
                        }
                    }
                    _ => {
                        if self.types().basic_kind(xv.ty) == Some(BasicKind::UntypedNil) {
                            self.error(e.span, "invalid operation: cannot indirect nil");
                            return Operand::invalid();
                        }
                        match self.types().under_kind(xv.ty) {
                            TypeKind::Pointer(b) => Operand {
                                mode: OpMode::Variable,
                                ty: *b,
                            },
                            _ => {
                                let msg = format!(
                                    "invalid operation: cannot indirect {}",
                                    self.operand_string(x, &xv)
                                );
                                self.error(x.span, msg);
                                Operand::invalid()
                            }
                        }
                    }
                }
            }
            ExprKind::Unary(op, x) => self.unary(e, *op, x),
            ExprKind::Binary(op, l, r) => self.binary(e, *op, l, r),
            ExprKind::ArrayType { .. }
            | ExprKind::SliceType(_)
            | ExprKind::StructType(_)
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..) => {
                let t = self.type_expr(e);
                if self.types().is_invalid(t) {
                    return Operand::invalid();
                }
                Operand {
                    mode: OpMode::Type,
                    ty: t,
                }
            }
            ExprKind::Ellipsis(_) => {
                self.error(e.span, "invalid use of ...");
                Operand::invalid()
            }
            ExprKind::Bad => Operand::invalid(),
        }
    }

    /// Checks sub-expressions of a broken composite literal so their names count as used.
    fn use_exprs_loosely(&mut self, el: &ast::Element) {
        if let Some(k) = &el.key {
            if !matches!(k.kind, ExprKind::Ident(_)) {
                self.raw_expr(k);
            }
        }
        if !matches!(el.value.kind, ExprKind::CompositeLit { ty: None, .. }) {
            self.raw_expr(&el.value);
        }
    }

    fn ident(&mut self, id: &ast::Ident) -> Operand {
        if &*id.name == "_" {
            self.error(id.span, "cannot use _ as value");
            return Operand::invalid();
        }
        if id.name.starts_with("__") && !self.is_std && self.lookup(&id.name).is_none() {
            self.error(id.span, format!("undefined: {}", id.name));
            return Operand::invalid();
        }
        let Some(obj) = self.lookup(&id.name) else {
            self.error(id.span, format!("undefined: {}", id.name));
            return Operand::invalid();
        };
        self.info.uses.insert(id.id, obj);
        if self.decls.contains_key(&obj) {
            self.obj_decl(obj);
            self.add_dep(obj);
        }
        let o = self.obj(obj).clone();
        match &o.kind {
            ObjKind::PkgName(_) => {
                self.error(
                    id.span,
                    format!("use of package {} without selector", id.name),
                );
                Operand::invalid()
            }
            ObjKind::Const(v) => {
                if &*o.name == "iota" && o.package == u32::MAX {
                    return match &self.iota {
                        Some(v) => Operand {
                            mode: OpMode::Const(v.clone()),
                            ty: o.ty,
                        },
                        None => {
                            self.error(id.span, "cannot use iota outside constant declaration");
                            Operand::invalid()
                        }
                    };
                }
                if self.types().is_invalid(o.ty) {
                    return Operand::invalid();
                }
                Operand {
                    mode: OpMode::Const(v.clone()),
                    ty: o.ty,
                }
            }
            ObjKind::TypeName => {
                if self.types().is_invalid(o.ty) {
                    return Operand::invalid();
                }
                Operand {
                    mode: OpMode::Type,
                    ty: o.ty,
                }
            }
            ObjKind::Var(_) => {
                self.used_vars.insert(obj);
                self.note_var_use(obj);
                if self.types().is_invalid(o.ty) {
                    return Operand::invalid();
                }
                Operand {
                    mode: OpMode::Variable,
                    ty: o.ty,
                }
            }
            ObjKind::Func(_) => {
                if self.types().is_invalid(o.ty) {
                    return Operand::invalid();
                }
                Operand::value(o.ty)
            }
            ObjKind::Builtin(b) => Operand {
                mode: OpMode::Builtin(*b),
                ty: TypeId(0),
            },
            ObjKind::Nil => Operand::value(self.basic(BasicKind::UntypedNil)),
            ObjKind::Label => Operand::invalid(),
        }
    }

    fn basic_lit(&mut self, e: &Expr, kind: LitKind, text: &str) -> Operand {
        let (ty, val) = match kind {
            LitKind::Int => (
                BasicKind::UntypedInt,
                crate::literal::parse_int_lit(text).map(ConstValue::Int),
            ),
            LitKind::Float => (
                BasicKind::UntypedFloat,
                crate::literal::parse_float_lit(text).map(ConstValue::Float),
            ),
            LitKind::Imag => (
                BasicKind::UntypedComplex,
                crate::literal::parse_imag_lit(text).map(|im| {
                    ConstValue::Complex(num_rational::BigRational::from_integer(0.into()), im)
                }),
            ),
            LitKind::Char => (
                BasicKind::UntypedRune,
                crate::literal::unquote_char(text).map(|c| ConstValue::int(c as i64)),
            ),
            LitKind::String => (
                BasicKind::UntypedString,
                crate::literal::unquote_string(text).map(|s| ConstValue::string(&s)),
            ),
        };
        match val {
            Some(v) => {
                if let ConstValue::Int(i) = &v {
                    if i.bits() > cv::MAX_UNTYPED_INT_BITS {
                        let _ = text;
                        self.error(e.span, "constant overflow");
                        return Operand::invalid();
                    }
                }
                Operand {
                    mode: OpMode::Const(v),
                    ty: self.basic(ty),
                }
            }
            None => {
                // The parser reports malformed literals; stay quiet here.
                Operand::invalid()
            }
        }
    }

    // Untyped values.

    /// Converts an untyped operand to `target` implicitly (assignment,
    /// argument passing, binary operand matching) and updates the recorded
    /// types of the expression tree. Reports gc's error and returns false
    /// when not possible. `target` may itself be untyped (operand matching).
    pub(super) fn convert_untyped(&mut self, x: &mut Operand, e: &Expr, target: TypeId) -> bool {
        if x.is_invalid() || !self.types().is_untyped(x.ty) || self.types().is_invalid(target) {
            return true;
        }
        match self.implicit_type(x, target) {
            Ok(final_ty) => {
                if let OpMode::Const(v) = &x.mode {
                    if !self.types().is_interface(target) || true {
                        let k = self.types().basic_kind(final_ty);
                        if let Some(k) = k {
                            if let Some(nv) = cv::representable(v, k) {
                                x.mode = OpMode::Const(nv);
                            }
                        }
                    }
                }
                x.ty = final_ty;
                self.update_expr_type(e, final_ty);
                true
            }
            Err(code) => {
                self.untyped_error(x, e, target, code);
                x.mode = OpMode::Invalid;
                false
            }
        }
    }

    /// The type an untyped operand takes in a context of type `target`.
    fn implicit_type(&self, x: &Operand, target: TypeId) -> Result<TypeId, UntypedError> {
        let xk = self.types().basic_kind(x.ty).unwrap();
        if self.types().is_untyped(target) {
            // Both untyped: the larger numeric kind wins (operand matching).
            let tk = self.types().basic_kind(target).unwrap();
            if xk.is_numeric() && tk.is_numeric() {
                return Ok(if rank(tk) > rank(xk) { target } else { x.ty });
            }
            if xk == tk {
                return Ok(target);
            }
            return Err(UntypedError::Mismatch);
        }
        match self.types().under_kind(target).clone() {
            TypeKind::Basic(tk) => {
                if let OpMode::Const(v) = &x.mode {
                    let ok_kind = match tk {
                        BasicKind::Bool => xk == BasicKind::UntypedBool,
                        BasicKind::String => xk == BasicKind::UntypedString,
                        k if k.is_numeric() => xk.is_numeric(),
                        _ => false,
                    };
                    if !ok_kind {
                        return Err(UntypedError::Mismatch);
                    }
                    if cv::representable(v, tk).is_none() {
                        // Integers from non-integral values are truncations; others overflow.
                        if tk.is_integer() && v.to_int().is_none() {
                            return Err(if v.to_rat().is_some() {
                                UntypedError::Truncated
                            } else {
                                UntypedError::Mismatch
                            });
                        }
                        if !tk.is_complex() && v.to_rat().is_none() {
                            return Err(UntypedError::Mismatch);
                        }
                        return Err(UntypedError::Overflow);
                    }
                    return Ok(target);
                }
                let ok = match xk {
                    BasicKind::UntypedBool => tk == BasicKind::Bool,
                    // A non-constant untyped number (from a shift) fits any
                    // numeric type; the shift's operand is checked when its type is set.
                    BasicKind::UntypedInt
                    | BasicKind::UntypedRune
                    | BasicKind::UntypedFloat
                    | BasicKind::UntypedComplex => tk.is_numeric(),
                    BasicKind::UntypedString => tk == BasicKind::String,
                    BasicKind::UntypedNil => tk == BasicKind::UnsafePointer,
                    _ => false,
                };
                if ok {
                    Ok(target)
                } else {
                    Err(UntypedError::Mismatch)
                }
            }
            TypeKind::Interface { .. } => {
                if xk == BasicKind::UntypedNil {
                    return Ok(target);
                }
                // Values put into interfaces take their default type.
                Ok(self.types().default_type(x.ty))
            }
            TypeKind::Pointer(_)
            | TypeKind::Func(_)
            | TypeKind::Slice(_)
            | TypeKind::Map(..)
            | TypeKind::Chan(..) => {
                if xk == BasicKind::UntypedNil {
                    Ok(target)
                } else {
                    Err(UntypedError::Mismatch)
                }
            }
            _ => Err(UntypedError::Mismatch),
        }
    }

    /// Reports a failed implicit conversion outside an assignment context
    /// (operands of binary operators): `300 (untyped int constant) overflows int8`.
    fn untyped_error(&mut self, x: &Operand, e: &Expr, target: TypeId, code: UntypedError) {
        let os = self.operand_string(e, x);
        let ts = self.ts(target);
        let msg = match code {
            UntypedError::Overflow => format!("{} overflows {}", os, ts),
            UntypedError::Truncated => format!("{} truncated to {}", os, ts),
            UntypedError::Mismatch => format!("cannot convert {} to type {}", os, ts),
        };
        self.error(e.span, msg);
    }

    /// Sets the final type of an untyped expression tree (go/types' updateExprType).
    pub(super) fn update_expr_type(&mut self, e: &Expr, target: TypeId) {
        let Some(old) = self.info.exprs.get(&e.id).cloned() else {
            return;
        };
        if !self.types().is_untyped(old.ty) {
            return;
        }
        let is_const = matches!(old.mode, Mode::Const(_));
        match &e.kind {
            ExprKind::Paren(x) => self.update_expr_type(x, target),
            ExprKind::Unary(op, x) if !is_const && !matches!(op, UnaryOp::Recv | UnaryOp::Addr) => {
                self.update_expr_type(x, target)
            }
            ExprKind::Binary(op, l, r) if !is_const => {
                if is_comparison(*op) {
                } else if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
                    // A non-constant shift of an untyped constant: the operand must become an integer.
                    if !self.types().is_untyped(target) {
                        let ok = self
                            .types()
                            .basic_kind(target)
                            .is_some_and(|k| k.is_integer());
                        if !ok {
                            let msg = format!(
                                "invalid operation: shifted operand {} (type {}) must be integer",
                                self.expr_str(l),
                                self.ts(target)
                            );
                            self.error(e.span, msg);
                            return;
                        }
                    }
                    self.update_expr_type(l, target);
                } else {
                    self.update_expr_type(l, target);
                    self.update_expr_type(r, target);
                }
            }
            _ => {}
        }
        let mode = match old.mode {
            Mode::Const(v) => {
                let v = match self.types().basic_kind(target) {
                    Some(k) if !self.types().is_interface(target) => {
                        cv::representable(&v, k).unwrap_or(v)
                    }
                    _ => v,
                };
                Mode::Const(v)
            }
            m => m,
        };
        self.info
            .exprs
            .insert(e.id, TypeAndMode { ty: target, mode });
    }

    /// Gives an untyped operand its default type (`x := 1`, arguments to `any`).
    pub(super) fn default_untyped(&mut self, x: &mut Operand, e: &Expr) {
        if x.is_invalid() || !self.types().is_untyped(x.ty) {
            return;
        }
        let d = self.types().default_type(x.ty);
        self.convert_untyped(x, e, d);
    }

    /// Checks that `x` can be assigned to a variable of type `t` (converting
    /// untyped values), reporting `cannot use x (...) as T value in <context>`.
    pub(super) fn assignment(
        &mut self,
        x: &mut Operand,
        e: &Expr,
        t: TypeId,
        context: &str,
    ) -> bool {
        if x.is_invalid() || self.types().is_invalid(t) {
            return false;
        }
        if self.types().is_untyped(x.ty) {
            let target = t;
            match self.implicit_type(x, target) {
                Ok(_) => {
                    self.convert_untyped(x, e, target);
                }
                Err(code) => {
                    let suffix = match code {
                        UntypedError::Overflow => " (overflows)",
                        UntypedError::Truncated => " (truncated)",
                        UntypedError::Mismatch => "",
                    };
                    let msg = format!(
                        "cannot use {} as {} value in {}{}",
                        self.operand_string(e, x),
                        self.ts(t),
                        context,
                        suffix
                    );
                    self.error(e.span, msg);
                    x.mode = OpMode::Invalid;
                    return false;
                }
            }
        }
        if self.types().assignable_to(x.ty, t, &self.pkg_path) {
            return true;
        }
        let mut msg = format!(
            "cannot use {} as {} value in {}",
            self.operand_string(e, x),
            self.ts(t),
            context
        );
        if self.types().is_interface(t) && !self.types().is_interface(x.ty) {
            if let Err(why) = self.types().implements(x.ty, t, &self.pkg_path) {
                msg.push_str(&format!(": {}", self.not_implemented_reason(x.ty, t, &why)));
            }
        } else if self.types().is_interface(x.ty) && !self.types().is_interface(t) {
            msg.push_str(": need type assertion");
        } else if self.types().is_interface(t) && self.types().is_interface(x.ty) {
            if let Err(why) = self.types().implements(x.ty, t, &self.pkg_path) {
                msg.push_str(&format!(": {}", self.not_implemented_reason(x.ty, t, &why)));
            }
        }
        self.error(e.span, msg);
        x.mode = OpMode::Invalid;
        false
    }

    /// `T does not implement I (missing method M)` and its variants.
    pub(super) fn not_implemented_reason(
        &self,
        t: TypeId,
        iface: TypeId,
        why: &crate::types::NotImplemented,
    ) -> String {
        use crate::types::NotImplemented as N;
        let head = format!("{} does not implement {}", self.ts(t), self.ts(iface));
        match why {
            N::Missing(m) => {
                // A field of that name gets its own explanation.
                if let crate::types::Lookup::Field { .. } =
                    self.types().lookup(t, m, &self.pkg_path)
                {
                    let base = match self.types().kind(t) {
                        TypeKind::Pointer(b) => *b,
                        _ => t,
                    };
                    return format!(
                        "{} ({}.{} is a field, not a method)",
                        head,
                        self.ts(base),
                        m
                    );
                }
                format!("{} (missing method {})", head, m)
            }
            N::PointerReceiver(m) => format!("{} (method {} has pointer receiver)", head, m),
            N::WrongType { name, have, want } => format!(
                "{} (wrong type for method {})\n\t\thave {}{}\n\t\twant {}{}",
                head,
                name,
                name,
                self.ts(*have).trim_start_matches("func"),
                name,
                self.ts(*want).trim_start_matches("func")
            ),
        }
    }

    // Operators.

    fn unary(&mut self, e: &Expr, op: UnaryOp, xe: &Expr) -> Operand {
        match op {
            UnaryOp::Addr => {
                // `&T{...}` is allowed on composite literals.
                let mut inner = xe;
                while let ExprKind::Paren(p) = &inner.kind {
                    inner = p;
                }
                let x = self.expr(xe);
                if x.is_invalid() {
                    return x;
                }
                let is_lit = matches!(inner.kind, ExprKind::CompositeLit { .. });
                if x.mode != OpMode::Variable && !is_lit {
                    let msg = format!(
                        "invalid operation: cannot take address of {}",
                        self.operand_string(xe, &x)
                    );
                    self.error(xe.span, msg);
                    return Operand::invalid();
                }
                self.mark_address_taken(inner);
                Operand::value(self.info.types.intern(TypeKind::Pointer(x.ty)))
            }
            UnaryOp::Recv => {
                let x = self.expr(xe);
                if x.is_invalid() {
                    return x;
                }
                match self.types().under_kind(x.ty).clone() {
                    TypeKind::Chan(dir, el) => {
                        if dir == ast::ChanDir::Send {
                            let msg = format!(
                                "invalid operation: cannot receive from send-only channel {}",
                                self.operand_string(xe, &x)
                            );
                            self.error(xe.span, msg);
                            return Operand::invalid();
                        }
                        Operand {
                            mode: OpMode::CommaOk,
                            ty: el,
                        }
                    }
                    _ => {
                        let msg = format!(
                            "invalid operation: cannot receive from non-channel {}",
                            self.operand_string(xe, &x)
                        );
                        self.error(xe.span, msg);
                        Operand::invalid()
                    }
                }
            }
            UnaryOp::Tilde => {
                self.error(e.span, "invalid use of ~ outside type constraint");
                Operand::invalid()
            }
            _ => {
                let mut x = self.expr(xe);
                if x.is_invalid() {
                    return x;
                }
                let k = self.types().basic_kind(x.ty);
                let ok = match op {
                    UnaryOp::Pos | UnaryOp::Neg => k.is_some_and(|k| k.is_numeric()),
                    UnaryOp::Not => {
                        k.is_some_and(|k| matches!(k, BasicKind::Bool | BasicKind::UntypedBool))
                    }
                    UnaryOp::BitNot => k.is_some_and(|k| k.is_integer()),
                    _ => false,
                };
                if !ok {
                    let opstr = match op {
                        UnaryOp::Pos => "+",
                        UnaryOp::Neg => "-",
                        UnaryOp::Not => "!",
                        _ => "^",
                    };
                    let msg = format!(
                        "invalid operation: operator {} not defined on {}",
                        opstr,
                        self.operand_string(xe, &x)
                    );
                    self.error(xe.span, msg);
                    return Operand::invalid();
                }
                if let OpMode::Const(v) = &x.mode {
                    let k = k.unwrap();
                    let bits = if k.is_unsigned() {
                        Some(k.bits())
                    } else {
                        None
                    };
                    let Some(r) = cv::unary(op, v, bits) else {
                        return Operand::invalid();
                    };
                    return self.typed_const_result(e, x.ty, r);
                }
                x.mode = OpMode::Value;
                x
            }
        }
    }

    /// Where gc reports errors of an operation: its operator (for binary
    /// expressions, found in the source between the operands), else its start.
    pub(super) fn op_span(&self, e: &Expr) -> Span {
        if let ExprKind::Binary(op, l, r) = &e.kind {
            let between = self.text(Span::new(l.span.hi, r.span.lo));
            if let Some(i) = between.find(op.as_str()) {
                let lo = l.span.hi + i as u32;
                return Span::new(lo, lo + op.as_str().len() as u32);
            }
        }
        e.span
    }

    /// A constant result of type `t`: typed constants must be representable
    /// (`constant 300 overflows int8`), floats are rounded.
    fn typed_const_result(&mut self, e: &Expr, t: TypeId, v: ConstValue) -> Operand {
        if let ConstValue::Int(i) = &v {
            if i.bits() > cv::MAX_UNTYPED_INT_BITS {
                let at = self.op_span(e);
                self.error(at, "constant overflow");
                return Operand::invalid();
            }
        }
        if self.types().is_untyped(t) {
            return Operand {
                mode: OpMode::Const(v),
                ty: t,
            };
        }
        let k = self.types().basic_kind(t).unwrap();
        match cv::representable(&v, k) {
            Some(r) => Operand {
                mode: OpMode::Const(r),
                ty: t,
            },
            None => {
                let os = self.operand_string(
                    e,
                    &Operand {
                        mode: OpMode::Const(v.clone()),
                        ty: t,
                    },
                );
                let msg = if k.is_integer() && v.to_int().is_none() {
                    format!("{} truncated to {}", os, self.ts(t))
                } else {
                    format!("{} overflows {}", os, self.ts(t))
                };
                self.error(e.span, msg);
                Operand::invalid()
            }
        }
    }

    /// Marks the root variable of an addressable expression as address-taken.
    pub(super) fn mark_address_taken(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(id) => {
                if let Some(o) = self.info.uses.get(&id.id).copied() {
                    if let Some(v) = self.var_info_mut(o) {
                        v.address_taken = true;
                    }
                }
            }
            ExprKind::Paren(x) => self.mark_address_taken(x),
            ExprKind::Selector(x, _) => {
                // A field of a struct variable (not through a pointer) makes the variable's address escape.
                if let Some(sel) = self.info.selections.get(&e.id) {
                    if sel.kind == SelectionKind::Field && !sel.indirect.iter().any(|b| *b) {
                        self.mark_address_taken(x);
                    }
                }
            }
            ExprKind::Index(x, _) => {
                if matches!(
                    self.types().under_kind(self.info.type_of(x.id)),
                    TypeKind::Array(..)
                ) {
                    self.mark_address_taken(x);
                }
            }
            _ => {}
        }
    }

    fn binary(&mut self, e: &Expr, op: BinaryOp, le: &Expr, re: &Expr) -> Operand {
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            let x = self.expr(le);
            let y = self.expr(re);
            return self.shift(e, op, x, le, y, re);
        }
        let mut x = self.expr(le);
        let mut y = self.expr(re);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid();
        }
        if is_comparison(op) {
            return self.comparison(e, op, x, le, y, re);
        }
        if !self.match_types(&mut x, le, &mut y, re, e, op) {
            return Operand::invalid();
        }
        if x.ty != y.ty && !(self.types().is_untyped(x.ty) && self.types().is_untyped(y.ty)) {
            let msg = format!(
                "invalid operation: {} (mismatched types {} and {})",
                self.expr_str(e),
                self.ts(x.ty),
                self.ts(y.ty)
            );
            self.error(e.span, msg);
            return Operand::invalid();
        }
        let k = self.types().basic_kind(x.ty);
        let ok = match op {
            BinaryOp::Add => k.is_some_and(|k| {
                k.is_numeric() || matches!(k, BasicKind::String | BasicKind::UntypedString)
            }),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => k.is_some_and(|k| k.is_numeric()),
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => {
                k.is_some_and(|k| k.is_integer())
            }
            BinaryOp::LogAnd | BinaryOp::LogOr => {
                k.is_some_and(|k| matches!(k, BasicKind::Bool | BasicKind::UntypedBool))
            }
            _ => false,
        };
        if !ok {
            let msg = format!(
                "invalid operation: operator {} not defined on {}",
                op.as_str(),
                self.operand_string(le, &x)
            );
            self.error(e.span, msg);
            return Operand::invalid();
        }
        let k = k.unwrap();
        if matches!(op, BinaryOp::Div | BinaryOp::Rem) {
            if let Some(v) = y.const_val() {
                let zero = match v {
                    ConstValue::Int(i) => i.bits() == 0,
                    ConstValue::Float(f) => *f.numer() == 0.into(),
                    ConstValue::Complex(a, b) => *a.numer() == 0.into() && *b.numer() == 0.into(),
                    _ => false,
                };
                if zero && (x.const_val().is_some() || k.is_integer()) {
                    self.error(re.span, "invalid operation: division by zero");
                    return Operand::invalid();
                }
            }
        }
        if let (Some(a), Some(b)) = (x.const_val(), y.const_val()) {
            if matches!(op, BinaryOp::LogAnd | BinaryOp::LogOr) {
                let (a, b) = (a.as_bool().unwrap_or(false), b.as_bool().unwrap_or(false));
                let r = if op == BinaryOp::LogAnd {
                    a && b
                } else {
                    a || b
                };
                return Operand {
                    mode: OpMode::Const(ConstValue::Bool(r)),
                    ty: x.ty,
                };
            }
            let cop = match op {
                BinaryOp::Add => ConstOp::Add,
                BinaryOp::Sub => ConstOp::Sub,
                BinaryOp::Mul => ConstOp::Mul,
                BinaryOp::Div if k.is_integer() => ConstOp::IntDiv,
                BinaryOp::Div => ConstOp::Div,
                BinaryOp::Rem => ConstOp::Rem,
                BinaryOp::And => ConstOp::And,
                BinaryOp::Or => ConstOp::Or,
                BinaryOp::Xor => ConstOp::Xor,
                _ => ConstOp::AndNot,
            };
            return match cv::binary(cop, a, b) {
                Ok(r) => self.typed_const_result(e, x.ty, r),
                Err(cv::ConstError::DivisionByZero) => {
                    self.error(re.span, "invalid operation: division by zero");
                    Operand::invalid()
                }
                Err(_) => {
                    let what = match op {
                        BinaryOp::Add => "addition",
                        BinaryOp::Sub => "subtraction",
                        BinaryOp::Mul => "multiplication",
                        _ => "operation",
                    };
                    let at = self.op_span(e);
                    self.error(at, format!("constant {} overflow", what));
                    Operand::invalid()
                }
            };
        }
        Operand::value(x.ty)
    }

    /// Brings both operands of a binary operator to a common type when one
    /// or both are untyped (go/types' matchTypes).
    fn match_types(
        &mut self,
        x: &mut Operand,
        le: &Expr,
        y: &mut Operand,
        re: &Expr,
        e: &Expr,
        op: BinaryOp,
    ) -> bool {
        let xu = self.types().is_untyped(x.ty);
        let yu = self.types().is_untyped(y.ty);
        if xu == yu && !xu {
            return true;
        }
        let mayconvert = |c: &Self, a: &Operand, b: &Operand| -> bool {
            // An untyped operand may convert to the other side's type only if
            // that type could hold it (basic, interface or nil-able).
            let ak = c.types().basic_kind(a.ty);
            let bk = c.types().basic_kind(b.ty);
            if c.types().is_untyped(a.ty) && c.types().is_untyped(b.ty) {
                return true;
            }
            let _ = ak;
            match (ak, bk) {
                (Some(x), Some(y)) if !x.is_untyped() && y.is_untyped() => {
                    // typed basic vs untyped: booleans only with booleans, etc.
                    if y == BasicKind::UntypedNil {
                        return x == BasicKind::UnsafePointer;
                    }
                    (x == BasicKind::Bool) == (y == BasicKind::UntypedBool)
                        && (x == BasicKind::String) == (y == BasicKind::UntypedString)
                }
                (Some(x), Some(y)) if x.is_untyped() && !y.is_untyped() => {
                    if x == BasicKind::UntypedNil {
                        return y == BasicKind::UnsafePointer;
                    }
                    (y == BasicKind::Bool) == (x == BasicKind::UntypedBool)
                        && (y == BasicKind::String) == (x == BasicKind::UntypedString)
                }
                _ => {
                    // One side is non-basic: only nil converts to it, or anything to an interface.
                    let typed = if c.types().is_untyped(a.ty) { b } else { a };
                    let untyped = if c.types().is_untyped(a.ty) { a } else { b };
                    c.types().is_interface(typed.ty)
                        || c.types().basic_kind(untyped.ty) == Some(BasicKind::UntypedNil)
                }
            }
        };
        if !mayconvert(self, x, y) {
            let msg = format!(
                "invalid operation: {} (mismatched types {} and {})",
                self.expr_str(e),
                self.ts(x.ty),
                self.ts(y.ty)
            );
            // Comparisons report a mismatch at the second operand.
            let at = if is_comparison(op) { re.span } else { e.span };
            self.error(at, msg);
            return false;
        }
        let _ = op;
        if xu && yu {
            let xk = self.types().basic_kind(x.ty).unwrap();
            let yk = self.types().basic_kind(y.ty).unwrap();
            if xk.is_numeric() && yk.is_numeric() {
                let target = if rank(xk) >= rank(yk) { x.ty } else { y.ty };
                self.convert_untyped(x, le, target);
                self.convert_untyped(y, re, target);
            }
            return true;
        }
        if xu {
            let t = y.ty;
            if self.types().is_interface(t) && !is_comparison(op) {
                return true;
            }
            return self.convert_untyped(x, le, t);
        }
        let t = x.ty;
        if self.types().is_interface(t) && !is_comparison(op) {
            return true;
        }
        self.convert_untyped(y, re, t)
    }

    fn comparison(
        &mut self,
        e: &Expr,
        op: BinaryOp,
        mut x: Operand,
        le: &Expr,
        mut y: Operand,
        re: &Expr,
    ) -> Operand {
        let xnil = self.types().basic_kind(x.ty) == Some(BasicKind::UntypedNil);
        let ynil = self.types().basic_kind(y.ty) == Some(BasicKind::UntypedNil);
        if !self.match_types(&mut x, le, &mut y, re, e, op) {
            return Operand::invalid();
        }
        let ub = self.basic(BasicKind::UntypedBool);
        let assignable = self.types().assignable_to(x.ty, y.ty, &self.pkg_path)
            || self.types().assignable_to(y.ty, x.ty, &self.pkg_path);
        let mut err: Option<String> = None;
        let mut err_at = e.span;
        if !assignable && !(xnil && ynil) {
            // gc reports a mismatch at the second operand.
            err_at = re.span;
            err = Some(format!(
                "invalid operation: {} (mismatched types {} and {})",
                self.expr_str(e),
                self.ts(x.ty),
                self.ts(y.ty)
            ));
        } else if matches!(op, BinaryOp::Eq | BinaryOp::Ne) {
            if xnil && ynil {
                err_at = re.span;
                err = Some(format!(
                    "invalid operation: {} (operator {} not defined on untyped nil)",
                    self.expr_str(e),
                    op.as_str()
                ));
            } else if xnil || ynil {
                let other = if xnil { &y } else { &x };
                let nilable = matches!(
                    self.types().under_kind(other.ty),
                    TypeKind::Pointer(_)
                        | TypeKind::Slice(_)
                        | TypeKind::Map(..)
                        | TypeKind::Chan(..)
                        | TypeKind::Func(_)
                        | TypeKind::Interface { .. }
                ) || self.types().basic_kind(other.ty)
                    == Some(BasicKind::UnsafePointer);
                if !nilable {
                    let (oe, o) = if xnil { (re, &y) } else { (le, &x) };
                    err = Some(format!(
                        "invalid operation: {} (mismatched types {} and untyped nil)",
                        self.expr_str(e),
                        self.ts(o.ty)
                    ));
                    let _ = oe;
                }
            } else {
                for (oe, o) in [(le, &x), (re, &y)] {
                    if !self.types().comparable(o.ty) {
                        let what = self.incomparable_cause(o.ty);
                        err_at = oe.span;
                        err = Some(format!(
                            "invalid operation: {} ({})",
                            self.expr_str(e),
                            what
                        ));
                        break;
                    }
                }
            }
        } else {
            let ordered = |c: &Self, t: TypeId| {
                c.types().basic_kind(t).is_some_and(|k| {
                    k.is_integer()
                        || k.is_float()
                        || matches!(k, BasicKind::String | BasicKind::UntypedString)
                })
            };
            if !ordered(self, x.ty) {
                err = Some(format!(
                    "invalid operation: {} (operator {} not defined on {})",
                    self.expr_str(e),
                    op.as_str(),
                    self.kind_word(x.ty)
                ));
            }
        }
        if let Some(m) = err {
            self.error(err_at, m);
            return Operand::invalid();
        }
        if let (Some(a), Some(b)) = (x.const_val(), y.const_val()) {
            let r = cv::compare(op, a, b).unwrap_or(false);
            return Operand {
                mode: OpMode::Const(ConstValue::Bool(r)),
                ty: ub,
            };
        }
        // The operands are materialized: give untyped ones their default type
        // (a nil operand takes the other side's type).
        if !xnil {
            self.default_untyped(&mut x, le);
        }
        if !ynil {
            self.default_untyped(&mut y, re);
        }
        Operand::value(ub)
    }

    /// Why values of type `t` cannot be compared, in gc's words.
    pub(super) fn incomparable_cause(&self, t: TypeId) -> String {
        match self.types().under_kind(t).clone() {
            TypeKind::Slice(_) => "slice can only be compared to nil".into(),
            TypeKind::Map(..) => "map can only be compared to nil".into(),
            TypeKind::Func(_) => "func can only be compared to nil".into(),
            TypeKind::Struct(fields) => {
                match fields.iter().find(|f| !self.types().comparable(f.ty)) {
                    Some(f) => format!("struct containing {} cannot be compared", self.ts(f.ty)),
                    None => format!("{} cannot be compared", self.ts(t)),
                }
            }
            _ => format!("{} cannot be compared", self.ts(t)),
        }
    }

    /// gc's word for a type's kind in `operator < not defined on ...` messages.
    fn kind_word(&self, t: TypeId) -> String {
        match self.types().under_kind(t) {
            TypeKind::Pointer(_) => "pointer".into(),
            TypeKind::Slice(_) => "slice".into(),
            TypeKind::Map(..) => "map".into(),
            TypeKind::Chan(..) => "chan".into(),
            TypeKind::Func(_) => "func".into(),
            TypeKind::Struct(_) => "struct".into(),
            TypeKind::Array(..) => "array".into(),
            TypeKind::Interface { .. } => "interface".into(),
            TypeKind::Basic(k) if k.is_untyped() => k.name().into(),
            TypeKind::Basic(k) => k.name().into(),
            _ => self.ts(t),
        }
    }

    fn shift(
        &mut self,
        e: &Expr,
        op: BinaryOp,
        mut x: Operand,
        le: &Expr,
        mut y: Operand,
        re: &Expr,
    ) -> Operand {
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid();
        }
        // The left operand must be an integer, or an untyped constant representable as one.
        let xk = self.types().basic_kind(x.ty);
        let x_ok = match (&x.mode, xk) {
            (OpMode::Const(v), Some(k)) if k.is_untyped() => v.to_int().is_some(),
            (_, Some(k)) => k.is_integer(),
            _ => false,
        };
        if !x_ok {
            let msg = format!(
                "invalid operation: shifted operand {} must be integer",
                self.operand_string(le, &x)
            );
            self.error(e.span, msg);
            return Operand::invalid();
        }
        // The count must be an integer (or untyped constant representable as uint).
        if let OpMode::Const(v) = &y.mode {
            let ok = v.to_int().is_some()
                && self
                    .types()
                    .basic_kind(y.ty)
                    .is_some_and(|k| k.is_numeric());
            if !ok {
                let msg = format!(
                    "invalid operation: shift count {} must be integer",
                    self.operand_string(re, &y)
                );
                self.error(re.span, msg);
                return Operand::invalid();
            }
            if cv::is_negative(v) {
                let msg = format!(
                    "invalid operation: negative shift count {}",
                    self.operand_string(re, &y)
                );
                self.error(re.span, msg);
                return Operand::invalid();
            }
            if x.const_val().is_some()
                && v.to_int()
                    .is_some_and(|n| n > num_bigint::BigInt::from(cv::MAX_SHIFT_COUNT))
            {
                let msg = format!(
                    "invalid operation: invalid shift count {}",
                    self.operand_string(re, &y)
                );
                self.error(re.span, msg);
                return Operand::invalid();
            }
            if self.types().is_untyped(y.ty) {
                let u = self.basic(BasicKind::Uint);
                self.convert_untyped(&mut y, re, u);
            }
        } else {
            let ok = self
                .types()
                .basic_kind(y.ty)
                .is_some_and(|k| k.is_integer());
            if !ok {
                let msg = format!(
                    "invalid operation: shift count {} must be integer",
                    self.operand_string(re, &y)
                );
                self.error(re.span, msg);
                return Operand::invalid();
            }
            if self.types().is_untyped(y.ty) {
                let u = self.basic(BasicKind::Uint);
                self.convert_untyped(&mut y, re, u);
            }
        }
        if let (OpMode::Const(a), OpMode::Const(b)) = (&x.mode, &y.mode) {
            let a = a.to_int().unwrap();
            let n = b.to_int().unwrap();
            let n = match u64::try_from(&n) {
                Ok(n) if n <= cv::MAX_SHIFT_COUNT => n,
                _ => {
                    let msg = format!("invalid shift count {}", self.operand_string(re, &y));
                    self.error(re.span, msg);
                    return Operand::invalid();
                }
            };
            let ty = if self.types().is_untyped(x.ty) && xk != Some(BasicKind::UntypedRune) {
                self.basic(BasicKind::UntypedInt)
            } else {
                x.ty
            };
            return match cv::shift(op == BinaryOp::Shl, &a, n) {
                Ok(r) => self.typed_const_result(e, ty, ConstValue::Int(r)),
                Err(_) => {
                    let at = self.op_span(e);
                    self.error(at, "constant shift overflow");
                    Operand::invalid()
                }
            };
        }
        if let OpMode::Const(_) = &x.mode {
            if self.types().is_untyped(x.ty) {
                // `1 << s`: the untyped constant takes its type from context later;
                // the result is a non-constant untyped value.
                // It keeps its untyped kind (`1.0 << s` is an untyped float
                // shift) until the context gives it a type, which must be an integer.
                return Operand::value(x.ty);
            }
        }
        x.mode = OpMode::Value;
        x
    }

    // Selectors.

    fn selector(&mut self, e: &Expr, xe: &Expr, sel: &ast::Ident) -> Operand {
        // Qualified identifier `pkg.Name`.
        if let ExprKind::Ident(pid) = &xe.kind {
            if let Some(o) = self.lookup(&pid.name) {
                if let ObjKind::PkgName(path) = &self.obj(o).kind {
                    let path = path.clone();
                    self.info.uses.insert(pid.id, o);
                    self.used_pkgnames.insert(o);
                    return self.qualified(e, &path, &pid.name, sel);
                }
            }
        }
        let x = self.expr_or_type(xe);
        if x.is_invalid() {
            return x;
        }
        if &*sel.name == "_" {
            self.error(sel.span, "cannot use _ as value");
            return Operand::invalid();
        }
        if x.mode == OpMode::Type {
            return self.method_expr(e, xe, x.ty, sel);
        }
        let found = self.types().lookup(x.ty, &sel.name, &self.pkg_path);
        match found.clone() {
            Lookup::Field { path, indirect, ty } => {
                let mode = if x.mode == OpMode::Variable || indirect.iter().any(|b| *b) {
                    OpMode::Variable
                } else {
                    OpMode::Value
                };
                self.info.selections.insert(
                    e.id,
                    Selection {
                        kind: SelectionKind::Field,
                        path,
                        indirect,
                        method: None,
                        method_name: None,
                        recv_adjust: RecvAdjust::None,
                        ty,
                    },
                );
                Operand { mode, ty }
            }
            Lookup::Method {
                path,
                indirect,
                method,
                recv_is_pointer,
                ..
            } => {
                let sig = self.types().method_sig(method);
                let (func, adjust) = match method {
                    MethodRef::Concrete { named, index } => {
                        let m = self.types().methods_of(named)[index].clone();
                        if self.decls.contains_key(&m.func) {
                            self.add_dep(m.func);
                        }
                        let adjust = if m.pointer_recv && !recv_is_pointer {
                            // Needs `&recv`: the receiver must be addressable (or reached through a pointer).
                            let through_ptr = indirect.iter().any(|b| *b);
                            if x.mode != OpMode::Variable && !through_ptr {
                                let msg = format!(
                                    "cannot call pointer method {} on {}",
                                    sel.name,
                                    self.ts(x.ty)
                                );
                                self.error(sel.span, msg);
                                return Operand::invalid();
                            }
                            if !through_ptr {
                                self.mark_address_taken(xe);
                            }
                            RecvAdjust::AddrOf
                        } else if !m.pointer_recv && recv_is_pointer {
                            RecvAdjust::Deref
                        } else {
                            RecvAdjust::None
                        };
                        (Some(m.func), adjust)
                    }
                    MethodRef::Interface { .. } => (None, RecvAdjust::None),
                };
                self.info.selections.insert(
                    e.id,
                    Selection {
                        kind: SelectionKind::MethodVal,
                        path,
                        indirect,
                        method: func,
                        method_name: Some(sel.name.clone()),
                        recv_adjust: adjust,
                        ty: sig,
                    },
                );
                let _ = found;
                Operand::value(sig)
            }
            Lookup::Ambiguous => {
                let msg = format!("ambiguous selector {}", self.expr_str(e));
                self.error(sel.span, msg);
                Operand::invalid()
            }
            Lookup::NotFound => {
                self.missing_field_or_method(e, xe, &x, sel);
                Operand::invalid()
            }
        }
    }

    fn missing_field_or_method(&mut self, e: &Expr, xe: &Expr, x: &Operand, sel: &ast::Ident) {
        let t = x.ty;
        let base = match self.types().kind(t) {
            TypeKind::Pointer(b) => *b,
            _ => t,
        };
        let what = if matches!(self.types().kind(t), TypeKind::Pointer(_))
            && self.types().is_interface(base)
        {
            format!(
                "{}.{} undefined (type {} is pointer to interface, not interface)",
                self.expr_str(xe),
                sel.name,
                self.ts(t)
            )
        } else {
            // Mention a differently-capitalized match as gc does.
            let mut hint = String::new();
            let alt: String = {
                let mut cs = sel.name.chars();
                match cs.next() {
                    Some(c) if c.is_lowercase() => c.to_uppercase().chain(cs).collect(),
                    Some(c) => c.to_lowercase().chain(cs).collect(),
                    None => String::new(),
                }
            };
            match self.types().lookup(t, &alt, &self.pkg_path) {
                Lookup::Field { .. } => hint = format!(", but does have field {}", alt),
                Lookup::Method { .. } => hint = format!(", but does have method {}", alt),
                _ => {
                    if let Lookup::Field { .. } | Lookup::Method { .. } =
                        self.types().lookup(t, &sel.name, "\u{0}any")
                    {
                        hint = format!(", but does have unexported field {}", sel.name);
                        hint.clear();
                    }
                }
            }
            let kind = if matches!(self.types().under_kind(base), TypeKind::Struct(_)) || true {
                "field or method"
            } else {
                ""
            };
            format!(
                "{}.{} undefined (type {} has no {} {}{})",
                self.expr_str(xe),
                sel.name,
                self.ts(t),
                kind,
                sel.name,
                hint
            )
        };
        let _ = e;
        self.error(sel.span, what);
    }

    fn qualified(&mut self, e: &Expr, path: &str, pkg_name: &str, sel: &ast::Ident) -> Operand {
        let Some(&index) = self.package_index.get(path) else {
            return Operand::invalid();
        };
        let exported = sel.name.chars().next().is_some_and(|c| c.is_uppercase());
        let obj = self
            .package_scopes
            .get(index as usize)
            .and_then(|s| s.get(&sel.name))
            .copied();
        let Some(obj) = obj.filter(|_| exported) else {
            let msg = if obj.is_some() {
                format!("name {} not exported by package {}", sel.name, pkg_name)
            } else {
                format!("undefined: {}.{}", pkg_name, sel.name)
            };
            self.error(sel.span, msg);
            return Operand::invalid();
        };
        let _ = e;
        self.info.uses.insert(sel.id, obj);
        let o = self.obj(obj).clone();
        match o.kind {
            ObjKind::Const(v) => Operand {
                mode: OpMode::Const(v),
                ty: o.ty,
            },
            ObjKind::TypeName => Operand {
                mode: OpMode::Type,
                ty: o.ty,
            },
            ObjKind::Var(_) => Operand {
                mode: OpMode::Variable,
                ty: o.ty,
            },
            ObjKind::Func(_) => Operand::value(o.ty),
            _ => Operand::invalid(),
        }
    }

    /// `T.m` / `(*T).m`: a function whose first parameter is the receiver.
    fn method_expr(&mut self, e: &Expr, xe: &Expr, t: TypeId, sel: &ast::Ident) -> Operand {
        let found = self.types().lookup(t, &sel.name, &self.pkg_path);
        if found == Lookup::Ambiguous {
            let msg = format!("ambiguous selector {}.{}", self.expr_str(xe), sel.name);
            self.error(sel.span, msg);
            return Operand::invalid();
        }
        let Lookup::Method {
            path,
            indirect,
            method,
            recv_is_pointer,
            ..
        } = found.clone()
        else {
            let msg = format!(
                "{}.{} undefined (type {} has no field or method {})",
                self.expr_str(xe),
                sel.name,
                self.ts(t),
                sel.name
            );
            self.error(sel.span, msg);
            return Operand::invalid();
        };
        if !self.types().in_method_set(&found) {
            let msg = format!(
                "invalid method expression {}.{} (needs pointer receiver (*{}).{})",
                self.expr_str(xe),
                sel.name,
                self.ts(t),
                sel.name
            );
            self.error(e.span, msg);
            return Operand::invalid();
        }
        let sig = self.types().method_sig(method);
        let TypeKind::Func(s) = self.types().kind(sig).clone() else {
            return Operand::invalid();
        };
        let mut params = vec![t];
        params.extend(s.params.iter().copied());
        let fty = self
            .info
            .types
            .intern(TypeKind::Func(crate::types::Signature {
                params,
                results: s.results.clone(),
                variadic: s.variadic,
            }));
        let (func, adjust) = match method {
            MethodRef::Concrete { named, index } => {
                let m = self.types().methods_of(named)[index].clone();
                if self.decls.contains_key(&m.func) {
                    self.add_dep(m.func);
                }
                let adjust = if !m.pointer_recv && recv_is_pointer {
                    RecvAdjust::Deref
                } else {
                    RecvAdjust::None
                };
                (Some(m.func), adjust)
            }
            MethodRef::Interface { .. } => (None, RecvAdjust::None),
        };
        self.info.selections.insert(
            e.id,
            Selection {
                kind: SelectionKind::MethodExpr,
                path,
                indirect,
                method: func,
                method_name: Some(sel.name.clone()),
                recv_adjust: adjust,
                ty: fty,
            },
        );
        Operand::value(fty)
    }

    // Index and slice.

    fn index_expr(&mut self, e: &Expr, xe: &Expr, idx: &[Expr]) -> Operand {
        let x = self.expr_or_type(xe);
        if x.is_invalid() {
            for i in idx {
                self.raw_expr(i);
            }
            return x;
        }
        if x.mode == OpMode::Type
            || idx.len() != 1
            || matches!(self.types().kind(x.ty), TypeKind::Func(_)) && x.mode != OpMode::Variable
        {
            if x.mode == OpMode::Type || matches!(self.types().under_kind(x.ty), TypeKind::Func(_))
            {
                self.error(
                    e.span,
                    format!(
                        "generic instantiation {} not yet supported in Weft",
                        self.expr_str(e)
                    ),
                );
                return Operand::invalid();
            }
        }
        let ie = &idx[0];
        let xt = x.ty;
        match self.types().under_kind(xt).clone() {
            TypeKind::Basic(k) if matches!(k, BasicKind::String | BasicKind::UntypedString) => {
                let len = match &x.mode {
                    OpMode::Const(ConstValue::String(s)) => Some(s.len() as u64),
                    _ => None,
                };
                let i = self.index_value(ie, len);
                let byte = self.basic(BasicKind::Uint8);
                // Indexing a constant string yields a non-constant byte (spec "Index expressions").
                let _ = i;
                if self.types().is_untyped(xt) {
                    let st = self.basic(BasicKind::String);
                    self.update_expr_type(xe, st);
                }
                Operand::value(byte)
            }
            TypeKind::Array(el, n) => {
                self.index_value(ie, Some(n));
                let mode = if x.mode == OpMode::Variable {
                    OpMode::Variable
                } else {
                    OpMode::Value
                };
                Operand { mode, ty: el }
            }
            TypeKind::Pointer(b) if matches!(self.types().under_kind(b), TypeKind::Array(..)) => {
                let TypeKind::Array(el, n) = self.types().under_kind(b).clone() else {
                    unreachable!()
                };
                self.index_value(ie, Some(n));
                Operand {
                    mode: OpMode::Variable,
                    ty: el,
                }
            }
            TypeKind::Slice(el) => {
                self.index_value(ie, None);
                Operand {
                    mode: OpMode::Variable,
                    ty: el,
                }
            }
            TypeKind::Map(k, v) => {
                let mut key = self.expr(ie);
                self.assignment(&mut key, ie, k, "map index");
                Operand {
                    mode: OpMode::MapIndex,
                    ty: v,
                }
            }
            _ => {
                self.raw_expr(ie);
                let msg = format!(
                    "invalid operation: cannot index {}",
                    self.operand_string(xe, &x)
                );
                // gc reports at the `[`.
                let at = Span::new(xe.span.hi, xe.span.hi + 1);
                self.error(at, msg);
                Operand::invalid()
            }
        }
    }

    /// Checks an index; returns its constant value when known. `len` bounds constant indices.
    pub(super) fn index_value(&mut self, ie: &Expr, len: Option<u64>) -> Option<u64> {
        let mut i = self.expr(ie);
        if i.is_invalid() {
            return None;
        }
        // An untyped constant index is converted to int first (so messages say `constant of type int`).
        if self.types().is_untyped(i.ty) && i.const_val().is_some() {
            let int = self.basic(BasicKind::Int);
            let numeric = self
                .types()
                .basic_kind(i.ty)
                .is_some_and(|k| k.is_numeric());
            if !numeric {
                let msg = format!("cannot convert {} to type int", self.operand_string(ie, &i));
                self.error(ie.span, msg);
                return None;
            }
            if i.const_val().and_then(|v| v.to_int()).is_some()
                && !self.convert_untyped(&mut i, ie, int)
            {
                return None;
            }
        }
        if let OpMode::Const(v) = &i.mode {
            let is_num = self
                .types()
                .basic_kind(i.ty)
                .is_some_and(|k| k.is_numeric());
            if !is_num || v.to_int().is_none() {
                let msg = if is_num && v.to_rat().is_some() {
                    format!("{} truncated to int", self.operand_string(ie, &i))
                } else {
                    format!(
                        "invalid argument: index {} must be integer",
                        self.operand_string(ie, &i)
                    )
                };
                self.error(ie.span, msg);
                return None;
            }
            if cv::is_negative(v) {
                let msg = format!(
                    "invalid argument: index {} must not be negative",
                    self.operand_string(ie, &i)
                );
                self.error(ie.span, msg);
                return None;
            }
            let n = v.to_int().unwrap();
            if self.types().is_untyped(i.ty) {
                let int = self.basic(BasicKind::Int);
                if !self.convert_untyped(&mut i, ie, int) {
                    return None;
                }
            }
            let n = u64::try_from(&n).ok();
            if let (Some(n), Some(len)) = (n, len) {
                if n >= len {
                    let msg = format!(
                        "invalid argument: index {} out of bounds [0:{}]",
                        self.expr_str(ie),
                        len
                    );
                    self.error(ie.span, msg);
                    return None;
                }
            }
            return n;
        }
        if !self
            .types()
            .basic_kind(i.ty)
            .is_some_and(|k| k.is_integer())
        {
            let msg = format!(
                "invalid argument: index {} must be integer",
                self.operand_string(ie, &i)
            );
            self.error(ie.span, msg);
            return None;
        }
        if self.types().is_untyped(i.ty) {
            let int = self.basic(BasicKind::Int);
            self.convert_untyped(&mut i, ie, int);
        }
        None
    }

    fn slice_expr(
        &mut self,
        e: &Expr,
        xe: &Expr,
        lo: Option<&Expr>,
        hi: Option<&Expr>,
        max: Option<&Expr>,
        three: bool,
    ) -> Operand {
        let x = self.expr(xe);
        if x.is_invalid() {
            for i in [lo, hi, max].into_iter().flatten() {
                self.raw_expr(i);
            }
            return x;
        }
        let (result, cap) = match self.types().under_kind(x.ty).clone() {
            TypeKind::Basic(k) if matches!(k, BasicKind::String | BasicKind::UntypedString) => {
                if three {
                    self.error(e.span, "invalid operation: 3-index slice of string");
                    return Operand::invalid();
                }
                let len = match &x.mode {
                    OpMode::Const(ConstValue::String(s)) => Some(s.len() as u64 + 1),
                    _ => None,
                };
                let t = if self.types().is_untyped(x.ty) {
                    let st = self.basic(BasicKind::String);
                    self.update_expr_type(xe, st);
                    st
                } else {
                    x.ty
                };
                (t, len)
            }
            TypeKind::Array(el, n) => {
                if x.mode != OpMode::Variable {
                    let msg = format!(
                        "invalid operation: {} (slice of unaddressable value)",
                        self.operand_string(xe, &x)
                    );
                    self.error(e.span, msg);
                    return Operand::invalid();
                }
                self.mark_address_taken(xe);
                (self.info.types.intern(TypeKind::Slice(el)), Some(n + 1))
            }
            TypeKind::Pointer(b) if matches!(self.types().under_kind(b), TypeKind::Array(..)) => {
                let TypeKind::Array(el, n) = self.types().under_kind(b).clone() else {
                    unreachable!()
                };
                (self.info.types.intern(TypeKind::Slice(el)), Some(n + 1))
            }
            TypeKind::Slice(_) => (x.ty, None),
            _ => {
                let msg = format!("cannot slice {}", self.operand_string(xe, &x));
                self.error(e.span, msg);
                return Operand::invalid();
            }
        };
        let mut prev: Option<u64> = None;
        for i in [lo, hi, max].into_iter().flatten() {
            let v = self.index_value(i, cap);
            if let (Some(p), Some(v)) = (prev, v) {
                if v < p {
                    let msg = format!("invalid slice indices: {} < {}", v, p);
                    self.error(i.span, msg);
                }
            }
            if v.is_some() {
                prev = v;
            }
        }
        Operand::value(result)
    }

    // Composite literals.

    /// The type of a composite literal's type expression, allowing `[...]T`.
    fn composite_type(&mut self, t: &Expr) -> TypeId {
        if let ExprKind::ArrayType { len: None, elem } = &t.kind {
            // The length is filled in by `composite_lit`; mark with a sentinel array of max length.
            let el = self.type_expr(elem);
            if self.types().is_invalid(el) {
                return el;
            }
            return self.info.types.intern(TypeKind::Array(el, u64::MAX));
        }
        self.type_expr(t)
    }

    pub(super) fn composite_lit(&mut self, e: &Expr, t: TypeId, elts: &[ast::Element]) -> Operand {
        let under = self.types().underlying(t);
        if self.types().is_invalid(under) {
            // Only a type whose declaration is still being checked is a cycle
            // here; otherwise its error was reported already.
            let in_progress = self
                .types()
                .named_info(t)
                .and_then(|n| n.obj)
                .is_some_and(|o| self.decl_state.get(&o) == Some(&DeclState::InProgress));
            if in_progress {
                self.error(e.span, "invalid recursive type");
            }
            for el in elts {
                self.use_exprs_loosely(el);
            }
            return Operand::invalid();
        }
        let base = match self.types().kind(under) {
            TypeKind::Pointer(b) if matches!(&e.kind, ExprKind::CompositeLit { ty: None, .. }) => {
                Some(*b)
            }
            _ => None,
        };
        if let Some(b) = base {
            // Elided `&T{...}` inside a literal of []*T.
            let inner = self.composite_lit(e, b, elts);
            if inner.is_invalid() {
                return inner;
            }
            return Operand::value(t);
        }
        match self.types().kind(under).clone() {
            TypeKind::Struct(fields) => self.struct_lit(e, t, &fields, elts),
            TypeKind::Array(el, n) => {
                let len =
                    self.indexed_elements(elts, el, if n == u64::MAX { None } else { Some(n) });
                let t = if n == u64::MAX {
                    let arr = self.info.types.intern(TypeKind::Array(el, len));
                    if let ExprKind::CompositeLit { ty: Some(te), .. } = &e.kind {
                        self.info.exprs.insert(
                            te.id,
                            TypeAndMode {
                                ty: arr,
                                mode: Mode::Type,
                            },
                        );
                    }
                    arr
                } else {
                    t
                };
                Operand::value(t)
            }
            TypeKind::Slice(el) => {
                self.indexed_elements(elts, el, None);
                Operand::value(t)
            }
            TypeKind::Map(k, v) => {
                let mut seen: Vec<(ConstValue, TypeId)> = Vec::new();
                for el in elts {
                    match &el.key {
                        Some(ke) => {
                            let mut kx = self.elem_value(ke, k);
                            if !kx.is_invalid() && self.assignment(&mut kx, ke, k, "map literal") {
                                if let OpMode::Const(v) = &kx.mode {
                                    // Constant keys collide by value and dynamic type.
                                    let key = (v.clone(), kx.ty);
                                    {
                                        if seen.contains(&key) {
                                            let msg = format!(
                                                "duplicate key {} in map literal",
                                                self.expr_str(ke)
                                            );
                                            self.error(ke.span, msg);
                                        } else {
                                            seen.push(key);
                                        }
                                    }
                                }
                            }
                        }
                        None => {
                            self.error(el.value.span, "missing key in map literal");
                        }
                    }
                    let mut vx = self.elem_value(&el.value, v);
                    self.assignment(&mut vx, &el.value, v, "map literal");
                }
                Operand::value(t)
            }
            _ => {
                let msg = format!("invalid composite literal type {}", self.ts(t));
                self.error(e.span, msg);
                for el in elts {
                    self.use_exprs_loosely(el);
                }
                Operand::invalid()
            }
        }
    }

    /// An element value: an elided composite literal takes type `t`.
    fn elem_value(&mut self, v: &Expr, t: TypeId) -> Operand {
        if let ExprKind::CompositeLit { ty: None, elts, .. } = &v.kind {
            let x = self.composite_lit(v, t, elts);
            self.record(v, &x);
            return x;
        }
        if let ExprKind::Unary(UnaryOp::Addr, inner) = &v.kind {
            if let ExprKind::CompositeLit { ty: None, .. } = &inner.kind {
                // `&{...}` is not Go syntax; fall through to the ordinary error.
            }
        }
        self.expr(v)
    }

    /// Array/slice elements with optional constant index keys; returns the length.
    fn indexed_elements(&mut self, elts: &[ast::Element], el: TypeId, len: Option<u64>) -> u64 {
        let mut index: u64 = 0;
        let mut max: u64 = 0;
        let mut seen: HashSet<u64> = HashSet::new();
        for e in elts {
            if let Some(k) = &e.key {
                match self.index_value(k, len) {
                    Some(i) => index = i,
                    None => {
                        let x = self.info.exprs.get(&k.id).cloned();
                        if x.is_some_and(|x| !matches!(x.mode, Mode::Const(_))) {
                            let msg =
                                format!("index {} must be integer constant", self.expr_str(k));
                            self.error(k.span, msg);
                        }
                    }
                }
            } else if let Some(l) = len {
                if index >= l {
                    let msg = format!("index {} is out of bounds (>= {})", index, l);
                    self.error(e.value.span, msg);
                }
            }
            if !seen.insert(index) {
                let msg = format!("duplicate index {} in array or slice literal", index);
                self.error(e.key.as_ref().map(|k| k.span).unwrap_or(e.value.span), msg);
            }
            let mut x = self.elem_value(&e.value, el);
            self.assignment(&mut x, &e.value, el, "array or slice literal");
            index += 1;
            max = max.max(index);
        }
        max
    }

    fn struct_lit(
        &mut self,
        e: &Expr,
        t: TypeId,
        fields: &[StructField],
        elts: &[ast::Element],
    ) -> Operand {
        if elts.is_empty() {
            return Operand::value(t);
        }
        let keyed = elts[0].key.is_some();
        if keyed {
            let mut seen: HashSet<Rc<str>> = HashSet::new();
            for el in elts {
                let Some(k) = &el.key else {
                    self.error(
                        el.value.span,
                        "mixture of field:value and value elements in struct literal",
                    );
                    self.expr(&el.value);
                    continue;
                };
                let ExprKind::Ident(name) = &k.kind else {
                    let msg = format!("invalid field name {} in struct literal", self.expr_str(k));
                    self.error(k.span, msg);
                    self.expr(&el.value);
                    continue;
                };
                let Some(i) = fields
                    .iter()
                    .position(|f| f.name == name.name && &*name.name != "_")
                else {
                    let msg = format!(
                        "unknown field {} in struct literal of type {}",
                        name.name,
                        self.ts(t)
                    );
                    self.error(k.span, msg);
                    self.expr(&el.value);
                    continue;
                };
                let f = &fields[i];
                if !seen.insert(name.name.clone()) {
                    let msg = format!("duplicate field name {} in struct literal", name.name);
                    self.error(k.span, msg);
                }
                let mut x = self.elem_value(&el.value, f.ty);
                self.assignment(&mut x, &el.value, f.ty, "struct literal");
            }
        } else {
            for (i, el) in elts.iter().enumerate() {
                if let Some(k) = &el.key {
                    self.error(
                        k.span,
                        "mixture of field:value and value elements in struct literal",
                    );
                    continue;
                }
                let Some(f) = fields.get(i) else {
                    let msg = format!("too many values in struct literal of type {}", self.ts(t));
                    self.error(el.value.span, msg);
                    self.expr(&el.value);
                    break;
                };
                let mut x = self.elem_value(&el.value, f.ty);
                self.assignment(&mut x, &el.value, f.ty, "struct literal");
            }
            if elts.len() < fields.len() {
                let msg = format!("too few values in struct literal of type {}", self.ts(t));
                let rb = match &e.kind {
                    ExprKind::CompositeLit { rbrace, .. } => *rbrace,
                    _ => e.span,
                };
                self.error(rb, msg);
            }
        }
        Operand::value(t)
    }

    /// Checks `x.(T)` is possible: if T is concrete it must implement x's interface.
    pub(super) fn check_type_assertion(
        &mut self,
        e: &Expr,
        xe: &Expr,
        xt: TypeId,
        t: TypeId,
        in_switch: bool,
    ) {
        if self.types().is_interface(t) {
            return;
        }
        if let Err(why) = self.types().implements(t, xt, &self.pkg_path) {
            let reason = self.not_implemented_reason(t, xt, &why);
            let msg = if in_switch {
                format!(
                    "impossible type switch case: {} cannot have dynamic type {} ({})",
                    self.operand_string(
                        xe,
                        &Operand {
                            mode: OpMode::Variable,
                            ty: xt
                        }
                    ),
                    self.ts(t),
                    reason
                        .splitn(2, " (")
                        .nth(1)
                        .map(|s| s.trim_end_matches(')'))
                        .unwrap_or("")
                )
            } else {
                format!(
                    "impossible type assertion: {}\n\t{}",
                    self.expr_str(e),
                    reason
                )
            };
            self.error(e.span, msg);
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum UntypedError {
    Overflow,
    Truncated,
    Mismatch,
}

pub(super) fn is_comparison(op: BinaryOp) -> bool {
    matches!(
        op,
        BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge
    )
}

/// Order of untyped numeric kinds: int < rune < float < complex.
fn rank(k: BasicKind) -> u8 {
    match k {
        BasicKind::UntypedInt => 1,
        BasicKind::UntypedRune => 2,
        BasicKind::UntypedFloat => 3,
        BasicKind::UntypedComplex => 4,
        _ => 0,
    }
}
