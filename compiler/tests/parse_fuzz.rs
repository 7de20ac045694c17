//! Robustness: mutated and deeply nested inputs never make the lexer or
//! parser panic, loop or overflow the stack.
//!
//! The mutation test starts from the valid programs in `data/programs/`,
//! changes them with a deterministic xorshift generator (deleting,
//! duplicating, swapping and inserting bytes and tokens, truncating) and
//! parses each result under `catch_unwind`, reporting the input of a panic.

use std::panic::{catch_unwind, AssertUnwindSafe};

use weft_compiler::ast::IdGen;
use weft_compiler::ast_dump::dump_file;
use weft_compiler::parser::{parse_expr, parse_file, parse_stmt_list};
use weft_compiler::source::SourceMap;

/// Small deterministic pseudo-random generator (xorshift64).
struct Xorshift(u64);

impl Xorshift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

const FRAGMENTS: &[&str] = &[
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ";",
    ",",
    ".",
    ":",
    "=",
    ":=",
    "<-",
    "...",
    "*",
    "&",
    "|",
    "~",
    "\n",
    "\"",
    "'",
    "`",
    "/*",
    "*/",
    "//",
    "0x",
    "1e",
    "_",
    "\\",
    "\0",
    "\u{feff}",
    "é",
    "func",
    "type",
    "var",
    "const",
    "if",
    "else",
    "for",
    "range",
    "switch",
    "case",
    "default",
    "select",
    "go",
    "defer",
    "return",
    "chan",
    "map",
    "struct",
    "interface",
    "package",
    "import",
    "goto",
    "break",
    "x.(type)",
    "T{}",
    "[]int",
    "f[int]",
];

fn programs() -> Vec<(String, Vec<u8>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/programs");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("programs directory")
        .filter_map(|e| e.ok())
        .collect();
    files.sort_by_key(|e| e.path());
    files
        .into_iter()
        .filter(|e| e.path().extension().is_some_and(|x| x == "go"))
        .map(|e| {
            (
                e.path().display().to_string(),
                std::fs::read(e.path()).expect("program is readable"),
            )
        })
        .collect()
}

fn mutate(rng: &mut Xorshift, input: &[u8]) -> Vec<u8> {
    let mut bytes = input.to_vec();
    let rounds = 1 + rng.below(4);
    for _ in 0..rounds {
        let len = bytes.len();
        let at = rng.below(len + 1);
        let span = 1 + rng.below(12);
        match rng.below(7) {
            0 => {
                let end = (at + span).min(len);
                bytes.drain(at..end);
            }
            1 => {
                let end = (at + span).min(len);
                let copy = bytes[at..end].to_vec();
                bytes.splice(at..at, copy);
            }
            2 => {
                let other = rng.below(len + 1);
                let (a, b) = (at.min(other), at.max(other));
                let a_end = (a + span).min(b);
                let b_end = (b + span).min(len);
                let first = bytes[a..a_end].to_vec();
                let second = bytes[b..b_end].to_vec();
                bytes.splice(b..b_end, first);
                bytes.splice(a..a_end, second);
            }
            3 => {
                let byte = (rng.next() & 0xff) as u8;
                bytes.insert(at, byte);
            }
            4 | 5 => {
                let fragment = FRAGMENTS[rng.below(FRAGMENTS.len())];
                bytes.splice(at..at, fragment.bytes());
            }
            _ => bytes.truncate(at),
        }
    }
    bytes
}

/// Parses `text` as a file, an expression and a statement list; panics
/// propagate to the caller.
fn parse_everything(text: &str) {
    let mut sources = SourceMap::new();
    let index = sources.add("fuzz.go", text.to_string());
    let mut ids = IdGen::default();
    let (file, diagnostics) = parse_file(&sources, index, &mut ids);
    let end = sources.file(index).base + text.len() as u32 + 1;
    for diagnostic in &diagnostics {
        assert!(
            diagnostic.span.lo <= end,
            "diagnostic outside the file: {diagnostic:?}"
        );
        let _ = sources.describe(diagnostic.span);
    }
    let _ = dump_file(&file);
    let _ = parse_expr(&sources, index, &mut ids);
    let _ = parse_stmt_list(&sources, index, &mut ids);
}

