//! Parser: statements and blocks.

use super::expr::unparen;
use super::Parser;
use crate::ast::{
    BinaryOp, Block, CaseClause, CommClause, Expr, ExprKind, Ident, Span, Stmt, StmtKind,
};
use crate::ast_dump;
use crate::token::{SemiKind, TokenKind};

/// A simple statement, or one of the two forms only a statement header allows.
enum Simple {
    Stmt(Stmt),
    /// `[lhs (= | :=)] range x` in a `for` header.
    Range {
        lhs: Vec<Expr>,
        define: bool,
        x: Expr,
        lo: u32,
    },
    /// `v := x.(type)` in a `switch` header; `x` is the operand.
    Guard {
        bind: Ident,
        x: Expr,
        lo: u32,
    },
}

/// The parts of an `if`, `for` or `switch` header.
#[derive(Default)]
struct Header {
    init: Option<Simple>,
    cond: Option<Simple>,
    post: Option<Simple>,
}

impl<'a> Parser<'a> {
    pub(super) fn stmt_list(&mut self) -> Vec<Stmt> {
        let mut stmts = Vec::new();
        while !self.at(TokenKind::Eof)
            && !self.at(TokenKind::RBrace)
            && !self.at(TokenKind::Case)
            && !self.at(TokenKind::Default)
        {
            let Some(stmt) = self.stmt_or_none() else {
                break;
            };
            stmts.push(stmt);
            if !self.got_semi() && !self.at(TokenKind::RBrace) {
                self.syntax_error("at end of statement");
                self.advance(&[
                    TokenKind::Semi(SemiKind::Semicolon),
                    TokenKind::RBrace,
                    TokenKind::Case,
                    TokenKind::Default,
                ]);
                self.got_semi();
            }
        }
        stmts
    }

    pub(super) fn block_stmt(&mut self, context: &str) -> Block {
        let lo = self.lo();
        if !self.got(TokenKind::LBrace) {
            self.syntax_error(&format!("expected {{ after {context}"));
            self.advance(&[TokenKind::Name, TokenKind::RBrace]);
            if self.got(TokenKind::RBrace) {
                return Block {
                    stmts: Vec::new(),
                    span: self.span_from(lo),
                };
            }
        }
        let stmts = self.stmt_list();
        self.want(TokenKind::RBrace);
        Block {
            stmts,
            span: self.span_from(lo),
        }
    }

    fn stmt_or_none(&mut self) -> Option<Stmt> {
        if !self.enter() {
            return None;
        }
        let stmt = self.stmt_or_none_inner();
        self.leave();
        stmt
    }

    fn stmt_or_none_inner(&mut self) -> Option<Stmt> {
        let lo = self.lo();
        let kind = match self.kind() {
            TokenKind::Name => {
                let lhs = self.expr_list();
                if lhs.len() == 1 && self.at(TokenKind::Colon) {
                    if let ExprKind::Ident(label) = &lhs[0].kind {
                        let label = label.clone();
                        return self.labeled_stmt(label);
                    }
                }
                return Some(self.simple_stmt_only(Some(lhs)));
            }
            TokenKind::Var | TokenKind::Const | TokenKind::Type => StmtKind::Decl(self.gen_decl()),
            TokenKind::LBrace => StmtKind::Block(self.block_stmt("")),
            TokenKind::Operator(BinaryOp::Add | BinaryOp::Sub | BinaryOp::And | BinaryOp::Xor)
            | TokenKind::Star
            | TokenKind::Not
            | TokenKind::Literal(_)
            | TokenKind::Func
            | TokenKind::LParen
            | TokenKind::LBrack
            | TokenKind::Struct
            | TokenKind::Map
            | TokenKind::Chan
            | TokenKind::Interface
            | TokenKind::Arrow => return Some(self.simple_stmt_only(None)),
            TokenKind::For => return Some(self.for_stmt()),
            TokenKind::Switch => return Some(self.switch_stmt()),
            TokenKind::Select => return Some(self.select_stmt()),
            TokenKind::If => return Some(self.if_stmt()),
            TokenKind::Fallthrough => {
                self.next();
                StmtKind::Fallthrough
            }
            TokenKind::Break | TokenKind::Continue => {
                let is_break = self.at(TokenKind::Break);
                self.next();
                let label = if self.at(TokenKind::Name) {
                    Some(self.name())
                } else {
                    None
                };
                if is_break {
                    StmtKind::Break(label)
                } else {
                    StmtKind::Continue(label)
                }
            }
            TokenKind::Go | TokenKind::Defer => return Some(self.call_stmt()),
            TokenKind::Goto => {
                self.next();
                StmtKind::Goto(self.name())
            }
            TokenKind::Return => {
                self.next();
                let mut results = Vec::new();
                if !self.at_semi() && !self.at(TokenKind::RBrace) {
                    results = self.expr_list();
                }
                StmtKind::Return(results)
            }
            TokenKind::Semi(_) => {
                return Some(Stmt {
                    span: Span::new(lo, lo),
                    kind: StmtKind::Empty,
                })
            }
            _ => return None,
        };
        Some(Stmt {
            span: self.span_from(lo),
            kind,
        })
    }

