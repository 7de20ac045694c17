//! Parser: expressions and types.

use super::decl::ArrayOrTypeArgs;
use super::{Parser, MAX_NESTING_DEPTH};
use crate::ast::{
    BinaryOp, ChanDir, Element, Expr, ExprKind, Field, InterfaceElem, LitKind, TypeTerm, UnaryOp,
};
use crate::token::{SemiKind, TokenKind};
use crate::{ast_dump, literal};

impl<'a> Parser<'a> {
    pub(super) fn expr(&mut self) -> Expr {
        self.binary_expr(None, 0)
    }

    pub(super) fn expr_list(&mut self) -> Vec<Expr> {
        let mut list = vec![self.expr()];
        while self.got(TokenKind::Comma) {
            list.push(self.expr());
        }
        list
    }

    /// Operators binding tighter than `precedence`, continuing after `x` if given.
    pub(super) fn binary_expr(&mut self, x: Option<Expr>, precedence: u8) -> Expr {
        let mut x = match x {
            Some(x) => x,
            None => self.unary_expr(),
        };
        // A long chain `a + b + c ...` nests to the left without recursing
        // here; it still counts against the depth bound because later passes
        // walk the tree recursively.
        let mut chain = 0;
        loop {
            let kind = self.kind();
            let op_precedence = kind.precedence();
            if op_precedence <= precedence {
                break;
            }
            let op = match kind {
                TokenKind::Operator(op) => op,
                _ => BinaryOp::Mul,
            };
            chain += 1;
            if self.depth + chain / 4 >= MAX_NESTING_DEPTH {
                self.nesting_exceeded();
                break;
            }
            self.next();
            let y = self.binary_expr(None, op_precedence);
            let span = x.span.to(y.span);
            x = self.make_expr(span, ExprKind::Binary(op, Box::new(x), Box::new(y)));
        }
        x
    }

    pub(super) fn unary_expr(&mut self) -> Expr {
        if !self.enter() {
            return self.bad_expr();
        }
        let x = self.unary_expr_inner();
        self.leave();
        x
    }

    fn unary_expr_inner(&mut self) -> Expr {
        let lo = self.lo();
        let op = match self.kind() {
            TokenKind::Star => {
                self.next();
                let x = self.unary_expr();
                return self.make_expr(self.span_from(lo), ExprKind::Star(Box::new(x)));
            }
            TokenKind::Operator(BinaryOp::Add) => Some(UnaryOp::Pos),
            TokenKind::Operator(BinaryOp::Sub) => Some(UnaryOp::Neg),
            TokenKind::Operator(BinaryOp::Xor) => Some(UnaryOp::BitNot),
            TokenKind::Operator(BinaryOp::And) => Some(UnaryOp::Addr),
            TokenKind::Not => Some(UnaryOp::Not),
            TokenKind::Tilde => Some(UnaryOp::Tilde),
            TokenKind::Arrow => Some(UnaryOp::Recv),
            _ => None,
        };
        let Some(op) = op else {
            return self.primary_expr(None);
        };
        self.next();
        let x = self.unary_expr();
        if op == UnaryOp::Recv {
            if let ExprKind::ChanType(..) = x.kind {
                return self.receive_chan_type(lo, x);
            }
        }
        self.make_expr(self.span_from(lo), ExprKind::Unary(op, Box::new(x)))
    }

    /// `<-` applied to a channel type: `<-chan T` was written, so the
    /// outermost channel type (and the ones it was parsed as sending to)
    /// become receive-only.
    fn receive_chan_type(&mut self, lo: u32, mut x: Expr) -> Expr {
        let mut problem = None;
        mark_receive(&mut x, &mut problem);
        if let Some(message) = problem {
            self.syntax_error(&message);
        }
        x.span = self.span_from(lo);
        x
    }

