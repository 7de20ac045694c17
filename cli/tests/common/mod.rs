//! Shared machinery of the end-to-end harnesses: running one program under `weft run` with a
//! timeout, running many in parallel, and keeping the known-failures lists honest.

#![allow(dead_code)]

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

/// How long one program may run before it is killed and counted as failed.
pub const PROGRAM_TIMEOUT: Duration = Duration::from_secs(120);

/// More output than this is read and thrown away, so a program that prints forever cannot
/// exhaust the harness's memory before its timeout.
const OUTPUT_LIMIT_BYTES: usize = 16 << 20;

/// The root of the workspace (the parent of `cli/`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("cli/ has a parent directory")
        .to_path_buf()
}

/// The command that plays the part of `weft`: the binary built by Cargo, or the program named
/// by `WEFT_TEST_RUNNER` (for instance `tools/go-as-weft.sh`, to check the goldens and the
/// harness against the reference Go). The flag says whether it was overridden.
pub fn runner() -> (PathBuf, bool) {
    match std::env::var_os("WEFT_TEST_RUNNER") {
        Some(path) if !path.is_empty() => (PathBuf::from(path), true),
        _ => (PathBuf::from(env!("CARGO_BIN_EXE_weft")), false),
    }
}

/// What one run of `weft run FILE` did.
pub struct Outcome {
    /// The exit status, or `None` when the process was killed by a signal or by the timeout.
    pub status: Option<i32>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub timed_out: bool,
}

impl Outcome {
    /// The first line of standard error without its newline, lossily decoded.
    pub fn first_stderr_line(&self) -> String {
        let text = String::from_utf8_lossy(&self.stderr);
        text.lines().next().unwrap_or("").to_string()
    }

    /// A short description of how the process ended, for failure messages.
    pub fn describe_status(&self) -> String {
        if self.timed_out {
            format!("killed after {} s timeout", PROGRAM_TIMEOUT.as_secs())
        } else {
            match self.status {
                Some(code) => format!("exit status {code}"),
                None => "killed by a signal".to_string(),
            }
        }
    }
}

/// Runs `RUNNER run FILE_NAME` in `directory` with no standard input, killing it (and anything
/// it started) after `timeout`.
pub fn run_program(runner: &Path, directory: &Path, file_name: &str, timeout: Duration) -> Outcome {
    let mut command = Command::new(runner);
    command
        .arg("run")
        .arg(file_name)
        .current_dir(directory)
        // Every run compiles: the corpus tests the compiler, not the compile cache.
        .env("WEFT_CACHE", "off")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // A process group of its own lets the timeout kill helpers that a wrapper script started.
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        command.process_group(0);
    }
    let mut child = match command.spawn() {
        Ok(child) => child,
        Err(error) => {
            return Outcome {
                status: None,
                stdout: Vec::new(),
                stderr: format!("cannot start {}: {error}", runner.display()).into_bytes(),
                timed_out: false,
            }
        }
    };
    let stdout_reader = spawn_reader(child.stdout.take().expect("stdout is piped"));
    let stderr_reader = spawn_reader(child.stderr.take().expect("stderr is piped"));
    let (status, timed_out) = wait_with_timeout(&mut child, timeout);
    Outcome {
        status,
        stdout: stdout_reader.join().unwrap_or_default(),
        stderr: stderr_reader.join().unwrap_or_default(),
        timed_out,
    }
}

fn spawn_reader(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut kept = Vec::new();
        let mut buffer = [0u8; 64 * 1024];
        loop {
            match pipe.read(&mut buffer) {
                Ok(0) | Err(_) => break,
                Ok(count) => {
                    let room = OUTPUT_LIMIT_BYTES.saturating_sub(kept.len());
                    kept.extend_from_slice(&buffer[..count.min(room)]);
                }
            }
        }
        kept
    })
}