    #[inline(never)]
    fn labeled_stmt(&mut self, label: Ident) -> Option<Stmt> {
        let lo = label.span.lo;
        let colon_lo = self.lo();
        self.want(TokenKind::Colon);
        if self.at(TokenKind::RBrace) {
            let here = self.lo();
            let empty = Stmt {
                span: Span::new(here, here),
                kind: StmtKind::Empty,
            };
            return Some(Stmt {
                span: self.span_from(lo),
                kind: StmtKind::Labeled(label, Box::new(empty)),
            });
        }
        match self.stmt_or_none() {
            Some(stmt) => Some(Stmt {
                span: self.span_from(lo),
                kind: StmtKind::Labeled(label, Box::new(stmt)),
            }),
            None => {
                self.syntax_error_at(colon_lo, "missing statement after label");
                None
            }
        }
    }

    /// A simple statement where only a plain statement can result.
    #[inline(never)]
    fn simple_stmt_only(&mut self, lhs: Option<Vec<Expr>>) -> Stmt {
        match self.simple_stmt(lhs, None) {
            Simple::Stmt(stmt) => stmt,
            // Not produced without a header keyword.
            Simple::Range { lo, .. } | Simple::Guard { lo, .. } => Stmt {
                span: Span::new(lo, lo),
                kind: StmtKind::Bad,
            },
        }
    }

    /// `SimpleStmt`; `keyword` is the header it appears in (`for` allows a
    /// range clause, `switch` a type switch guard).
    fn simple_stmt(&mut self, lhs: Option<Vec<Expr>>, keyword: Option<TokenKind>) -> Simple {
        if keyword == Some(TokenKind::For) && self.at(TokenKind::Range) {
            return self.range_clause(Vec::new(), false);
        }
        let mut lhs = match lhs {
            Some(lhs) => lhs,
            None => self.expr_list(),
        };
        let lo = lhs[0].span.lo;
        if lhs.len() == 1 && !self.at(TokenKind::Assign) && !self.at(TokenKind::Define) {
            let x = lhs.pop().unwrap_or_else(|| self.bad_expr());
            let kind = match self.kind() {
                TokenKind::AssignOp(op) => {
                    self.next();
                    let rhs = self.expr();
                    StmtKind::Assign {
                        lhs: vec![x],
                        op: Some(op),
                        define: false,
                        rhs: vec![rhs],
                    }
                }
                TokenKind::IncDec(inc) => {
                    self.next();
                    StmtKind::IncDec(x, inc)
                }
                TokenKind::Arrow => {
                    self.next();
                    let value = self.expr();
                    StmtKind::Send(x, value)
                }
                _ => StmtKind::Expr(x),
            };
            return Simple::Stmt(Stmt {
                span: self.span_from(lo),
                kind,
            });
        }
        match self.kind() {
            TokenKind::Assign | TokenKind::Define => {
                let define = self.at(TokenKind::Define);
                self.next();
                if keyword == Some(TokenKind::For) && self.at(TokenKind::Range) {
                    return self.range_clause(lhs, define);
                }
                let mut rhs = self.expr_list();
                let is_guard = keyword == Some(TokenKind::Switch)
                    && define
                    && lhs.len() == 1
                    && rhs.len() == 1
                    && matches!(lhs[0].kind, ExprKind::Ident(_))
                    && matches!(rhs[0].kind, ExprKind::TypeAssert(_, None));
                if is_guard {
                    // Both lists hold exactly the matched expressions.
                    if let (
                        Some(Expr {
                            kind: ExprKind::Ident(bind),
                            ..
                        }),
                        Some(Expr {
                            kind: ExprKind::TypeAssert(x, None),
                            ..
                        }),
                    ) = (lhs.pop(), rhs.pop())
                    {
                        return Simple::Guard { bind, x: *x, lo };
                    }
                }
                let span = self.span_from(lo);
                Simple::Stmt(Stmt {
                    span,
                    kind: StmtKind::Assign {
                        lhs,
                        op: None,
                        define,
                        rhs,
                    },
                })
            }
            _ => {
                self.syntax_error("expected := or = or comma");
                self.advance(&[TokenKind::Semi(SemiKind::Semicolon), TokenKind::RBrace]);
                let x = lhs.swap_remove(0);
                Simple::Stmt(Stmt {
                    span: self.span_from(lo),
                    kind: StmtKind::Expr(x),
                })
            }
        }
    }

