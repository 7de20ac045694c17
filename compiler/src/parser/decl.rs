//! Parser: the file level, declarations, and parameter lists.

use super::Parser;
use crate::ast::{
    BinaryOp, Decl, Expr, ExprKind, Field, File, FuncDecl, FuncType, GenDecl, GenKind, Ident,
    ImportSpec, LitKind, Span, Spec, TypeSpec, UnaryOp, ValueSpec,
};
use crate::literal;
use crate::source::Diagnostic;
use crate::token::TokenKind;

/// One parameter as parsed, before names and types are matched up.
pub(super) struct Param {
    pub name: Option<Ident>,
    pub ty: Option<Expr>,
    /// Set when the type was written here (not taken from a later parameter).
    pub own_type: bool,
    pub variadic: bool,
    pub lo: u32,
}

/// The three declaration forms that can be grouped with parentheses.
#[derive(Clone, Copy, PartialEq, Eq)]
enum GroupedDecl {
    Const,
    Type,
    Var,
}

impl<'a> Parser<'a> {
    /// `SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" }`.
    pub(super) fn file(&mut self) -> File {
        let lo = self.lo();
        let mut file = File {
            file_index: self.file_index,
            package: self.ident_named("_", lo),
            imports: Vec::new(),
            decls: Vec::new(),
        };
        // Errors in the package clause and the imports are found by `go
        // build`'s header reader (go/parser) before gc runs; they have its
        // wording, and parsing stops there, as only that error is printed.
        if !self.got(TokenKind::Package) {
            if self.header_lexer_error(0) {
                return file;
            }
            let found = self.go_parser_found();
            self.header_error(format!("expected 'package', found {found}"));
            return file;
        }
        if !self.at(TokenKind::Name) {
            if self.header_lexer_error(0) {
                return file;
            }
            let found = self.go_parser_found();
            self.header_error(format!("expected 'IDENT', found {found}"));
            return file;
        }
        file.package = self.name();
        if &*file.package.name == "_" {
            let lo = file.package.span.lo;
            self.error_at(lo, "invalid package name _");
            self.abort();
            return file;
        }
        self.want(TokenKind::Semi(crate::token::SemiKind::Semicolon));
        if self.has_errors() {
            // gc gives up on a file whose package clause is broken; the rest
            // of the file is never scanned.
            self.abort();
            return file;
        }
        self.header_imports(&mut file);
        let mut previous = TokenKind::Import;
        while !self.at(TokenKind::Eof) {
            let kind = self.kind();
            if kind == TokenKind::Import && previous != TokenKind::Import {
                self.syntax_error("imports must appear before other declarations");
            }
            previous = kind;
            let decl_lo = self.lo();
            match kind {
                TokenKind::Import => {
                    self.next();
                    if self.got(TokenKind::LParen) {
                        let mut imports = Vec::new();
                        self.list(
                            "grouped declaration",
                            TokenKind::Semi(crate::token::SemiKind::Semicolon),
                            TokenKind::RParen,
                            &mut |p| {
                                if let Some(spec) = p.import_spec(false) {
                                    imports.push(spec);
                                }
                                false
                            },
                        );
                        file.imports.extend(imports);
                    } else if let Some(spec) = self.import_spec(false) {
                        file.imports.push(spec);
                    }
                }
                TokenKind::Const | TokenKind::Type | TokenKind::Var => {
                    let decl = self.gen_decl();
                    file.decls.push(Decl::Gen(decl));
                }
                TokenKind::Func => {
                    self.next();
                    let decl = self.func_decl(decl_lo);
                    file.decls.push(Decl::Func(decl));
                }
                _ => {
                    let after_bodiless_func = matches!(
                        file.decls.last(),
                        Some(Decl::Func(FuncDecl { body: None, .. }))
                    );
                    if self.at(TokenKind::LBrace) && after_bodiless_func {
                        self.syntax_error("unexpected semicolon or newline before {");
                    } else {
                        self.syntax_error("non-declaration statement outside function body");
                    }
                    self.advance(&TOP_LEVEL_FOLLOW);
                    continue;
                }
            }
            if !self.at(TokenKind::Eof) && !self.got_semi() {
                self.syntax_error("after top level declaration");
                self.advance(&TOP_LEVEL_FOLLOW);
            }
        }
        file
    }

    /// Reports an error of the file header (see `file`) and stops parsing;
    /// `go build` prints that error alone.
    fn header_error(&mut self, message: impl Into<String>) {
        let lo = self.lo();
        self.header_error_at(lo, message);
    }

