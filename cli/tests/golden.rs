//! End-to-end golden tests: every Go program under `tests/` runs under `weft run` and must
//! print what the reference Go printed.
//!
//! # Golden format
//!
//! Each program is `tests/<category>/<name>.go`, one `package main` program. Beside it, written
//! only by `tools/gen-golden.py` from the real go (go1.23), never by hand:
//!
//! * `<name>.out`: the exact standard output. Always present, possibly empty.
//! * `<name>.rc`: the exit status as a decimal number. Present only when it is nonzero.
//! * `<name>.err`: present only with `<name>.rc`. For a program that ran, the first line of
//!   standard error (`panic: runtime error: index out of range [5] with length 3`). For a
//!   compile-error program (everything under `tests/errors/`, exit status 1), all of gc's
//!   error lines with the path reduced to the base name, as in
//!   `x.go:4:2: declared and not used: y`, including tab-indented continuation lines and a
//!   final `too many errors` when gc printed one.
//!
//! # What is checked
//!
//! `weft run <name>.go` runs with the program's directory as its working directory (so paths
//! in panics and errors are relative, as with `go run`), no standard input, and a 120 s timeout
//! after which it is killed. A run program passes when its standard output is byte-for-byte
//! `<name>.out`, its exit status is `<name>.rc` (or 0), and, when that status is nonzero, the
//! first line of its standard error is `<name>.err`. A compile-error program passes when its
//! exit status is 1, its standard output is empty, and the `file:line:col: message` lines (with
//! their continuation lines and `too many errors`) that weft printed on standard error are
//! exactly the lines of `<name>.err`.
//!
//! # Known failures
//!
//! `tests/known_failures.txt` lists the programs weft does not pass yet (one path relative to
//! `tests/` a line, `#` comments allowed). The test fails when a program outside the list fails
//! or when a listed program passes (remove it: the list only shrinks).
//! `UPDATE_KNOWN_FAILURES=1` rewrites the list with the programs that fail now.
//!
//! # Switches
//!
//! * `WEFT_TEST_FILTER=SUBSTRING` runs only the programs whose relative path contains it.
//! * `WEFT_TEST_VERBOSE=1` also prints the reason of every known failure.
//! * `WEFT_TEST_RUNNER=PATH` runs PATH instead of the weft binary and ignores the known-failures
//!   list; `tools/go-as-weft.sh` makes the reference Go pass the whole corpus, which checks the
//!   goldens and this harness.

mod common;

use common::{describe_difference, Outcome, Verdict};
use std::path::{Path, PathBuf};

#[test]
fn golden() {
    let tests_directory = common::workspace_root().join("tests");
    let filter = common::filter_from_environment();
    let programs: Vec<PathBuf> = find_programs(&tests_directory)
        .into_iter()
        .filter(|path| {
            filter
                .as_deref()
                .is_none_or(|text| relative_name(&tests_directory, path).contains(text))
        })
        .collect();
    assert!(
        filter.is_some() || programs.len() >= 100,
        "golden: found only {} programs under {}",
        programs.len(),
        tests_directory.display()
    );
    let (runner, runner_overridden) = common::runner();
    let verdicts = common::run_in_parallel(&programs, |program| Verdict {
        name: relative_name(&tests_directory, program),
        failure: check_program(&runner, program),
    });
    common::judge(
        "golden",
        &verdicts,
        &tests_directory.join("known_failures.txt"),
        runner_overridden,
        filter.as_deref(),
    );
}

/// Runs one program and returns why it failed, or `None` when it matched its goldens.
fn check_program(runner: &Path, program: &Path) -> Option<String> {
    let expected = match Expected::load(program) {
        Ok(expected) => expected,
        Err(reason) => return Some(reason),
    };
    let directory = program.parent().expect("a program lives in a directory");
    let file_name = program
        .file_name()
        .expect("a program has a file name")
        .to_string_lossy();
    let outcome = common::run_program(runner, directory, &file_name, common::PROGRAM_TIMEOUT);
    if outcome.timed_out || outcome.status != Some(expected.status) {
        return Some(format!(
            "{}, expected exit status {} (stderr: {:?})",
            outcome.describe_status(),
            expected.status,
            outcome.first_stderr_line()
        ));
    }
    if outcome.stdout != expected.stdout {
        return Some(describe_difference(
            "stdout",
            &expected.stdout,
            &outcome.stdout,
        ));
    }
    if expected.is_compile_error {
        let actual_errors = compiler_error_lines(&outcome);
        if actual_errors != expected.stderr_lines {
            return Some(describe_difference(
                "compile errors",
                expected.stderr_lines.join("\n").as_bytes(),
                actual_errors.join("\n").as_bytes(),
            ));
        }
    } else if expected.status != 0 {
        let first_line = outcome.first_stderr_line();
        if Some(&first_line) != expected.stderr_lines.first() {
            return Some(format!(
                "first stderr line is {first_line:?}, expected {:?}",
                expected
                    .stderr_lines
                    .first()
                    .map(String::as_str)
                    .unwrap_or("")
            ));
        }
    }
    None
}

