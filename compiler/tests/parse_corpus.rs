//! Parses Go's own test programs and standard library packages, which must parse without errors.
//!
//! The directories belong to the installed Go 1.23; a test whose directory is
//! absent prints a note and passes.

use std::path::Path;

use weft_compiler::ast::IdGen;
use weft_compiler::parser::parse_file;
use weft_compiler::source::SourceMap;

/// Parses every `.go` file directly in `dir`; returns the error lines.
fn parse_dir(dir: &str) -> Option<(usize, Vec<String>)> {
    let path = Path::new(dir);
    if !path.is_dir() {
        println!("note: {dir} is absent; skipped");
        return None;
    }
    let mut entries: Vec<_> = std::fs::read_dir(path)
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    entries.sort();
    let mut failures = Vec::new();
    let mut count = 0;
    for file in entries {
        if file.extension().and_then(|e| e.to_str()) != Some("go") {
            continue;
        }
        let Ok(bytes) = std::fs::read(&file) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let mut sources = SourceMap::new();
        let index = sources.add(&file.display().to_string(), text);
        let mut ids = IdGen::default();
        let (_, diagnostics) = parse_file(&sources, index, &mut ids);
        count += 1;
        for diagnostic in diagnostics {
            failures.push(format!(
                "{}: {}",
                sources.describe(diagnostic.span),
                diagnostic.message
            ));
        }
    }
    Some((count, failures))
}

fn check_dirs(dirs: &[&str]) {
    let mut all_failures = Vec::new();
    for dir in dirs {
        if let Some((count, failures)) = parse_dir(dir) {
            println!("{dir}: {count} files");
            all_failures.extend(failures);
        }
    }
    assert!(
        all_failures.is_empty(),
        "parse errors:\n{}",
        all_failures.join("\n")
    );
}

#[test]
fn go_test_ken_and_chan_parse() {
    check_dirs(&[
        "/usr/share/go-1.23/test/ken",
        "/usr/share/go-1.23/test/chan",
    ]);
}

#[test]
fn go_std_packages_parse() {
    check_dirs(&[
        "/usr/lib/go-1.23/src/fmt",
        "/usr/lib/go-1.23/src/strings",
        "/usr/lib/go-1.23/src/strconv",
        "/usr/lib/go-1.23/src/sort",
    ]);
}
