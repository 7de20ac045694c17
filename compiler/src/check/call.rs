//! Calls: function and method calls, conversions `T(x)`, and the builtins.

use super::*;
use crate::ast::{Expr, ExprKind};
use crate::constant as cv;
use crate::types::Signature;

impl<'a> Checker<'a> {
    pub(super) fn call(&mut self, e: &Expr, func: &Expr, args: &[Expr], ellipsis: bool) -> Operand {
        let f = self.raw_expr(func);
        match f.mode.clone() {
            OpMode::Invalid => {
                for a in args {
                    self.raw_expr(a);
                }
                Operand::invalid()
            }
            OpMode::Type => self.conversion_call(e, f.ty, args),
            OpMode::Builtin(b) => self.builtin(e, func, b, args, ellipsis),
            _ => {
                let sig = match self.types().under_kind(f.ty) {
                    TypeKind::Func(s) => s.clone(),
                    _ => {
                        let f = self.single_value(func, f);
                        if !f.is_invalid() {
                            let msg = format!(
                                "invalid operation: cannot call non-function {}",
                                self.operand_string(func, &f)
                            );
                            self.error(e.span, msg);
                        }
                        for a in args {
                            self.raw_expr(a);
                        }
                        return Operand::invalid();
                    }
                };
                let name = self.expr_str(func);
                self.arguments(e, &name, &sig, args, ellipsis);
                self.call_result(&sig)
            }
        }
    }

    fn call_result(&mut self, sig: &Signature) -> Operand {
        match sig.results.len() {
            0 => Operand {
                mode: OpMode::NoValue,
                ty: self.info.types.intern(TypeKind::Tuple(vec![])),
            },
            1 => Operand::value(sig.results[0]),
            _ => Operand::value(self.info.types.intern(TypeKind::Tuple(sig.results.clone()))),
        }
    }

    /// Evaluates call arguments: either one multi-value call spread over the
    /// parameters, or one operand per argument.
    pub(super) fn eval_args(&mut self, args: &[Expr]) -> (Vec<Operand>, bool) {
        if args.len() == 1 {
            let x = self.raw_expr(&args[0]);
            if let TypeKind::Tuple(items) = self.types().kind(x.ty).clone() {
                if x.mode == OpMode::Value && items.len() > 1 {
                    return (items.iter().map(|t| Operand::value(*t)).collect(), true);
                }
            }
            return (vec![self.single_value(&args[0], x)], false);
        }
        (args.iter().map(|a| self.expr(a)).collect(), false)
    }

    fn arguments(&mut self, e: &Expr, name: &str, sig: &Signature, args: &[Expr], ellipsis: bool) {
        let (mut ops, spread) = self.eval_args(args);
        if ops.iter().any(|o| o.is_invalid()) && !spread {
            // Still convert the valid ones so they get types.
            for (o, a) in ops.iter_mut().zip(args) {
                self.default_untyped(o, a);
            }
            return;
        }
        let n = sig.params.len();
        let rparen = Span::new(e.span.hi.saturating_sub(1), e.span.hi);
        if ellipsis {
            if !sig.variadic {
                let msg = format!("have (...) but function is not variadic: {}", name);
                let _ = msg;
                let m = format!("cannot use ... in call to non-variadic {}", name);
                self.error(e.span, m);
                return;
            }
            if spread {
                self.error(
                    args[0].span,
                    format!(
                        "cannot use ... with multi-valued {}",
                        self.expr_str(&args[0])
                    ),
                );
                return;
            }
        }
        let count_ok = if sig.variadic && !ellipsis {
            ops.len() >= n - 1
        } else {
            ops.len() == n
        };
        if !count_ok {
            let too_many = ops.len() > n;
            let have: Vec<String> = ops
                .iter()
                .map(|o| {
                    if self.types().is_untyped(o.ty)
                        && o.const_val().is_some_and(|v| v.is_numeric())
                    {
                        "number".to_string()
                    } else {
                        self.ts(o.ty)
                    }
                })
                .collect();
            let want = self.types().params_string(sig, &self.pkg_path);
            let (at, what) = if too_many {
                let at = if spread {
                    args[0].span
                } else {
                    args[n.min(args.len() - 1)].span
                };
                (at, "too many")
            } else {
                let at = if spread {
                    args[0].span
                } else {
                    args.last().map(|a| a.span).unwrap_or(rparen)
                };
                let at = if args.is_empty() { rparen } else { at };
                (at, "not enough")
            };
            let msg = format!(
                "{} arguments in call to {}\n\thave ({})\n\twant {}",
                what,
                name,
                have.join(", "),
                want
            );
            self.error(at, msg);
            return;
        }
        let context = format!("argument to {}", name);
        for (i, o) in ops.iter_mut().enumerate() {
            let pt = if sig.variadic && !ellipsis && i >= n - 1 {
                match self.types().kind(sig.params[n - 1]) {
                    TypeKind::Slice(el) => *el,
                    _ => TypeId(0),
                }
            } else {
                sig.params[i]
            };
            if spread {
                if !self.types().assignable_to(o.ty, pt, &self.pkg_path) {
                    let msg = format!(
                        "cannot use {} (value of type {}) as {} value in {}",
                        self.expr_str(&args[0]),
                        self.ts(o.ty),
                        self.ts(pt),
                        context
                    );
                    self.error(args[0].span, msg);
                }
            } else {
                self.assignment(o, &args[i], pt, &context);
            }
        }
    }

