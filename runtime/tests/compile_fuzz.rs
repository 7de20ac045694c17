//! Property test: the whole front end and codegen (parse, check, generate) never panic on
//! mutated programs. Inputs are the corpus programs under tests/, mutated deterministically.

use std::panic::{catch_unwind, AssertUnwindSafe};
use weft::Engine;

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545F4914F6CDD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
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
    "\n",
    ",",
    ".",
    ":=",
    "=",
    "*",
    "&",
    "<-",
    "go ",
    "defer ",
    "func",
    "return",
    "nil",
    "0",
    "1e400",
    "\"s\"",
    "x",
    "T",
    "int",
    "[]",
    "map[",
    "chan ",
    "...",
    "range ",
    "interface{}",
    "struct{}",
    "select {",
    "case ",
    "default:",
    "<<",
    "%",
    "'a'",
];

fn mutate(rng: &mut Rng, src: &str) -> String {
    let mut bytes: Vec<u8> = src.as_bytes().to_vec();
    for _ in 0..1 + rng.below(4) {
        if bytes.is_empty() {
            break;
        }
        let at = rng.below(bytes.len());
        match rng.below(5) {
            0 => {
                let n = 1 + rng.below(8);
                let end = (at + n).min(bytes.len());
                bytes.drain(at..end);
            }
            1 => {
                let frag = FRAGMENTS[rng.below(FRAGMENTS.len())];
                bytes.splice(at..at, frag.bytes());
            }
            2 => {
                let n = 1 + rng.below(16);
                let end = (at + n).min(bytes.len());
                let chunk: Vec<u8> = bytes[at..end].to_vec();
                let to = rng.below(bytes.len());
                bytes.splice(to..to, chunk);
            }
            3 => bytes.truncate(at),
            _ => {
                let b = bytes[rng.below(bytes.len())];
                bytes[at] = b;
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn corpus() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests");
    let mut files = Vec::new();
    let mut dirs = vec![root];
    while let Some(d) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "go") {
                files.push(p);
            }
        }
    }
    files.sort();
    files
        .into_iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

#[test]
fn mutated_programs_never_crash_the_compiler() {
    let engine = Engine::new();
    let programs = corpus();
    assert!(!programs.is_empty(), "no corpus programs found");
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let iterations = 1500;
    let mut compiled = 0;
    for i in 0..iterations {
        let src = &programs[rng.below(programs.len())];
        let mutated = mutate(&mut rng, src);
        let result = catch_unwind(AssertUnwindSafe(|| {
            engine.compile(vec![("fuzz.go".to_string(), mutated.clone())])
        }));
        match result {
            Ok(Ok(_)) => compiled += 1,
            Ok(Err(_)) => {}
            Err(_) => panic!("iteration {i}: the compiler panicked on this program:\n{mutated}"),
        }
    }
    eprintln!("compile fuzz: {iterations} mutated programs, {compiled} still compiled");
}
