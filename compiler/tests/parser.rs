//! Parser tests: syntax trees rendered by `ast_dump`.
//!
//! `data/parser_files.txt` holds whole files (`--- ast` then the dump of
//! the file); `data/parser_exprs.txt` holds expressions parsed alone (`---
//! ast` then the dump of the expression and, after `go:`, the expression
//! as `expr_string` prints it for messages). Any diagnostics are appended as
//! `! LINE:COL: message`. Rewrite with `UPDATE_EXPECT=1` and review the diff.

mod common;

use weft_compiler::ast::IdGen;
use weft_compiler::ast_dump::{dump_expr, dump_file, dump_stmts, expr_string};
use weft_compiler::parser::{parse_expr, parse_file, parse_stmt_list};
use weft_compiler::source::{Diagnostic, SourceMap};

fn with_diagnostics(mut out: String, sources: &SourceMap, diagnostics: &[Diagnostic]) -> String {
    for diagnostic in diagnostics {
        let position = sources.position(diagnostic.span.lo);
        out.push_str(&format!(
            "! {}:{}: {}\n",
            position.line, position.col, diagnostic.message
        ));
    }
    out
}

fn file_dump(source: &str) -> String {
    let mut sources = SourceMap::new();
    let index = sources.add("x.go", source.to_string());
    let (file, diagnostics) = parse_file(&sources, index, &mut IdGen::default());
    with_diagnostics(dump_file(&file), &sources, &diagnostics)
}

fn expr_dump(source: &str) -> String {
    let mut sources = SourceMap::new();
    let index = sources.add("x.go", source.to_string());
    let (expr, diagnostics) = parse_expr(&sources, index, &mut IdGen::default());
    let out = format!("{}go: {}\n", dump_expr(&expr), expr_string(&expr));
    with_diagnostics(out, &sources, &diagnostics)
}

fn stmts_dump(source: &str) -> String {
    let mut sources = SourceMap::new();
    let index = sources.add("x.go", source.to_string());
    let (stmts, diagnostics) = parse_stmt_list(&sources, index, &mut IdGen::default());
    with_diagnostics(dump_stmts(&stmts), &sources, &diagnostics)
}

#[test]
fn parser_files() {
    common::check_cases("parser_files.txt", "--- ast\n", file_dump);
}

#[test]
fn parser_exprs() {
    common::check_cases("parser_exprs.txt", "--- ast\n", expr_dump);
}

#[test]
fn parser_stmts() {
    common::check_cases("parser_stmts.txt", "--- ast\n", stmts_dump);
}

/// Every expression and identifier gets its own id, and spans cover the
/// text they were parsed from.
#[test]
fn ids_are_fresh_and_spans_exact() {
    let mut sources = SourceMap::new();
    sources.add("a.go", "package a\n".to_string());
    let index = sources.add(
        "b.go",
        "package b\n\nvar x = f(a + b, \"s\")[1]\n".to_string(),
    );
    let mut ids = IdGen::default();
    let (file, diagnostics) = parse_file(&sources, index, &mut ids);
    assert!(diagnostics.is_empty());
    let base = sources.file(index).base;
    let weft_compiler::ast::Decl::Gen(decl) = &file.decls[0] else {
        panic!("expected a var declaration")
    };
    let weft_compiler::ast::Spec::Value(spec) = &decl.specs[0] else {
        panic!("expected a value spec")
    };
    let value = &spec.values[0];
    let text = &sources.file(index).text;
    let slice = |span: weft_compiler::ast::Span| {
        &text[(span.lo - base) as usize..(span.hi - base) as usize]
    };
    assert_eq!(slice(value.span), "f(a + b, \"s\")[1]");
    assert_eq!(slice(spec.names[0].span), "x");
    assert_eq!(slice(file.package.span), "b");
    // Identifiers `b`, `x` take one id each; the identifier expressions
    // `f`, `a`, `b` take two (the Expr and its Ident); `a + b`, `"s"`, the
    // call, `1` and the index expression one each: fourteen in all.
    assert_eq!(ids.count(), 14);
}