    fn header_error_at(&mut self, lo: u32, message: impl Into<String>) {
        self.lexer_diagnostics.clear();
        self.diagnostics.clear();
        self.report_points.clear();
        self.error_at(lo, message);
        self.abort();
    }

    /// How go/parser names the current token after "found".
    fn go_parser_found(&self) -> String {
        let token = self.token();
        match token.kind {
            TokenKind::Name | TokenKind::Literal(_) => self.text_of(token).to_string(),
            TokenKind::Semi(crate::token::SemiKind::Semicolon) => "';'".to_string(),
            TokenKind::Semi(_) => "newline".to_string(),
            TokenKind::Comma => "','".to_string(),
            kind => format!("'{}'", kind.describe()),
        }
    }

    /// The import declarations right after the package clause. `go build`
    /// reads them with go/parser before gc runs, so errors in them are
    /// reported in go/parser's and go/scanner's words, alone: the first one
    /// stops parsing. (A single-line `import "p"` ends at its path: what
    /// follows on the line is gc's to report.)
    fn header_imports(&mut self, file: &mut File) {
        let header_lo = self.lo();
        let semicolon = TokenKind::Semi(crate::token::SemiKind::Semicolon);
        while self.at(TokenKind::Import) {
            self.next();
            if self.got(TokenKind::LParen) {
                while !self.at(TokenKind::RParen) && !self.at(TokenKind::Eof) {
                    if self.header_lexer_error(header_lo) {
                        return;
                    }
                    let Some(spec) = self.import_spec(true) else {
                        return;
                    };
                    file.imports.push(spec);
                    if self.header_lexer_error(header_lo) {
                        return;
                    }
                    // Like go/parser, a `)` or `}` may stand for the semicolon.
                    if self.at_semi() {
                        self.next();
                    } else if !self.at(TokenKind::RParen) && !self.at(TokenKind::RBrace) {
                        let found = self.go_parser_found();
                        self.header_error(format!("expected ';', found {found}"));
                        return;
                    }
                }
                if self.header_lexer_error(header_lo) {
                    return;
                }
                if !self.got(TokenKind::RParen) {
                    let found = self.go_parser_found();
                    self.header_error(format!("expected ')', found {found}"));
                    return;
                }
            } else {
                if self.header_lexer_error(header_lo) {
                    return;
                }
                let Some(spec) = self.import_spec(true) else {
                    return;
                };
                file.imports.push(spec);
                // A malformed path makes go build's reader hand the whole
                // file to go/parser; what follows a good path is gc's.
                let path_hi = self.previous_hi();
                if self.header_lexer_error_until(header_lo, path_hi) {
                    return;
                }
            }
            if !self.at(TokenKind::Eof) && !self.got(semicolon) {
                self.syntax_error("after top level declaration");
                self.advance(&TOP_LEVEL_FOLLOW);
            }
        }
        // `go build` checks the paths once the header parsed.
        if !self.has_errors() {
            let invalid = file
                .imports
                .iter()
                .find(|spec| !is_valid_import_path(&spec.path));
            if let Some(spec) = invalid {
                let (lo, message) = (spec.span.lo, format!("invalid import path: {}", spec.path));
                self.header_error_at(lo, message);
            }
        }
    }

    /// Reports the first lexer error in the import header (from `header_lo`
    /// up to the current token) the way go/scanner words it, and stops.
    fn header_lexer_error(&mut self, header_lo: u32) -> bool {
        let scanned_to = self.span().hi;
        self.header_lexer_error_until(header_lo, scanned_to)
    }

    /// Like `header_lexer_error`, for errors found up to `scanned_to`.
    fn header_lexer_error_until(&mut self, header_lo: u32, scanned_to: u32) -> bool {
        // An unterminated literal is reported at its end, when it is scanned.
        let scanned = |d: &Diagnostic| {
            let unterminated = d.message.contains("literal") || d.message.contains("string");
            d.span.lo < scanned_to || (d.span.lo == scanned_to && unterminated)
        };
        let Some(found) = self
            .lexer_diagnostics
            .iter()
            .find(|d| d.span.lo >= header_lo && scanned(d))
        else {
            return false;
        };
        // go/scanner places literal errors at the literal's start.
        let literal_lo = self.tokens[..self.tokens.partition_point(|t| t.span.lo <= found.span.lo)]
            .iter()
            .rev()
            .find(|t| matches!(t.kind, TokenKind::Literal(LitKind::String | LitKind::Char)))
            .map(|t| t.span.lo);
        let token_lo = literal_lo.unwrap_or(found.span.lo);
        let message = &found.message;
        let raw =
            literal_lo.is_some_and(|lo| self.text[(lo - self.base) as usize..].starts_with('`'));
        let unterminated = message == "newline in string" || message == "string not terminated";
        let (lo, message) = if unterminated && raw {
            (token_lo, "raw string literal not terminated".to_string())
        } else if unterminated {
            (token_lo, "string literal not terminated".to_string())
        } else if message == "newline in rune literal" || message == "rune literal not terminated" {
            (token_lo, "rune literal not terminated".to_string())
        } else if let Some(rest) = message.strip_prefix("invalid character ") {
            (found.span.lo, format!("illegal character {rest}"))
        } else {
            (found.span.lo, message.clone())
        };
        self.header_error_at(lo, message);
        true
    }

