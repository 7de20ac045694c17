//! Calling Go functions from Rust: compile once, then call exported functions with
//! typed arguments and results. Run with `cargo run -p weft --example call`.

use weft::{Engine, RunError};

const SCRIPT: &str = r#"package main

import "strings"

var calls int

func Add(a, b int) int {
	calls++
	return a + b
}

func Words(s string) []string { return strings.Fields(s) }

func Stats(xs []float64) (float64, float64) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		lo, hi = min(lo, x), max(hi, x)
	}
	return lo, hi
}

func Calls() int { return calls }

func Fail(i int) int {
	xs := []int{1, 2, 3}
	return xs[i]
}

func main() {}
"#;

/// Makes the calls and returns their results as text.
pub fn run_calls() -> Vec<String> {
    let engine = Engine::builder().build();
    let program = engine.compile_source("lib.go", SCRIPT).expect("compiles");
    let mut vm = engine.vm(&program).expect("a VM");
    let _output = vm.capture_output();
    let mut lines = Vec::new();

    // Looked up and checked once, called many times.
    let add = vm.func::<(i64, i64), i64>("Add").expect("Add exists");
    let sum: i64 = (0..10).map(|i| add.call(&mut vm, (i, i)).unwrap()).sum();
    lines.push(format!("sum {sum}"));
    let words: Vec<String> = vm
        .call("Words", ("compile once, run many".to_string(),))
        .unwrap();
    lines.push(format!("words {words:?}"));
    let (lo, hi): (f64, f64) = vm.call("Stats", (vec![2.5, -1.0, 7.25],)).unwrap();
    lines.push(format!("stats {lo} {hi}"));
    let calls: i64 = vm.call("Calls", ()).unwrap();
    lines.push(format!("calls {calls}"));
    // A panic in Go is an error value for the host, with gc's message and the stack.
    match vm.call::<(i64,), i64>("Fail", (5,)) {
        Err(RunError::Panic(panic)) => lines.push(panic.message),
        other => panic!("{other:?}"),
    }
    lines
}

pub fn main() {
    for line in run_calls() {
        println!("{line}");
    }
}
