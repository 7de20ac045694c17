//! Data-driven tests of the type checker.
//!
//! `check_data/ok/*.go` are valid programs: the checker must accept them, and
//! a dump of what it recorded (every expression's type, mode and constant
//! value; definitions with their flags; selections; captures; initialization
//! order) is compared with `*.expect` beside the input. Run with
//! `UPDATE_EXPECT=1` to rewrite the dumps, then review the diff.
//!
//! `check_data/err/*.go` are invalid programs: the rendered errors must equal
//! `*.gc`, which `check_data/gen_gc.sh` produces by running the real
//! `go build` (never written by hand).
//!
//! Programs run on a thread with an 8 MB stack (the CLI's main thread);
//! `CHECK_STACK=<bytes>` changes it to probe how deep the checker recurses
//! (the deepest trees the parser accepts, in `ok/deep*.go`, need under 1 MB).
//!
//! A small fake standard library (`fmt`, `os`, `strings`, `errors`) with
//! bodiless (native) functions lets programs import packages.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use weft_compiler::ast::ExprId;
use weft_compiler::check::{Info, Mode, ObjKind};
use weft_compiler::driver::{check_program, PackageSource};
use weft_compiler::source::SourceMap;

struct FakeStd;

const FMT: &str = r#"package fmt

import "os"

type Stringer interface{ String() string }

func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Print(a ...any) (n int, err error)
func Sprintf(format string, a ...any) string
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Errorf(format string, a ...any) error
func Fprintln(w *os.File, a ...any) (n int, err error)
func Fprintf(w *os.File, format string, a ...any) (n int, err error)
"#;

const OS: &str = r#"package os

type File struct{ fd int }

var Stdout = &File{1}
var Stderr = &File{2}
var Args []string

func Exit(code int)
func (f *File) WriteString(s string) (n int, err error)
"#;

const STRINGS: &str = r#"package strings

type Builder struct{ buf []byte }

func (b *Builder) WriteString(s string) (int, error)
func (b *Builder) String() string
func Repeat(s string, count int) string
func Contains(s, substr string) bool
func Split(s, sep string) []string
func Join(elems []string, sep string) string
"#;

const ERRORS: &str = r#"package errors

type errorString struct{ s string }

func (e *errorString) Error() string { return e.s }

func New(text string) error { return &errorString{text} }
"#;

impl PackageSource for FakeStd {
    fn package_files(&self, import_path: &str) -> Option<Vec<(String, String)>> {
        let text = match import_path {
            "fmt" => FMT,
            "os" => OS,
            "strings" => STRINGS,
            "errors" => ERRORS,
            "math/rand" => "package rand\n\nfunc Intn(n int) int\nfunc Uint32() uint32\nfunc Uint64() uint64\n",
            "runtime" => "package runtime\n\nfunc Gosched()\nfunc GC()\n",
            "sync" => "package sync\n\ntype Mutex struct{ state int32 }\n\nfunc (m *Mutex) Lock()\nfunc (m *Mutex) Unlock()\n",
            _ => return None,
        };
        Some(vec![(
            format!("$GOROOT/src/{}/{}.go", import_path, import_path),
            text.to_string(),
        )])
    }
}

/// Checks `input` (one file named `./<name>`) and returns either the dump of
/// Info or the rendered errors.
fn run(name: &str, input: &str) -> Result<String, String> {
    let result = check_program(vec![(format!("./{}", name), input.to_string())], &FakeStd);
    match result {
        Ok(checked) => Ok(dump(&checked.sources, &checked.info)),
        Err(e) => Err(e.render()),
    }
}

/// Compares `actual` with the file `expect_path`, rewriting it under UPDATE_EXPECT=1.
fn check(input: &Path, expect_path: &Path, actual: &str, update: bool) -> Option<String> {
    let _ = input;
    if update && std::env::var("UPDATE_EXPECT").is_ok_and(|v| v == "1") {
        std::fs::write(expect_path, actual).unwrap();
        return None;
    }
    let expected = std::fs::read_to_string(expect_path).unwrap_or_default();
    if expected != actual {
        return Some(format!(
            "{}:\n--- expected\n{}\n--- actual\n{}",
            expect_path.display(),
            expected,
            actual
        ));
    }
    None
}

