//! A REPL session: the Go files typed so far, compiled as one growing program, and the
//! VM thread that runs it.
//!
//! Each accepted input adds a file to the session's main package (see `input.rs`). The
//! whole session is checked and compiled again with the session layout
//! (`codegen::generate_session`), which makes the new program an extension of the running
//! one, so the VM swaps it in and keeps its heap, globals and goroutines. An input that
//! does not compile, or whose program would not extend the running one, leaves the session
//! as it was.

use super::input::{self, Assembled, Code, SessionNames};
use super::worker::{Reply, Worker};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use weft::stdlib_source::StdLib;
use weft_compiler::ast::{Decl, ExprKind, StmtKind};
use weft_compiler::check::Info;
use weft_compiler::driver::{check_program_with, CheckOptions, Checked};
use weft_vm::program::FuncId;
use weft_vm::vm::session::RunOutcome;
use weft_vm::{NativeRegistry, Program};

/// Standard packages every session links from the start, so that importing one later does
/// not change the packages compiled before the main package (which would break the
/// extension property).
pub const PRELOADED_PACKAGES: &[&str] = &[
    "bufio",
    "bytes",
    "container/heap",
    "container/list",
    "container/ring",
    "context",
    "errors",
    "flag",
    "fmt",
    "io",
    "math",
    "math/bits",
    "math/cmplx",
    "math/rand",
    "os",
    "sort",
    "strconv",
    "strings",
    "sync",
    "sync/atomic",
    "time",
    "unicode",
    "unicode/utf16",
    "unicode/utf8",
];

/// The session's first file: `main` (which a program needs and the session never calls)
/// and the printer of expression inputs.
fn prelude() -> String {
    let mut text = String::from("package main\n\nimport \"fmt\"\n\n");
    for package in PRELOADED_PACKAGES {
        if *package != "fmt" {
            text.push_str(&format!("import _ \"{package}\"\n"));
        }
    }
    text.push_str(
        r#"
func main() {}

// __weft_show prints the values of an expression input, each as %v with its type.
func __weft_show(values ...any) {
	for i, v := range values {
		if i > 0 {
			fmt.Print(", ")
		}
		fmt.Printf("%v (%T)", v, v)
	}
	fmt.Println()
}
"#,
    );
    text
}

/// What evaluating one input produced, for the prompt to show.
#[derive(Debug, PartialEq, Eq)]
pub enum Evaluation {
    /// Ran (or declared); output already went to the terminal.
    Done,
    /// Compile errors (gc's format, lines of the user's input).
    Errors(Vec<String>),
    /// The input compiled but could not join the running session.
    Rejected(String),
    /// The input panicked (the report was printed); the session goes on.
    Panicked,
    /// Ctrl-C stopped the input.
    Interrupted,
    /// The input blocked forever (gc's deadlock).
    Deadlocked(String),
}

pub struct Session {
    worker: Worker,
    /// The main package's files: the prelude, then one per accepted input.
    files: Vec<(String, String)>,
    names: SessionNames,
    /// Every package-level name the user declared (for completion).
    pub declared: BTreeSet<String>,
    /// Inputs so far (accepted or not): numbers the next input's file and function.
    count: usize,
    program: Arc<Program>,
    /// Exported names of every package, by import path (for completion).
    pub package_members: BTreeMap<String, Vec<String>>,
}

impl Session {
    /// Starts a session: compiles the prelude, starts the VM and initializes the packages.
    ///
    /// # Errors
    /// The prelude does not compile or the VM cannot start (a bug).
    pub fn start() -> Result<Session, String> {
        let mut natives = NativeRegistry::new();
        weft::natives::register_all(&mut natives);
        let files = vec![("prelude.go".to_string(), prelude())];
        let (program, checked) =
            compile(&files).map_err(|errors| format!("weft: {}", errors.join("\n")))?;
        let worker = Worker::spawn(natives);
        match worker.start(program.0.clone()) {
            Reply::Ran(RunOutcome::Returned) => {}
            Reply::Ran(other) => return Err(format!("weft: package initialization: {other:?}")),
            Reply::Rejected(reason) => return Err(format!("weft: {reason}")),
        }
        let mut session = Session {
            worker,
            files,
            // fmt is there from the start: printing is what a session does most.
            names: SessionNames {
                imports: vec!["\"fmt\"".to_string()],
                ..SessionNames::default()
            },
            declared: BTreeSet::new(),
            count: 0,
            program: program.0,
            package_members: BTreeMap::new(),
        };
        session.package_members = package_members(&checked.info);
        Ok(session)
    }

