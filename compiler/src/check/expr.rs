//! Expressions: operands, untyped constants and their final types, unary
//! and binary operators, selectors, indexing, composite and function literals.

use super::*;
use crate::ast::{BinaryOp, Expr, ExprKind, LitKind, UnaryOp};
use crate::constant::{self as cv, ConstOp};

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

    pub(super) fn raw_expr_inner(&mut self, e: &Expr) -> Operand {
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
    pub(super) fn use_exprs_loosely(&mut self, el: &ast::Element) {
        if let Some(k) = &el.key {
            if !matches!(k.kind, ExprKind::Ident(_)) {
                self.raw_expr(k);
            }
        }
        if !matches!(el.value.kind, ExprKind::CompositeLit { ty: None, .. }) {
            self.raw_expr(&el.value);
        }
    }

    pub(super) fn ident(&mut self, id: &ast::Ident) -> Operand {
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
        self.note_func_reference(obj);
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

    pub(super) fn basic_lit(&mut self, e: &Expr, kind: LitKind, text: &str) -> Operand {
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
                if matches!(kind, LitKind::Float | LitKind::Imag)
                    && crate::literal::exponent_too_large(text)
                {
                    self.error(e.span, &format!("malformed constant: {text}"));
                }
                // The parser reports the other malformed literals.
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
                    if let Some(k) = self.types().basic_kind(final_ty) {
                        if let Some(nv) = cv::representable(v, k) {
                            x.mode = OpMode::Const(nv);
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
    pub(super) fn implicit_type(
        &self,
        x: &Operand,
        target: TypeId,
    ) -> Result<TypeId, UntypedError> {
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
                // Values put into interfaces take their default type, which must
                // represent them (`var i any = 1e400` overflows float64).
                let default = self.types().default_type(x.ty);
                self.implicit_type(x, default)
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
    pub(super) fn untyped_error(
        &mut self,
        x: &Operand,
        e: &Expr,
        target: TypeId,
        code: UntypedError,
    ) {
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

    /// Gives an untyped operand its default type where a variable is declared or assigned
    /// without a type of its own (`x := 1`, `var a, b = 1e400, 2`), reporting gc's
    /// `cannot use ... in <context> (overflows)` when the default type cannot hold it.
    /// Returns the type the variable gets: the default type even then, as in gc, so that
    /// one bad constant does not make every later use of the variable an error too.
    pub(super) fn default_untyped_in(
        &mut self,
        x: &mut Operand,
        e: &Expr,
        context: &str,
    ) -> TypeId {
        if x.is_invalid() {
            return TypeId(0);
        }
        if !self.types().is_untyped(x.ty) {
            return x.ty;
        }
        let default = self.types().default_type(x.ty);
        self.assignment(x, e, default, context);
        default
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
                    // An interface target fails on the default type the value takes.
                    let failed = if self.types().is_interface(t) {
                        self.types().default_type(x.ty)
                    } else {
                        t
                    };
                    let msg = format!(
                        "cannot use {} as {} value in {}{}",
                        self.operand_string(e, x),
                        self.ts(failed),
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

    pub(super) fn unary(&mut self, e: &Expr, op: UnaryOp, xe: &Expr) -> Operand {
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
    pub(super) fn typed_const_result(&mut self, e: &Expr, t: TypeId, v: ConstValue) -> Operand {
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

    pub(super) fn binary(&mut self, e: &Expr, op: BinaryOp, le: &Expr, re: &Expr) -> Operand {
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
        let both_untyped = self.types().is_untyped(x.ty) && self.types().is_untyped(y.ty);
        let untyped_numeric = |k: Option<BasicKind>| {
            matches!(
                k,
                Some(
                    BasicKind::UntypedInt
                        | BasicKind::UntypedRune
                        | BasicKind::UntypedFloat
                        | BasicKind::UntypedComplex
                )
            )
        };
        // Untyped operands of different kinds only mix when both are numeric ("a" + 2 does not).
        let untyped_mismatch = both_untyped
            && x.ty != y.ty
            && !(untyped_numeric(self.types().basic_kind(x.ty))
                && untyped_numeric(self.types().basic_kind(y.ty)));
        if x.ty != y.ty && (!both_untyped || untyped_mismatch) {
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
    pub(super) fn match_types(
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

    pub(super) fn comparison(
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
    pub(super) fn kind_word(&self, t: TypeId) -> String {
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

    pub(super) fn shift(
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
            // An untyped non-constant count is a delayed shift such as `1. << s`: like
            // go/types, give it type uint first (its constant operand must then be
            // representable as one).
            if self.types().is_untyped(y.ty) {
                let u = self.basic(BasicKind::Uint);
                self.convert_untyped(&mut y, re, u);
                if y.is_invalid() {
                    return Operand::invalid();
                }
            }
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
