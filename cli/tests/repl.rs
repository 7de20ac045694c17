//! The REPL driven through a real terminal, as a person would use it.
//!
//! Each `repl_data/*.script` is a session: `send` types keys (Enter, Tab, Ctrl-C, Ctrl-D
//! as escapes), `expect` waits for text on the screen, `sleep` waits. `repl_data/drive.py`
//! runs `weft` (no arguments) in a pseudo-terminal with Python's `pty` module and plays the
//! script; it fails when an expected text does not appear within 20 seconds or the
//! session ends with another status than the script's `status` (0 by default: most scripts
//! end with Ctrl-D). The transcript is printed on failure. Without `python3` the test says so and passes: it needs nothing else (no
//! tmux, no extra packages).

use std::path::{Path, PathBuf};
use std::process::Command;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/repl_data")
}

fn python_available() -> bool {
    Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Plays `script` against `weft` in a terminal; returns the transcript.
fn play(script: &Path, history: &Path) -> String {
    let out = Command::new("python3")
        .arg(data_dir().join("drive.py"))
        .arg(env!("CARGO_BIN_EXE_weft"))
        .arg(script)
        .env("WEFT_HISTORY", history)
        .env_remove("NO_COLOR")
        .output()
        .expect("python3 runs");
    let transcript = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{} failed (status {:?}):\n{transcript}\n{}",
        script.display(),
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    transcript
}

#[test]
fn scripted_sessions_in_a_terminal() {
    if !python_available() {
        eprintln!("skipped: python3 is not installed (needed to drive a pseudo-terminal)");
        return;
    }
    let mut scripts: Vec<PathBuf> = std::fs::read_dir(data_dir())
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "script"))
        .collect();
    scripts.sort();
    assert!(!scripts.is_empty());
    let dir = std::env::temp_dir().join(format!("weft-repl-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for script in scripts {
        let name = script.file_stem().unwrap().to_string_lossy().into_owned();
        let history = dir.join(format!("{name}.history"));
        let _ = std::fs::remove_file(&history);
        play(&script, &history);
        // Every input went to the history file.
        let saved = std::fs::read_to_string(&history).unwrap_or_default();
        assert!(saved.contains("import"), "history of {name}:\n{saved}");
    }
}
