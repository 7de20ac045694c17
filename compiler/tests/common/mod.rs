//! Shared helper of the data-driven tests: cases stored in files under `tests/data`.
//!
//! A case file is a sequence of `=== name\n<input><separator><expected>`;
//! the separator (such as `--- errors\n`) is matched literally, so an input
//! may end without a newline. `check_cases` runs every case, and with
//! `UPDATE_EXPECT=1` rewrites the expectations with the actual output.

use std::path::PathBuf;

pub fn data_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("data")
        .join(name)
}

/// Splits a case file into (name, input, expected) triples.
pub fn read_cases(text: &str, separator: &str) -> Vec<(String, String, String)> {
    let mut cases = Vec::new();
    // Cases start at lines beginning with "=== ".
    let mut starts: Vec<usize> = text.match_indices("\n=== ").map(|(i, _)| i + 1).collect();
    if text.starts_with("=== ") {
        starts.insert(0, 0);
    }
    for (n, start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(text.len());
        let chunk = &text[start + 4..end];
        let (name, rest) = chunk.split_once('\n').unwrap_or((chunk, ""));
        let (input, expected) = rest.split_once(separator).unwrap_or((rest, ""));
        let mut expected = expected.to_string();
        if !expected.is_empty() && !expected.ends_with('\n') {
            expected.push('\n');
        }
        cases.push((name.to_string(), input.to_string(), expected));
    }
    cases
}

/// Runs `run` on each case of `file` and compares with the expectation.
pub fn check_cases(file: &str, separator: &str, run: impl Fn(&str) -> String) {
    let path = data_path(file);
    let text = std::fs::read_to_string(&path).expect("case file is readable");
    let cases = read_cases(&text, separator);
    assert!(!cases.is_empty(), "no cases in {file}");
    let update = std::env::var("UPDATE_EXPECT").is_ok_and(|v| v == "1");
    let mut failures = Vec::new();
    let mut rewritten = String::new();
    for (name, input, expected) in &cases {
        let actual = run(input);
        if &actual != expected {
            failures.push(format!(
                "--- case {name}\n{input}\n--- expected\n{expected}--- actual\n{actual}"
            ));
        }
        rewritten.push_str(&format!("=== {name}\n{input}{separator}{actual}"));
    }
    if update {
        std::fs::write(&path, rewritten).expect("case file is writable");
        return;
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