    fn operand(&mut self) -> Expr {
        let lo = self.lo();
        match self.kind() {
            TokenKind::Name => {
                let name = self.name();
                self.ident_expr(name)
            }
            TokenKind::Literal(kind) => {
                let token = self.token();
                self.next();
                let text = self.text_of(token);
                self.make_expr(token.span, ExprKind::BasicLit(kind, text.into()))
            }
            TokenKind::LParen => {
                self.next();
                self.expr_nesting += 1;
                let x = self.expr();
                self.expr_nesting -= 1;
                self.want(TokenKind::RParen);
                self.make_expr(self.span_from(lo), ExprKind::Paren(Box::new(x)))
            }
            TokenKind::Func => {
                self.next();
                let (_, sig) = self.func_type("function type");
                if self.at(TokenKind::LBrace) {
                    self.expr_nesting += 1;
                    let body = self.func_body();
                    self.expr_nesting -= 1;
                    return self.make_expr(self.span_from(lo), ExprKind::FuncLit { sig, body });
                }
                self.make_expr(self.span_from(lo), ExprKind::FuncType(sig))
            }
            TokenKind::LBrack
            | TokenKind::Chan
            | TokenKind::Map
            | TokenKind::Struct
            | TokenKind::Interface => self.type_(),
            _ => {
                let x = self.bad_expr();
                self.syntax_error("expected expression");
                self.advance(&[TokenKind::RParen, TokenKind::RBrack, TokenKind::RBrace]);
                x
            }
        }
    }

    /// An operand followed by selectors, index or slice expressions, type
    /// assertions, calls and composite literal bodies.
    pub(super) fn primary_expr(&mut self, x: Option<Expr>) -> Expr {
        let mut x = match x {
            Some(x) => x,
            None => self.operand(),
        };
        let mut suffixes = 0;
        loop {
            let lo = x.span.lo;
            suffixes += 1;
            if self.depth + suffixes / 4 >= MAX_NESTING_DEPTH {
                self.nesting_exceeded();
                return x;
            }
            match self.kind() {
                TokenKind::Dot => {
                    self.next();
                    match self.kind() {
                        TokenKind::Name => {
                            let sel = self.name();
                            x = self.make_expr(
                                self.span_from(lo),
                                ExprKind::Selector(Box::new(x), sel),
                            );
                        }
                        TokenKind::LParen => {
                            self.next();
                            let ty = if self.got(TokenKind::Type) {
                                None
                            } else {
                                Some(Box::new(self.type_()))
                            };
                            self.want(TokenKind::RParen);
                            x = self.make_expr(
                                self.span_from(lo),
                                ExprKind::TypeAssert(Box::new(x), ty),
                            );
                        }
                        _ => {
                            self.syntax_error("expected name or (");
                            self.advance(&[
                                TokenKind::Semi(SemiKind::Semicolon),
                                TokenKind::RParen,
                            ]);
                        }
                    }
                }
                TokenKind::LBrack => {
                    self.next();
                    x = self.index_or_slice(x);
                }
                TokenKind::LParen => {
                    self.next();
                    let (args, ellipsis) = self.arg_list();
                    x = self.make_expr(
                        self.span_from(lo),
                        ExprKind::Call {
                            func: Box::new(x),
                            args,
                            ellipsis,
                        },
                    );
                }
                TokenKind::LBrace => {
                    let inner = unparen(&x);
                    let complit_ok = match &inner.kind {
                        ExprKind::Ident(_) | ExprKind::Selector(..) => self.expr_nesting >= 0,
                        ExprKind::Index(..) => self.expr_nesting >= 0 && !is_value(inner),
                        ExprKind::ArrayType { .. }
                        | ExprKind::SliceType(_)
                        | ExprKind::StructType(_)
                        | ExprKind::MapType(..) => true,
                        _ => false,
                    };
                    if !complit_ok {
                        return x;
                    }
                    if matches!(x.kind, ExprKind::Paren(_)) {
                        self.syntax_error("cannot parenthesize type in composite literal");
                    }
                    x = self.composite_lit(Some(x));
                }
                _ => return x,
            }
        }
    }

