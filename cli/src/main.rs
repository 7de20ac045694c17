//! The `weft` command-line tool: `weft run prog.go` compiles and runs a Go program;
//! `build`, `disasm`, `trace` and `check` are the other subcommands.

mod tools;

use clap::{Args, Parser, Subcommand};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use weft::{Engine, RunOptions};
use weft_vm::Limits;

mod cache;
mod repl;

#[derive(Parser)]
#[command(name = "weft", version, about = "Run Go programs on the Weft VM")]
struct Cli {
    /// Without a command: the interactive Go session (`weft repl`).
    #[command(subcommand)]
    command: Option<Command>,
}

/// Scheduling flags shared by `run` and `trace`.
#[derive(Args)]
struct SchedulingFlags {
    /// Instructions (calls and backward jumps) a goroutine runs before the scheduler switches.
    #[arg(long)]
    quantum: Option<i64>,
    /// When every goroutine sleeps, jump the clock to the next timer (reproducible timing).
    #[arg(long)]
    virtual_time: bool,
    /// Seed every scheduling choice, so the same seed gives the same interleaving.
    #[arg(long)]
    seed: Option<u64>,
}

#[derive(Subcommand)]
enum Command {
    /// Compile and run a Go program (.go files, a directory of package main, or a .wbc file)
    ///
    /// Examples:
    ///   weft run hello.go
    ///   weft run ./cmd/server -- -port 8080
    ///   weft run prog.wbc               (bytecode from `weft build`, verified first)
    ///   weft run --stats prog.go        (counters on stderr when the program ends)
    ///   weft run --profile prof.txt prog.go && flamegraph.pl prof.txt > prof.svg
    ///   weft run --max-instructions 100000000 --max-heap 256M prog.go
    #[command(verbatim_doc_comment)]
    Run {
        #[command(flatten)]
        scheduling: SchedulingFlags,
        /// After the program ends, print instructions, goroutines, context switches, GC
        /// cycles and pause, and peak heap to standard error.
        #[arg(long)]
        stats: bool,
        /// Write an instruction profile in folded-stack format (flamegraph.pl, inferno,
        /// speedscope) to this file. Sampled at the end of each time slice (quantum 1000
        /// unless --quantum is given).
        #[arg(long, value_name = "FILE")]
        profile: Option<String>,
        /// Stop with `fatal error` (exit status 2) after this many instructions (calls and
        /// backward jumps, checked at the end of each time slice).
        #[arg(long, value_name = "N")]
        max_instructions: Option<u64>,
        /// Stop with `fatal error` (exit status 2) when the live heap after a collection
        /// exceeds this size (bytes, or with a K, M or G suffix).
        #[arg(long, value_name = "BYTES", value_parser = tools::parse_bytes)]
        max_heap: Option<usize>,
        /// The program (.go files, a directory, a .wbc file, or `-` to read Go source from
        /// standard input), then its arguments.
        #[arg(required = true, num_args = 1.., trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Compile a Go program to a bytecode file that `weft run` runs without recompiling
    ///
    /// Examples:
    ///   weft build hello.go -o hello.wbc && weft run hello.wbc
    ///   weft build ./cmd/tool -o tool.wbc
    #[command(verbatim_doc_comment)]
    Build {
        /// Output file (default: the first file's name with a .wbc extension).
        #[arg(short, long, value_name = "FILE")]
        output: Option<String>,
        #[arg(required = true)]
        files: Vec<String>,
    },
    /// Print a program's bytecode, function by function, with source line numbers
    ///
    /// Examples:
    ///   weft disasm hello.go
    ///   weft disasm hello.wbc
    #[command(verbatim_doc_comment)]
    Disasm {
        #[arg(required = true)]
        files: Vec<String>,
    },
    /// Run a program and write a Chrome trace-event file of its goroutines
    ///
    /// Open the file in https://ui.perfetto.dev or chrome://tracing: one track per
    /// goroutine with its time slices, spawns, blocks (with the channel's object id) and
    /// wake-ups, and the collector's pauses on their own track.
    ///
    /// Examples:
    ///   weft trace pipeline.go -o trace.json
    ///   weft trace --virtual-time --seed 1 server.go -o trace.json -- arg1 arg2
    #[command(verbatim_doc_comment)]
    Trace {
        #[command(flatten)]
        scheduling: SchedulingFlags,
        /// Output file.
        #[arg(short, long, value_name = "FILE", default_value = "trace.json")]
        output: String,
        /// The program (as for `weft run`), then its arguments.
        #[arg(required = true, num_args = 1.., trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
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
    let code = match command {
        Command::Repl => return repl::run(),
        Command::Run {
            scheduling,
            stats,
            profile,
            max_instructions,
            max_heap,
            args,
        } => {
            let tools = tools::ToolOptions {
                stats,
                profile,
                trace: None,
                limits: Limits {
                    max_instructions,
                    max_heap_bytes: max_heap,
                    ..Limits::default()
                },
            };
            run(&scheduling, &args, &tools)
        }
        Command::Trace {
            scheduling,
            output,
            args,
        } => {
            let (args, output) = trace_output_after_program(args, output);
            let tools = tools::ToolOptions {
                trace: Some(output),
                ..Default::default()
            };
            run(&scheduling, &args, &tools)
        }
        Command::Build { output, files } => build(&files, output),
        Command::Disasm { files } => match load_program(&files) {
            Ok(p) => {
                print!("{}", weft_vm::disasm::disassemble(&p));
                0
            }
            Err(code) => code,
        },
        Command::Check { files } => match load_program(&files) {
            Ok(_) => 0,
            Err(code) => code,
        },
    };
    ExitCode::from(code.clamp(0, 255) as u8)
}

/// `weft run` and `weft trace`: load (compile or decode), then run with or without instruments.
fn run(scheduling: &SchedulingFlags, args: &[String], tools: &tools::ToolOptions) -> i32 {
    let (files, prog_args) = split_program_args(args);
    let program = match load_program(&files) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let mut options = RunOptions {
        quantum: scheduling.quantum,
        virtual_time: scheduling.virtual_time,
        seed: scheduling.seed,
        ..Default::default()
    };
    options.args = vec![program_name(&files)];
    options.args.extend(prog_args);
    if tools.any() {
        tools::run_instrumented(program, &options, tools)
    } else {
        Engine::with_host_access().run(program, &options)
    }
}

/// `weft trace prog.go -o trace.json -- args`: an `-o FILE` right after the program's files
/// names the output (the program's own arguments then follow, after an optional `--`).
fn trace_output_after_program(args: Vec<String>, output: String) -> (Vec<String>, String) {
    let (files, rest) = split_program_args(&args);
    match rest.first().map(|s| s.as_str()) {
        Some("-o" | "--output") if rest.len() >= 2 => {
            let output = rest[1].clone();
            let skip = if rest.get(2).is_some_and(|a| a == "--") {
                3
            } else {
                2
            };
            let mut args = files;
            args.extend(rest[skip..].iter().cloned());
            (args, output)
        }
        _ => (args, output),
    }
}

/// `weft build`: compile and write the bytecode file.
fn build(files: &[String], output: Option<String>) -> i32 {
    let program = match load_program(files) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let output = output.unwrap_or_else(|| {
        let first = Path::new(&files[0]);
        let stem = first
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "main".to_string());
        format!("{stem}.wbc")
    });
    match tools::write_bytecode(&program, &output) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("{e}");
            1
        }
    }
}

/// The program named by `files`: a verified `.wbc` file, or Go source compiled now.
/// Errors are printed here; the `Err` is the exit status (1).
fn load_program(files: &[String]) -> Result<Arc<weft_vm::Program>, i32> {
    if tools::is_bytecode(files) {
        return tools::load_bytecode(&files[0]).map_err(|e| {
            eprintln!("{e}");
            1
        });
    }
    let sources = load_sources(files).map_err(|e| {
        eprintln!("{e}");
        1
    })?;
    if let Some(program) = cache::lookup(&sources) {
        return Ok(program);
    }
    let program = compile_guarded(&Engine::new(), sources.clone()).map_err(|e| {
        report_compile_errors(&e.rendered, &sources_for_snippets(files));
        1
    })?;
    cache::store(&sources, &program);
    Ok(program)
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