    fn range_clause(&mut self, lhs: Vec<Expr>, define: bool) -> Simple {
        let lo = lhs.first().map(|x| x.span.lo).unwrap_or(self.lo());
        self.next();
        let x = self.expr();
        if lhs.len() > 2 {
            self.error_at(
                lhs[2].span.lo,
                "range clause permits at most two iteration variables",
            );
        }
        Simple::Range { lhs, define, x, lo }
    }

    #[inline(never)]
    fn header(&mut self, keyword: TokenKind) -> Header {
        let mut header = Header::default();
        self.want(keyword);
        if self.at(TokenKind::LBrace) {
            if keyword == TokenKind::If {
                self.syntax_error("missing condition in if statement");
                let bad = self.bad_expr();
                header.cond = Some(Simple::Stmt(Stmt {
                    span: bad.span,
                    kind: StmtKind::Expr(bad),
                }));
            }
            return header;
        }
        let outer = self.expr_nesting;
        self.expr_nesting = -1;
        if !self.at_semi() {
            if self.got(TokenKind::Var) {
                let message = format!(
                    "var declaration not allowed in {} initializer",
                    keyword.describe()
                );
                self.syntax_error(&message);
            }
            let init = self.simple_stmt(None, Some(keyword));
            if let Simple::Range { .. } = init {
                header.init = Some(init);
                self.expr_nesting = outer;
                return header;
            }
            header.init = Some(init);
        }
        let mut semi: Option<(u32, TokenKind)> = None;
        let mut cond = None;
        if !self.at(TokenKind::LBrace) {
            if self.at_semi() {
                semi = Some((self.lo(), self.kind()));
                self.next();
            } else {
                self.want(TokenKind::LBrace);
                if !self.at(TokenKind::LBrace) {
                    self.advance(&[TokenKind::LBrace, TokenKind::RBrace]);
                }
            }
            if keyword == TokenKind::For {
                let mut missing_cond = false;
                if !self.at_semi() {
                    if self.at(TokenKind::LBrace) {
                        self.syntax_error("expected for loop condition");
                        missing_cond = true;
                    } else {
                        cond = Some(self.simple_stmt(None, None));
                    }
                }
                if !missing_cond {
                    self.want(TokenKind::Semi(SemiKind::Semicolon));
                    if !self.at(TokenKind::LBrace) {
                        let post = self.simple_stmt(None, None);
                        if let Simple::Stmt(
                            stmt @ Stmt {
                                kind: StmtKind::Assign { define: true, .. },
                                ..
                            },
                        ) = &post
                        {
                            let lo = self.statement_position(stmt);
                            self.syntax_error_at(
                                lo,
                                "cannot declare in post statement of for loop",
                            );
                        }
                        header.post = Some(post);
                    }
                }
            } else if !self.at(TokenKind::LBrace) {
                cond = Some(self.simple_stmt(None, Some(keyword)));
            }
        } else {
            cond = header.init.take();
        }
        match &cond {
            None => {
                if let (TokenKind::If, Some((semi_lo, semi_kind))) = (keyword, semi) {
                    match semi_kind {
                        TokenKind::Semi(SemiKind::Semicolon) => {
                            self.syntax_error_at(semi_lo, "missing condition in if statement")
                        }
                        TokenKind::Semi(SemiKind::Eof) => self
                            .syntax_error_at(semi_lo, "unexpected EOF, expected { after if clause"),
                        _ => self.syntax_error_at(
                            semi_lo,
                            "unexpected newline, expected { after if clause",
                        ),
                    }
                    let bad = self.make_expr(Span::new(semi_lo, semi_lo), ExprKind::Bad);
                    cond = Some(Simple::Stmt(Stmt {
                        span: bad.span,
                        kind: StmtKind::Expr(bad),
                    }));
                }
            }
            Some(Simple::Stmt(Stmt {
                kind: StmtKind::Expr(_),
                ..
            }))
            | Some(Simple::Guard { .. }) => {}
            Some(Simple::Stmt(stmt)) => {
                let text = match &stmt.kind {
                    StmtKind::Assign {
                        lhs,
                        op: None,
                        define: false,
                        rhs,
                    } => format!(
                        "assignment {} = {}",
                        emphasize_list(lhs),
                        emphasize_list(rhs)
                    ),
                    _ => ast_dump::stmt_string(stmt),
                };
                let lo = self.statement_position(stmt);
                self.syntax_error_at(lo, &format!("cannot use {text} as value"));
            }
            Some(Simple::Range { lo, .. }) => {
                let lo = *lo;
                self.syntax_error_at(lo, "cannot use range clause as value");
            }
        }
        header.cond = cond;
        self.expr_nesting = outer;
        header
    }

