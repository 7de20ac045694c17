//! Parser: tokens to the syntax tree of `ast`.
//!
//! A recursive-descent parser over the full Go 1.23 grammar (generics
//! included; later passes reject what Weft does not run). Its structure
//! follows the decisions gc's parser makes (which token it expects where, how
//! it recovers) so that errors match `go build` in line, column and wording.
//!
//! Errors come from four places, each worded like its counterpart in Go:
//! - the lexer (`lexer.rs`), like gc's scanner;
//! - syntax errors here, like gc's parser ("syntax error: unexpected ...");
//! - the import header (package clause and imports), which `go build` reads
//!   with go/parser before gc runs: go/parser's wording, one error alone
//!   (see `decl.rs`);
//! - label and branch checks of each function body that parsed cleanly, as
//!   gc does them at parse time (`branches.rs`).
//!
//! Messages are ordered and filtered as gc prints them ([`gc_report`]).
//! gc goes on to type-check when no message starts with "syntax error"; a
//! driver doing the same uses [`parse_file_in_report_order`].
//!
//! Invariants:
//! - Parsing never panics and always ends: every loop consumes a token or
//!   stops at a closing token, and once parsing gives up (too deep, too many
//!   errors, a header error) the current token is EOF for good.
//! - Nesting is bounded by [`MAX_NESTING_DEPTH`], so no input overflows the
//!   Rust stack, here or in passes that walk the tree recursively.
//! - Every `Expr` and every `Ident` has a fresh id (an identifier expression
//!   has two: the `Expr`'s and its `Ident`'s).
//! - Parentheses are always kept in the tree as [`ExprKind::Paren`], also in
//!   type positions, so later passes see exactly what was written.

mod branches;
mod decl;
mod expr;
mod stmt;

use std::rc::Rc;

use crate::ast::{Expr, ExprId, ExprKind, File, IdGen, Ident, Span, Stmt};
use crate::lexer;
use crate::source::{Diagnostic, SourceMap};
use crate::token::{SemiKind, Token, TokenKind};

/// Deepest nesting of expressions, types and statements the parser accepts.
/// Deeper input gets "exceeded max nesting depth" instead of a stack overflow
/// (gc has no such limit; no real program comes near it). Chains that build
/// left-nested trees without recursing here (`a + b + ...`, `x.f.g...`,
/// `f()()...`) count one level per four links, so trees stay below about
/// 4 × this depth, which later passes may rely on.
pub const MAX_NESTING_DEPTH: u32 = 300;

/// gc stops after this many errors; so do we (the rest is noise).
const MAX_REPORTED_ERRORS: usize = 10;

/// Parses one file of `sources`. Diagnostics come as gc prints them (see
/// [`gc_report`]): sorted by position, at most one syntax error per line,
/// at most ten.
pub fn parse_file(
    sources: &SourceMap,
    file_index: u32,
    ids: &mut IdGen,
) -> (File, Vec<Diagnostic>) {
    let mut parser = Parser::new(sources, file_index, ids);
    let file = parser.file();
    let diagnostics = parser.finish();
    (file, diagnostics)
}

/// Like [`parse_file`], but returns every diagnostic unfiltered, in the
/// order gc reports them. A driver that goes on to type-check (gc does when
/// no message starts with "syntax error") appends the checker's diagnostics
/// and passes the whole list to [`gc_report`].
pub fn parse_file_in_report_order(
    sources: &SourceMap,
    file_index: u32,
    ids: &mut IdGen,
) -> (File, Vec<Diagnostic>) {
    let mut parser = Parser::new(sources, file_index, ids);
    let file = parser.file();
    let diagnostics = parser.finish_in_report_order();
    (file, diagnostics)
}