    fn conversion_call(&mut self, e: &Expr, t: TypeId, args: &[Expr]) -> Operand {
        if args.len() != 1 {
            let msg = if args.is_empty() {
                format!("missing argument in conversion to {}", self.ts(t))
            } else {
                format!("too many arguments in conversion to {}", self.ts(t))
            };
            let at = if args.is_empty() {
                Span::new(e.span.hi.saturating_sub(1), e.span.hi)
            } else {
                args[1].span
            };
            for a in args {
                self.expr(a);
            }
            self.error(at, msg);
            return Operand::invalid();
        }
        let x = self.expr(&args[0]);
        if x.is_invalid() {
            return x;
        }
        self.conversion(e, &args[0], x, t)
    }

    /// `T(x)` (spec "Conversions"); constants stay constant for basic `T`.
    fn conversion(&mut self, _e: &Expr, xe: &Expr, mut x: Operand, t: TypeId) -> Operand {
        let tk = self
            .types()
            .basic_kind(t)
            .filter(|_| !self.types().is_interface(t));
        if let (OpMode::Const(v), Some(tk)) = (x.mode.clone(), tk) {
            let xk = self.types().basic_kind(x.ty).unwrap_or(BasicKind::Invalid);
            // Integer constant to string: the UTF-8 encoding of the code point.
            if tk == BasicKind::String && xk.is_integer() {
                let s = match v
                    .to_i64()
                    .and_then(|c| u32::try_from(c).ok())
                    .and_then(char::from_u32)
                {
                    Some(c) => c.to_string(),
                    None => "\u{FFFD}".to_string(),
                };
                // The operand stays untyped (as in gc); it is never evaluated at run time.
                return Operand {
                    mode: OpMode::Const(ConstValue::string(s.as_bytes())),
                    ty: t,
                };
            }
            let same_family = (tk.is_numeric() && xk.is_numeric())
                || (matches!(tk, BasicKind::String)
                    && matches!(xk, BasicKind::String | BasicKind::UntypedString))
                || (matches!(tk, BasicKind::Bool)
                    && matches!(xk, BasicKind::Bool | BasicKind::UntypedBool));
            if same_family {
                // Conversions between numeric kinds: integers must be exact, floats round.
                let converted = if tk.is_integer() {
                    match v.to_int() {
                        Some(i) => cv::representable(&ConstValue::Int(i), tk),
                        None => None,
                    }
                } else if tk.is_float() || tk.is_complex() {
                    cv::representable(&v, tk)
                } else {
                    cv::representable(&v, tk)
                };
                match converted {
                    Some(nv) => {
                        if self.types().is_untyped(x.ty) {
                            self.update_expr_type(xe, t);
                        }
                        return Operand {
                            mode: OpMode::Const(nv),
                            ty: t,
                        };
                    }
                    None => {
                        // gc: an integer constant that does not fit an integer
                        // type overflows; everything else cannot be converted.
                        let both_integer = tk.is_integer() && xk.is_integer();
                        let msg = if both_integer {
                            format!("constant {} overflows {}", v.to_go_string(), self.ts(t))
                        } else {
                            format!(
                                "cannot convert {} to type {}",
                                self.operand_string(xe, &x),
                                self.ts(t)
                            )
                        };
                        self.error(xe.span, msg);
                        return Operand::invalid();
                    }
                }
            }
        }
        // Non-constant conversion.
        if self.types().is_untyped(x.ty) {
            let xk = self.types().basic_kind(x.ty).unwrap();
            if xk == BasicKind::UntypedNil {
                let nilable = matches!(
                    self.types().under_kind(t),
                    TypeKind::Pointer(_)
                        | TypeKind::Slice(_)
                        | TypeKind::Map(..)
                        | TypeKind::Chan(..)
                        | TypeKind::Func(_)
                        | TypeKind::Interface { .. }
                ) || tk == Some(BasicKind::UnsafePointer);
                if !nilable {
                    let msg = format!("cannot convert nil to type {}", self.ts(t));
                    self.error(xe.span, msg);
                    return Operand::invalid();
                }
                self.update_expr_type(xe, t);
                return Operand::value(t);
            }
            let final_ty =
                if self.types().is_interface(t) || x.const_val().is_some() && tk.is_none() {
                    self.types().default_type(x.ty)
                } else if tk.is_some() && !self.types().is_interface(t) {
                    // A non-constant untyped value (comparison or shift): it takes the target type.
                    t
                } else {
                    self.types().default_type(x.ty)
                };
            if !self.convert_untyped(&mut x, xe, final_ty) {
                return Operand::invalid();
            }
        }
        if !self.types().convertible_to(x.ty, t, &self.pkg_path) {
            let msg = format!(
                "cannot convert {} to type {}",
                self.operand_string(xe, &x),
                self.ts(t)
            );
            self.error(xe.span, msg);
            return Operand::invalid();
        }
        Operand::value(t)
    }

