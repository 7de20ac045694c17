//! Syntax and lexical errors, compared with what `go build` (Go 1.23) prints.
//!
//! `data/syntax_errors.txt` holds cases: `=== name`, a whole Go file, then
//! `--- errors` and one `LINE:COL: message` line per error. The expected
//! lines come from the real go (`data/gen_go_errors.py` runs it); with
//! `UPDATE_EXPECT=1` this test rewrites them with weft's output instead, so
//! a difference shows up in the diff for review. Errors that go reports from
//! its import-header reader (go/parser wording) carry an `x.go:` prefix.

mod common;

use weft_compiler::ast::IdGen;
use weft_compiler::parser::parse_file;
use weft_compiler::source::SourceMap;

fn errors_of(source: &str) -> String {
    let mut sources = SourceMap::new();
    let index = sources.add("x.go", source.to_string());
    let mut ids = IdGen::default();
    let (_, diagnostics) = parse_file(&sources, index, &mut ids);
    let mut out = String::new();
    for diagnostic in diagnostics {
        let position = sources.position(diagnostic.span.lo);
        out.push_str(&format!(
            "{}:{}: {}\n",
            position.line, position.col, diagnostic.message
        ));
    }
    out
}

#[test]
fn syntax_errors_match_go() {
    common::check_cases("syntax_errors.txt", "--- errors\n", errors_of);
}