    /// Forgets every declaration and variable and starts a new VM (goroutines end).
    pub fn reset(&mut self) -> Result<(), String> {
        // The old VM thread ends when it finds its request channel closed.
        *self = Session::start()?;
        Ok(())
    }

    /// Shows the output of goroutines that run between inputs through `printer` (above
    /// the prompt, the line being edited kept intact).
    pub fn use_printer(&self, printer: super::worker::Printer) {
        self.worker.use_printer(printer);
    }

    /// Goroutines run between inputs and their output has no printer yet.
    pub fn wants_printer(&self) -> bool {
        self.worker.wants_printer()
    }

    /// The file name the next input gets, for its syntax errors.
    pub fn next_file_name(&self) -> String {
        input::input_file_name(self.count + 1)
    }

    /// The import names of the session's imports, with their paths.
    pub fn imported_packages(&self) -> Vec<(String, String)> {
        self.names
            .imports
            .iter()
            .filter_map(|spec| {
                let (name, path) = match spec.rsplit_once(' ') {
                    Some((name, path)) => (Some(name.trim()), path),
                    None => (None, spec.as_str()),
                };
                let path = path.trim().trim_matches('"').to_string();
                let name = name
                    .map(str::to_string)
                    .unwrap_or_else(|| path.rsplit('/').next().unwrap_or("").to_string());
                Some((name, path))
            })
            .collect()
    }

    /// Compiles and runs one complete input of kind `code`.
    pub fn evaluate(&mut self, text: &str, code: &Code) -> Evaluation {
        self.count += 1;
        let number = self.count;
        let assembled = input::assemble(text, code, number, &self.names);
        let (program, session_files) = match self.compile_with(&assembled, number) {
            Ok(compiled) => compiled,
            Err(errors) => {
                // A name declared again with another type (or kind) shadows the old one,
                // as in a nested scope: the old declaration is renamed and kept for the
                // code that uses it.
                if let Some(evaluation) = self.try_shadowing(text, code, number) {
                    return evaluation;
                }
                // An expression without a value (`f()` for a function with no results) is a
                // statement.
                if matches!(code, Code::Expression { .. })
                    && errors
                        .iter()
                        .any(|e| e.contains("(no value) used as value"))
                {
                    return self.retry_as_statements(text, number);
                }
                return Evaluation::Errors(errors);
            }
        };
        self.run_compiled(text, number, assembled, program, session_files)
    }

    /// Evaluates the input again with every name it declares (`:=` included) as a new
    /// declaration, the session's earlier declarations of those names renamed to
    /// `NAME__shadowedN`; `None` (the session unchanged) when that does not compile
    /// either or declares nothing again.
    fn try_shadowing(&mut self, text: &str, code: &Code, number: usize) -> Option<Evaluation> {
        if matches!(code, Code::Expression { .. }) {
            return None;
        }
        let fresh = SessionNames {
            imports: self.names.imports.clone(),
            variables: BTreeSet::new(),
        };
        let assembled = input::assemble(text, code, number, &fresh);
        let shadowed: Vec<String> = assembled
            .names
            .iter()
            .filter(|name| self.declared.contains(*name))
            .cloned()
            .collect();
        if shadowed.is_empty() {
            return None;
        }
        let mut files = self.files.clone();
        for (file_name, file_text) in files.iter_mut().skip(1) {
            if !file_name.starts_with("input") {
                continue;
            }
            for name in &shadowed {
                *file_text =
                    rename_identifier(file_text, name, &format!("{name}__shadowed{number}"));
            }
        }
        let mut candidate = files.clone();
        candidate.push((input::input_file_name(number), assembled.text.clone()));
        let ((program, session_files), _) = compile(&candidate).ok()?;
        let previous_files = std::mem::replace(&mut self.files, files);
        let evaluation = self.run_compiled(text, number, assembled, program, session_files);
        if let Evaluation::Rejected(_) = evaluation {
            self.files = previous_files;
        } else {
            for name in &shadowed {
                self.names.variables.remove(name);
            }
            // The new input's variables were added by `run_compiled`; `:=` made them all.
            let fresh = input::assemble(text, code, number, &fresh);
            self.names.variables.extend(fresh.variables);
        }
        Some(evaluation)
    }