    #[inline(never)]
    fn if_stmt(&mut self) -> Stmt {
        if !self.enter() {
            let lo = self.lo();
            return Stmt {
                span: Span::new(lo, lo),
                kind: StmtKind::Bad,
            };
        }
        let lo = self.lo();
        let header = self.header(TokenKind::If);
        let init = header.init.map(|s| Box::new(self.simple_to_stmt(s)));
        let cond = match header.cond {
            Some(cond) => self.simple_to_expr(cond),
            None => self.bad_expr(),
        };
        let then = self.block_stmt("if clause");
        let mut els = None;
        if self.got(TokenKind::Else) {
            match self.kind() {
                TokenKind::If => els = Some(Box::new(self.if_stmt())),
                TokenKind::LBrace => {
                    let block = self.block_stmt("");
                    els = Some(Box::new(Stmt {
                        span: block.span,
                        kind: StmtKind::Block(block),
                    }));
                }
                _ => {
                    self.syntax_error("else must be followed by if or statement block");
                    self.advance(&[TokenKind::Name, TokenKind::RBrace]);
                }
            }
        }
        self.leave();
        Stmt {
            span: self.span_from(lo),
            kind: StmtKind::If {
                init,
                cond,
                then,
                els,
            },
        }
    }

    #[inline(never)]
    fn for_stmt(&mut self) -> Stmt {
        let lo = self.lo();
        let header = self.header(TokenKind::For);
        if let Some(Simple::Range { lhs, define, x, .. }) = header.init {
            let body = self.block_stmt("for clause");
            let mut lhs = lhs.into_iter();
            let key = lhs.next();
            let value = lhs.next();
            return Stmt {
                span: self.span_from(lo),
                kind: StmtKind::Range {
                    key,
                    value,
                    define,
                    x,
                    body,
                },
            };
        }
        let init = header.init.map(|s| Box::new(self.simple_to_stmt(s)));
        let cond = header.cond.map(|s| self.simple_to_expr(s));
        let post = header.post.map(|s| Box::new(self.simple_to_stmt(s)));
        let body = self.block_stmt("for clause");
        Stmt {
            span: self.span_from(lo),
            kind: StmtKind::For {
                init,
                cond,
                post,
                body,
            },
        }
    }