    /// After `x[`: an index, an index list (instantiation) or a slice.
    fn index_or_slice(&mut self, x: Expr) -> Expr {
        let lo = x.span.lo;
        let mut first = None;
        if !self.at(TokenKind::Colon) {
            let (list, comma) = if self.at(TokenKind::RBrack) {
                self.syntax_error("expected operand");
                (vec![self.bad_expr()], false)
            } else {
                self.type_list(false)
            };
            if comma || self.at(TokenKind::RBrack) {
                self.want(TokenKind::RBrack);
                return self.make_expr(self.span_from(lo), ExprKind::Index(Box::new(x), list));
            }
            first = list.into_iter().next();
        }
        if !self.got(TokenKind::Colon) {
            self.syntax_error("expected comma, : or ]");
            self.advance(&[TokenKind::Comma, TokenKind::Colon, TokenKind::RBrack]);
        }
        self.expr_nesting += 1;
        let mut hi = None;
        let mut max = None;
        let mut three = false;
        if !self.at(TokenKind::Colon) && !self.at(TokenKind::RBrack) {
            hi = Some(Box::new(self.expr()));
        }
        if self.at(TokenKind::Colon) {
            three = true;
            if hi.is_none() {
                self.error("middle index required in 3-index slice");
                hi = Some(Box::new(self.bad_expr()));
            }
            self.next();
            if !self.at(TokenKind::RBrack) {
                max = Some(Box::new(self.expr()));
            } else {
                self.error("final index required in 3-index slice");
                max = Some(Box::new(self.bad_expr()));
            }
        }
        self.expr_nesting -= 1;
        self.want(TokenKind::RBrack);
        let kind = ExprKind::Slice {
            x: Box::new(x),
            lo: first.map(Box::new),
            hi,
            max,
            three,
        };
        self.make_expr(self.span_from(lo), kind)
    }

    /// `(args [...])` after the `(`.
    fn arg_list(&mut self) -> (Vec<Expr>, bool) {
        let mut args = Vec::new();
        let mut ellipsis = false;
        self.expr_nesting += 1;
        self.list(
            "argument list",
            TokenKind::Comma,
            TokenKind::RParen,
            &mut |p| {
                args.push(p.expr());
                ellipsis = p.got(TokenKind::DotDotDot);
                ellipsis
            },
        );
        self.expr_nesting -= 1;
        (args, ellipsis)
    }

    /// `{ elements }` of a composite literal whose type `ty` was parsed
    /// (`None` for an elided type inside another literal).
    fn composite_lit(&mut self, ty: Option<Expr>) -> Expr {
        if !self.enter() {
            return self.bad_expr();
        }
        let lo = ty.as_ref().map(|t| t.span.lo).unwrap_or(self.lo());
        let mut elts = Vec::new();
        self.expr_nesting += 1;
        self.want(TokenKind::LBrace);
        let rbrace = self.list(
            "composite literal",
            TokenKind::Comma,
            TokenKind::RBrace,
            &mut |p| {
                let first = p.bare_complit_expr();
                if p.at(TokenKind::Colon) {
                    p.next();
                    let value = p.bare_complit_expr();
                    elts.push(Element {
                        key: Some(first),
                        value,
                    });
                } else {
                    elts.push(Element {
                        key: None,
                        value: first,
                    });
                }
                false
            },
        );
        self.expr_nesting -= 1;
        self.leave();
        let kind = ExprKind::CompositeLit {
            ty: ty.map(Box::new),
            elts,
            rbrace,
        };
        self.make_expr(self.span_from(lo), kind)
    }

    fn bare_complit_expr(&mut self) -> Expr {
        if self.at(TokenKind::LBrace) {
            return self.composite_lit(None);
        }
        self.expr()
    }

    /// A list of expressions (or types, when `strict`) inside brackets;
    /// also says whether a comma was seen.
    pub(super) fn type_list(&mut self, strict: bool) -> (Vec<Expr>, bool) {
        self.expr_nesting += 1;
        let first = if strict { self.type_() } else { self.expr() };
        let mut list = vec![first];
        let mut comma = false;
        if self.got(TokenKind::Comma) {
            comma = true;
            while let Some(ty) = self.type_or_none() {
                list.push(ty);
                if !self.got(TokenKind::Comma) {
                    break;
                }
            }
        }
        self.expr_nesting -= 1;
        (list, comma)
    }

    pub(super) fn type_(&mut self) -> Expr {
        match self.type_or_none() {
            Some(ty) => ty,
            None => {
                let bad = self.bad_expr();
                self.syntax_error("expected type");
                self.advance(&[
                    TokenKind::Comma,
                    TokenKind::Colon,
                    TokenKind::Semi(SemiKind::Semicolon),
                    TokenKind::RParen,
                    TokenKind::RBrack,
                    TokenKind::RBrace,
                ]);
                bad
            }
        }
    }

    pub(super) fn type_or_none(&mut self) -> Option<Expr> {
        if !self.enter() {
            return Some(self.bad_expr());
        }
        let ty = self.type_or_none_inner();
        self.leave();
        ty
    }