    fn retry_as_statements(&mut self, text: &str, number: usize) -> Evaluation {
        let assembled = input::assemble(text, &Code::Statements, number, &self.names);
        match self.compile_with(&assembled, number) {
            Ok((program, session_files)) => {
                self.run_compiled(text, number, assembled, program, session_files)
            }
            Err(errors) => Evaluation::Errors(errors),
        }
    }

    fn compile_with(
        &self,
        assembled: &Assembled,
        number: usize,
    ) -> Result<(Arc<Program>, Vec<Option<FuncId>>), Vec<String>> {
        let mut files = self.files.clone();
        files.push((input::input_file_name(number), assembled.text.clone()));
        compile(&files).map(|(program, _)| program)
    }

    fn run_compiled(
        &mut self,
        _text: &str,
        number: usize,
        assembled: Assembled,
        program: Arc<Program>,
        zero_functions: Vec<Option<FuncId>>,
    ) -> Evaluation {
        let mut functions = Vec::new();
        if let Some(Some(zero)) = zero_functions.last() {
            functions.push(*zero);
        }
        if assembled.has_function {
            let name = format!("main.{}", input::input_function_name(number));
            if let Some(id) = program.funcs.iter().position(|f| f.name == name) {
                functions.push(id as FuncId);
            }
        }
        let outcome = match self.worker.run(program.clone(), functions) {
            Reply::Rejected(reason) => {
                return Evaluation::Rejected(format!(
                    "this input cannot join the running session ({reason}); :reset starts a new one"
                ))
            }
            Reply::Ran(outcome) => outcome,
        };
        // The program is in the VM now, whatever the input did when it ran: its
        // declarations and variables stay.
        self.files
            .push((input::input_file_name(number), assembled.text.clone()));
        self.program = program;
        for spec in &assembled.imports {
            if !self.names.imports.contains(spec) {
                self.names.imports.push(spec.clone());
            }
        }
        self.names
            .variables
            .extend(assembled.variables.iter().cloned());
        self.declared.extend(assembled.names.iter().cloned());
        match outcome {
            RunOutcome::Returned => Evaluation::Done,
            RunOutcome::Panicked => Evaluation::Panicked,
            RunOutcome::Interrupted => Evaluation::Interrupted,
            RunOutcome::Deadlocked(reason) => Evaluation::Deadlocked(reason.to_string()),
            // The worker ends the process itself on os.Exit.
            RunOutcome::Exited(_) => Evaluation::Done,
        }
    }

    /// The static type of an expression, as gc writes types (`:type`).
    pub fn type_of(&mut self, text: &str) -> Result<String, Vec<String>> {
        let code = match input::classify(text) {
            input::Input::Code(code @ Code::Expression { .. }) => code,
            input::Input::SyntaxErrors(errors) => return Err(errors),
            _ => return Err(vec![format!("not an expression: {text}")]),
        };
        let number = self.count + 1;
        let assembled = input::assemble(text, &code, number, &self.names);
        let mut files = self.files.clone();
        files.push((input::input_file_name(number), assembled.text));
        let checked = check(&files)?;
        let info = &checked.info;
        let function = input::input_function_name(number);
        let main = info.packages.last().ok_or_else(Vec::new)?;
        let file = main.files.last().ok_or_else(Vec::new)?;
        for decl in &file.decls {
            let Decl::Func(func) = decl else { continue };
            if *func.name.name != *function {
                continue;
            }
            let body = func.body.as_ref().ok_or_else(Vec::new)?;
            if let Some(StmtKind::Expr(call)) = body.stmts.first().map(|s| &s.kind) {
                if let ExprKind::Call { args, .. } = &call.kind {
                    if let Some(arg) = args.first() {
                        let ty = info.type_of(arg.id);
                        return Ok(info.types.type_string_rel(ty, "main"));
                    }
                }
            }
        }
        Err(vec!["no type found".to_string()])
    }