    #[inline(never)]
    fn switch_stmt(&mut self) -> Stmt {
        let lo = self.lo();
        let header = self.header(TokenKind::Switch);
        let init = header.init.map(|s| Box::new(self.simple_to_stmt(s)));
        // A type switch has `x.(type)` (or `v := x.(type)`) as its tag.
        let mut guard: Option<(Option<Ident>, Expr)> = None;
        let mut tag = None;
        match header.cond {
            Some(Simple::Guard { bind, x, .. }) => guard = Some((Some(bind), x)),
            Some(Simple::Stmt(Stmt {
                kind: StmtKind::Expr(x),
                ..
            })) => match x.kind {
                ExprKind::TypeAssert(operand, None) => guard = Some((None, *operand)),
                kind => tag = Some(Expr { kind, ..x }),
            },
            Some(other) => tag = Some(self.simple_to_expr(other)),
            None => {}
        }
        if !self.got(TokenKind::LBrace) {
            self.syntax_error("missing { after switch clause");
            self.advance(&[TokenKind::Case, TokenKind::Default, TokenKind::RBrace]);
        }
        let mut clauses = Vec::new();
        while !self.at(TokenKind::Eof) && !self.at(TokenKind::RBrace) {
            clauses.push(self.case_clause());
        }
        let rbrace = self.span();
        self.want(TokenKind::RBrace);
        let span = self.span_from(lo);
        let kind = match guard {
            Some((bind, x)) => StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
                rbrace,
            },
            None => StmtKind::Switch {
                init,
                tag,
                clauses,
                rbrace,
            },
        };
        Stmt { span, kind }
    }

    fn case_clause(&mut self) -> CaseClause {
        let lo = self.lo();
        let mut exprs = Vec::new();
        let mut default = false;
        match self.kind() {
            TokenKind::Case => {
                self.next();
                exprs = self.expr_list();
            }
            TokenKind::Default => {
                self.next();
                default = true;
            }
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[
                    TokenKind::Colon,
                    TokenKind::Case,
                    TokenKind::Default,
                    TokenKind::RBrace,
                ]);
            }
        }
        self.want(TokenKind::Colon);
        let span = self.span_from(lo);
        let body = self.stmt_list();
        CaseClause {
            exprs,
            default,
            body,
            span,
        }
    }

    #[inline(never)]
    fn select_stmt(&mut self) -> Stmt {
        let lo = self.lo();
        self.want(TokenKind::Select);
        if !self.got(TokenKind::LBrace) {
            self.syntax_error("missing { after select clause");
            self.advance(&[TokenKind::Case, TokenKind::Default, TokenKind::RBrace]);
        }
        let mut clauses = Vec::new();
        while !self.at(TokenKind::Eof) && !self.at(TokenKind::RBrace) {
            clauses.push(self.comm_clause());
        }
        self.want(TokenKind::RBrace);
        Stmt {
            span: self.span_from(lo),
            kind: StmtKind::Select(clauses),
        }
    }

    fn comm_clause(&mut self) -> CommClause {
        let lo = self.lo();
        let mut comm = None;
        match self.kind() {
            TokenKind::Case => {
                self.next();
                comm = Some(Box::new(self.simple_stmt_only(None)));
            }
            TokenKind::Default => self.next(),
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[
                    TokenKind::Colon,
                    TokenKind::Case,
                    TokenKind::Default,
                    TokenKind::RBrace,
                ]);
            }
        }
        self.want(TokenKind::Colon);
        let span = self.span_from(lo);
        let body = self.stmt_list();
        CommClause { comm, body, span }
    }

    #[inline(never)]
    fn call_stmt(&mut self) -> Stmt {
        let lo = self.lo();
        let is_go = self.at(TokenKind::Go);
        self.next();
        let mut x = self.primary_expr(None);
        if matches!(x.kind, ExprKind::Paren(_)) {
            let keyword = if is_go { "go" } else { "defer" };
            self.error_at(
                x.span.lo,
                format!("expression in {keyword} must not be parenthesized"),
            );
            x = unparen(&x).clone();
        }
        let kind = if is_go {
            StmtKind::Go(x)
        } else {
            StmtKind::Defer(x)
        };
        Stmt {
            span: self.span_from(lo),
            kind,
        }
    }

    /// Where gc places a simple statement in messages: at its operator for
    /// assignments, sends and `++`/`--`, else at its start.
    fn statement_position(&self, stmt: &Stmt) -> u32 {
        let last_lhs = match &stmt.kind {
            StmtKind::Assign { lhs, .. } => lhs.last(),
            StmtKind::Send(ch, _) => Some(ch),
            StmtKind::IncDec(x, _) => Some(x),
            _ => None,
        };
        match last_lhs {
            Some(x) => self.token_at_or_after(x.span.hi),
            None => stmt.span.lo,
        }
    }

    fn simple_to_stmt(&mut self, simple: Simple) -> Stmt {
        match simple {
            Simple::Stmt(stmt) => stmt,
            Simple::Range { lo, .. } | Simple::Guard { lo, .. } => Stmt {
                span: Span::new(lo, lo),
                kind: StmtKind::Bad,
            },
        }
    }

    /// The condition of a header: an expression statement's expression
    /// (other statements were reported by `header`).
    fn simple_to_expr(&mut self, simple: Simple) -> Expr {
        match simple {
            Simple::Stmt(Stmt {
                kind: StmtKind::Expr(x),
                ..
            }) => x,
            Simple::Guard { x, lo, .. } => {
                let span = Span::new(lo, x.span.hi);
                self.make_expr(span, ExprKind::TypeAssert(Box::new(x), None))
            }
            Simple::Stmt(stmt) => self.make_expr(stmt.span, ExprKind::Bad),
            Simple::Range { lo, .. } => self.make_expr(Span::new(lo, lo), ExprKind::Bad),
        }
    }
}

/// gc's `emphasize`: a binary expression is parenthesized in messages.
fn emphasize_list(list: &[Expr]) -> String {
    let parts: Vec<String> = list
        .iter()
        .map(|x| {
            let text = ast_dump::expr_string(x);
            if matches!(x.kind, ExprKind::Binary(..)) && list.len() == 1 {
                format!("({text})")
            } else {
                text
            }
        })
        .collect();
    parts.join(", ")
}
