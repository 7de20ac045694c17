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

/// gc stops listing errors after this many.
const MAX_ERRORS: usize = 10;

/// Where gc says standard-library packages live, for `package x is not in std (...)`.
const GOROOT_SRC: &str = "/usr/lib/go-1.23/src";

impl CompileErrors {
    /// gc's rendering: one `file:line:col: message` line per error, sorted by
    /// position, at most 10 then `too many errors`.
    ///
    /// `diagnostics` are in report order; like gc, the first ten reported are
    /// sorted and printed, and when there are ten the list ends with
    /// `file:line:col: too many errors` at the tenth's position.
    pub fn render(&self) -> String {
        let mut reported: Vec<&Diagnostic> = Vec::new();
        let mut overflow: Option<&Diagnostic> = None;
        for d in &self.diagnostics {
            if reported
                .iter()
                .any(|r| r.span.lo == d.span.lo && r.message == d.message)
            {
                continue;
            }
            reported.push(d);
            if reported.len() == MAX_ERRORS {
                overflow = Some(d);
                break;
            }
        }
        reported.sort_by_key(|d| d.span.lo);
        let mut out = String::new();
        for d in &reported {
            out.push_str(&self.line(d.span, &d.message));
        }
        if let Some(d) = overflow {
            out.push_str(&self.line(d.span, "too many errors"));
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

/// Parses, loads and checks a program whose main package consists of `main_files`.
///
/// # Errors
/// Syntax errors (of all files) are reported alone, as gc does; otherwise
/// import problems and type errors.
pub fn check_program(
    main_files: Vec<(String, String)>,
    std: &dyn PackageSource,
) -> Result<Checked, CompileErrors> {
    let mut sources = SourceMap::new();
    let mut ids = IdGen::default();
    let mut diagnostics = Vec::new();
    let mut main_parsed = Vec::new();
    for (name, text) in main_files {
        let index = sources.add(&name, text);
        let (file, diags) = crate::parser::parse_file(&sources, index, &mut ids);
        diagnostics.extend(diags);
        main_parsed.push(file);
    }
    if !diagnostics.is_empty() {
        return Err(CompileErrors {
            sources,
            diagnostics,
        });
    }
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
    let imports: Vec<(String, Span)> = main_parsed
        .iter()
        .flat_map(|f| f.imports.iter().map(|i| (i.path.clone(), i.span)))
        .collect();
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
            0,
        );
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
        for (path, files, is_std) in &packages {
            check_package(&mut checker, files, path, *is_std);
            if !checker.diagnostics.is_empty() || !checker.early_diagnostics.is_empty() {
                break;
            }
        }
        let mut all = std::mem::take(&mut checker.early_diagnostics);
        all.append(&mut checker.diagnostics);
        if all.is_empty() {
            all = std::mem::take(&mut checker.late_diagnostics);
        }
        (std::mem::take(&mut checker.info), all)
    };
    if !diags.is_empty() {
        return Err(CompileErrors {
            sources,
            diagnostics: diags,
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
        let (file, diags) = crate::parser::parse_file(sources, index, ids);
        diagnostics.extend(diags);
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