    fn type_or_none_inner(&mut self) -> Option<Expr> {
        let lo = self.lo();
        let kind = match self.kind() {
            TokenKind::Star => {
                self.next();
                ExprKind::Star(Box::new(self.type_()))
            }
            TokenKind::Arrow => {
                self.next();
                self.want(TokenKind::Chan);
                ExprKind::ChanType(ChanDir::Recv, Box::new(self.chan_elem()))
            }
            TokenKind::Func => {
                self.next();
                let (_, sig) = self.func_type("function type");
                ExprKind::FuncType(sig)
            }
            TokenKind::LBrack => {
                self.next();
                if self.got(TokenKind::RBrack) {
                    ExprKind::SliceType(Box::new(self.type_()))
                } else {
                    return Some(self.array_type(lo, None));
                }
            }
            TokenKind::Chan => {
                self.next();
                let dir = if self.got(TokenKind::Arrow) {
                    ChanDir::Send
                } else {
                    ChanDir::Both
                };
                ExprKind::ChanType(dir, Box::new(self.chan_elem()))
            }
            TokenKind::Map => {
                self.next();
                self.want(TokenKind::LBrack);
                let key = self.type_();
                self.want(TokenKind::RBrack);
                let value = self.type_();
                ExprKind::MapType(Box::new(key), Box::new(value))
            }
            TokenKind::Struct => return Some(self.struct_type()),
            TokenKind::Interface => return Some(self.interface_type()),
            TokenKind::Name => return Some(self.qualified_name(None)),
            TokenKind::LParen => {
                self.next();
                let ty = self.type_();
                self.want(TokenKind::RParen);
                ExprKind::Paren(Box::new(ty))
            }
            _ => return None,
        };
        Some(self.make_expr(self.span_from(lo), kind))
    }

    /// `[len]elem` after the `[`; `len` is given when already parsed.
    pub(super) fn array_type(&mut self, lo: u32, len: Option<Expr>) -> Expr {
        let len = match len {
            Some(len) => Some(len),
            None if self.got(TokenKind::DotDotDot) => None,
            None => {
                self.expr_nesting += 1;
                let len = self.expr();
                self.expr_nesting -= 1;
                Some(len)
            }
        };
        if self.at(TokenKind::Comma) {
            self.syntax_error("unexpected comma; expected ]");
            self.next();
        }
        self.want(TokenKind::RBrack);
        let elem = self.type_();
        self.make_expr(
            self.span_from(lo),
            ExprKind::ArrayType {
                len: len.map(Box::new),
                elem: Box::new(elem),
            },
        )
    }

    fn chan_elem(&mut self) -> Expr {
        match self.type_or_none() {
            Some(ty) => ty,
            None => {
                let bad = self.bad_expr();
                self.syntax_error("missing channel element type");
                bad
            }
        }
    }

    /// `name`, `pkg.name`, either followed by type arguments `[...]`.
    pub(super) fn qualified_name(&mut self, name: Option<crate::ast::Ident>) -> Expr {
        let mut x = match name {
            Some(name) => self.ident_expr(name),
            None if self.at(TokenKind::Name) => {
                let name = self.name();
                self.ident_expr(name)
            }
            None => {
                let lo = self.lo();
                let name = self.ident_named("_", lo);
                self.syntax_error("expected name");
                self.advance(&[
                    TokenKind::Dot,
                    TokenKind::Semi(SemiKind::Semicolon),
                    TokenKind::RBrace,
                ]);
                self.ident_expr(name)
            }
        };
        if self.got(TokenKind::Dot) {
            let sel = self.name();
            let span = x.span.to(sel.span);
            x = self.make_expr(span, ExprKind::Selector(Box::new(x), sel));
        }
        if self.at(TokenKind::LBrack) {
            x = self.type_instance(x);
        }
        x
    }

    fn type_instance(&mut self, base: Expr) -> Expr {
        self.want(TokenKind::LBrack);
        let args = if self.at(TokenKind::RBrack) {
            self.syntax_error("expected type argument list");
            vec![self.bad_expr()]
        } else {
            self.type_list(true).0
        };
        self.want(TokenKind::RBrack);
        let span = self.span_from(base.span.lo);
        self.make_expr(span, ExprKind::Index(Box::new(base), args))
    }

