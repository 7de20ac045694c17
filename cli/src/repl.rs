//! `weft repl` (and `weft` alone): an interactive Go session on one running VM.
//!
//! The prompt reads lines with rustyline (line editing, history in a file, tab
//! completion). A line that leaves the input incomplete (an open brace, a trailing
//! operator, ...) gets a continuation prompt. A complete input is a command (`:help`) or Go
//! code, which the session compiles and runs (`session.rs`); the VM runs on its own thread
//! (`worker.rs`), so goroutines started by earlier inputs keep running while the user
//! types. What an input becomes as Go source is in `input.rs`.
//!
//! Shown values: an expression input prints each of its values as `%v (%T)`, e.g.
//! `42 (int)` or `3 (int), <nil> (<nil>)`; calls of `fmt.Print*` functions are run as
//! statements (their byte counts are not shown).

mod complete;
pub mod input;
mod session;
mod terminal;
mod worker;

use input::{classify, Input};
use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::{CompletionType, Config, Editor};
use session::{Evaluation, Session};
use std::io::Write;
use std::process::ExitCode;

const PROMPT: &str = "weft> ";
const CONTINUATION_PROMPT: &str = "  ... ";

const HELP: &str = "\
Type Go statements, declarations (func, type, var, const, import) or expressions.
An expression's values are printed as `value (type)`. Variables persist between inputs;
goroutines keep running. Declaring a name again with another type (or as another kind of
thing) shadows the old one; code written before keeps using the old one. An unfinished
line (open brace, trailing operator) continues.

Commands:
  :help          this text
  :type EXPR     the static type of an expression
  :disasm NAME   the bytecode of a function you declared
  :reset         forget everything and start a new session
  :quit          leave (also Ctrl-D)
Keys: Tab completes names and package members; Ctrl-C stops a running input or clears
the line; the history is kept in $WEFT_HISTORY, else $XDG_STATE_HOME/weft/history, else
~/.weft_history.
";

/// Runs the REPL until `:quit` or end of input; returns the exit status.
pub fn run() -> ExitCode {
    install_interrupt_handler();
    terminal::remember();
    let mut session = match Session::start() {
        Ok(session) => session,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let config = Config::builder()
        .completion_type(CompletionType::List)
        .auto_add_history(false)
        .build();
    let mut editor: Editor<complete::GoHelper, FileHistory> = match Editor::with_config(config) {
        Ok(editor) => editor,
        Err(e) => {
            eprintln!("weft: cannot start the line editor: {e}");
            return ExitCode::from(2);
        }
    };
    editor.set_helper(Some(complete::GoHelper::default()));
    refresh_completions(&mut editor, &session);
    let history = history_path();
    if let Some(path) = &history {
        let _ = editor.load_history(path);
    }
    println!(
        "Weft {} — Go REPL. :help for help, Ctrl-D to quit.",
        env!("CARGO_PKG_VERSION")
    );
    let mut pending = String::new();
    loop {
        let prompt = if pending.is_empty() {
            PROMPT
        } else {
            CONTINUATION_PROMPT
        };
        if session.wants_printer() {
            use_printer(&mut editor, &session);
        }
        let line = match editor.readline(prompt) {
            Ok(line) => line,
            Err(ReadlineError::Interrupted) => {
                // Ctrl-C at the prompt drops the input being typed.
                pending.clear();
                continue;
            }
            Err(ReadlineError::Eof) => break,
            Err(e) => {
                eprintln!("weft: {e}");
                break;
            }
        };
        if !pending.is_empty() {
            pending.push('\n');
        }
        pending.push_str(&line);
        let input = guarded(|| classify(&pending)).unwrap_or_else(internal_error);
        if matches!(input, Input::Incomplete) {
            continue;
        }
        let text = std::mem::take(&mut pending);
        if !text.trim().is_empty() {
            let _ = editor.add_history_entry(text.as_str());
        }
        if let Some(path) = &history {
            let _ = editor.save_history(path);
        }
        match input {
            Input::Empty | Input::Incomplete => {}
            Input::Command { name, argument } => {
                if !command(&mut session, &name, &argument) {
                    break;
                }
            }
            Input::SyntaxErrors(errors) => {
                // Syntax errors name the file the input would have been, like other errors.
                let file = session.next_file_name();
                let named: Vec<String> = errors
                    .iter()
                    .map(|e| match e.strip_prefix("input:") {
                        Some(rest) => format!("{file}:{rest}"),
                        None => e.clone(),
                    })
                    .collect();
                show_errors(&named);
            }
            Input::Code(code) => match guarded(|| session.evaluate(&text, &code)) {
                Some(evaluation) => show(evaluation),
                None => show_errors(&internal_error_lines()),
            },
        }
        refresh_completions(&mut editor, &session);
    }
    let _ = std::io::stdout().flush();
    ExitCode::SUCCESS
}

/// Sends goroutine output that arrives while a line is edited through the editor, which
/// prints it above the prompt and redraws the line (only on a terminal; otherwise the
/// output goes straight to standard output). Done while goroutines live (see
/// `worker.rs`, `PrinterState`).
fn use_printer(editor: &mut Editor<complete::GoHelper, FileHistory>, session: &Session) {
    if let Ok(printer) = editor.create_external_printer() {
        session.use_printer(Box::new(printer));
    }
}

/// Runs a `:command`; false when the session should end.
fn command(session: &mut Session, name: &str, argument: &str) -> bool {
    match name {
        "help" | "h" | "?" => print!("{HELP}"),
        "quit" | "q" | "exit" => return false,
        "reset" => match session.reset() {
            Ok(()) => println!("session reset"),
            Err(message) => eprintln!("{message}"),
        },
        "type" | "t" => match session.type_of(argument) {
            Ok(ty) => println!("{ty}"),
            Err(errors) => show_errors(&errors),
        },
        "disasm" | "d" => {
            let listing = session.disassemble(argument);
            if listing.is_empty() {
                eprintln!("no function named {argument} in this session");
            } else {
                print!("{listing}");
            }
        }
        _ => eprintln!("unknown command :{name} (:help lists them)"),
    }
    let _ = std::io::stdout().flush();
    true
}

/// Runs `f`, turning a Rust panic (a bug in Weft) into `None`: the session goes on.
fn guarded<T>(f: impl FnOnce() -> T) -> Option<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).ok()
}

