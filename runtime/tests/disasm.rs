//! Data-driven codegen tests: each `disasm_data/X.go` is compiled and the disassembly of its
//! `main` package functions compared with `disasm_data/X.expect` (rewritten when the
//! environment has `UPDATE_EXPECT=1`; review the diff). These pin down the opcodes the
//! checker's types select, superinstruction fusion and line tables.

use std::path::Path;
use weft::Engine;

/// Compiles `source` and renders the functions of package main.
fn render(source: &str) -> String {
    let program = Engine::new()
        .compile(vec![("prog.go".to_string(), source.to_string())])
        .unwrap_or_else(|e| panic!("compile error:\n{e}"));
    let full = weft_vm::disasm::disassemble(&program);
    let main_funcs = full
        .split("\n\n")
        .filter(|f| f.starts_with("func main."))
        .collect::<Vec<_>>()
        .join("\n\n")
        + "\n";
    main_funcs
        .lines()
        .map(normalize)
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// Replaces program-wide indices (function, type, constant, symbol ids), which move whenever
/// the standard library changes, with `_`; the annotations after `;` keep the names.
fn normalize(line: &str) -> String {
    const INDEX_FIELDS: [&str; 9] = [
        "func: ",
        "ty: ",
        "elem: ",
        "key: ",
        "value: ",
        "native: ",
        "method: ",
        "src_name: ",
        "table: ",
    ];
    const INDEX_OPS: [&str; 18] = [
        "PushConst(",
        "Zero(",
        "ToIface(",
        "Clone(",
        "CopyInto(",
        "Equal(",
        "NotEqual(",
        "TypeMatches(",
        "TypeAssertOk(",
        "IfaceAssertOk(",
        "MakeSlice(",
        "SliceClear(",
        "MapGet(",
        "MapGet2(",
        "MakeChan(",
        "PushFunc(",
        "Bind(",
        "BindIface(",
    ];
    let mut out = String::new();
    let mut rest = line;
    // Function headers: `func main.add #13 (...)`.
    if let Some(hash) = rest.find(" #") {
        if rest.starts_with("func ") {
            let end = rest[hash + 2..]
                .find(' ')
                .map(|e| hash + 2 + e)
                .unwrap_or(rest.len());
            return format!("{}{}", &rest[..hash], &rest[end..]);
        }
    }
    'scan: while !rest.is_empty() {
        for marker in INDEX_FIELDS.iter().chain(INDEX_OPS.iter()) {
            if rest.starts_with(marker) {
                out.push_str(marker);
                rest = &rest[marker.len()..];
                let digits = rest.chars().take_while(|c| c.is_ascii_digit()).count();
                if digits > 0 {
                    out.push('_');
                    rest = &rest[digits..];
                }
                continue 'scan;
            }
        }
        let c = rest.chars().next().unwrap();
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Compares `actual` with the expectation file, or rewrites it under UPDATE_EXPECT=1.
fn check(expect_path: &Path, actual: &str) -> Result<(), String> {
    if std::env::var("UPDATE_EXPECT").is_ok_and(|v| v == "1") {
        std::fs::write(expect_path, actual).map_err(|e| e.to_string())?;
        return Ok(());
    }
    let expected = std::fs::read_to_string(expect_path).unwrap_or_default();
    if expected == actual {
        return Ok(());
    }
    let line = expected
        .lines()
        .zip(actual.lines())
        .position(|(a, b)| a != b)
        .unwrap_or(expected.lines().count().min(actual.lines().count()));
    Err(format!(
        "{}: differs at line {}:\n  expected: {:?}\n  actual:   {:?}\n(run with UPDATE_EXPECT=1 to accept)",
        expect_path.display(),
        line + 1,
        expected.lines().nth(line).unwrap_or(""),
        actual.lines().nth(line).unwrap_or("")
    ))
}

#[test]
fn disassembly_matches_expectations() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/disasm_data");
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "no inputs in {}", dir.display());
    let mut failures = Vec::new();
    for input in &inputs {
        let source = std::fs::read_to_string(input).unwrap();
        if let Err(e) = check(&input.with_extension("expect"), &render(&source)) {
            failures.push(e);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
