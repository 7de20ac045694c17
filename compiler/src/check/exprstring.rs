//! gc's rendering of expressions in messages (types2's `syntax.String`):
//! binary operators spaced, composite literal and function bodies elided as `…`.

use super::*;
use crate::ast::{ChanDir, Expr, ExprKind, Field, FuncType, InterfaceElem, UnaryOp};

impl<'a> Checker<'a> {
    /// The expression as gc prints it in messages.
    pub(super) fn expr_str(&self, e: &Expr) -> String {
        let mut out = String::new();
        write_expr(&mut out, e, 0);
        out
    }
}

/// Nesting beyond which the rendering is cut short (trees are bounded by the parser anyway).
const MAX_RENDER_DEPTH: u32 = 400;

fn write_expr(out: &mut String, e: &Expr, depth: u32) {
    if depth > MAX_RENDER_DEPTH {
        out.push('…');
        return;
    }
    let d = depth + 1;
    match &e.kind {
        ExprKind::Ident(id) => out.push_str(&id.name),
        ExprKind::BasicLit(_, text) => out.push_str(text),
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                write_expr(out, t, d);
            }
            out.push_str(if elts.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::FuncLit { sig, .. } => {
            out.push_str("func");
            write_signature(out, sig, d);
            out.push_str(" {…}");
        }
        ExprKind::Paren(x) => {
            out.push('(');
            write_expr(out, x, d);
            out.push(')');
        }
        ExprKind::Selector(x, sel) => {
            write_expr(out, x, d);
            out.push('.');
            out.push_str(&sel.name);
        }
        ExprKind::Index(x, idx) => {
            write_expr(out, x, d);
            out.push('[');
            write_list(out, idx, d);
            out.push(']');
        }
        ExprKind::Slice {
            x,
            lo,
            hi,
            max,
            three,
        } => {
            write_expr(out, x, d);
            out.push('[');
            if let Some(lo) = lo {
                write_expr(out, lo, d);
            }
            out.push(':');
            if let Some(hi) = hi {
                write_expr(out, hi, d);
            }
            if *three {
                out.push(':');
                if let Some(m) = max {
                    write_expr(out, m, d);
                }
            }
            out.push(']');
        }
        ExprKind::TypeAssert(x, t) => {
            write_expr(out, x, d);
            out.push_str(".(");
            match t {
                Some(t) => write_expr(out, t, d),
                None => out.push_str("type"),
            }
            out.push(')');
        }
        ExprKind::Call {
            func,
            args,
            ellipsis,
        } => {
            write_expr(out, func, d);
            out.push('(');
            write_list(out, args, d);
            if *ellipsis {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Star(x) => {
            out.push('*');
            write_expr(out, x, d);
        }
        ExprKind::Unary(op, x) => {
            out.push_str(match op {
                UnaryOp::Pos => "+",
                UnaryOp::Neg => "-",
                UnaryOp::Not => "!",
                UnaryOp::BitNot => "^",
                UnaryOp::Addr => "&",
                UnaryOp::Recv => "<-",
                UnaryOp::Tilde => "~",
            });
            write_expr(out, x, d);
        }
        ExprKind::Binary(op, l, r) => {
            write_expr(out, l, d);
            out.push(' ');
            out.push_str(op.as_str());
            out.push(' ');
            write_expr(out, r, d);
        }
        ExprKind::ArrayType { len, elem } => {
            out.push('[');
            match len {
                Some(l) => write_expr(out, l, d),
                None => out.push_str("..."),
            }
            out.push(']');
            write_expr(out, elem, d);
        }
        ExprKind::SliceType(elem) => {
            out.push_str("[]");
            write_expr(out, elem, d);
        }
        ExprKind::StructType(fields) => {
            out.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                write_field(out, f, d);
            }
            out.push('}');
        }
        ExprKind::FuncType(ft) => {
            out.push_str("func");
            write_signature(out, ft, d);
        }
        ExprKind::InterfaceType(elems) => {
            out.push_str("interface{");
            for (i, el) in elems.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                match el {
                    InterfaceElem::Method { name, sig } => {
                        out.push_str(&name.name);
                        write_signature(out, sig, d);
                    }
                    InterfaceElem::Embed(terms) => {
                        for (j, t) in terms.iter().enumerate() {
                            if j > 0 {
                                out.push_str(" | ");
                            }
                            if t.tilde {
                                out.push('~');
                            }
                            write_expr(out, &t.ty, d);
                        }
                    }
                }
            }
            out.push('}');
        }
        ExprKind::MapType(k, v) => {
            out.push_str("map[");
            write_expr(out, k, d);
            out.push(']');
            write_expr(out, v, d);
        }
        ExprKind::ChanType(dir, elem) => {
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(out, elem, d);
        }
        ExprKind::Ellipsis(x) => {
            out.push_str("...");
            if let Some(x) = x {
                write_expr(out, x, d);
            }
        }
        ExprKind::Bad => out.push_str("BadExpr"),
    }
}

fn write_list(out: &mut String, list: &[Expr], depth: u32) {
    for (i, x) in list.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_expr(out, x, depth);
    }
}

fn write_field(out: &mut String, f: &Field, depth: u32) {
    for (i, n) in f.names.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&n.name);
    }
    if !f.names.is_empty() {
        out.push(' ');
    }
    if f.variadic {
        out.push_str("...");
    }
    write_expr(out, &f.ty, depth);
}

fn write_signature(out: &mut String, ft: &FuncType, depth: u32) {
    out.push('(');
    for (i, f) in ft.params.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_field(out, f, depth);
    }
    out.push(')');
    let single_unnamed = ft.results.len() == 1 && ft.results[0].names.is_empty();
    if single_unnamed {
        out.push(' ');
        write_expr(out, &ft.results[0].ty, depth);
    } else if !ft.results.is_empty() {
        out.push_str(" (");
        for (i, f) in ft.results.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            write_field(out, f, depth);
        }
        out.push(')');
    }
}