    /// `[name | "."] "path"`; errors in the header (`in_header`) are in
    /// go/parser's words and stop parsing, later ones are gc's.
    fn import_spec(&mut self, in_header: bool) -> Option<ImportSpec> {
        let lo = self.lo();
        let name = match self.kind() {
            TokenKind::Name => Some(self.name()),
            TokenKind::Dot => {
                let ident = self.ident_named(".", lo);
                self.next();
                Some(Ident {
                    span: Span::new(lo, lo + 1),
                    ..ident
                })
            }
            _ => None,
        };
        if in_header && self.at(TokenKind::Name) {
            let lo = self.lo();
            self.header_error_at(lo, "import path must be a string");
            return None;
        }
        if !self.at(TokenKind::Literal(LitKind::String)) {
            if in_header {
                self.header_error("missing import path");
            } else {
                self.syntax_error("missing import path");
            }
            self.advance(&[
                TokenKind::Semi(crate::token::SemiKind::Semicolon),
                TokenKind::RParen,
            ]);
            return None;
        }
        let token = self.token();
        self.next();
        let text = self.text_of(token);
        let path = if token.kind == TokenKind::Literal(LitKind::String) {
            literal::unquote_string(text)
                .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
                .unwrap_or_default()
        } else {
            if in_header {
                self.header_error_at(token.span.lo, "import path must be a string");
                return None;
            } else {
                self.syntax_error_at(token.span.lo, "import path must be a string");
            }
            String::new()
        };
        Some(ImportSpec {
            name,
            path,
            span: self.span_from(lo),
        })
    }

    /// A `const`, `type` or `var` declaration, at the current keyword.
    pub(super) fn gen_decl(&mut self) -> GenDecl {
        let lo = self.lo();
        let (kind, form) = match self.kind() {
            TokenKind::Const => (GenKind::Const, GroupedDecl::Const),
            TokenKind::Type => (GenKind::Type, GroupedDecl::Type),
            _ => (GenKind::Var, GroupedDecl::Var),
        };
        self.next();
        let mut specs = Vec::new();
        if self.got(TokenKind::LParen) {
            let mut index = 0;
            self.list(
                "grouped declaration",
                TokenKind::Semi(crate::token::SemiKind::Semicolon),
                TokenKind::RParen,
                &mut |p| {
                    specs.push(p.spec(form, index));
                    index += 1;
                    false
                },
            );
        } else {
            specs.push(self.spec(form, 0));
        }
        GenDecl {
            kind,
            specs,
            span: self.span_from(lo),
        }
    }

    fn spec(&mut self, form: GroupedDecl, iota: u32) -> Spec {
        match form {
            GroupedDecl::Const => Spec::Value(self.const_spec(iota)),
            GroupedDecl::Var => Spec::Value(self.var_spec()),
            GroupedDecl::Type => Spec::Type(self.type_spec()),
        }
    }