fn text_of(sources: &SourceMap, lo: u32, hi: u32) -> String {
    let fi = sources.file_index_of(lo);
    let f = sources.file(fi);
    let t = &f.text[(lo - f.base) as usize..(hi - f.base) as usize];
    let one_line: String = t.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.len() > 40 {
        format!(
            "{}...",
            &one_line[..one_line
                .char_indices()
                .take_while(|(i, _)| *i < 37)
                .last()
                .map(|(i, c)| i + c.len_utf8())
                .unwrap_or(0)]
        )
    } else {
        one_line
    }
}

/// A readable listing of what the checker recorded for the main package.
fn dump(sources: &SourceMap, info: &Info) -> String {
    // The main file is added to the source map first.
    let in_main = |lo: u32| sources.file_index_of(lo) == 0;
    let mut out = String::new();
    // Expressions, by position, then id (outer before inner at equal start).
    let mut exprs: Vec<(u32, u32, ExprId)> = Vec::new();
    let mut spans: BTreeMap<ExprId, (u32, u32)> = BTreeMap::new();
    for p in &info.packages {
        for f in &p.files {
            collect_spans(f, &mut spans);
        }
    }
    for (id, tm) in &info.exprs {
        if let Some((lo, hi)) = spans.get(id) {
            if in_main(*lo) && tm.mode != Mode::Type {
                exprs.push((*lo, *hi, *id));
            }
        }
    }
    exprs.sort_by_key(|(lo, hi, id)| (*lo, std::cmp::Reverse(*hi), *id));
    out.push_str("# expressions\n");
    for (lo, hi, id) in exprs {
        let tm = &info.exprs[&id];
        let pos = sources.position(lo);
        let mode = match &tm.mode {
            Mode::Const(v) => match v {
                // Floats also show their exact f64 value, to pin rounding down.
                weft_compiler::constant::ConstValue::Float(r) => format!(
                    "const {} = {:?}",
                    v.to_go_string(),
                    weft_compiler::constant::rational_to_f64(r)
                ),
                _ => format!("const {}", v.to_go_string()),
            },
            Mode::Value => "value".into(),
            Mode::Variable => "var".into(),
            Mode::MapIndex => "mapindex".into(),
            Mode::CommaOk => "commaok".into(),
            Mode::NoValue => "novalue".into(),
            Mode::Builtin(b) => format!("builtin {:?}", b),
            Mode::Type => "type".into(),
        };
        out.push_str(&format!(
            "{}:{} {} : {} ({})\n",
            pos.line,
            pos.col,
            text_of(sources, lo, hi),
            info.types.type_string(tm.ty),
            mode
        ));
    }
    out.push_str("# objects\n");
    let mut defs: Vec<_> = info
        .defs
        .iter()
        .filter(|(_, o)| in_main(info.obj(**o).span.lo))
        .map(|(_, o)| *o)
        .collect();
    defs.sort_by_key(|o| (info.obj(*o).span.lo, o.0));
    defs.dedup();
    for o in defs {
        let obj = info.obj(o);
        let pos = sources.position(obj.span.lo);
        let kind = match &obj.kind {
            ObjKind::Var(v) => {
                let mut flags = Vec::new();
                if v.global {
                    flags.push("global");
                }
                if v.param {
                    flags.push("param");
                }
                if v.captured {
                    flags.push("captured");
                }
                if v.address_taken {
                    flags.push("address_taken");
                }
                format!("var [{}]", flags.join(" "))
            }
            ObjKind::Const(v) => format!("const {}", v.to_go_string()),
            ObjKind::TypeName => "type".into(),
            ObjKind::Func(f) => format!(
                "func{}{}",
                if f.native { " native" } else { "" },
                if f.pointer_recv { " ptrrecv" } else { "" }
            ),
            ObjKind::Label => "label".into(),
            ObjKind::PkgName(p) => format!("package {}", p),
            _ => "other".into(),
        };
        out.push_str(&format!(
            "{}:{} {} : {} {}\n",
            pos.line,
            pos.col,
            obj.name,
            info.types.type_string(obj.ty),
            kind
        ));
    }
    let mut sels: Vec<_> = info
        .selections
        .iter()
        .filter_map(|(id, s)| spans.get(id).map(|sp| (*sp, s)))
        .filter(|(sp, _)| in_main(sp.0))
        .collect();
    sels.sort_by_key(|(sp, _)| *sp);
    if !sels.is_empty() {
        out.push_str("# selections\n");
    }
    for ((lo, hi), s) in sels {
        let pos = sources.position(lo);
        out.push_str(&format!(
            "{}:{} {} : {:?} path={:?} indirect={:?} method={} adjust={:?}\n",
            pos.line,
            pos.col,
            text_of(sources, lo, hi),
            s.kind,
            s.path,
            s.indirect,
            s.method
                .map(|m| info.obj(m).name.to_string())
                .unwrap_or_else(|| "-".into()),
            s.recv_adjust
        ));
    }
    let mut caps: Vec<_> = info
        .captures
        .iter()
        .filter_map(|(id, c)| spans.get(id).map(|sp| (*sp, c)))
        .filter(|(sp, _)| in_main(sp.0))
        .collect();
    caps.sort_by_key(|(sp, _)| *sp);
    if !caps.is_empty() {
        out.push_str("# captures\n");
    }
    for ((lo, _), c) in caps {
        let pos = sources.position(lo);
        let names: Vec<String> = c.iter().map(|o| info.obj(*o).name.to_string()).collect();
        out.push_str(&format!(
            "{}:{} [{}]\n",
            pos.line,
            pos.col,
            names.join(", ")
        ));
    }
    let main = info.packages.last().unwrap();
    if !main.var_init_order.is_empty() {
        out.push_str("# init order\n");
        for vi in &main.var_init_order {
            let names: Vec<String> = vi
                .lhs
                .iter()
                .map(|o| {
                    o.map(|o| info.obj(o).name.to_string())
                        .unwrap_or_else(|| "_".into())
                })
                .collect();
            let (lo, hi) = spans[&vi.rhs];
            out.push_str(&format!(
                "{} = {}\n",
                names.join(", "),
                text_of(sources, lo, hi)
            ));
        }
    }
    if !info.implicits.is_empty() {
        out.push_str("# implicits\n");
        let mut imps: Vec<_> = info.implicits.iter().collect();
        imps.sort();
        for (lo, o) in imps {
            let pos = sources.position(*lo);
            out.push_str(&format!(
                "{}:{} {} : {}\n",
                pos.line,
                pos.col,
                info.obj(*o).name,
                info.types.type_string(info.obj(*o).ty)
            ));
        }
    }
    out
}