    fn struct_type(&mut self) -> Expr {
        let lo = self.lo();
        self.want(TokenKind::Struct);
        self.want(TokenKind::LBrace);
        let mut fields = Vec::new();
        self.list(
            "struct type",
            TokenKind::Semi(SemiKind::Semicolon),
            TokenKind::RBrace,
            &mut |p| {
                if let Some(field) = p.field_decl() {
                    fields.push(field);
                }
                false
            },
        );
        self.make_expr(self.span_from(lo), ExprKind::StructType(fields))
    }

    /// The tag after a field, unquoted.
    fn field_tag(&mut self) -> Option<String> {
        if let TokenKind::Literal(kind) = self.kind() {
            let token = self.token();
            self.next();
            if kind != LitKind::String {
                return None;
            }
            let bytes = literal::unquote_string(self.text_of(token))?;
            return Some(String::from_utf8_lossy(&bytes).into_owned());
        }
        None
    }

    fn embedded_field(&mut self, lo: u32, ty: Expr) -> Field {
        let tag = self.field_tag();
        Field {
            names: Vec::new(),
            ty,
            tag,
            variadic: false,
            embedded: true,
            span: self.span_from(lo),
        }
    }

    fn field_decl(&mut self) -> Option<Field> {
        let lo = self.lo();
        match self.kind() {
            TokenKind::Name => {
                let name = self.name();
                if self.at(TokenKind::Dot)
                    || self.at(TokenKind::Literal(LitKind::String))
                    || self.at_semi()
                    || self.at(TokenKind::RBrace)
                {
                    let ty = self.qualified_name(Some(name));
                    return Some(self.embedded_field(lo, ty));
                }
                let names = self.name_list(name);
                let ty;
                if names.len() == 1 && self.at(TokenKind::LBrack) {
                    match self.array_or_type_args() {
                        ArrayOrTypeArgs::Args(args) => {
                            let name = names.into_iter().next()?;
                            let base = self.ident_expr(name);
                            let instance = self.make_expr(
                                self.span_from(lo),
                                ExprKind::Index(Box::new(base), args),
                            );
                            return Some(self.embedded_field(lo, instance));
                        }
                        ArrayOrTypeArgs::Type(array) => ty = array,
                    }
                } else {
                    ty = self.type_();
                }
                let tag = self.field_tag();
                Some(Field {
                    names,
                    ty,
                    tag,
                    variadic: false,
                    embedded: false,
                    span: self.span_from(lo),
                })
            }
            TokenKind::Star => {
                self.next();
                let ty = if self.at(TokenKind::LParen) {
                    self.syntax_error("cannot parenthesize embedded type");
                    self.next();
                    let ty = self.qualified_name(None);
                    self.got(TokenKind::RParen);
                    ty
                } else {
                    self.qualified_name(None)
                };
                let star = self.make_expr(self.span_from(lo), ExprKind::Star(Box::new(ty)));
                Some(self.embedded_field(lo, star))
            }
            TokenKind::LParen => {
                self.syntax_error("cannot parenthesize embedded type");
                self.next();
                let ty = if self.at(TokenKind::Star) {
                    let star_lo = self.lo();
                    self.next();
                    let ty = self.qualified_name(None);
                    self.make_expr(self.span_from(star_lo), ExprKind::Star(Box::new(ty)))
                } else {
                    self.qualified_name(None)
                };
                self.got(TokenKind::RParen);
                Some(self.embedded_field(lo, ty))
            }
            _ => {
                self.syntax_error("expected field name or embedded type");
                self.advance(&[TokenKind::Semi(SemiKind::Semicolon), TokenKind::RBrace]);
                None
            }
        }
    }

    fn interface_type(&mut self) -> Expr {
        let lo = self.lo();
        self.want(TokenKind::Interface);
        self.want(TokenKind::LBrace);
        let mut elems = Vec::new();
        self.list(
            "interface type",
            TokenKind::Semi(SemiKind::Semicolon),
            TokenKind::RBrace,
            &mut |p| {
                let first = if p.at(TokenKind::Name) {
                    match p.method_decl() {
                        MethodOrType::Method(elem) => {
                            elems.push(elem);
                            return false;
                        }
                        MethodOrType::Type(ty) => Some(ty),
                    }
                } else {
                    None
                };
                let union = p.embedded_elem(first);
                let mut terms = Vec::new();
                flatten_union(union, &mut terms);
                elems.push(InterfaceElem::Embed(terms));
                false
            },
        );
        self.make_expr(self.span_from(lo), ExprKind::InterfaceType(elems))
    }