/// The goldens of one program.
struct Expected {
    stdout: Vec<u8>,
    status: i32,
    /// The lines of `<name>.err` without newlines (empty when the status is 0).
    stderr_lines: Vec<String>,
    is_compile_error: bool,
}

impl Expected {
    fn load(program: &Path) -> Result<Expected, String> {
        let stdout = std::fs::read(program.with_extension("out"))
            .map_err(|_| "no .out golden: run tools/gen-golden.py".to_string())?;
        let status = match std::fs::read_to_string(program.with_extension("rc")) {
            Ok(text) => text
                .trim()
                .parse()
                .map_err(|_| format!("bad .rc golden {text:?}"))?,
            Err(_) => 0,
        };
        let stderr_lines = if status == 0 {
            Vec::new()
        } else {
            std::fs::read_to_string(program.with_extension("err"))
                .map_err(|_| {
                    "nonzero .rc without .err golden: run tools/gen-golden.py".to_string()
                })?
                .lines()
                .map(str::to_string)
                .collect()
        };
        let is_compile_error = program
            .parent()
            .and_then(Path::file_name)
            .is_some_and(|name| name == "errors");
        Ok(Expected {
            stdout,
            status,
            stderr_lines,
            is_compile_error,
        })
    }
}

/// The diagnostic lines of a compiler's standard error: `file.go:line:col: message` lines, the
/// tab-indented lines that continue them, and `too many errors`. Anything else weft prints
/// (a banner, a summary) is ignored.
fn compiler_error_lines(outcome: &Outcome) -> Vec<String> {
    let text = String::from_utf8_lossy(&outcome.stderr);
    let mut lines = Vec::new();
    let mut inside_diagnostic = false;
    for line in text.lines() {
        if is_position_line(line) || line == "too many errors" {
            inside_diagnostic = true;
            lines.push(line.to_string());
        } else if inside_diagnostic && line.starts_with('\t') {
            lines.push(line.to_string());
        } else {
            inside_diagnostic = false;
        }
    }
    lines
}

/// Whether a line starts with `something.go:LINE:COLUMN: `.
fn is_position_line(line: &str) -> bool {
    let Some(go_end) = line.find(".go:") else {
        return false;
    };
    if line[..go_end].contains(char::is_whitespace) {
        return false;
    }
    let mut rest = line[go_end + 4..].splitn(3, ':');
    let numeric = |part: Option<&str>| {
        part.is_some_and(|text| !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()))
    };
    numeric(rest.next())
        && numeric(rest.next())
        && rest.next().is_some_and(|message| message.starts_with(' '))
}

/// Every `.go` file under `tests/`, sorted, so failure lines come in a stable order.
fn find_programs(directory: &Path) -> Vec<PathBuf> {
    let mut programs = Vec::new();
    let mut pending = vec![directory.to_path_buf()];
    while let Some(current) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&current) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|extension| extension == "go") {
                programs.push(path);
            }
        }
    }
    programs.sort();
    programs
}

fn relative_name(root: &Path, program: &Path) -> String {
    program
        .strip_prefix(root)
        .unwrap_or(program)
        .to_string_lossy()
        .replace('\\', "/")
}

/// Checks of the harness's own parsing, so a broken matcher cannot make every compile-error
/// test pass or fail for the wrong reason.
#[test]
fn compiler_error_lines_keep_diagnostics_and_continuations() {
    let stderr = "# banner weft may print\n\
                  x.go:7:6: helper redeclared in this block\n\
                  \tx.go:5:6: other declaration of helper\n\
                  note: not a diagnostic\n\
                  \tnot a continuation either\n\
                  dir/y.go:13:9: too many errors\n";
    let outcome = Outcome {
        status: Some(1),
        stdout: Vec::new(),
        stderr: stderr.as_bytes().to_vec(),
        timed_out: false,
    };
    assert_eq!(
        compiler_error_lines(&outcome),
        vec![
            "x.go:7:6: helper redeclared in this block",
            "\tx.go:5:6: other declaration of helper",
            "dir/y.go:13:9: too many errors",
        ]
    );
}

#[test]
fn position_lines_need_file_line_column_and_message() {
    assert!(is_position_line("x.go:4:2: declared and not used: y"));
    assert!(!is_position_line("x.go:4: missing column"));
    assert!(!is_position_line("x.go:4:2:no space"));
    assert!(!is_position_line("panic: x.go:4:2: inside a message"));
    assert!(!is_position_line("x.go:a:2: not a number"));
}

#[test]
fn differences_name_the_first_differing_line() {
    assert_eq!(
        describe_difference("stdout", b"a\nb\n", b"a\nc\n"),
        "stdout differs at line 2: expected \"b\\n\", got \"c\\n\""
    );
    assert_eq!(
        describe_difference("stdout", b"a\n", b"a\nextra\n"),
        "stdout differs at line 2: expected end of output, got \"extra\\n\""
    );
}