fn collect_spans(f: &weft_compiler::ast::File, spans: &mut BTreeMap<ExprId, (u32, u32)>) {
    // The AST dump module walks everything; here a debug-format scan is enough:
    // every `Expr { id: ExprId(n), span: Span { lo, hi }` in the Debug output.
    let s = format!("{:?}", f);
    let mut rest = s.as_str();
    while let Some(i) = rest.find("Expr { id: ExprId(") {
        rest = &rest[i + "Expr { id: ExprId(".len()..];
        let id: u32 = rest[..rest.find(')').unwrap()].parse().unwrap();
        let j = rest.find("lo: ").unwrap();
        let r2 = &rest[j + 4..];
        let lo: u32 = r2[..r2.find(',').unwrap()].parse().unwrap();
        let k = r2.find("hi: ").unwrap();
        let r3 = &r2[k + 4..];
        let hi: u32 = r3[..r3.find(' ').unwrap()]
            .trim_end_matches(',')
            .parse()
            .unwrap();
        spans.insert(ExprId(id), (lo, hi));
    }
}

fn data_dir(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/check_data")
        .join(kind)
}

fn go_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "go"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// Runs the checker on a fresh thread with the main thread's stack size, so
/// that depth limits are tested as the CLI would hit them.
fn run_on_big_thread(name: String, input: String) -> Result<String, String> {
    let stack = std::env::var("CHECK_STACK")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(8 << 20);
    std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || run(&name, &input))
        .unwrap()
        .join()
        .unwrap()
}