fn internal_error() -> Input {
    Input::SyntaxErrors(internal_error_lines())
}

fn internal_error_lines() -> Vec<String> {
    vec!["internal error in the Weft REPL (a bug); the session goes on".to_string()]
}

fn show(evaluation: Evaluation) {
    match evaluation {
        Evaluation::Done | Evaluation::Panicked => {}
        Evaluation::Errors(errors) => show_errors(&errors),
        Evaluation::Rejected(reason) => eprintln!("weft: {reason}"),
        Evaluation::Interrupted => eprintln!("interrupted"),
        Evaluation::Deadlocked(reason) => eprintln!(
            "fatal error: all goroutines are asleep - deadlock! (input abandoned while in {reason})"
        ),
    }
}

fn show_errors(errors: &[String]) {
    let mut stderr = std::io::stderr().lock();
    for error in errors {
        let _ = writeln!(stderr, "{error}");
    }
}

fn refresh_completions(editor: &mut Editor<complete::GoHelper, FileHistory>, session: &Session) {
    if let Some(helper) = editor.helper_mut() {
        helper.declared = session.declared.iter().cloned().collect();
        helper.packages = session
            .imported_packages()
            .into_iter()
            .map(|(name, path)| {
                let members = session
                    .package_members
                    .get(&path)
                    .cloned()
                    .unwrap_or_default();
                (name, members)
            })
            .collect();
    }
}

/// Where the history is kept: `$WEFT_HISTORY`, else `$XDG_STATE_HOME/weft/history`, else
/// `~/.weft_history`.
fn history_path() -> Option<std::path::PathBuf> {
    if let Some(path) = std::env::var_os("WEFT_HISTORY") {
        return Some(path.into());
    }
    if let Some(state) = std::env::var_os("XDG_STATE_HOME").filter(|s| !s.is_empty()) {
        let dir = std::path::PathBuf::from(state).join("weft");
        let _ = std::fs::create_dir_all(&dir);
        return Some(dir.join("history"));
    }
    std::env::var_os("HOME").map(|home| std::path::PathBuf::from(home).join(".weft_history"))
}

/// Ctrl-C while an input runs (the terminal is not in rustyline's raw mode then) arrives
/// as SIGINT; the handler only sets the flag the VM thread checks between time slices.
fn install_interrupt_handler() {
    extern "C" fn on_interrupt(_signal: libc::c_int) {
        worker::INTERRUPT.store(true, std::sync::atomic::Ordering::SeqCst);
    }
    let handler: extern "C" fn(libc::c_int) = on_interrupt;
    // SAFETY: the handler is async-signal-safe (one atomic store), and `signal` is given a
    // valid function pointer of the signature it expects.
    unsafe {
        libc::signal(libc::SIGINT, handler as libc::sighandler_t);
    }
}

#[cfg(test)]
mod tests;