    // Builtins.

    fn builtin(
        &mut self,
        e: &Expr,
        func: &Expr,
        b: Builtin,
        args: &[Expr],
        ellipsis: bool,
    ) -> Operand {
        let name = self.expr_str(func);
        let (min_args, max_args): (usize, Option<usize>) = match b {
            Builtin::Append => (1, None),
            Builtin::Cap
            | Builtin::Len
            | Builtin::Clear
            | Builtin::Close
            | Builtin::Imag
            | Builtin::Real
            | Builtin::New
            | Builtin::Panic => (1, Some(1)),
            Builtin::Complex | Builtin::Copy | Builtin::Delete => (2, Some(2)),
            Builtin::Make => (1, None),
            Builtin::Max | Builtin::Min => (1, None),
            Builtin::Print | Builtin::Println => (0, None),
            Builtin::Recover => (0, Some(0)),
            Builtin::Sizeof | Builtin::Alignof | Builtin::Offsetof => (1, Some(1)),
        };
        if ellipsis && b != Builtin::Append {
            let msg = format!(
                "invalid operation: invalid use of ... with built-in {}",
                name
            );
            self.error(e.span, msg);
            for a in args {
                self.raw_expr(a);
            }
            return Operand::invalid();
        }
        // One multi-value call spread over the arguments: `append(f())`.
        let spreads = matches!(
            b,
            Builtin::Append
                | Builtin::Copy
                | Builtin::Delete
                | Builtin::Complex
                | Builtin::Print
                | Builtin::Println
                | Builtin::Min
                | Builtin::Max
        );
        if spreads && !ellipsis && args.len() == 1 && matches!(args[0].kind, ExprKind::Call { .. })
        {
            let x = self.raw_expr(&args[0]);
            if let TypeKind::Tuple(items) = self.types().kind(x.ty).clone() {
                if x.mode == OpMode::Value && items.len() > 1 {
                    return self.builtin_spread(e, &args[0], b, &items);
                }
            }
            if x.is_invalid() {
                return Operand::invalid();
            }
            // Not a multi-value call: check it as an ordinary argument below
            // (re-checking records the same facts again).
        }
        let count_error = |c: &mut Self, what: &str, at: Span| {
            let call = c.text(e.span);
            let shown = call;
            let msg = format!(
                "invalid operation: {} arguments for {} (expected {}, found {})",
                what,
                shown,
                if what == "not enough" {
                    min_args
                } else {
                    max_args.unwrap_or(0)
                },
                args.len()
            );
            c.error(at, msg);
        };
        if args.len() < min_args {
            for a in args {
                self.raw_expr(a);
            }
            count_error(self, "not enough", e.span);
            return Operand::invalid();
        }
        if let Some(m) = max_args {
            if args.len() > m {
                for a in args {
                    self.raw_expr(a);
                }
                count_error(self, "too many", e.span);
                return Operand::invalid();
            }
        }
        let int = self.basic(BasicKind::Int);
        let no_value = Operand {
            mode: OpMode::NoValue,
            ty: self.info.types.intern(TypeKind::Tuple(vec![])),
        };
        match b {
            Builtin::Sizeof | Builtin::Alignof | Builtin::Offsetof => {
                let uintptr = self.basic(BasicKind::Uintptr);
                let value = if b == Builtin::Offsetof {
                    // The argument is a selector `s.f`; its offset within the struct it selects from.
                    let ExprKind::Selector(base, _) = &args[0].kind else {
                        self.error(
                            args[0].span,
                            format!(
                                "invalid argument: {} is not a selector expression",
                                self.expr_str(&args[0])
                            ),
                        );
                        return Operand::invalid();
                    };
                    let x = self.expr(&args[0]);
                    if x.is_invalid() {
                        return x;
                    }
                    let bt = self.info.type_of(base.id);
                    match self.info.selections.get(&args[0].id).cloned() {
                        Some(sel) => {
                            let mut ty = bt;
                            let mut off = 0;
                            for step in &sel.path {
                                let st = match self.types().under_kind(ty) {
                                    TypeKind::Pointer(p) => *p,
                                    _ => ty,
                                };
                                off += self.types().field_offset(st, *step as usize);
                                ty = match self.types().under_kind(st) {
                                    TypeKind::Struct(fields) => fields[*step as usize].ty,
                                    _ => ty,
                                };
                            }
                            off
                        }
                        None => 0,
                    }
                } else {
                    let mut x = self.expr(&args[0]);
                    if x.is_invalid() {
                        return x;
                    }
                    if self.types().is_untyped(x.ty) {
                        self.default_untyped(&mut x, &args[0]);
                    }
                    let (size, align) = self.types().size_align(x.ty);
                    if b == Builtin::Sizeof {
                        size
                    } else {
                        align
                    }
                };
                Operand {
                    mode: OpMode::Const(ConstValue::int(value as i64)),
                    ty: uintptr,
                }
            }
            Builtin::Len | Builtin::Cap => {
                let mut x = self.expr(&args[0]);
                if x.is_invalid() {
                    return x;
                }
                let t = self.types().underlying(x.ty);
                let t = match self.types().kind(t) {
                    TypeKind::Pointer(p)
                        if matches!(self.types().under_kind(*p), TypeKind::Array(..)) =>
                    {
                        self.types().underlying(*p)
                    }
                    _ => t,
                };
                let ok = match self.types().kind(t).clone() {
                    TypeKind::Basic(k)
                        if b == Builtin::Len
                            && matches!(k, BasicKind::String | BasicKind::UntypedString) =>
                    {
                        if let OpMode::Const(ConstValue::String(s)) = &x.mode {
                            let n = s.len() as i64;
                            if self.types().is_untyped(x.ty) {
                                self.default_untyped(&mut x, &args[0]);
                            }
                            return Operand {
                                mode: OpMode::Const(ConstValue::int(n)),
                                ty: int,
                            };
                        }
                        true
                    }
                    TypeKind::Array(_, n) => {
                        if !contains_call_or_recv(&args[0]) {
                            return Operand {
                                mode: OpMode::Const(ConstValue::int(n as i64)),
                                ty: int,
                            };
                        }
                        true
                    }
                    TypeKind::Slice(_) | TypeKind::Chan(..) => true,
                    TypeKind::Map(..) => b == Builtin::Len,
                    _ => false,
                };
                if !ok {
                    let msg = format!(
                        "invalid argument: {} for built-in {}",
                        self.operand_string(&args[0], &x),
                        name
                    );
                    self.error(args[0].span, msg);
                    return Operand::invalid();
                }
                Operand::value(int)
            }
            Builtin::Append => {
                let s = self.expr(&args[0]);
                if s.is_invalid() {
                    for a in &args[1..] {
                        self.raw_expr(a);
                    }
                    return s;
                }
                if self.types().basic_kind(s.ty) == Some(BasicKind::UntypedNil) {
                    self.error(
                        args[0].span,
                        "first argument to append must be a typed slice; have untyped nil",
                    );
                    return Operand::invalid();
                }
                let el = match self.types().under_kind(s.ty) {
                    TypeKind::Slice(el) => *el,
                    _ => {
                        let msg = format!(
                            "first argument to append must be a slice; have {}",
                            self.operand_string(&args[0], &s)
                        );
                        self.error(args[0].span, msg);
                        for a in &args[1..] {
                            self.raw_expr(a);
                        }
                        return Operand::invalid();
                    }
                };
                if ellipsis {
                    if args.len() != 2 {
                        let msg = format!("can only use ... with final argument in list");
                        self.error(e.span, msg);
                        return Operand::invalid();
                    }
                    let mut x = self.expr(&args[1]);
                    if x.is_invalid() {
                        return Operand::value(s.ty);
                    }
                    // `append([]byte, string...)` is special.
                    if self.types().basic_kind(el) == Some(BasicKind::Uint8)
                        && self.types().basic_kind(x.ty).is_some_and(|k| {
                            matches!(k, BasicKind::String | BasicKind::UntypedString)
                        })
                    {
                        let st = self.basic(BasicKind::String);
                        self.convert_untyped(&mut x, &args[1], st);
                        return Operand::value(s.ty);
                    }
                    let st = self.info.types.intern(TypeKind::Slice(el));
                    self.assignment(&mut x, &args[1], st, "argument to append");
                    return Operand::value(s.ty);
                }
                for a in &args[1..] {
                    let mut x = self.expr(a);
                    self.assignment(&mut x, a, el, "argument to append");
                }
                Operand::value(s.ty)
            }
            Builtin::Clear => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return x;
                }
                if !matches!(
                    self.types().under_kind(x.ty),
                    TypeKind::Map(..) | TypeKind::Slice(_)
                ) {
                    let msg = format!(
                        "invalid argument: {} must be a map or slice",
                        self.operand_string(&args[0], &x)
                    );
                    let msg = msg.replace(" must be a map or slice", "");
                    let msg = format!("{} must be a map or slice", msg);
                    self.error(args[0].span, msg);
                    return Operand::invalid();
                }
                no_value
            }
            Builtin::Close => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return x;
                }
                match self.types().under_kind(x.ty) {
                    TypeKind::Chan(dir, _) => {
                        if *dir == ast::ChanDir::Recv {
                            let msg = format!(
                                "invalid operation: cannot close receive-only channel {}",
                                self.operand_string(&args[0], &x)
                            );
                            self.error(args[0].span, msg);
                            return Operand::invalid();
                        }
                    }
                    _ => {
                        let msg = format!(
                            "invalid operation: cannot close non-channel {}",
                            self.operand_string(&args[0], &x)
                        );
                        self.error(args[0].span, msg);
                        return Operand::invalid();
                    }
                }
                no_value
            }
            Builtin::Complex => {
                let mut x = self.expr(&args[0]);
                let mut y = self.expr(&args[1]);
                if x.is_invalid() || y.is_invalid() {
                    return Operand::invalid();
                }
                // Untyped operands take the other's type, or become untyped float.
                let xu = self.types().is_untyped(x.ty);
                let yu = self.types().is_untyped(y.ty);
                if xu && !yu {
                    let t = y.ty;
                    self.convert_untyped(&mut x, &args[0], t);
                } else if yu && !xu {
                    let t = x.ty;
                    self.convert_untyped(&mut y, &args[1], t);
                } else if xu && yu {
                    let uf = self.basic(BasicKind::UntypedFloat);
                    let both_const = x.const_val().is_some() && y.const_val().is_some();
                    if both_const {
                        let (Some(a), Some(b)) = (
                            x.const_val().and_then(|v| v.to_rat()),
                            y.const_val().and_then(|v| v.to_rat()),
                        ) else {
                            self.error(e.span, "invalid operation: complex arguments must be real");
                            return Operand::invalid();
                        };
                        let uc = self.basic(BasicKind::UntypedComplex);
                        self.convert_untyped(&mut x, &args[0], uf);
                        self.convert_untyped(&mut y, &args[1], uf);
                        return Operand {
                            mode: OpMode::Const(ConstValue::Complex(a, b)),
                            ty: uc,
                        };
                    }
                    let f64t = self.basic(BasicKind::Float64);
                    self.convert_untyped(&mut x, &args[0], f64t);
                    self.convert_untyped(&mut y, &args[1], f64t);
                }
                if x.is_invalid() || y.is_invalid() {
                    return Operand::invalid();
                }
                if x.ty != y.ty {
                    let msg = format!(
                        "invalid operation: {} (mismatched types {} and {})",
                        self.expr_str(e),
                        self.ts(x.ty),
                        self.ts(y.ty)
                    );
                    self.error(args[0].span, msg);
                    return Operand::invalid();
                }
                let rt = match self.types().basic_kind(x.ty) {
                    Some(BasicKind::Float32) => self.basic(BasicKind::Complex64),
                    Some(BasicKind::Float64) => self.basic(BasicKind::Complex128),
                    Some(BasicKind::UntypedFloat) => self.basic(BasicKind::UntypedComplex),
                    _ => {
                        let msg = format!(
                            "invalid argument: arguments have type {}, expected floating-point",
                            self.ts(x.ty)
                        );
                        self.error(args[0].span, msg);
                        return Operand::invalid();
                    }
                };
                if let (Some(a), Some(b)) = (
                    x.const_val().and_then(|v| v.to_rat()),
                    y.const_val().and_then(|v| v.to_rat()),
                ) {
                    let k = self.types().basic_kind(rt).unwrap();
                    let v = cv::representable(&ConstValue::Complex(a, b), k)
                        .unwrap_or(ConstValue::int(0));
                    return Operand {
                        mode: OpMode::Const(v),
                        ty: rt,
                    };
                }
                Operand::value(rt)
            }
            Builtin::Real | Builtin::Imag => {
                let mut x = self.expr(&args[0]);
                if x.is_invalid() {
                    return x;
                }
                if self.types().is_untyped(x.ty) {
                    if let Some(v) = x.const_val().and_then(|v| v.to_complex()) {
                        let r = if b == Builtin::Real { v.0 } else { v.1 };
                        let uf = self.basic(BasicKind::UntypedFloat);
                        let uc = self.basic(BasicKind::UntypedComplex);
                        self.convert_untyped(&mut x, &args[0], uc);
                        return Operand {
                            mode: OpMode::Const(ConstValue::Float(r)),
                            ty: uf,
                        };
                    }
                    let c128 = self.basic(BasicKind::Complex128);
                    self.convert_untyped(&mut x, &args[0], c128);
                }
                let rt = match self.types().basic_kind(x.ty) {
                    Some(BasicKind::Complex64) => self.basic(BasicKind::Float32),
                    Some(BasicKind::Complex128) => self.basic(BasicKind::Float64),
                    _ => {
                        let msg = format!(
                            "invalid argument: {} must be of complex type",
                            self.operand_string(&args[0], &x)
                        );
                        self.error(args[0].span, msg);
                        return Operand::invalid();
                    }
                };
                if let Some((re, im)) = x.const_val().and_then(|v| v.to_complex()) {
                    let v = if b == Builtin::Real { re } else { im };
                    return Operand {
                        mode: OpMode::Const(ConstValue::Float(v)),
                        ty: rt,
                    };
                }
                Operand::value(rt)
            }
            Builtin::Copy => {
                let d = self.expr(&args[0]);
                let mut s = self.expr(&args[1]);
                if d.is_invalid() || s.is_invalid() {
                    return Operand::invalid();
                }
                let del = match self.types().under_kind(d.ty) {
                    TypeKind::Slice(el) => Some(*el),
                    _ => None,
                };
                let sel = match self.types().under_kind(s.ty) {
                    TypeKind::Slice(el) => Some(*el),
                    TypeKind::Basic(BasicKind::String | BasicKind::UntypedString) => {
                        Some(self.basic(BasicKind::Uint8))
                    }
                    _ => None,
                };
                match (del, sel) {
                    (Some(a), Some(b)) if a == b => {
                        let st = self.basic(BasicKind::String);
                        self.convert_untyped(&mut s, &args[1], st);
                        Operand::value(int)
                    }
                    (Some(_), Some(_)) => {
                        let msg = format!("invalid argument: arguments to copy {} and {} have different element types {} and {}", self.operand_string(&args[0], &d), self.operand_string(&args[1], &s), self.ts(del.unwrap()), self.ts(sel.unwrap()));
                        self.error(args[0].span, msg);
                        Operand::invalid()
                    }
                    _ => {
                        let msg = format!(
                            "invalid argument: copy expects slice arguments; found {} and {}",
                            self.operand_string(&args[0], &d),
                            self.operand_string(&args[1], &s)
                        );
                        self.error(args[0].span, msg);
                        Operand::invalid()
                    }
                }
            }
            Builtin::Delete => {
                let m = self.expr(&args[0]);
                let mut k = self.expr(&args[1]);
                if m.is_invalid() || k.is_invalid() {
                    return Operand::invalid();
                }
                match self.types().under_kind(m.ty).clone() {
                    TypeKind::Map(kt, _) => {
                        self.assignment(&mut k, &args[1], kt, "argument to delete");
                        no_value
                    }
                    _ => {
                        let msg = format!(
                            "invalid argument: {} is not a map",
                            self.operand_string(&args[0], &m)
                        );
                        self.error(args[0].span, msg);
                        Operand::invalid()
                    }
                }
            }
            Builtin::Make => {
                let t = self.type_expr(&args[0]);
                if self.types().is_invalid(t) {
                    for a in &args[1..] {
                        self.raw_expr(a);
                    }
                    return Operand::invalid();
                }
                let (min, max) = match self.types().under_kind(t) {
                    TypeKind::Slice(_) => (2, 3),
                    TypeKind::Map(..) | TypeKind::Chan(..) => (1, 2),
                    _ => {
                        let msg = format!(
                            "invalid argument: cannot make {}; type must be slice, map, or channel",
                            self.expr_str(&args[0])
                        );
                        self.error(args[0].span, msg);
                        for a in &args[1..] {
                            self.raw_expr(a);
                        }
                        return Operand::invalid();
                    }
                };
                if args.len() < min || args.len() > max {
                    let msg = format!(
                        "invalid operation: {} expects {} or {} arguments; found {}",
                        self.expr_str(e),
                        min,
                        max,
                        args.len()
                    );
                    self.error(e.span, msg);
                    for a in &args[1..] {
                        self.raw_expr(a);
                    }
                    return Operand::invalid();
                }
                let mut sizes = Vec::new();
                for a in &args[1..] {
                    sizes.push(self.size_arg(a));
                }
                if let (Some(Some(l)), Some(Some(c))) = (sizes.first(), sizes.get(1)) {
                    if l > c {
                        self.error(
                            args[1].span,
                            format!("invalid argument: length and capacity swapped"),
                        );
                    }
                }
                Operand::value(t)
            }
            Builtin::New => {
                let t = self.type_expr(&args[0]);
                if self.types().is_invalid(t) {
                    return Operand::invalid();
                }
                Operand::value(self.info.types.intern(TypeKind::Pointer(t)))
            }
            Builtin::Panic => {
                let mut x = self.expr(&args[0]);
                let any = self.info.types.intern(TypeKind::Interface {
                    methods: vec![],
                    is_comparable_constraint: false,
                });
                self.assignment(&mut x, &args[0], any, "argument to panic");
                no_value
            }
            Builtin::Print | Builtin::Println => {
                for a in args {
                    let mut x = self.expr(a);
                    if x.is_invalid() {
                        continue;
                    }
                    if self.types().basic_kind(x.ty) == Some(BasicKind::UntypedNil) {
                        // gc's message lacks a space here.
                        let msg = format!("use of untyped nil in argument to built-in{}", name);
                        self.error(a.span, msg);
                        continue;
                    }
                    self.default_untyped(&mut x, a);
                }
                no_value
            }
            Builtin::Recover => {
                let any = self.info.types.intern(TypeKind::Interface {
                    methods: vec![],
                    is_comparable_constraint: false,
                });
                Operand::value(any)
            }
            Builtin::Max | Builtin::Min => {
                let mut ops: Vec<Operand> = args.iter().map(|a| self.expr(a)).collect();
                if ops.iter().any(|o| o.is_invalid()) {
                    return Operand::invalid();
                }
                // All operands must share one ordered type; untyped ones follow the typed one.
                let typed = ops
                    .iter()
                    .find(|o| !self.types().is_untyped(o.ty))
                    .map(|o| o.ty);
                let mut result_ty = ops[0].ty;
                for i in 0..ops.len() {
                    let o = ops[i].clone();
                    let k = self.types().basic_kind(o.ty);
                    let ordered = k.is_some_and(|k| {
                        k.is_integer()
                            || k.is_float()
                            || matches!(k, BasicKind::String | BasicKind::UntypedString)
                    });
                    if !ordered {
                        let msg = format!(
                            "invalid argument: {} cannot be ordered",
                            self.operand_string(&args[i], &o)
                        );
                        self.error(args[i].span, msg);
                        return Operand::invalid();
                    }
                    if i > 0 {
                        let prev = ops[i - 1].ty;
                        let pu = self.types().is_untyped(prev);
                        let ou = self.types().is_untyped(o.ty);
                        let compatible = if pu && ou {
                            let pk = self.types().basic_kind(prev).unwrap();
                            let ok = k.unwrap();
                            pk.is_numeric() == ok.is_numeric()
                        } else {
                            true
                        };
                        if !compatible || (!pu && !ou && prev != o.ty) {
                            let msg = format!(
                                "invalid argument: mismatched types {} (previous argument) and {} (type of {})",
                                self.ts(prev),
                                self.ts(o.ty),
                                self.expr_str(&args[i])
                            );
                            self.error(args[i].span, msg);
                            return Operand::invalid();
                        }
                    }
                    if self.types().is_untyped(o.ty) && self.types().is_untyped(result_ty) {
                        let rk = self.types().basic_kind(result_ty).unwrap();
                        if k.unwrap().is_numeric() && rank_of(k.unwrap()) > rank_of(rk) {
                            result_ty = o.ty;
                        }
                    }
                }
                if let Some(t) = typed {
                    result_ty = t;
                    for (o, a) in ops.iter_mut().zip(args) {
                        // Untyped operands convert to the typed one (gc's operand matching).
                        if self.types().is_untyped(o.ty) {
                            if !self.convert_untyped(o, a, t) {
                                return Operand::invalid();
                            }
                        } else if o.ty != t {
                            let msg = format!(
                                "invalid argument: mismatched types {} (previous argument) and {} (type of {})",
                                self.ts(t),
                                self.ts(o.ty),
                                self.expr_str(a)
                            );
                            self.error(a.span, msg);
                            return Operand::invalid();
                        }
                    }
                }
                if ops.iter().all(|o| o.const_val().is_some()) {
                    let mut best = ops[0].const_val().unwrap().clone();
                    for o in &ops[1..] {
                        let v = o.const_val().unwrap();
                        let better = if b == Builtin::Min {
                            cv::compare(ast::BinaryOp::Lt, v, &best)
                        } else {
                            cv::compare(ast::BinaryOp::Gt, v, &best)
                        };
                        if better == Some(true) {
                            best = v.clone();
                        }
                    }
                    return Operand {
                        mode: OpMode::Const(best),
                        ty: result_ty,
                    };
                }
                if self.types().is_untyped(result_ty) {
                    let d = self.types().default_type(result_ty);
                    for (o, a) in ops.iter_mut().zip(args) {
                        self.convert_untyped(o, a, d);
                    }
                    result_ty = d;
                }
                Operand::value(result_ty)
            }
        }
    }

    /// A builtin applied to the results of one multi-value call. Only the
    /// builtins that accept several arguments get here.
    fn builtin_spread(&mut self, e: &Expr, arg: &Expr, b: Builtin, items: &[TypeId]) -> Operand {
        let no_value = Operand {
            mode: OpMode::NoValue,
            ty: self.info.types.intern(TypeKind::Tuple(vec![])),
        };
        let name = self.expr_str(arg);
        let mismatch = |c: &mut Self, msg: String| {
            c.error(arg.span, msg);
            Operand::invalid()
        };
        match b {
            Builtin::Print | Builtin::Println => no_value,
            Builtin::Append => {
                let TypeKind::Slice(el) = self.types().under_kind(items[0]).clone() else {
                    let msg = format!(
                        "invalid argument: {} (value of type {}) is not a slice",
                        name,
                        self.ts(items[0])
                    );
                    return mismatch(self, msg);
                };
                for t in &items[1..] {
                    if !self.types().assignable_to(*t, el, &self.pkg_path) {
                        let msg = format!(
                            "cannot use {} (value of type {}) as {} value in argument to append",
                            name,
                            self.ts(*t),
                            self.ts(el)
                        );
                        return mismatch(self, msg);
                    }
                }
                Operand::value(items[0])
            }
            Builtin::Copy | Builtin::Delete | Builtin::Complex if items.len() != 2 => {
                let msg = format!(
                    "invalid operation: too many arguments for {} (expected 2, found {})",
                    self.expr_str(e),
                    items.len()
                );
                mismatch(self, msg)
            }
            Builtin::Copy => {
                let d = match self.types().under_kind(items[0]) {
                    TypeKind::Slice(el) => Some(*el),
                    _ => None,
                };
                let s = match self.types().under_kind(items[1]) {
                    TypeKind::Slice(el) => Some(*el),
                    TypeKind::Basic(BasicKind::String) => Some(self.basic(BasicKind::Uint8)),
                    _ => None,
                };
                match (d, s) {
                    (Some(a), Some(b)) if a == b => Operand::value(self.basic(BasicKind::Int)),
                    _ => {
                        let msg = format!(
                            "invalid argument: copy expects slice arguments; found {}",
                            name
                        );
                        mismatch(self, msg)
                    }
                }
            }
            Builtin::Delete => match self.types().under_kind(items[0]).clone() {
                TypeKind::Map(k, _) if self.types().assignable_to(items[1], k, &self.pkg_path) => {
                    no_value
                }
                _ => {
                    let msg = format!(
                        "invalid argument: {} is not a map with a matching key",
                        name
                    );
                    mismatch(self, msg)
                }
            },
            Builtin::Complex => {
                let rt = match self.types().basic_kind(items[0]) {
                    Some(BasicKind::Float32) if items[1] == items[0] => {
                        self.basic(BasicKind::Complex64)
                    }
                    Some(BasicKind::Float64) if items[1] == items[0] => {
                        self.basic(BasicKind::Complex128)
                    }
                    _ => {
                        let msg = format!(
                            "invalid operation: {} (mismatched types {} and {})",
                            self.expr_str(e),
                            self.ts(items[0]),
                            self.ts(items[1])
                        );
                        return mismatch(self, msg);
                    }
                };
                Operand::value(rt)
            }
            _ => {
                // min and max: one ordered type throughout.
                let t = items[0];
                let ordered = self
                    .types()
                    .basic_kind(t)
                    .is_some_and(|k| k.is_integer() || k.is_float() || k == BasicKind::String);
                if !ordered || items.iter().any(|x| *x != t) {
                    let msg = format!(
                        "invalid argument: mismatched or unordered types in {}",
                        self.expr_str(e)
                    );
                    return mismatch(self, msg);
                }
                Operand::value(t)
            }
        }
    }

    /// A `make` size argument: a non-negative integer. Returns its constant value.
    fn size_arg(&mut self, a: &Expr) -> Option<u64> {
        let mut x = self.expr(a);
        if x.is_invalid() {
            return None;
        }
        // An untyped integer constant becomes an int first, as in gc's messages.
        if self.types().is_untyped(x.ty) && x.const_val().and_then(|v| v.to_int()).is_some() {
            let int = self.basic(BasicKind::Int);
            if !self.convert_untyped(&mut x, a, int) {
                return None;
            }
        }
        if let OpMode::Const(v) = &x.mode {
            let v = v.clone();
            if self.types().is_untyped(x.ty)
                || self
                    .types()
                    .basic_kind(x.ty)
                    .is_some_and(|k| k.is_numeric())
            {
                if v.to_int().is_none() {
                    let msg = format!("{} truncated to int", self.operand_string(a, &x));
                    self.error(a.span, msg);
                    return None;
                }
                if cv::is_negative(&v) {
                    let msg = format!(
                        "invalid argument: index {} must not be negative",
                        self.operand_string(a, &x)
                    );
                    self.error(a.span, msg);
                    return None;
                }
                if self.types().is_untyped(x.ty) {
                    let int = self.basic(BasicKind::Int);
                    self.convert_untyped(&mut x, a, int);
                }
                return v.to_int().and_then(|i| u64::try_from(&i).ok());
            }
        }
        if !self
            .types()
            .basic_kind(x.ty)
            .is_some_and(|k| k.is_integer())
        {
            let msg = format!("cannot convert {} to type int", self.operand_string(a, &x));
            self.error(a.span, msg);
        } else if self.types().is_untyped(x.ty) {
            let int = self.basic(BasicKind::Int);
            self.convert_untyped(&mut x, a, int);
        }
        None
    }
}

fn rank_of(k: BasicKind) -> u8 {
    match k {
        BasicKind::UntypedInt => 1,
        BasicKind::UntypedRune => 2,
        BasicKind::UntypedFloat => 3,
        BasicKind::UntypedComplex => 4,
        _ => 0,
    }
}

/// Whether `len(x)` must be evaluated at run time (x contains a call or receive).
fn contains_call_or_recv(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call { .. } => true,
        ExprKind::Unary(ast::UnaryOp::Recv, _) => true,
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) => contains_call_or_recv(x),
        ExprKind::Selector(x, _) => contains_call_or_recv(x),
        ExprKind::Index(x, i) => contains_call_or_recv(x) || i.iter().any(contains_call_or_recv),
        ExprKind::Binary(_, a, b) => contains_call_or_recv(a) || contains_call_or_recv(b),
        ExprKind::CompositeLit { elts, .. } => elts.iter().any(|el| {
            contains_call_or_recv(&el.value) || el.key.as_ref().is_some_and(contains_call_or_recv)
        }),
        ExprKind::FuncLit { .. } => false,
        _ => false,
    }
}