#[test]
fn mutated_programs_never_panic() {
    let programs = programs();
    assert!(
        programs.len() >= 5,
        "expected the sample programs in tests/data/programs"
    );
    // The originals are valid Go and must parse cleanly.
    for (name, bytes) in &programs {
        let text = String::from_utf8_lossy(bytes).into_owned();
        let mut sources = SourceMap::new();
        let index = sources.add(name, text);
        let (_, diagnostics) = parse_file(&sources, index, &mut IdGen::default());
        assert!(diagnostics.is_empty(), "{name}: {diagnostics:?}");
    }
    let mut rng = Xorshift(0x9e37_79b9_7f4a_7c15);
    let iterations = 3000;
    let started = std::time::Instant::now();
    for iteration in 0..iterations {
        let (_, original) = &programs[rng.below(programs.len())];
        let mutated = mutate(&mut rng, original);
        let text = String::from_utf8_lossy(&mutated).into_owned();
        let outcome = catch_unwind(AssertUnwindSafe(|| parse_everything(&text)));
        if outcome.is_err() {
            panic!(
                "iteration {iteration}: the parser panicked on this input:\n-----\n{text}\n-----"
            );
        }
    }
    println!(
        "{iterations} mutated inputs parsed in {:?}",
        started.elapsed()
    );
}

/// Parses `text` as a file and returns its messages.
fn messages(text: &str) -> Vec<String> {
    let mut sources = SourceMap::new();
    let index = sources.add("deep.go", text.to_string());
    let (_, diagnostics) = parse_file(&sources, index, &mut IdGen::default());
    diagnostics
        .iter()
        .map(|d| format!("{}: {}", sources.describe(d.span), d.message))
        .collect()
}

fn in_function(body: &str) -> String {
    format!("package p\n\nfunc f() {{\n{body}\n}}\n")
}

#[test]
fn deep_nesting_reports_an_error_instead_of_overflowing() {
    let n = 10_000;
    let cases = vec![
        (
            "parens",
            in_function(&format!("_ = {}1{}", "(".repeat(n), ")".repeat(n))),
        ),
        (
            "blocks",
            in_function(&format!("{}{}", "{".repeat(n), "}".repeat(n))),
        ),
        ("unary", in_function(&format!("_ = {}x", "-".repeat(n)))),
        ("stars", in_function(&format!("var x {}int", "*".repeat(n)))),
        (
            "slices",
            in_function(&format!("var x {}int", "[]".repeat(n))),
        ),
        (
            "chans",
            in_function(&format!("var x {}int", "chan ".repeat(n))),
        ),
        (
            "complits",
            in_function(&format!("_ = T{}{}", "{".repeat(n), "}".repeat(n))),
        ),
        (
            "index",
            in_function(&format!("_ = a{}0{}", "[".repeat(n), "]".repeat(n))),
        ),
        ("calls", in_function(&format!("f{}", "()".repeat(n)))),
        (
            "selectors",
            in_function(&format!("_ = x{}", ".f".repeat(n))),
        ),
        (
            "binary_chain",
            in_function(&format!("_ = x{}", " + x".repeat(n))),
        ),
        (
            "funclits",
            in_function(&format!("{}{}", "func() {".repeat(n), "}()".repeat(n))),
        ),
        (
            "else_if",
            in_function(&format!("if a {{}}{}", " else if a {}".repeat(n))),
        ),
        (
            "ifs",
            in_function(&format!("{}{}", "if a {".repeat(n), "}".repeat(n))),
        ),
        (
            "structs",
            format!(
                "package p\n\ntype T {}int{}\n",
                "struct { f ".repeat(n),
                " }".repeat(n)
            ),
        ),
        (
            "unclosed",
            format!("package p\n\nfunc f() {{\n_ = {}", "(".repeat(n)),
        ),
    ];
    for (name, text) in cases {
        let outcome = catch_unwind(AssertUnwindSafe(|| messages(&text)));
        let Ok(messages) = outcome else {
            panic!("{name}: the parser panicked")
        };
        println!("{name}: {:?}", messages.first());
    }
}

#[test]
fn moderate_nesting_is_accepted() {
    // Real programs nest a few dozen levels; 100 must be fine everywhere.
    let n = 100;
    let cases = vec![
        in_function(&format!("_ = {}1{}", "(".repeat(n), ")".repeat(n))),
        in_function(&format!("{}{}", "{".repeat(n), "}".repeat(n))),
        in_function(&format!("var x {}int", "[]".repeat(n))),
        in_function(&format!("_ = x{}", " + x".repeat(1000))),
        in_function(&format!("{}{}", "func() {".repeat(n), "}()".repeat(n))),
    ];
    for text in cases {
        assert_eq!(messages(&text), Vec::<String>::new());
    }
}
