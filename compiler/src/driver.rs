//! Compilation driver: parses the main package's files, loads imported
//! packages through a [`PackageSource`], and type-checks everything in
//! dependency order into one [`Info`].

use crate::ast::{File, IdGen, Span};
use crate::check::{check_package, Checker, Info};
use crate::source::{Diagnostic, SourceMap};
use std::collections::HashMap;

/// Where imported packages' sources come from: import path -> files (name, text).
/// The Weft runtime provides the standard library this way.
pub trait PackageSource {
    fn package_files(&self, import_path: &str) -> Option<Vec<(String, String)>>;
}

/// A type-checked program: its sources (for positions) and the checker's results.
pub struct Checked {
    pub sources: SourceMap,
    pub info: Info,
}

/// A program that did not compile.
pub struct CompileErrors {
    pub sources: SourceMap,
    pub diagnostics: Vec<Diagnostic>,
}

/// The span of diagnostics that have no source position (link errors);
/// `render` prints their message alone.
pub const NO_POSITION: Span = Span {
    lo: u32::MAX,
    hi: u32::MAX,
};

/// Where gc says standard-library packages live, for `package x is not in std (...)`.
const GOROOT_SRC: &str = "/usr/lib/go-1.23/src";

impl CompileErrors {
    /// gc's rendering: one `file:line:col: message` line per error, sorted by
    /// position, at most 10 then `too many errors` (at the tenth reported
    /// error's position, as gc prints it).
    pub fn render(&self) -> String {
        // `check_program` already applied gc's rules (order, ten-error limit).
        let mut out = String::new();
        for d in &self.diagnostics {
            out.push_str(&self.line(d.span, &d.message));
        }
        out
    }

    fn line(&self, span: Span, message: &str) -> String {
        if span == NO_POSITION {
            format!("{}\n", message)
        } else {
            format!("{}: {}\n", self.sources.describe(span), message)
        }
    }
}

/// One package found while loading: its files (indices into the parsed list) and imports.
struct LoadedPackage {
    path: String,
    files: Vec<File>,
}

/// How [`check_program_with`] treats the main package.
#[derive(Clone, Copy, Debug, Default)]
pub struct CheckOptions {
    /// Accept imports the main package does not use (an interactive session keeps its
    /// imports as session state and repeats them in every file it compiles).
    pub allow_unused_imports: bool,
    /// Type-check (and so compile) every standard-library function body, not only those
    /// the program reaches: a session's next program must contain the previous one.
    pub check_every_std_body: bool,
}

/// Parses, loads and checks a program whose main package consists of `main_files`.
///
/// # Errors
/// As [`check_program_with`] with default options.
pub fn check_program(
    main_files: Vec<(String, String)>,
    std: &dyn PackageSource,
) -> Result<Checked, CompileErrors> {
    check_program_with(main_files, std, CheckOptions::default())
}

