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

/// Files of Go's test suite whose first error comes from gc's lexer or
/// parser; `data/go_suite_errors.txt` holds gc's first message for each
/// (`data/gen_go_suite_errors.py` runs the real gc). Skipped when the test
/// suite is not installed.
#[test]
fn go_test_suite_first_errors_match_gc() {
    let root = std::path::Path::new("/usr/share/go-1.23/test");
    if !root.is_dir() {
        println!("note: {} is absent; skipped", root.display());
        return;
    }
    // Errors weft leaves to other stages: gc's pragma and import checks.
    let out_of_scope = [
        "//go:noescape",
        "non-canonical import path",
        "label _ not defined",
    ];
    let expected =
        std::fs::read_to_string(common::data_path("go_suite_errors.txt")).expect("readable");
    let mut failures = Vec::new();
    for line in expected.lines() {
        let Some((file, first_error)) = line.split_once(": ") else {
            continue;
        };
        if out_of_scope.iter().any(|s| first_error.contains(s)) {
            continue;
        }
        let Ok(bytes) = std::fs::read(root.join(file)) else {
            continue;
        };
        let actual = errors_of(&String::from_utf8_lossy(&bytes));
        let actual_first = actual.lines().next().unwrap_or("");
        if actual_first != first_error {
            failures.push(format!(
                "{file}\n  gc:   {first_error}\n  weft: {actual_first}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "first errors differ:\n{}",
        failures.join("\n")
    );
}

/// Header errors (found by `go build` before gc) are told apart from gc's.
#[test]
fn header_errors_are_recognized() {
    let cases = [
        ("func main() {}\n", true),
        ("package p\n\nimport fmt\n", true),
        ("package p\n\nimport (\n\t\"fmt\" x\n)\n", true),
        ("package p\n\nimport \"a b\"\n", true),
        ("package p\n\nvar x int\n\nimport y\n", false),
        ("package p\n\nvar s = \"abc\n", false),
        ("package p\n\nfunc f() { x := }\n", false),
    ];
    for (source, header) in cases {
        let mut sources = SourceMap::new();
        let index = sources.add("x.go", source.to_string());
        let (_, diagnostics) = parse_file(&sources, index, &mut IdGen::default());
        assert!(!diagnostics.is_empty(), "{source:?}");
        assert_eq!(
            weft_compiler::parser::is_header_error(&diagnostics[0]),
            header,
            "{source:?}: {diagnostics:?}"
        );
        if header {
            assert_eq!(
                diagnostics.len(),
                1,
                "a header error comes alone: {diagnostics:?}"
            );
        }
    }
}