fn wait_with_timeout(child: &mut Child, timeout: Duration) -> (Option<i32>, bool) {
    let deadline = Instant::now() + timeout;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return (status.code(), false),
            Ok(None) if Instant::now() < deadline => thread::sleep(Duration::from_millis(5)),
            _ => {
                kill_process_group(child);
                let _ = child.kill();
                let _ = child.wait();
                return (None, true);
            }
        }
    }
}

/// Kills the whole process group led by `child` (std has no call for it, so `kill` does it).
fn kill_process_group(child: &Child) {
    if cfg!(unix) {
        let _ = Command::new("kill")
            .arg("-KILL")
            .arg("--")
            .arg(format!("-{}", child.id()))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
}

/// Applies `check` to every item on a few threads and returns the results in input order.
pub fn run_in_parallel<T, R, F>(items: &[T], check: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let available = thread::available_parallelism().map_or(2, |count| count.get());
    let jobs = available.clamp(2, 4).min(items.len().max(1));
    let next_index = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    thread::scope(|scope| {
        for _ in 0..jobs {
            scope.spawn(|| loop {
                let index = next_index.fetch_add(1, Ordering::SeqCst);
                if index >= items.len() {
                    break;
                }
                let result = check(&items[index]);
                results.lock().unwrap()[index] = Some(result);
            });
        }
    });
    results
        .into_inner()
        .unwrap()
        .into_iter()
        .map(|result| result.expect("every item was checked"))
        .collect()
}

/// The verdict on one program: `None` when it passed, or a short reason why it failed.
pub struct Verdict {
    /// The program's name as written in the known-failures list (relative path).
    pub name: String,
    pub failure: Option<String>,
}

/// Compares the verdicts with the known-failures list, prints one line per surprise and the
/// summary line `SUITE: N passed, M failed`, rewrites the list when `UPDATE_KNOWN_FAILURES=1`,
/// and panics when a program outside the list failed or a program in the list passed.
///
/// `ignore_list` treats the list as empty (used when the runner is not weft). `filter` names the
/// text that selected the programs when only part of the suite ran; the update then keeps the
/// entries of the programs that did not run. Without a filter, entries naming no program are
/// an error (and are dropped on update).
pub fn judge(
    suite: &str,
    verdicts: &[Verdict],
    list_path: &Path,
    ignore_list: bool,
    filter: Option<&str>,
) {
    let list_name = list_path
        .strip_prefix(workspace_root())
        .unwrap_or(list_path)
        .display()
        .to_string();
    let known = if ignore_list {
        BTreeSet::new()
    } else {
        read_known_failures(list_path)
    };
    let verbose = std::env::var("WEFT_TEST_VERBOSE").is_ok_and(|value| value == "1");
    let updating = std::env::var("UPDATE_KNOWN_FAILURES").is_ok_and(|value| value == "1");
    let ran: BTreeSet<&str> = verdicts
        .iter()
        .map(|verdict| verdict.name.as_str())
        .collect();
    let mut report = String::new();
    let mut unexpected_failures = 0;
    let mut unexpected_passes = Vec::new();
    let mut failed = 0;
    for verdict in verdicts {
        let listed = known.contains(&verdict.name);
        match &verdict.failure {
            Some(reason) => {
                failed += 1;
                if !listed {
                    unexpected_failures += 1;
                    report.push_str(&format!("FAIL {}: {reason}\n", verdict.name));
                } else if verbose {
                    report.push_str(&format!("known failure {}: {reason}\n", verdict.name));
                }
            }
            None if listed => {
                unexpected_passes.push(verdict.name.as_str());
                report.push_str(&format!(
                    "PASS {} is listed in {list_name} but passes now: remove it from the list\n",
                    verdict.name
                ));
            }
            None => {}
        }
    }
    // Without a filter every program ran, so an entry that matched none names a program that
    // was renamed or deleted.
    let stale: Vec<&str> = known
        .iter()
        .map(String::as_str)
        .filter(|name| filter.is_none() && !ran.contains(name))
        .collect();
    if updating && !ignore_list {
        let mut new_list: BTreeSet<String> = known
            .iter()
            .filter(|name| filter.is_some() && !ran.contains(name.as_str()))
            .cloned()
            .collect();
        new_list.extend(
            verdicts
                .iter()
                .filter(|verdict| verdict.failure.is_some())
                .map(|verdict| verdict.name.clone()),
        );
        write_known_failures(list_path, suite, &new_list);
        report.push_str(&format!(
            "{suite}: rewrote {list_name} with {} entries\n",
            new_list.len()
        ));
    }
    if let Some(filter) = filter {
        report.push_str(&format!(
            "{suite}: only programs whose path contains {filter:?} ran\n"
        ));
    }
    report.push_str(&format!(
        "{suite}: {} failures are listed in {list_name}\n",
        failed - unexpected_failures
    ));
    let passed = verdicts.len() - failed;
    report.push_str(&format!("{suite}: {passed} passed, {failed} failed\n"));
    // Written straight to the process's stderr so the summary shows even when libtest captures
    // the test's output.
    let _ = std::io::stderr().write_all(report.as_bytes());
    if updating {
        return;
    }
    let mut problems = Vec::new();
    if !stale.is_empty() {
        problems.push(format!(
            "{list_name} lists programs that do not exist: {}",
            stale.join(", ")
        ));
    }
    if unexpected_failures > 0 {
        problems.push(format!(
            "{unexpected_failures} programs failed that are not listed in {list_name}"
        ));
    }
    if !unexpected_passes.is_empty() {
        problems.push(format!(
            "{} listed programs pass now ({}); remove them from {list_name} or run with \
             UPDATE_KNOWN_FAILURES=1",
            unexpected_passes.len(),
            unexpected_passes.join(", ")
        ));
    }
    assert!(problems.is_empty(), "{suite}: {}", problems.join("; "));
}

/// Reads a known-failures list: one relative path a line; blank lines and `#` comments ignored.
pub fn read_known_failures(path: &Path) -> BTreeSet<String> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty())
        .map(str::to_string)
        .collect()
}