/// Whether `diagnostic` is an error `go build` finds in the import header
/// (package clause and imports) before gc runs. The parser reports such an
/// error alone; go prints it as `NAME:LINE:COL: message`, with the file
/// name as given on the command line (no `./`) and no `# package` line.
pub fn is_header_error(diagnostic: &Diagnostic) -> bool {
    const HEADER_MESSAGES: [&str; 10] = [
        "expected 'package', found ",
        "expected 'IDENT', found ",
        "expected ';', found ",
        "expected ')', found ",
        "missing import path",
        "import path must be a string",
        "invalid import path: ",
        "string literal not terminated",
        "raw string literal not terminated",
        "illegal character ",
    ];
    HEADER_MESSAGES
        .iter()
        .any(|prefix| diagnostic.message.starts_with(prefix))
}

/// Applies gc's reporting rules to diagnostics given in report order: a
/// syntax error on the same line as the previously kept syntax error is
/// dropped, as is a repeat of the previous other message on its line;
/// after ten errors, a `too many errors` line (at the tenth error's
/// position) ends the list; the kept errors are sorted by position.
pub fn gc_report(sources: &SourceMap, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let line_of = |d: &Diagnostic| {
        let position = sources.position(d.span.lo);
        (position.file_index, position.line)
    };
    let mut kept: Vec<Diagnostic> = Vec::new();
    let mut last_syntax: Option<(u32, u32)> = None;
    let mut last_other: Option<((u32, u32), String)> = None;
    let mut too_many = None;
    for diagnostic in diagnostics {
        let line = line_of(&diagnostic);
        if diagnostic.message.starts_with("syntax error") {
            if last_syntax == Some(line) {
                continue;
            }
            last_syntax = Some(line);
        } else {
            if last_other
                .as_ref()
                .is_some_and(|(l, m)| *l == line && *m == diagnostic.message)
            {
                continue;
            }
            last_other = Some((line, diagnostic.message.clone()));
        }
        let span = diagnostic.span;
        kept.push(diagnostic);
        if kept.len() == MAX_REPORTED_ERRORS {
            too_many = Some(Diagnostic::new(span, "too many errors"));
            break;
        }
    }
    kept.sort_by_key(|d| d.span.lo);
    kept.dedup_by(|a, b| a.span.lo == b.span.lo && a.message == b.message);
    kept.extend(too_many);
    kept
}

/// Parses a file whose whole text is one expression (for a REPL).
pub fn parse_expr(
    sources: &SourceMap,
    file_index: u32,
    ids: &mut IdGen,
) -> (Expr, Vec<Diagnostic>) {
    let mut parser = Parser::new(sources, file_index, ids);
    let expr = parser.expr();
    parser.got_semi();
    if !parser.at(TokenKind::Eof) {
        parser.syntax_error("after expression");
    }
    let diagnostics = parser.finish();
    (expr, diagnostics)
}

/// Parses a file whose whole text is a statement list (for a REPL); the
/// statements are parsed as if inside a function body.
pub fn parse_stmt_list(
    sources: &SourceMap,
    file_index: u32,
    ids: &mut IdGen,
) -> (Vec<Stmt>, Vec<Diagnostic>) {
    let mut parser = Parser::new(sources, file_index, ids);
    parser.function_nesting += 1;
    let mut stmts = parser.stmt_list();
    while !parser.at(TokenKind::Eof) {
        // A stray `}`, `case` or `default` ends `stmt_list` early; report it
        // and go on so the whole text is looked at.
        parser.syntax_error("at end of statement");
        parser.advance(&[]);
        stmts.extend(parser.stmt_list());
    }
    let diagnostics = parser.finish();
    (stmts, diagnostics)
}

pub(crate) struct Parser<'a> {
    text: &'a str,
    base: u32,
    /// The file's name, as gc prints it inside some messages.
    file_name: &'a str,
    tokens: Vec<Token>,
    /// Index of the current token in `tokens`.
    position: usize,
    ids: &'a mut IdGen,
    file_index: u32,
    lexer_diagnostics: Vec<Diagnostic>,
    diagnostics: Vec<Diagnostic>,
    /// For each entry of `diagnostics`, how far the lexer had read when it
    /// was reported (orders lexer errors among parser errors).
    report_points: Vec<u32>,
    sources: &'a SourceMap,
    /// Nesting of function bodies (error recovery stops at statement keywords inside them).
    function_nesting: u32,
    /// Expression nesting for the composite-literal ambiguity: negative
    /// while parsing an `if`/`for`/`switch` header outside any brackets.
    expr_nesting: i32,
    /// Current recursion depth, bounded by [`MAX_NESTING_DEPTH`].
    depth: u32,
    /// Set when parsing gives up (too deep, too many errors): from then on
    /// the current token is EOF, so every loop ends.
    aborted: bool,
    /// Identifier names already made in this file: each spelling is allocated once and
    /// shared by all its occurrences.
    names: crate::check::fxhash::HashMap<&'a str, Rc<str>>,
    /// How far the lexer had read when parsing gave up.
    abort_point: Option<u32>,
}

