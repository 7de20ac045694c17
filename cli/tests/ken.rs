//! Go's own `test/ken` and `test/chan` programs run in place under `weft run`.
//!
//! Every program in `/usr/share/go-1.23/test/ken/` whose first line is `// run` (except
//! `cplx3.go`) must exit with status 0 and print what the `.out` file beside it holds, or
//! nothing when there is none. As Go's own test driver does, the output compared is the
//! program's standard output followed by its standard error: `cplx0.go` and `string.go` write
//! their expected output with `println`, which goes to standard error.
//!
//! The `test/chan` programs (goroutines, channels, select) run the same way as the test
//! `go_chan`, with `tests/chan_known_failures.txt`.
//!
//! `tests/ken_known_failures.txt` lists the programs weft does not pass yet; the rules and the
//! switches (`UPDATE_KNOWN_FAILURES=1`, `WEFT_TEST_FILTER`, `WEFT_TEST_VERBOSE`,
//! `WEFT_TEST_RUNNER`) are those of `golden.rs`. The suite comes with the reference Go
//! (`bash ../shared/tools/install-go-reference.sh`); without it the test fails, unless
//! `WEFT_SKIP_GO_SUITE=1`, which turns it into a note.

mod common;

use common::{describe_difference, Verdict};
use std::path::{Path, PathBuf};

/// Where the reference Go's installation keeps the suite.
const KEN_DIRECTORY: &str = "/usr/share/go-1.23/test/ken";

/// Programs left out: cplx3.go prints values whose formatting depends on the build.
const EXCLUDED: &[&str] = &["cplx3.go"];

/// Where the reference Go's installation keeps the channel programs.
const CHAN_DIRECTORY: &str = "/usr/share/go-1.23/test/chan";

#[test]
fn ken() {
    run_suite(
        "ken",
        KEN_DIRECTORY,
        EXCLUDED,
        30,
        "tests/ken_known_failures.txt",
    );
}

#[test]
fn go_chan() {
    run_suite(
        "chan",
        CHAN_DIRECTORY,
        &[],
        15,
        "tests/chan_known_failures.txt",
    );
}

/// Runs every `// run` program of one directory of Go's test suite and judges the results
/// against the known-failures list.
fn run_suite(name: &str, directory: &str, excluded: &[&str], minimum: usize, known_failures: &str) {
    let suite_directory = Path::new(directory);
    if !suite_directory.is_dir() {
        if std::env::var("WEFT_SKIP_GO_SUITE").is_ok_and(|value| value == "1") {
            eprintln!("{name}: {directory} is absent; skipped because WEFT_SKIP_GO_SUITE=1");
            return;
        }
        panic!(
            "{name}: Go's test suite is not installed at {directory}; run \
             `bash ../shared/tools/install-go-reference.sh` (or set WEFT_SKIP_GO_SUITE=1 to skip)"
        );
    }
    let filter = common::filter_from_environment();
    let programs: Vec<PathBuf> = find_run_programs(suite_directory, excluded)
        .into_iter()
        .filter(|path| {
            filter
                .as_deref()
                .is_none_or(|text| file_name(path).contains(text))
        })
        .collect();
    assert!(
        filter.is_some() || programs.len() >= minimum,
        "{name}: found only {} programs",
        programs.len()
    );
    let (runner, runner_overridden) = common::runner();
    let verdicts = common::run_in_parallel(&programs, |program| Verdict {
        name: file_name(program),
        failure: check_program(&runner, program),
    });
    common::judge(
        name,
        &verdicts,
        &common::workspace_root().join(known_failures),
        runner_overridden,
        filter.as_deref(),
    );
}

fn check_program(runner: &Path, program: &Path) -> Option<String> {
    let expected = std::fs::read(program.with_extension("out")).unwrap_or_default();
    let directory = program.parent().expect("a program lives in a directory");
    let outcome = common::run_program(
        runner,
        directory,
        &file_name(program),
        common::PROGRAM_TIMEOUT,
    );
    if outcome.timed_out || outcome.status != Some(0) {
        return Some(format!(
            "{}, expected exit status 0 (stderr: {:?})",
            outcome.describe_status(),
            outcome.first_stderr_line()
        ));
    }
    let mut combined = outcome.stdout.clone();
    combined.extend_from_slice(&outcome.stderr);
    (combined != expected).then(|| describe_difference("output", &expected, &combined))
}

/// The programs of the directory whose first line is exactly `// run`, sorted.
fn find_run_programs(directory: &Path, excluded: &[&str]) -> Vec<PathBuf> {
    let mut programs: Vec<PathBuf> = std::fs::read_dir(directory)
        .map(|entries| entries.flatten().map(|entry| entry.path()).collect())
        .unwrap_or_default();
    programs.retain(|path| {
        path.extension().is_some_and(|extension| extension == "go")
            && !excluded.contains(&file_name(path).as_str())
            && std::fs::read_to_string(path).is_ok_and(|text| text.lines().next() == Some("// run"))
    });
    programs.sort();
    programs
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}