    /// An interface element starting with a name: a method, or an embedded
    /// (possibly generic or qualified) type.
    fn method_decl(&mut self) -> MethodOrType {
        let name = self.name();
        const CONTEXT: &str = "interface method";
        match self.kind() {
            TokenKind::LParen => {
                let (_, sig) = self.func_type(CONTEXT);
                MethodOrType::Method(InterfaceElem::Method { name, sig })
            }
            TokenKind::LBrack => {
                let bracket_lo = self.lo();
                self.next();
                if self.at(TokenKind::RBrack) {
                    let close_lo = self.lo();
                    self.next();
                    if self.at(TokenKind::LParen) {
                        self.error_at(close_lo, "empty type parameter list");
                        let (_, sig) = self.func_type(CONTEXT);
                        return MethodOrType::Method(InterfaceElem::Method { name, sig });
                    }
                    self.error_at(close_lo, "empty type argument list");
                    return MethodOrType::Type(self.ident_expr(name));
                }
                let params = self.param_items(None, None, TokenKind::RBrack, false);
                if params.is_empty() {
                    if self.at(TokenKind::LParen) {
                        let (_, sig) = self.func_type(CONTEXT);
                        return MethodOrType::Method(InterfaceElem::Method { name, sig });
                    }
                    return MethodOrType::Type(self.ident_expr(name));
                }
                if params[0].name.is_some() {
                    let (_, sig) = self.func_type(CONTEXT);
                    self.error_at(bracket_lo, "interface method must have no type parameters");
                    return MethodOrType::Method(InterfaceElem::Method { name, sig });
                }
                let args: Vec<Expr> = params.into_iter().filter_map(|p| p.ty).collect();
                let base = self.ident_expr(name);
                let span = self.span_from(base.span.lo);
                MethodOrType::Type(self.make_expr(span, ExprKind::Index(Box::new(base), args)))
            }
            _ => MethodOrType::Type(self.qualified_name(Some(name))),
        }
    }
}

/// Makes the channel type `x` receive-only; when it was parsed as `chan<-`,
/// the `<-` belonged to the element, which must then be a channel too.
fn mark_receive(x: &mut Expr, problem: &mut Option<String>) {
    if let ExprKind::ChanType(dir, elem) = &mut x.kind {
        let old = *dir;
        *dir = ChanDir::Recv;
        match old {
            ChanDir::Recv => *problem = Some("unexpected <-, expected chan".to_string()),
            ChanDir::Send => {
                if matches!(elem.kind, ExprKind::ChanType(..)) {
                    mark_receive(elem, problem);
                } else {
                    *problem = Some(format!(
                        "unexpected {}, expected chan",
                        ast_dump::expr_string(elem)
                    ));
                }
            }
            ChanDir::Both => {}
        }
    }
}

enum MethodOrType {
    Method(InterfaceElem),
    Type(Expr),
}

/// Splits `A | ~B | C` into its terms.
fn flatten_union(x: Expr, terms: &mut Vec<TypeTerm>) {
    match x.kind {
        ExprKind::Binary(BinaryOp::Or, left, right) => {
            flatten_union(*left, terms);
            flatten_union(*right, terms);
        }
        ExprKind::Unary(UnaryOp::Tilde, ty) => terms.push(TypeTerm {
            tilde: true,
            ty: *ty,
        }),
        kind => terms.push(TypeTerm {
            tilde: false,
            ty: Expr {
                id: x.id,
                span: x.span,
                kind,
            },
        }),
    }
}

pub(super) fn unparen(mut x: &Expr) -> &Expr {
    while let ExprKind::Paren(inner) = &x.kind {
        x = inner;
    }
    x
}

/// Whether `x` is certainly a value (not a type), which rules out a
/// composite literal after `x[...]`.
fn is_value(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::BasicLit(..)
        | ExprKind::CompositeLit { .. }
        | ExprKind::FuncLit { .. }
        | ExprKind::Slice { .. }
        | ExprKind::TypeAssert(..)
        | ExprKind::Call { .. } => true,
        ExprKind::Unary(..) | ExprKind::Binary(..) => true,
        ExprKind::Paren(inner) => is_value(inner),
        ExprKind::Index(base, indices) => {
            is_value(base) || (indices.len() == 1 && is_value(&indices[0]))
        }
        _ => false,
    }
}