impl<'a> Parser<'a> {
    fn new(sources: &'a SourceMap, file_index: u32, ids: &'a mut IdGen) -> Self {
        let file = sources.file(file_index);
        let (tokens, lexer_diagnostics) = lexer::lex(sources, file_index);
        Parser {
            text: &file.text,
            base: file.base,
            file_name: &file.name,
            tokens,
            position: 0,
            ids,
            file_index,
            lexer_diagnostics,
            diagnostics: Vec::new(),
            report_points: Vec::new(),
            sources,
            function_nesting: 0,
            expr_nesting: 0,
            depth: 0,
            aborted: false,
            abort_point: None,
            names: Default::default(),
        }
    }

    /// All errors in the order gc would report them: a lexer error is
    /// reported when the parser first reads past it, so it goes before the
    /// parser errors reported after that point.
    fn finish_in_report_order(self) -> Vec<Diagnostic> {
        let mut result = Vec::with_capacity(self.lexer_diagnostics.len() + self.diagnostics.len());
        let mut lexer = self.lexer_diagnostics.into_iter().peekable();
        for (diagnostic, scanned_to) in self.diagnostics.into_iter().zip(self.report_points) {
            while let Some(early) = lexer.next_if(|d| d.span.lo < scanned_to) {
                result.push(early);
            }
            result.push(diagnostic);
        }
        // After parsing gave up, the rest of the file was never scanned.
        let abort_point = self.abort_point;
        result.extend(lexer.filter(|d| abort_point.is_none_or(|point| d.span.lo < point)));
        result
    }

    fn finish(self) -> Vec<Diagnostic> {
        let sources = self.sources;
        gc_report(sources, self.finish_in_report_order())
    }

    // ---- Tokens ----

    fn token(&self) -> Token {
        let token = self.tokens[self.position];
        if self.aborted {
            Token {
                kind: TokenKind::Eof,
                span: token.span,
            }
        } else {
            token
        }
    }

    fn kind(&self) -> TokenKind {
        self.token().kind
    }

    fn span(&self) -> Span {
        self.tokens[self.position].span
    }

    fn lo(&self) -> u32 {
        self.span().lo
    }