    /// The bytecode of the session's functions named `name` (functions, methods, and the
    /// function literals inside them).
    pub fn disassemble(&self, name: &str) -> String {
        let listing = weft_vm::disasm::disassemble(&self.program);
        let wanted = [
            format!("func main.{name} #"),
            format!("func main.{name}.func"),
        ];
        let method_suffix = format!(".{name} #");
        listing
            .split("\n\n")
            .filter(|block| {
                let header = block.lines().next().unwrap_or("");
                wanted.iter().any(|w| header.starts_with(w.as_str()))
                    || (header.starts_with("func main.") && header.contains(&method_suffix))
            })
            .map(|block| format!("{block}\n"))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// The program of `files` (the session's main package), with each file's zeroing function.
#[allow(clippy::type_complexity)]
fn compile(
    files: &[(String, String)],
) -> Result<((Arc<Program>, Vec<Option<FuncId>>), Checked), Vec<String>> {
    let checked = check(files)?;
    let generated = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        weft_compiler::codegen::generate_session(&checked.sources, &checked.info)
    }));
    match generated {
        Ok(Ok((program, session_files))) => {
            let zero = session_files.iter().map(|f| f.zero_func).collect();
            Ok(((Arc::new(program), zero), checked))
        }
        Ok(Err(diagnostics)) => {
            let errors = weft_compiler::driver::CompileErrors {
                sources: checked.sources,
                diagnostics,
            };
            Err(user_lines(&errors.render()))
        }
        Err(_) => Err(vec![
            "internal compiler error (a bug in Weft); the session goes on".to_string(),
        ]),
    }
}

fn check(files: &[(String, String)]) -> Result<Checked, Vec<String>> {
    let options = CheckOptions {
        allow_unused_imports: true,
        check_every_std_body: true,
    };
    let checked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        check_program_with(files.to_vec(), &StdLib, options)
    }));
    match checked {
        Ok(Ok(checked)) => Ok(checked),
        Ok(Err(errors)) => Err(user_lines(&errors.render())),
        Err(_) => Err(vec![
            "internal compiler error (a bug in Weft); the session goes on".to_string(),
        ]),
    }
}

/// `text` with every identifier `from` renamed to `to`, except in strings, runes,
/// comments and after a `.` (selectors and qualified names, which name something else).
fn rename_identifier(text: &str, from: &str, to: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut previous_significant = b' ';
    while i < bytes.len() {
        let c = bytes[i];
        let start = i;
        if c == b'/' && bytes.get(i + 1) == Some(&b'/') {
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
        } else if c == b'/' && bytes.get(i + 1) == Some(&b'*') {
            i += 2;
            while i < bytes.len() && !(bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/')) {
                i += 1;
            }
            i = (i + 2).min(bytes.len());
        } else if c == b'"' || c == b'\'' || c == b'`' {
            i += 1;
            while i < bytes.len() && bytes[i] != c {
                if bytes[i] == b'\\' && c != b'`' {
                    i += 1;
                }
                i += 1;
            }
            i = (i + 1).min(bytes.len());
        } else if c == b'_' || c.is_ascii_alphabetic() || c >= 0x80 {
            while i < bytes.len()
                && (bytes[i] == b'_' || bytes[i].is_ascii_alphanumeric() || bytes[i] >= 0x80)
            {
                i += 1;
            }
            if &text[start..i] == from && previous_significant != b'.' {
                out.push_str(to);
                previous_significant = b'a';
                continue;
            }
        } else {
            i += 1;
        }
        out.push_str(&text[start..i]);
        if !c.is_ascii_whitespace() {
            previous_significant = bytes[i - 1];
        }
    }
    out
}

/// Rewrites `inputN.go:LINE:COL: message` lines so LINE counts the user's lines.
pub fn user_lines(rendered: &str) -> Vec<String> {
    rendered
        .lines()
        .map(|line| {
            let mut parts = line.splitn(4, ':');
            let (Some(file), Some(number), Some(col), Some(rest)) =
                (parts.next(), parts.next(), parts.next(), parts.next())
            else {
                return line.to_string();
            };
            let Ok(number) = number.parse::<u32>() else {
                return line.to_string();
            };
            if !(file.starts_with("input") && file.ends_with(".go")) {
                return line.to_string();
            }
            let user_line = (number + 1).saturating_sub(input::USER_TEXT_LINE).max(1);
            format!("{file}:{user_line}:{col}:{rest}")
        })
        .collect()
}

/// The exported names of every package the session links, by import path.
fn package_members(info: &Info) -> BTreeMap<String, Vec<String>> {
    info.packages
        .iter()
        .filter(|p| &*p.path != "main")
        .map(|p| {
            let mut names: Vec<String> = p
                .scope
                .keys()
                .filter(|n| n.starts_with(|c: char| c.is_uppercase()))
                .map(|n| n.to_string())
                .collect();
            names.sort();
            (p.path.to_string(), names)
        })
        .collect()
}