fn write_known_failures(path: &Path, suite: &str, names: &BTreeSet<String>) {
    let mut text = format!(
        "# Programs of the {suite} suite that weft does not pass yet, one path a line.\n\
         # The test fails when a program outside this list fails or a listed one passes,\n\
         # so the list only shrinks. Regenerate it with UPDATE_KNOWN_FAILURES=1.\n"
    );
    for name in names {
        text.push_str(name);
        text.push('\n');
    }
    std::fs::write(path, text)
        .unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
}

/// Describes the first difference between two outputs, showing the line where they part.
pub fn describe_difference(what: &str, expected: &[u8], actual: &[u8]) -> String {
    let expected_text = String::from_utf8_lossy(expected);
    let actual_text = String::from_utf8_lossy(actual);
    let mut expected_lines = expected_text.split_inclusive('\n');
    let mut actual_lines = actual_text.split_inclusive('\n');
    let mut line_number = 1;
    loop {
        match (expected_lines.next(), actual_lines.next()) {
            (Some(wanted), Some(got)) if wanted == got => line_number += 1,
            (wanted, got) => {
                return format!(
                    "{what} differs at line {line_number}: expected {}, got {}",
                    show_line(wanted),
                    show_line(got)
                )
            }
        }
    }
}

fn show_line(line: Option<&str>) -> String {
    match line {
        None => "end of output".to_string(),
        Some(text) => {
            let shortened: String = text.chars().take(100).collect();
            format!("{shortened:?}")
        }
    }
}

/// The value of an optional filter: only programs whose relative path contains it run.
pub fn filter_from_environment() -> Option<String> {
    std::env::var("WEFT_TEST_FILTER")
        .ok()
        .filter(|value| !value.is_empty())
}