    /// Source text of the current token.
    fn text_of(&self, token: Token) -> &'a str {
        let lo = (token.span.lo - self.base) as usize;
        let hi = (token.span.hi - self.base) as usize;
        &self.text[lo..hi]
    }

    fn next(&mut self) {
        if self.position + 1 < self.tokens.len() {
            self.position += 1;
        }
    }

    /// Whether the current token is `kind`; all semicolons count as one kind,
    /// and so do all literals.
    fn at(&self, kind: TokenKind) -> bool {
        same_kind(self.kind(), kind)
    }

    fn at_semi(&self) -> bool {
        matches!(self.kind(), TokenKind::Semi(_))
    }

    fn got(&mut self, kind: TokenKind) -> bool {
        if self.at(kind) {
            self.next();
            true
        } else {
            false
        }
    }

    fn got_semi(&mut self) -> bool {
        self.got(TokenKind::Semi(SemiKind::Semicolon))
    }

    fn want(&mut self, kind: TokenKind) {
        if !self.got(kind) {
            self.syntax_error(&format!("expected {}", kind.describe()));
            self.advance(&[]);
        }
    }

    /// Like `got(Assign)`, but also takes `:=` (reporting it) for better recovery.
    fn got_assign(&mut self) -> bool {
        match self.kind() {
            TokenKind::Define => {
                self.syntax_error("expected =");
                self.next();
                true
            }
            TokenKind::Assign => {
                self.next();
                true
            }
            _ => false,
        }
    }

    /// Skips tokens until one in `follow` (or, inside a function, a keyword
    /// starting a statement). With an empty `follow`, skips exactly one
    /// token. Never skips EOF.
    fn advance(&mut self, follow: &[TokenKind]) {
        loop {
            let kind = self.kind();
            if kind == TokenKind::Eof {
                return;
            }
            if !follow.is_empty() {
                if follow.iter().any(|f| same_kind(*f, kind)) {
                    return;
                }
                if self.function_nesting > 0 && is_statement_keyword(kind) {
                    return;
                }
            }
            self.next();
            if follow.is_empty() {
                return;
            }
        }
    }

    /// Start of the first token at or after `offset`.
    fn token_at_or_after(&self, offset: u32) -> u32 {
        let index = self.tokens.partition_point(|t| t.span.lo < offset);
        self.tokens.get(index).map(|t| t.span.lo).unwrap_or(offset)
    }

    /// `./x.go:LINE:COL` of `offset`, as gc writes positions inside
    /// messages (a relative file name gets `./` in front).
    fn gc_position(&self, offset: u32) -> String {
        let mut relative = (offset.saturating_sub(self.base) as usize).min(self.text.len());
        while !self.text.is_char_boundary(relative) {
            relative -= 1;
        }
        let before = &self.text[..relative];
        let line = before.matches('\n').count() + 1;
        let col = relative - before.rfind('\n').map(|i| i + 1).unwrap_or(0) + 1;
        let name = self.file_name;
        let prefix = if name.starts_with('/') || name.starts_with("./") || name.starts_with("../") {
            ""
        } else {
            "./"
        };
        format!("{prefix}{name}:{line}:{col}")
    }

    // ---- Errors ----

    fn has_errors(&self) -> bool {
        !self.diagnostics.is_empty()
            || self
                .lexer_diagnostics
                .first()
                .is_some_and(|d| d.span.lo <= self.lo())
    }

    fn error_at(&mut self, lo: u32, message: impl Into<String>) {
        self.diagnostics
            .push(Diagnostic::new(Span::new(lo, lo + 1), message));
        // The scanner has read the current token when an error is reported.
        let scanned_to = self.tokens[self.position].span.hi;
        self.report_points.push(scanned_to);
        // Past a hundred errors the input is not Go; stop to bound the work.
        if self.diagnostics.len() > 100 {
            self.abort();
        }
    }

    fn error(&mut self, message: impl Into<String>) {
        let lo = self.lo();
        self.error_at(lo, message);
    }

    fn syntax_error(&mut self, message: &str) {
        let lo = self.lo();
        self.syntax_error_at(lo, message);
    }

    /// Reports a syntax error the way gc words it: messages starting with
    /// "in", "at", "after" or "expected" get "unexpected <current token>"
    /// in front.
    fn syntax_error_at(&mut self, lo: u32, message: &str) {
        if self.kind() == TokenKind::Eof && self.has_errors() {
            // Follow-up errors at the end of a broken file say nothing new.
            return;
        }
        let suffix = if message.is_empty() {
            String::new()
        } else if message.starts_with("in ")
            || message.starts_with("at ")
            || message.starts_with("after ")
        {
            format!(" {message}")
        } else if message.starts_with("expected ") {
            format!(", {message}")
        } else {
            self.error_at(lo, format!("syntax error: {message}"));
            return;
        };
        let token = self.token();
        let text = token.unexpected_text(self.text_of(token));
        self.error_at(lo, format!("syntax error: unexpected {text}{suffix}"));
    }

    // ---- Nesting bound ----

    /// Enters one level of recursion; false (with an error, once) when the
    /// input nests too deeply. Every `true` must be matched by `leave`.
    fn enter(&mut self) -> bool {
        if self.depth >= MAX_NESTING_DEPTH {
            self.nesting_exceeded();
            return false;
        }
        self.depth += 1;
        true
    }

    /// Stops parsing: from now on the current token is EOF.
    fn abort(&mut self) {
        if !self.aborted {
            self.aborted = true;
            self.abort_point = Some(self.tokens[self.position].span.hi);
        }
    }

    /// Reports (once) that the input nests too deeply and stops parsing.
    fn nesting_exceeded(&mut self) {
        if !self.aborted {
            self.error("exceeded max nesting depth");
            self.abort();
        }
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ---- Node construction ----

    fn fresh_id(&mut self) -> ExprId {
        self.ids.fresh()
    }

    fn ident_from(&mut self, token: Token) -> Ident {
        let text = self.text_of(token);
        let name = self
            .names
            .entry(text)
            .or_insert_with(|| Rc::from(text))
            .clone();
        Ident {
            name,
            span: token.span,
            id: self.fresh_id(),
        }
    }

    fn ident_named(&mut self, name: &str, lo: u32) -> Ident {
        Ident {
            name: Rc::from(name),
            span: Span::new(lo, lo),
            id: self.fresh_id(),
        }
    }

    fn make_expr(&mut self, span: Span, kind: ExprKind) -> Expr {
        Expr {
            id: self.fresh_id(),
            span,
            kind,
        }
    }

    fn bad_expr(&mut self) -> Expr {
        let lo = self.lo();
        self.make_expr(Span::new(lo, lo), ExprKind::Bad)
    }

    fn ident_expr(&mut self, ident: Ident) -> Expr {
        self.make_expr(ident.span, ExprKind::Ident(ident))
    }

    /// End offset of the previous token (for spans that end there).
    fn previous_hi(&self) -> u32 {
        if self.position == 0 {
            self.base
        } else {
            self.tokens[self.position - 1].span.hi
        }
    }

    fn span_from(&self, lo: u32) -> Span {
        Span::new(lo, self.previous_hi().max(lo))
    }

    /// `name`: an identifier, or `_` with an error.
    fn name(&mut self) -> Ident {
        if self.at(TokenKind::Name) {
            let token = self.token();
            self.next();
            return self.ident_from(token);
        }
        let lo = self.lo();
        let ident = self.ident_named("_", lo);
        self.syntax_error("expected name");
        self.advance(&[]);
        ident
    }

    fn name_list(&mut self, first: Ident) -> Vec<Ident> {
        let mut names = vec![first];
        while self.got(TokenKind::Comma) {
            names.push(self.name());
        }
        names
    }

    /// Parses `item {sep item} [sep] close`, as gc's `list`; `item` returns
    /// true to stop early (after `xs...`).
    fn list(
        &mut self,
        context: &str,
        separator: TokenKind,
        close: TokenKind,
        item: &mut dyn FnMut(&mut Self) -> bool,
    ) -> Span {
        let mut done = false;
        while !self.at(TokenKind::Eof) && !self.at(close) && !done {
            done = item(self);
            if !self.got(separator) && !self.at(close) {
                let message = format!(
                    "in {context}; possibly missing {} or {}",
                    separator.describe(),
                    close.describe()
                );
                self.syntax_error(&message);
                self.advance(&[TokenKind::RParen, TokenKind::RBrack, TokenKind::RBrace]);
                if !self.at(close) {
                    return self.span();
                }
            }
        }
        let span = self.span();
        self.want(close);
        span
    }
}

/// Token equality where all semicolons, and all literals, count as one kind.
fn same_kind(a: TokenKind, b: TokenKind) -> bool {
    match (a, b) {
        (TokenKind::Semi(_), TokenKind::Semi(_)) => true,
        (TokenKind::Literal(_), TokenKind::Literal(_)) => true,
        _ => a == b,
    }
}

/// Keywords that start statements; error recovery inside functions stops at them.
fn is_statement_keyword(kind: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        Break
            | Const
            | Continue
            | Defer
            | Fallthrough
            | For
            | Go
            | Goto
            | If
            | Return
            | Select
            | Switch
            | Type
            | Var
    )
}
