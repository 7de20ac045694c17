//! The `weft` command-line tool: `weft run prog.go` compiles and runs a Go program.

use clap::{Parser, Subcommand};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use weft::{Engine, RunOptions};

mod repl;

#[derive(Parser)]
#[command(name = "weft", version, about = "Run Go programs on the Weft VM")]
struct Cli {
    /// Without a command: the interactive Go session (`weft repl`).
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Compile and run a Go program: one or more .go files, or a directory of package main.
    ///
    /// Example: weft run hello.go
    Run {
        /// Instructions a goroutine runs before the scheduler switches.
        #[arg(long)]
        quantum: Option<i64>,
        /// When every goroutine sleeps, jump the clock to the next timer (reproducible timing).
        #[arg(long)]
        virtual_time: bool,
        /// Seed every scheduling choice, so the same seed gives the same interleaving.
        #[arg(long)]
        seed: Option<u64>,
        /// The program (.go files, a directory, or `-` to read it from standard input), then its arguments.
        #[arg(required = true, num_args = 1.., trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Print a program's bytecode, function by function, with source line numbers.
    ///
    /// Example: weft disasm hello.go
    Disasm {
        #[arg(required = true)]
        files: Vec<String>,
    },
    /// Type-check a Go program without running it (exit status 1 on errors).
    ///
    /// Example: weft check hello.go
    Check {
        #[arg(required = true)]
        files: Vec<String>,
    },
    /// An interactive Go session (also what `weft` alone starts).
    ///
    /// Example: weft repl
    Repl,
}

fn main() -> ExitCode {
    // Internal errors are reported by the engine as gc-style fatal errors; keep Rust's own
    // panic message (and backtrace noise) out of the program's stderr.
    if std::env::var_os("WEFT_RUST_PANICS").is_none() {
        std::panic::set_hook(Box::new(|_| {}));
    }
    let cli = Cli::parse();
    let Some(command) = cli.command else {
        return repl::run();
    };
    match command {
        Command::Repl => repl::run(),
        Command::Run {
            quantum,
            virtual_time,
            seed,
            args,
        } => {
            let (files, prog_args) = split_program_args(&args);
            let sources = match load_sources(&files) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("{e}");
                    return ExitCode::from(1);
                }
            };
            let engine = Engine::with_host_access();
            let program = match compile_guarded(&engine, sources) {
                Ok(p) => p,
                Err(e) => {
                    report_compile_errors(&e.rendered, &sources_for_snippets(&files));
                    return ExitCode::from(1);
                }
            };
            let mut opts = RunOptions {
                quantum,
                virtual_time,
                seed,
                ..Default::default()
            };
            let mut full_args = vec![program_name(&files)];
            full_args.extend(prog_args);
            opts.args = full_args;
            let code = engine.run(program, &opts);
            ExitCode::from(code.clamp(0, 255) as u8)
        }
        Command::Disasm { files } => {
            let sources = match load_sources(&files) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("{e}");
                    return ExitCode::from(1);
                }
            };
            match compile_guarded(&Engine::new(), sources) {
                Ok(p) => {
                    print!("{}", weft_vm::disasm::disassemble(&p));
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprint!("{}", e.rendered);
                    ExitCode::from(1)
                }
            }
        }
        Command::Check { files } => {
            let sources = match load_sources(&files) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("{e}");
                    return ExitCode::from(1);
                }
            };
            match compile_guarded(&Engine::new(), sources) {
                Ok(_) => ExitCode::SUCCESS,
                Err(e) => {
                    report_compile_errors(&e.rendered, &sources_for_snippets(&files));
                    ExitCode::from(1)
                }
            }
        }
    }
}

/// Leading `.go` files (or one directory) name the program; the rest are its arguments.
fn split_program_args(args: &[String]) -> (Vec<String>, Vec<String>) {
    let mut files = Vec::new();
    let mut i = 0;
    if args.first().is_some_and(|a| a == "-") {
        return (vec!["-".to_string()], args[1..].to_vec());
    }
    while i < args.len()
        && (args[i].ends_with(".go") || (files.is_empty() && Path::new(&args[i]).is_dir()))
    {
        files.push(args[i].clone());
        i += 1;
        if files.len() == 1 && Path::new(&files[0]).is_dir() {
            break;
        }
    }
    if files.is_empty() && !args.is_empty() {
        files.push(args[0].clone());
        i = 1;
    }
    (files, args[i..].to_vec())
}