    fn const_spec(&mut self, iota: u32) -> ValueSpec {
        let lo = self.lo();
        let first = self.name();
        let names = self.name_list(first);
        let mut ty = None;
        let mut values = Vec::new();
        if !self.at(TokenKind::Eof) && !self.at_semi() && !self.at(TokenKind::RParen) {
            ty = self.type_or_none();
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        ValueSpec {
            names,
            ty,
            values,
            iota,
            span: self.span_from(lo),
        }
    }

    fn var_spec(&mut self) -> ValueSpec {
        let lo = self.lo();
        let first = self.name();
        let names = self.name_list(first);
        let mut ty = None;
        let mut values = Vec::new();
        if self.got_assign() {
            values = self.expr_list();
        } else {
            ty = Some(self.type_());
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        ValueSpec {
            names,
            ty,
            values,
            iota: 0,
            span: self.span_from(lo),
        }
    }

    /// `Name [TypeParams] [=] Type`. After `Name [`, the text may start a
    /// type parameter list or an array length; gc's rule decides.
    fn type_spec(&mut self) -> TypeSpec {
        let lo = self.lo();
        let name = self.name();
        let mut type_params = Vec::new();
        let mut alias = false;
        let ty;
        if self.at(TokenKind::LBrack) {
            let bracket_lo = self.lo();
            self.next();
            match self.kind() {
                TokenKind::Name => {
                    let first = self.name();
                    let mut x = self.ident_expr(first);
                    if !self.at(TokenKind::LBrack) {
                        self.expr_nesting += 1;
                        let primary = self.primary_expr(Some(x));
                        x = self.binary_expr(Some(primary), 0);
                        self.expr_nesting -= 1;
                    }
                    let force = self.at(TokenKind::Comma);
                    match extract_name(x, force) {
                        Ok((param_name, param_type))
                            if param_type.is_some() || !self.at(TokenKind::RBrack) =>
                        {
                            type_params = self.param_list(
                                Some(param_name),
                                param_type,
                                TokenKind::RBrack,
                                true,
                            );
                            alias = self.got_assign();
                            ty = self.type_or_none();
                        }
                        Ok((param_name, param_type)) => {
                            // `[N]T`: the name was an array length.
                            let len = rebuild_extracted(self, param_name, param_type);
                            ty = Some(self.array_type(bracket_lo, Some(len)));
                        }
                        Err(len) => ty = Some(self.array_type(bracket_lo, Some(len))),
                    }
                }
                TokenKind::RBrack => {
                    self.next();
                    let elem = self.type_();
                    ty = Some(self.make_expr(
                        self.span_from(bracket_lo),
                        ExprKind::SliceType(Box::new(elem)),
                    ));
                }
                _ => ty = Some(self.array_type(bracket_lo, None)),
            }
        } else {
            alias = self.got_assign();
            ty = self.type_or_none();
        }
        let ty = match ty {
            Some(ty) => ty,
            None => {
                let bad = self.bad_expr();
                self.syntax_error("in type declaration");
                self.advance(&[
                    TokenKind::Semi(crate::token::SemiKind::Semicolon),
                    TokenKind::RParen,
                ]);
                bad
            }
        };
        TypeSpec {
            name,
            type_params,
            alias,
            ty,
            span: self.span_from(lo),
        }
    }

    /// `func [Receiver] Name [TypeParams] Signature [Body]`, after `func`.
    fn func_decl(&mut self, lo: u32) -> FuncDecl {
        let mut context = "";
        let mut recv = None;
        if self.got(TokenKind::LParen) {
            context = "method";
            let receivers = self.param_list(None, None, TokenKind::RParen, false);
            let count: usize = receivers.iter().map(|f| f.names.len().max(1)).sum();
            match count {
                0 => self.error("method has no receiver"),
                1 => {}
                _ => self.error("method has multiple receivers"),
            }
            recv = receivers.into_iter().next();
        }
        let name;
        let mut type_params = Vec::new();
        let sig;
        if self.at(TokenKind::Name) {
            name = self.name();
            let (params, signature) = self.func_type(context);
            type_params = params;
            sig = signature;
        } else {
            let here = self.lo();
            name = self.ident_named("_", here);
            sig = FuncType {
                params: Vec::new(),
                results: Vec::new(),
                span: Span::new(here, here),
            };
            let message = if context.is_empty() {
                "expected name or ("
            } else {
                "expected name"
            };
            self.syntax_error(message);
            self.advance(&[
                TokenKind::LBrace,
                TokenKind::Semi(crate::token::SemiKind::Semicolon),
            ]);
        }
        let body = if self.at(TokenKind::LBrace) {
            Some(self.func_body())
        } else {
            None
        };
        FuncDecl {
            recv,
            name,
            type_params,
            sig,
            body,
            span: self.span_from(lo),
        }
    }

    /// A function body; when it parsed without errors, its labels and
    /// branch statements are checked as gc does.
    pub(super) fn func_body(&mut self) -> crate::ast::Block {
        let errors_before = self.diagnostics.len();
        self.function_nesting += 1;
        let body = self.block_stmt("");
        self.function_nesting -= 1;
        let lexer_errors_inside = self
            .lexer_diagnostics
            .iter()
            .any(|d| d.span.lo >= body.span.lo && d.span.lo < body.span.hi);
        if self.diagnostics.len() == errors_before && !lexer_errors_inside && !self.aborted {
            let errors = super::branches::check_branches(
                &body,
                &|offset| self.gc_position(offset),
                &|offset| self.token_at_or_after(offset),
            );
            for (lo, message) in errors {
                self.error_at(lo, message);
            }
        }
        body
    }

    /// `[TypeParams] Parameters [Result]`; `context` names what may not have
    /// type parameters ("" where they are allowed).
    pub(super) fn func_type(&mut self, context: &str) -> (Vec<Field>, FuncType) {
        let lo = self.lo();
        let mut type_params = Vec::new();
        if self.got(TokenKind::LBrack) {
            if !context.is_empty() {
                self.syntax_error_at(lo, &format!("{context} must have no type parameters"));
            }
            if self.at(TokenKind::RBrack) {
                self.syntax_error("empty type parameter list");
                self.next();
            } else {
                type_params = self.param_list(None, None, TokenKind::RBrack, true);
            }
        }
        self.want(TokenKind::LParen);
        let params = self.param_list(None, None, TokenKind::RParen, false);
        let results = self.func_result();
        (
            type_params,
            FuncType {
                params,
                results,
                span: self.span_from(lo),
            },
        )
    }

    fn func_result(&mut self) -> Vec<Field> {
        if self.got(TokenKind::LParen) {
            return self.param_list(None, None, TokenKind::RParen, false);
        }
        let lo = self.lo();
        match self.type_or_none() {
            Some(ty) => vec![Field {
                names: Vec::new(),
                ty,
                tag: None,
                variadic: false,
                embedded: false,
                span: self.span_from(lo),
            }],
            None => Vec::new(),
        }
    }

    /// A parameter (or type parameter) list up to and including `close`,
    /// grouped into fields. `name`/`ty` are an already parsed first entry.
    pub(super) fn param_list(
        &mut self,
        name: Option<Ident>,
        ty: Option<Expr>,
        close: TokenKind,
        require_names: bool,
    ) -> Vec<Field> {
        let params = self.param_items(name, ty, close, require_names);
        group_params(self, params)
    }

    /// The parameters of a list, with names and types matched up (each named
    /// parameter without a type gets the next type; unnamed parameters
    /// written as a bare name become that type).
    pub(super) fn param_items(
        &mut self,
        name: Option<Ident>,
        ty: Option<Expr>,
        close: TokenKind,
        require_names: bool,
    ) -> Vec<Param> {
        if let (Some(name), Some(ty)) = (&name, &ty) {
            if self.at(close) {
                self.next();
                let lo = name.span.lo;
                return vec![Param {
                    name: Some(name.clone()),
                    ty: Some(ty.clone()),
                    own_type: true,
                    variadic: false,
                    lo,
                }];
            }
        }
        let mut first_name = name;
        let mut first_type = ty;
        let mut params: Vec<Param> = Vec::new();
        let end = self.list("parameter list", TokenKind::Comma, close, &mut |p| {
            let param = if let Some(ty) = first_type.take() {
                let name = first_name.take();
                let lo = name.as_ref().map(|n| n.span.lo).unwrap_or(ty.span.lo);
                Some(Param {
                    name,
                    ty: Some(ty),
                    own_type: true,
                    variadic: false,
                    lo,
                })
            } else {
                let name = first_name.take();
                p.param_decl(name, close)
            };
            if let Some(param) = param {
                params.push(param);
            }
            false
        });
        if params.is_empty() {
            return params;
        }
        let named = params
            .iter()
            .filter(|p| p.name.is_some() && p.ty.is_some())
            .count();
        let typed = params.iter().filter(|p| p.ty.is_some()).count();
        if named == 0 && !require_names {
            // `func(a, b)`: the names are types.
            for param in &mut params {
                if let Some(name) = param.name.take() {
                    param.ty = Some(self.ident_expr(name));
                    param.own_type = true;
                }
            }
        } else if named != params.len() {
            let mut error_lo = None;
            let mut current_type: Option<Expr> = None;
            for param in params.iter_mut().rev() {
                if let Some(ty) = &param.ty {
                    current_type = Some(ty.clone());
                    if param.name.is_none() {
                        let lo = ty.span.lo;
                        error_lo = Some(lo);
                        param.name = Some(self.ident_named("_", lo));
                    }
                } else if let Some(ty) = &current_type {
                    param.ty = Some(ty.clone());
                } else {
                    let lo = param.lo;
                    error_lo = Some(lo);
                    param.ty = Some(self.make_expr(Span::new(lo, lo), ExprKind::Bad));
                    param.own_type = true;
                }
            }
            if let Some(mut lo) = error_lo {
                let message = if require_names {
                    if named == typed {
                        lo = end.lo;
                        "missing type constraint".to_string()
                    } else if params.len() == 1 {
                        "missing type parameter name or invalid array length".to_string()
                    } else {
                        "missing type parameter name".to_string()
                    }
                } else {
                    "mixed named and unnamed parameters".to_string()
                };
                self.syntax_error_at(lo, &message);
            }
        }
        params
    }

    /// One parameter declaration; `follow` is the closing token of the list
    /// (`]` for type parameters, where type-set terms are allowed).
    fn param_decl(&mut self, name: Option<Ident>, follow: TokenKind) -> Option<Param> {
        let type_sets_ok = follow == TokenKind::RBrack;
        let lo = name.as_ref().map(|n| n.span.lo).unwrap_or(self.lo());
        let mut param = Param {
            name: None,
            ty: None,
            own_type: true,
            variadic: false,
            lo,
        };
        if name.is_none() && type_sets_ok && self.at(TokenKind::Tilde) {
            param.ty = Some(self.embedded_elem(None));
            return Some(param);
        }
        if self.at(TokenKind::Name) || name.is_some() {
            let name = match name {
                Some(name) => name,
                None => self.name(),
            };
            if self.at(TokenKind::LBrack) {
                match self.array_or_type_args() {
                    ArrayOrTypeArgs::Type(ty) => {
                        param.name = Some(name);
                        param.ty = Some(ty);
                    }
                    ArrayOrTypeArgs::Args(args) => {
                        let base = self.ident_expr(name);
                        let span = base.span.to(self.span_from(lo));
                        param.ty =
                            Some(self.make_expr(span, ExprKind::Index(Box::new(base), args)));
                    }
                }
                if type_sets_ok && self.at(TokenKind::Operator(BinaryOp::Or)) {
                    param.ty = Some(self.embedded_elem(param.ty.take()));
                }
                return Some(param);
            }
            if self.at(TokenKind::Dot) {
                let ty = self.qualified_name(Some(name));
                param.ty = Some(ty);
                if type_sets_ok && self.at(TokenKind::Operator(BinaryOp::Or)) {
                    param.ty = Some(self.embedded_elem(param.ty.take()));
                }
                return Some(param);
            }
            if type_sets_ok && self.at(TokenKind::Operator(BinaryOp::Or)) {
                let ty = self.ident_expr(name);
                param.ty = Some(self.embedded_elem(Some(ty)));
                return Some(param);
            }
            param.name = Some(name);
        }
        if self.at(TokenKind::DotDotDot) {
            self.next();
            let elem = match self.type_or_none() {
                Some(elem) => elem,
                None => {
                    let bad = self.bad_expr();
                    self.syntax_error("... is missing type");
                    bad
                }
            };
            param.ty = Some(elem);
            param.variadic = true;
            return Some(param);
        }
        if type_sets_ok && self.at(TokenKind::Tilde) {
            param.ty = Some(self.embedded_elem(None));
            return Some(param);
        }
        param.ty = self.type_or_none();
        if type_sets_ok && self.at(TokenKind::Operator(BinaryOp::Or)) && param.ty.is_some() {
            param.ty = Some(self.embedded_elem(param.ty.take()));
        }
        if param.name.is_some() || param.ty.is_some() {
            if param.ty.is_none() {
                param.own_type = false;
            }
            return Some(param);
        }
        self.syntax_error(&format!("expected {}", follow.describe()));
        self.advance(&[TokenKind::Comma, follow]);
        None
    }

    /// A constraint element: `T`, `~T`, or a union `A | ~B | ...`, starting
    /// with `first` if already parsed.
    pub(super) fn embedded_elem(&mut self, first: Option<Expr>) -> Expr {
        let mut x = match first {
            Some(x) => x,
            None => self.embedded_term(),
        };
        while self.at(TokenKind::Operator(BinaryOp::Or)) {
            self.next();
            let y = self.embedded_term();
            let span = x.span.to(y.span);
            x = self.make_expr(
                span,
                ExprKind::Binary(BinaryOp::Or, Box::new(x), Box::new(y)),
            );
        }
        x
    }

    fn embedded_term(&mut self) -> Expr {
        if self.at(TokenKind::Tilde) {
            let lo = self.lo();
            self.next();
            let ty = self.type_();
            return self.make_expr(
                self.span_from(lo),
                ExprKind::Unary(UnaryOp::Tilde, Box::new(ty)),
            );
        }
        match self.type_or_none() {
            Some(ty) => ty,
            None => {
                let bad = self.bad_expr();
                self.syntax_error("expected ~ term or type");
                // gc stops at any operator here (its token class), then at closers.
                let mut follow = OPERATOR_TOKENS.to_vec();
                follow.extend([
                    TokenKind::Semi(crate::token::SemiKind::Semicolon),
                    TokenKind::RParen,
                    TokenKind::RBrack,
                    TokenKind::RBrace,
                ]);
                self.advance(&follow);
                bad
            }
        }
    }
}

/// What follows a name and `[` in a parameter or field: an array or slice
/// type, or type arguments of a generic type (the name is the base).
pub(super) enum ArrayOrTypeArgs {
    Type(Expr),
    Args(Vec<Expr>),
}

impl<'a> Parser<'a> {
    pub(super) fn array_or_type_args(&mut self) -> ArrayOrTypeArgs {
        let lo = self.lo();
        self.want(TokenKind::LBrack);
        if self.got(TokenKind::RBrack) {
            let elem = self.type_();
            return ArrayOrTypeArgs::Type(
                self.make_expr(self.span_from(lo), ExprKind::SliceType(Box::new(elem))),
            );
        }
        let (mut list, comma) = self.type_list(false);
        self.want(TokenKind::RBrack);
        if !comma && list.len() == 1 {
            if let Some(elem) = self.type_or_none() {
                let len = list.pop().map(Box::new);
                let kind = ExprKind::ArrayType {
                    len,
                    elem: Box::new(elem),
                };
                return ArrayOrTypeArgs::Type(self.make_expr(self.span_from(lo), kind));
            }
        }
        ArrayOrTypeArgs::Args(list)
    }
}

/// The tokens gc's scanner classes as operators (all but `*`, `<-` and assignments).
const OPERATOR_TOKENS: &[TokenKind] = &[
    TokenKind::Not,
    TokenKind::Tilde,
    TokenKind::Operator(BinaryOp::Add),
    TokenKind::Operator(BinaryOp::Sub),
    TokenKind::Operator(BinaryOp::Mul),
    TokenKind::Operator(BinaryOp::Div),
    TokenKind::Operator(BinaryOp::Rem),
    TokenKind::Operator(BinaryOp::And),
    TokenKind::Operator(BinaryOp::Or),
    TokenKind::Operator(BinaryOp::Xor),
    TokenKind::Operator(BinaryOp::Shl),
    TokenKind::Operator(BinaryOp::Shr),
    TokenKind::Operator(BinaryOp::AndNot),
    TokenKind::Operator(BinaryOp::LogAnd),
    TokenKind::Operator(BinaryOp::LogOr),
    TokenKind::Operator(BinaryOp::Eq),
    TokenKind::Operator(BinaryOp::Ne),
    TokenKind::Operator(BinaryOp::Lt),
    TokenKind::Operator(BinaryOp::Le),
    TokenKind::Operator(BinaryOp::Gt),
    TokenKind::Operator(BinaryOp::Ge),
];

const TOP_LEVEL_FOLLOW: [TokenKind; 5] = [
    TokenKind::Import,
    TokenKind::Const,
    TokenKind::Type,
    TokenKind::Var,
    TokenKind::Func,
];

/// Whether go/build accepts `path` as an import path: not empty, only
/// graphic non-space characters, none of a few punctuation characters.
fn is_valid_import_path(path: &str) -> bool {
    const ILLEGAL: &str = "!\"#$%&'()*,:;<=>?[\\]^{|}`\u{fffd}";
    !path.is_empty()
        && path
            .chars()
            .all(|c| !c.is_control() && !c.is_whitespace() && !ILLEGAL.contains(c))
}

/// Turns parsed parameters into fields: consecutive names sharing one
/// written type become one field, as in `a, b int`.
fn group_params(parser: &mut Parser, params: Vec<Param>) -> Vec<Field> {
    let mut fields = Vec::new();
    let mut pending: Vec<Ident> = Vec::new();
    let mut pending_lo = None;
    for param in params {
        let lo = *pending_lo.get_or_insert(param.lo);
        match (param.name, param.ty) {
            (Some(name), Some(ty)) if param.own_type => {
                pending.push(name);
                let span = Span::new(lo, ty.span.hi.max(lo));
                fields.push(Field {
                    names: std::mem::take(&mut pending),
                    ty,
                    tag: None,
                    variadic: param.variadic,
                    embedded: false,
                    span,
                });
                pending_lo = None;
            }
            (Some(name), _) => pending.push(name),
            (None, Some(ty)) => {
                let span = ty.span;
                fields.push(Field {
                    names: Vec::new(),
                    ty,
                    tag: None,
                    variadic: param.variadic,
                    embedded: false,
                    span,
                });
                pending_lo = None;
            }
            (None, None) => {}
        }
    }
    if !pending.is_empty() {
        // Only after an error: names with no type anywhere to their right.
        let lo = pending[0].span.lo;
        let ty = parser.make_expr(Span::new(lo, lo), ExprKind::Bad);
        fields.push(Field {
            names: pending,
            ty,
            tag: None,
            variadic: false,
            embedded: false,
            span: Span::new(lo, lo),
        });
    }
    fields
}

/// In `type T[x ...`, decides whether `x ...` starts a type parameter list:
/// returns the parameter name and the start of its constraint (if any), or
/// gives back the expression (an array length) when it is not one.
fn extract_name(x: Expr, force: bool) -> Result<(Ident, Option<Expr>), Expr> {
    match x.kind {
        ExprKind::Ident(name) => Ok((name, None)),
        ExprKind::Binary(BinaryOp::Mul, left, right) if force || is_type_elem(&right) => {
            let Expr {
                id: left_id,
                span: left_span,
                kind: left_kind,
            } = *left;
            match left_kind {
                // `P *C` is the parameter P with constraint `*C`.
                ExprKind::Ident(name) => {
                    let span = Span::new(left_span.hi, right.span.hi);
                    Ok((
                        name,
                        Some(Expr {
                            id: x.id,
                            span,
                            kind: ExprKind::Star(right),
                        }),
                    ))
                }
                kind => {
                    let left = Expr {
                        id: left_id,
                        span: left_span,
                        kind,
                    };
                    Err(Expr {
                        id: x.id,
                        span: x.span,
                        kind: ExprKind::Binary(BinaryOp::Mul, Box::new(left), right),
                    })
                }
            }
        }
        ExprKind::Binary(BinaryOp::Or, left, right) => {
            let force_left = force || is_type_elem(&right);
            match extract_name(*left, force_left) {
                Ok((name, Some(lhs))) => {
                    let span = lhs.span.to(right.span);
                    Ok((
                        name,
                        Some(Expr {
                            id: x.id,
                            span,
                            kind: ExprKind::Binary(BinaryOp::Or, Box::new(lhs), right),
                        }),
                    ))
                }
                Ok((name, None)) => {
                    let left = Expr {
                        id: name.id,
                        span: name.span,
                        kind: ExprKind::Ident(name),
                    };
                    Err(Expr {
                        id: x.id,
                        span: x.span,
                        kind: ExprKind::Binary(BinaryOp::Or, Box::new(left), right),
                    })
                }
                Err(left) => Err(Expr {
                    id: x.id,
                    span: x.span,
                    kind: ExprKind::Binary(BinaryOp::Or, Box::new(left), right),
                }),
            }
        }
        ExprKind::Call {
            func,
            mut args,
            ellipsis,
        } if args.len() == 1 && !ellipsis && (force || is_type_elem(&args[0])) => {
            let Expr {
                id: func_id,
                span: func_span,
                kind: func_kind,
            } = *func;
            match func_kind {
                // `P (C)` is the parameter P with a parenthesized constraint.
                ExprKind::Ident(name) => Ok((name, args.pop())),
                kind => {
                    let func = Box::new(Expr {
                        id: func_id,
                        span: func_span,
                        kind,
                    });
                    Err(Expr {
                        id: x.id,
                        span: x.span,
                        kind: ExprKind::Call {
                            func,
                            args,
                            ellipsis,
                        },
                    })
                }
            }
        }
        kind => Err(Expr {
            id: x.id,
            span: x.span,
            kind,
        }),
    }
}

/// Undoes `extract_name` when the brackets turn out to hold an array length.
fn rebuild_extracted(parser: &mut Parser, name: Ident, ty: Option<Expr>) -> Expr {
    let base = parser.ident_expr(name);
    match ty {
        None => base,
        Some(ty) => {
            let span = base.span.to(ty.span);
            parser.make_expr(
                span,
                ExprKind::Binary(BinaryOp::Mul, Box::new(base), Box::new(ty)),
            )
        }
    }
}

/// Whether `x` can only be a type or constraint (so `[P *C]` is a type
/// parameter list, not an array length).
pub(super) fn is_type_elem(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::ArrayType { .. }
        | ExprKind::StructType(_)
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType(_)
        | ExprKind::SliceType(_)
        | ExprKind::MapType(..)
        | ExprKind::ChanType(..) => true,
        ExprKind::Binary(_, x, y) => is_type_elem(x) || is_type_elem(y),
        ExprKind::Unary(UnaryOp::Tilde, _) => true,
        ExprKind::Unary(_, x) | ExprKind::Star(x) => is_type_elem(x),
        ExprKind::Paren(x) => is_type_elem(x),
        _ => false,
    }
}