#[test]
fn valid_programs() {
    let mut failures = Vec::new();
    for path in go_files(&data_dir("ok")) {
        let input = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let actual = match run_on_big_thread(name, input) {
            Ok(d) => d,
            Err(e) => format!("UNEXPECTED ERRORS\n{}", e),
        };
        if let Some(f) = check(&path, &path.with_extension("expect"), &actual, true) {
            failures.push(f);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn invalid_programs() {
    let mut failures = Vec::new();
    for path in go_files(&data_dir("err")) {
        let input = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let actual = match run_on_big_thread(name, input) {
            Ok(_) => "UNEXPECTEDLY VALID\n".to_string(),
            Err(e) => e,
        };
        // The `.gc` files come from the real go; they are never rewritten here.
        if let Some(f) = check(&path, &path.with_extension("gc"), &actual, false) {
            failures.push(f);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every `// run` program of Go's test/ken must type-check (cplx3 needs
/// reflect and unsafe, which the fake std does not provide).
#[test]
fn go_ken_programs() {
    let dir = Path::new("/usr/share/go-1.23/test/ken");
    if !dir.exists() {
        eprintln!("skipping: {} is absent", dir.display());
        return;
    }
    let mut failures = Vec::new();
    let mut checked = 0;
    for path in go_files(dir) {
        let input = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !input.lines().any(|l| l.trim() == "// run") || name == "cplx3.go" {
            continue;
        }
        checked += 1;
        if let Err(e) = run_on_big_thread(name.clone(), input) {
            failures.push(format!("{}:\n{}", name, e));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked >= 35, "only {} ken programs found", checked);
}

/// Survey (not part of the normal run): checks every `// run` program of Go's
/// test directory whose imports the fake std provides, printing the failures.
/// `cargo test --test check go_test_survey -- --ignored --nocapture`.
#[test]
#[ignore]
fn go_test_survey() {
    let root = Path::new("/usr/share/go-1.23/test");
    let mut failures = 0;
    let mut total = 0;
    let dirs = [
        root.to_path_buf(),
        root.join("chan"),
        root.join("interface"),
        root.join("fixedbugs"),
        root.join("ken"),
    ];
    for path in dirs.iter().flat_map(|d| go_files(d)) {
        let input = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !input.lines().take(3).any(|l| l.trim() == "// run") {
            continue;
        }
        let supported = [
            "\"fmt\"",
            "\"os\"",
            "\"strings\"",
            "\"errors\"",
            "\"runtime\"",
            "\"sync\"",
        ];
        let imports_ok = input
            .lines()
            .filter(|l| l.trim_start().starts_with('"') || l.starts_with("import \""))
            .all(|l| supported.iter().any(|s| l.contains(s)));
        if !imports_ok
            || input.contains("[T ")
            || input.contains("[T any]")
            || input.contains("[K comparable")
        {
            continue;
        }
        total += 1;
        match run_on_big_thread(name.clone(), input) {
            Ok(_) => {}
            Err(e) => {
                failures += 1;
                println!("== {}\n{}", name, e);
            }
        }
    }
    println!("{} of {} failed", failures, total);
}

/// Prints the dump or errors for the file named by `WCHECK` (manual use:
/// `WCHECK=x.go cargo test --test check adhoc -- --ignored --nocapture`).
#[test]
#[ignore]
fn adhoc() {
    let Ok(paths) = std::env::var("WCHECK") else {
        return;
    };
    // Several files separated by `:` are checked one by one, each under a `== name` header.
    let many = paths.contains(':');
    for path in paths.split(':') {
        let input = std::fs::read_to_string(path).unwrap_or_default();
        let name = Path::new(path)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .to_string();
        if many {
            println!("== {}", name);
        }
        match run_on_big_thread(name, input) {
            Ok(d) => println!("{}", if many { "OK" } else { &d }),
            Err(e) => print!("{}", e),
        }
    }
}

/// Robustness survey (not part of the normal run): every `.go` file of Go's
/// test tree, valid or not, must be checked without a panic.
/// `cargo test --test check panic_survey -- --ignored --nocapture`.
#[test]
#[ignore]
fn panic_survey() {
    let root = Path::new("/usr/share/go-1.23/test");
    let dirs = [
        root.to_path_buf(),
        root.join("chan"),
        root.join("interface"),
        root.join("fixedbugs"),
        root.join("ken"),
        root.join("typeparam"),
    ];
    let mut panics = Vec::new();
    for path in dirs.iter().flat_map(|d| go_files(d)) {
        let input = std::fs::read_to_string(&path).unwrap_or_default();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let handle = std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(move || {
                let _ = run(&name, &input);
            });
        if handle.unwrap().join().is_err() {
            panics.push(path.display().to_string());
        }
    }
    assert!(panics.is_empty(), "panics in:\n{}", panics.join("\n"));
}

/// The promise codegen relies on: in every accepted program, each evaluated
/// expression has a recorded type that is not untyped (except `nil`), and a
/// constant's operands are not looked at. Checked over the valid test
/// programs and Go's ken programs.
#[test]
fn every_evaluated_expression_is_typed() {
    let mut programs: Vec<PathBuf> = go_files(&data_dir("ok"));
    let ken = Path::new("/usr/share/go-1.23/test/ken");
    if ken.exists() {
        programs.extend(
            go_files(ken)
                .into_iter()
                .filter(|p| !p.ends_with("cplx3.go")),
        );
    }
    // Also the `// run` programs of Go's test directory (those that do not
    // check against the fake std are skipped by the walk).
    programs.extend(
        go_files(Path::new("/usr/share/go-1.23/test"))
            .into_iter()
            .filter(|p| {
                std::fs::read_to_string(p)
                    .is_ok_and(|t| t.lines().take(3).any(|l| l.trim() == "// run"))
            }),
    );
    let mut problems = Vec::new();
    for path in programs {
        let input = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let result = std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(move || {
                let Ok(checked) = check_program(vec![(format!("./{}", name), input)], &FakeStd)
                else {
                    return Vec::new();
                };
                let mut found = Vec::new();
                let main = checked.info.packages.last().unwrap();
                for f in &main.files {
                    for d in &f.decls {
                        walk_decl(&checked.info, &checked.sources, d, &mut found);
                    }
                }
                if WALKED.with(|w| w.get()) == 0 {
                    found.push("nothing walked".to_string());
                }
                found
            })
            .unwrap()
            .join()
            .unwrap();
        problems.extend(
            result
                .into_iter()
                .map(|p| format!("{}: {}", path.display(), p)),
        );
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

use weft_compiler::ast::{Decl, Expr, ExprKind, Spec, Stmt, StmtKind};

fn walk_decl(info: &Info, sources: &SourceMap, d: &Decl, out: &mut Vec<String>) {
    match d {
        Decl::Func(f) => {
            if let Some(b) = &f.body {
                for s in &b.stmts {
                    walk_stmt(info, sources, s, out);
                }
            }
        }
        Decl::Gen(g) => {
            for s in &g.specs {
                if let Spec::Value(vs) = s {
                    // Constant declarations are not evaluated at run time.
                    if g.kind == weft_compiler::ast::GenKind::Var {
                        for v in &vs.values {
                            walk_expr(info, sources, v, out);
                        }
                    }
                }
            }
        }
    }
}

fn walk_stmt(info: &Info, sources: &SourceMap, s: &Stmt, out: &mut Vec<String>) {
    let e = |x: &Expr, out: &mut Vec<String>| walk_expr(info, sources, x, out);
    let st = |x: &Stmt, out: &mut Vec<String>| walk_stmt(info, sources, x, out);
    match &s.kind {
        StmtKind::Decl(g) => walk_decl(info, sources, &Decl::Gen(g.clone()), out),
        StmtKind::Labeled(_, x) => st(x, out),
        StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) => e(x, out),
        StmtKind::Send(a, b) => {
            e(a, out);
            e(b, out);
        }
        StmtKind::IncDec(x, _) => e(x, out),
        StmtKind::Assign { lhs, rhs, .. } => {
            for x in lhs
                .iter()
                .filter(|x| !matches!(&x.kind, ExprKind::Ident(i) if &*i.name == "_"))
            {
                e(x, out);
            }
            for x in rhs {
                e(x, out);
            }
        }
        StmtKind::Return(xs) => xs.iter().for_each(|x| e(x, out)),
        StmtKind::Block(b) => b.stmts.iter().for_each(|x| st(x, out)),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            if let Some(i) = init {
                st(i, out);
            }
            e(cond, out);
            then.stmts.iter().for_each(|x| st(x, out));
            if let Some(x) = els {
                st(x, out);
            }
        }
        StmtKind::Switch {
            init, tag, clauses, ..
        } => {
            if let Some(i) = init {
                st(i, out);
            }
            if let Some(t) = tag {
                e(t, out);
            }
            for c in clauses {
                c.exprs.iter().for_each(|x| e(x, out));
                c.body.iter().for_each(|x| st(x, out));
            }
        }
        StmtKind::TypeSwitch {
            init, x, clauses, ..
        } => {
            if let Some(i) = init {
                st(i, out);
            }
            e(x, out);
            for c in clauses {
                c.body.iter().for_each(|x| st(x, out));
            }
        }
        StmtKind::Select(clauses) => {
            for c in clauses {
                if let Some(x) = &c.comm {
                    st(x, out);
                }
                c.body.iter().for_each(|x| st(x, out));
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            if let Some(i) = init {
                st(i, out);
            }
            if let Some(c) = cond {
                e(c, out);
            }
            if let Some(p) = post {
                st(p, out);
            }
            body.stmts.iter().for_each(|x| st(x, out));
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            for k in [key, value].into_iter().flatten() {
                if !matches!(&k.kind, ExprKind::Ident(i) if &*i.name == "_") {
                    e(k, out);
                }
            }
            e(x, out);
            body.stmts.iter().for_each(|x| st(x, out));
        }
        _ => {}
    }
}

thread_local! {
    /// How many expressions the contract walk looked at (on its thread).
    static WALKED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

fn walk_expr(info: &Info, sources: &SourceMap, x: &Expr, out: &mut Vec<String>) {
    WALKED.with(|w| w.set(w.get() + 1));
    let Some(tm) = info.exprs.get(&x.id) else {
        out.push(format!(
            "{} not recorded: {}",
            sources.describe(x.span),
            text_of(sources, x.span.lo, x.span.hi)
        ));
        return;
    };
    let untyped = matches!(info.types.kind(tm.ty), weft_compiler::types::TypeKind::Basic(k) if k.is_untyped() && *k != weft_compiler::types::BasicKind::UntypedNil);
    if untyped {
        out.push(format!(
            "{} untyped: {}",
            sources.describe(x.span),
            text_of(sources, x.span.lo, x.span.hi)
        ));
    }
    // Constants and types are leaves for codegen.
    if matches!(tm.mode, Mode::Const(_) | Mode::Type | Mode::Builtin(_)) {
        return;
    }
    let e = |y: &Expr, out: &mut Vec<String>| walk_expr(info, sources, y, out);
    match &x.kind {
        ExprKind::Paren(y) | ExprKind::Star(y) | ExprKind::Unary(_, y) => e(y, out),
        ExprKind::Selector(y, _) => {
            // A qualified identifier `pkg.Name` has no operand to evaluate.
            if !matches!(&y.kind, ExprKind::Ident(i) if info.uses.get(&i.id).is_some_and(|o| matches!(info.obj(*o).kind, ObjKind::PkgName(_))))
            {
                e(y, out);
            }
        }
        ExprKind::Binary(_, a, b) => {
            e(a, out);
            e(b, out);
        }
        ExprKind::Index(a, idx) => {
            e(a, out);
            idx.iter().for_each(|i| e(i, out));
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            e(x, out);
            for i in [lo, hi, max].into_iter().flatten() {
                e(i, out);
            }
        }
        ExprKind::TypeAssert(a, _) => e(a, out),
        ExprKind::Call { func, args, .. } => {
            e(func, out);
            args.iter().for_each(|a| e(a, out));
        }
        ExprKind::CompositeLit { elts, ty, .. } => {
            let is_struct = matches!(
                info.types.under_kind(tm.ty),
                weft_compiler::types::TypeKind::Struct(_)
            ) || matches!(info.types.under_kind(tm.ty), weft_compiler::types::TypeKind::Pointer(p) if matches!(info.types.under_kind(*p), weft_compiler::types::TypeKind::Struct(_)));
            let _ = ty;
            for el in elts {
                if let Some(k) = &el.key {
                    if !is_struct {
                        e(k, out);
                    }
                }
                e(&el.value, out);
            }
        }
        ExprKind::FuncLit { body, .. } => body
            .stmts
            .iter()
            .for_each(|s| walk_stmt(info, sources, s, out)),
        _ => {}
    }
}