/// Parses, loads and checks a program whose main package consists of `main_files`.
///
/// # Errors
/// As gc: errors in a file's header (package clause, imports) alone; else
/// syntax errors (of all files) alone; else the parser's other errors
/// (labels, branches) and import problems and type errors together, in
/// gc's report order and limited to ten (see [`crate::parser::gc_report`]).
pub fn check_program_with(
    main_files: Vec<(String, String)>,
    std: &dyn PackageSource,
    options: CheckOptions,
) -> Result<Checked, CompileErrors> {
    let timer = PhaseTimer::from_env();
    let mut sources = SourceMap::new();
    let mut ids = IdGen::default();
    let mut parse_diagnostics = Vec::new();
    let mut main_parsed = Vec::new();
    for (name, text) in main_files {
        let index = sources.add(&name, text);
        let (file, diags) = crate::parser::parse_file_in_report_order(&sources, index, &mut ids);
        parse_diagnostics.extend(diags);
        main_parsed.push(file);
    }
    if let Some(early) = fatal_parse_errors(&sources, &parse_diagnostics) {
        return Err(CompileErrors {
            sources,
            diagnostics: early,
        });
    }
    let mut diagnostics = Vec::new();
    for f in &main_parsed {
        if &*f.package.name != "main" {
            let name = f.package.name.clone();
            diagnostics.push(Diagnostic::new(
                f.package.span,
                format!("package {}; expected package main", name),
            ));
        }
    }
    if !diagnostics.is_empty() {
        return Err(CompileErrors {
            sources,
            diagnostics,
        });
    }

    // Load imports depth-first; `order` ends up dependencies-first.
    let mut loaded: Vec<LoadedPackage> = Vec::new();
    let mut state: HashMap<String, bool> = HashMap::new(); // false: in progress, true: done
    let mut order: Vec<usize> = Vec::new();
    let mut by_path: HashMap<String, usize> = HashMap::new();
    let mut imports: Vec<(String, Span)> = main_parsed
        .iter()
        .flat_map(|f| f.imports.iter().map(|i| (i.path.clone(), i.span)))
        .collect();
    // The runtime package is always linked in (as gc does): runtime errors and panic printing live there.
    if std.package_files("runtime").is_some() {
        imports.insert(0, ("runtime".to_string(), Span::default()));
    }
    let mut std_parse = Vec::new();
    for (path, span) in imports {
        load(
            &path,
            span,
            std,
            &mut sources,
            &mut ids,
            &mut loaded,
            &mut state,
            &mut order,
            &mut by_path,
            &mut diagnostics,
            &mut std_parse,
            0,
        );
    }
    timer.lap("parse");
    if let Some(early) = fatal_parse_errors(&sources, &std_parse) {
        return Err(CompileErrors {
            sources,
            diagnostics: early,
        });
    }
    if !diagnostics.is_empty() {
        return Err(CompileErrors {
            sources,
            diagnostics,
        });
    }

    let mut packages: Vec<(String, Vec<File>, bool)> = Vec::new();
    let mut taken: Vec<Option<LoadedPackage>> = loaded.into_iter().map(Some).collect();
    for i in order {
        let p = taken[i].take().unwrap();
        packages.push((p.path, p.files, true));
    }
    packages.push(("main".to_string(), main_parsed, false));

    let (mut info, diags) = {
        let mut checker = Checker::new(&sources);
        checker.eager_std_bodies = options.check_every_std_body;
        for (path, files, is_std) in &packages {
            check_package(&mut checker, files, path, *is_std);
            timer.lap(&format!("check {path}"));
            if !checker.diagnostics.is_empty() {
                break;
            }
        }
        // The parser already reported label and branch errors (as gc's
        // parser does); the checker's copies of them are dropped.
        let mut all: Vec<Diagnostic> = std_parse.into_iter().chain(parse_diagnostics).collect();
        all.append(&mut checker.diagnostics);
        if options.allow_unused_imports {
            all.retain(|d| !is_unused_import(&d.message));
        }
        if all.is_empty() {
            all = std::mem::take(&mut checker.late_diagnostics);
        }
        (std::mem::take(&mut checker.info), all)
    };
    if !diags.is_empty() {
        let diagnostics = crate::parser::gc_report(&sources, diags);
        return Err(CompileErrors {
            sources,
            diagnostics,
        });
    }
    if info.main_func.is_none() {
        // gc finds this at link time, so it has no source position.
        let diagnostics = vec![Diagnostic::new(
            NO_POSITION,
            "runtime.main_main·f: function main is undeclared in the main package",
        )];
        return Err(CompileErrors {
            sources,
            diagnostics,
        });
    }
    for (i, (_, files, _)) in packages.into_iter().enumerate() {
        info.packages[i].files = files;
    }
    Ok(Checked { sources, info })
}

/// gc's `"path" imported and not used` and `"path" imported as name and not used`.
fn is_unused_import(message: &str) -> bool {
    message.starts_with('"')
        && message.ends_with(" and not used")
        && (message.contains("\" imported and") || message.contains("\" imported as "))
}

