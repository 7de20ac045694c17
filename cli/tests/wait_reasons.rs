//! Wait reasons in deadlock reports: for each `tests/concurrency/<name>.go` with a
//! `<name>.wait` golden beside it, the first `goroutine N [reason]:` line that `weft run`
//! writes on standard error must name the same wait reason as gc's (the golden harness
//! compares only the first line of standard error, `fatal error: ...`).
//!
//! A `.wait` file holds the first `goroutine` line of gc's report, made with the
//! reference Go: `go build -o prog <name>.go; ./prog 2>&1 | grep -m1 '^goroutine '`.
//! Goroutine numbers other than 1 differ between gc and Weft (gc starts runtime
//! goroutines first), so only the bracketed reason is compared.

mod common;

use common::{run_program, runner, workspace_root, PROGRAM_TIMEOUT};

/// The `[reason]` part of the first `goroutine N [reason]:` line of `text`.
fn wait_reason(text: &str) -> Option<String> {
    let line = text.lines().find(|l| l.starts_with("goroutine "))?;
    let start = line.find('[')?;
    let end = line.rfind(']')?;
    Some(line[start..=end].to_string())
}

#[test]
fn deadlock_reports_name_gc_wait_reasons() {
    let directory = workspace_root().join("tests/concurrency");
    let (runner, _) = runner();
    let mut checked = 0;
    let mut failures = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&directory)
        .expect("tests/concurrency exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "wait"))
        .collect();
    entries.sort();
    for golden in entries {
        let expected = std::fs::read_to_string(&golden).unwrap();
        let program = golden.with_extension("go");
        let file_name = program.file_name().unwrap().to_string_lossy().to_string();
        let outcome = run_program(&runner, &directory, &file_name, PROGRAM_TIMEOUT);
        let actual = wait_reason(&String::from_utf8_lossy(&outcome.stderr));
        checked += 1;
        if actual != wait_reason(&expected) {
            failures.push(format!(
                "{file_name}: wait reason {actual:?}, gc says {:?}",
                wait_reason(&expected)
            ));
        }
    }
    assert!(checked > 0, "no .wait goldens found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