fn program_name(files: &[String]) -> String {
    let first = files.first().cloned().unwrap_or_default();
    let stem = Path::new(&first)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!("/tmp/go-build/{stem}")
}

/// Reads the program's files: the given .go files, or every non-test .go file of a directory.
fn load_sources(paths: &[String]) -> Result<Vec<(String, String)>, String> {
    if paths.len() == 1 && paths[0] == "-" {
        // The program itself comes from standard input.
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
            .map_err(|e| format!("weft: reading standard input: {e}"))?;
        return Ok(vec![("main.go".to_string(), text)]);
    }
    let mut files: Vec<PathBuf> = Vec::new();
    for p in paths {
        let path = Path::new(p);
        if path.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(|e| format!("weft: {p}: {e}"))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| {
                    f.extension().is_some_and(|x| x == "go")
                        && !f.to_string_lossy().ends_with("_test.go")
                })
                .collect();
            entries.sort();
            if entries.is_empty() {
                return Err(format!("no Go files in {p}"));
            }
            files.extend(entries);
        } else {
            files.push(path.to_path_buf());
        }
    }
    let mut out = Vec::new();
    for f in files {
        let bytes = std::fs::read(&f).map_err(|e| {
            format!(
                "open {}: {}",
                f.display(),
                e.to_string().split(" (os error").next().unwrap_or("")
            )
        })?;
        let text = String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        let name = f.to_string_lossy().trim_start_matches("./").to_string();
        out.push((name, text));
    }
    Ok(out)
}

/// The program's files by the names diagnostics use, for showing source lines.
fn sources_for_snippets(files: &[String]) -> Vec<(String, String)> {
    load_sources(files).unwrap_or_default()
}

/// Prints compile errors. Piped (as gc prints them, which tests and tools parse): the
/// `file:line:col: message` lines alone. On a terminal: each error also shows its source
/// line with a caret under the column, in color unless `NO_COLOR` is set.
fn report_compile_errors(rendered: &str, sources: &[(String, String)]) {
    let stderr = std::io::stderr();
    if !stderr.is_terminal() {
        eprint!("{rendered}");
        return;
    }
    let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let (bold_red, dim, reset) = if color {
        ("\x1b[1;31m", "\x1b[2m", "\x1b[0m")
    } else {
        ("", "", "")
    };
    for line in rendered.lines() {
        let Some((file, line_no, col, message)) = split_diagnostic(line) else {
            eprintln!("{line}");
            continue;
        };
        eprintln!("{file}:{line_no}:{col}: {bold_red}{message}{reset}");
        let source = sources
            .iter()
            .find(|(name, _)| name == file || name.ends_with(&format!("/{file}")));
        if let Some(text) = source.and_then(|(_, text)| text.lines().nth(line_no.saturating_sub(1)))
        {
            let shown = text.replace('\t', "    ");
            let prefix: String = text.chars().take(col.saturating_sub(1)).collect();
            let caret_at = prefix.replace('\t', "    ").chars().count();
            eprintln!("{dim}{line_no:>5} |{reset} {shown}");
            eprintln!(
                "{dim}      |{reset} {}{bold_red}^{reset}",
                " ".repeat(caret_at)
            );
        }
    }
}

/// Splits `file:line:col: message`.
fn split_diagnostic(line: &str) -> Option<(&str, usize, usize, &str)> {
    let mut parts = line.splitn(4, ':');
    let file = parts.next()?;
    let line_no = parts.next()?.parse().ok()?;
    let col = parts.next()?.parse().ok()?;
    let message = parts.next()?.trim_start();
    Some((file, line_no, col, message))
}

/// Compiles, turning a panic in the compiler (a bug) into an error instead of a crash.
fn compile_guarded(
    engine: &Engine,
    sources: Vec<(String, String)>,
) -> Result<std::sync::Arc<weft_vm::Program>, weft::CompileError> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| engine.compile(sources))) {
        Ok(result) => result,
        Err(_) => Err(weft::CompileError {
            rendered: "internal compiler error (a bug in Weft)\n".to_string(),
        }),
    }
}