/// The parse errors that stop compilation before type checking, as gc
/// reports them: header errors alone, else all errors when one is a syntax error.
fn fatal_parse_errors(sources: &SourceMap, diagnostics: &[Diagnostic]) -> Option<Vec<Diagnostic>> {
    let header: Vec<Diagnostic> = diagnostics
        .iter()
        .filter(|d| crate::parser::is_header_error(d))
        .cloned()
        .collect();
    if !header.is_empty() {
        return Some(header);
    }
    if diagnostics
        .iter()
        // Past the parser's nesting limit the tree is cut short; checking it would only add noise.
        .any(|d| {
            d.message.starts_with("syntax error")
                || d.message.contains("exceeded max nesting depth")
        })
    {
        return Some(crate::parser::gc_report(sources, diagnostics.to_vec()));
    }
    None
}

#[allow(clippy::too_many_arguments)]
fn load(
    path: &str,
    span: Span,
    std: &dyn PackageSource,
    sources: &mut SourceMap,
    ids: &mut IdGen,
    loaded: &mut Vec<LoadedPackage>,
    state: &mut HashMap<String, bool>,
    order: &mut Vec<usize>,
    by_path: &mut HashMap<String, usize>,
    diagnostics: &mut Vec<Diagnostic>,
    parse_diagnostics: &mut Vec<Diagnostic>,
    depth: u32,
) {
    match state.get(path) {
        Some(true) => return,
        Some(false) => {
            diagnostics.push(Diagnostic::new(
                span,
                format!("import cycle not allowed: {}", path),
            ));
            return;
        }
        None => {}
    }
    if depth > 100 {
        diagnostics.push(Diagnostic::new(span, "import chain too deep"));
        return;
    }
    let Some(files) = std.package_files(path) else {
        diagnostics.push(Diagnostic::new(
            span,
            format!("package {} is not in std ({}/{})", path, GOROOT_SRC, path),
        ));
        return;
    };
    state.insert(path.to_string(), false);
    let mut parsed = Vec::new();
    for (name, text) in files {
        let index = sources.add(&name, text);
        let (file, diags) = crate::parser::parse_file_in_report_order(sources, index, ids);
        parse_diagnostics.extend(diags);
        parsed.push(file);
    }
    let imports: Vec<(String, Span)> = parsed
        .iter()
        .flat_map(|f| f.imports.iter().map(|i| (i.path.clone(), i.span)))
        .collect();
    for (p, s) in imports {
        load(
            &p,
            s,
            std,
            sources,
            ids,
            loaded,
            state,
            order,
            by_path,
            diagnostics,
            parse_diagnostics,
            depth + 1,
        );
    }
    let index = loaded.len();
    loaded.push(LoadedPackage {
        path: path.to_string(),
        files: parsed,
    });
    by_path.insert(path.to_string(), index);
    order.push(index);
    state.insert(path.to_string(), true);
}

/// Prints how long each compilation phase took to standard error when the environment has
/// `WEFT_TIMINGS` set: the figures that startup work is measured by.
pub struct PhaseTimer {
    last: Option<std::cell::Cell<std::time::Instant>>,
}

impl PhaseTimer {
    /// A timer that is active only when `WEFT_TIMINGS` is set.
    pub fn from_env() -> PhaseTimer {
        let active = std::env::var_os("WEFT_TIMINGS").is_some();
        PhaseTimer {
            last: active.then(|| std::cell::Cell::new(std::time::Instant::now())),
        }
    }

    /// Prints the time since the previous lap (or the timer's creation) under `phase`.
    pub fn lap(&self, phase: &str) {
        if let Some(last) = &self.last {
            let now = std::time::Instant::now();
            eprintln!(
                "weft: {:>8.3} ms  {}",
                (now - last.get()).as_secs_f64() * 1000.0,
                phase
            );
            last.set(now);
        }
    }
}
