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

/// Every program of Go's test suite that is meant to compile (not marked
/// `errorcheck` or `skip`, and with a package clause) parses without errors.
#[test]
fn go_test_suite_compilable_programs_parse() {
    let root = Path::new("/usr/share/go-1.23/test");
    if !root.is_dir() {
        println!("note: {} is absent; skipped", root.display());
        return;
    }
    let mut stack = vec![root.to_path_buf()];
    let mut files = Vec::new();
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.filter_map(|e| e.ok()) {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().and_then(|e| e.to_str()) == Some("go") {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut failures = Vec::new();
    let mut count = 0;
    for file in files {
        let Ok(bytes) = std::fs::read(&file) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let head: String = text.lines().take(3).collect::<Vec<_>>().join("\n");
        let expects_errors = head.contains("// errorcheck") || head.contains("// skip");
        let has_package = text.lines().any(|line| line.starts_with("package "));
        if expects_errors || !has_package {
            continue;
        }
        count += 1;
        let mut sources = SourceMap::new();
        let index = sources.add(&file.display().to_string(), text);
        let (_, diagnostics) = parse_file(&sources, index, &mut IdGen::default());
        for diagnostic in diagnostics {
            failures.push(format!(
                "{}: {}",
                sources.describe(diagnostic.span),
                diagnostic.message
            ));
        }
    }
    println!("{count} programs parsed");
    assert!(
        count > 1000,
        "expected the Go test suite, found {count} programs"
    );
    assert!(
        failures.is_empty(),
        "parse errors:\n{}",
        failures.join("\n")
    );
}
