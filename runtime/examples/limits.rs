//! Running untrusted scripts under limits: each runaway script stops with a typed error
//! naming the limit, `recover()` cannot catch it, and the host keeps running. Run with
//! `cargo run -p weft --example limits`.

use std::time::Duration;
use weft::{Engine, Limit, RunError};

/// Each script, the limit it should hit.
const SCRIPTS: &[(&str, &str, Limit)] = &[
    (
        "spin.go",
        "package main\nfunc main() {\n\tdefer func() { recover() }()\n\tfor {}\n}\n",
        Limit::Instructions,
    ),
    (
        "hoard.go",
        "package main\nvar keep [][]int\nfunc main() {\n\tfor {\n\t\tkeep = append(keep, make([]int, 1000))\n\t}\n}\n",
        Limit::HeapBytes,
    ),
    (
        "spawn.go",
        "package main\nfunc main() {\n\tc := make(chan int)\n\tfor {\n\t\tgo func() { <-c }()\n\t}\n}\n",
        Limit::Fibers,
    ),
    (
        "deep.go",
        "package main\nfunc down(n int) int { return down(n+1) + 1 }\nfunc main() { println(down(0)) }\n",
        Limit::StackDepth,
    ),
];

/// Runs every script and returns (file, error text).
pub fn run_scripts() -> Vec<(String, RunError)> {
    let engine = Engine::builder()
        .max_instructions(5_000_000)
        .max_heap_bytes(16 << 20)
        .max_fibers(100)
        .max_stack_depth(500)
        .max_wall_time(Duration::from_secs(10))
        .build();
    let mut results = Vec::new();
    for (name, source, expected) in SCRIPTS {
        let program = engine.compile_source(name, source).expect("compiles");
        let mut vm = engine.vm(&program).expect("a VM");
        let _output = vm.capture_output();
        let error = vm.run().expect_err("the script runs away");
        assert_eq!(error, RunError::Limit(*expected), "{name}");
        results.push((name.to_string(), error));
    }
    results
}

pub fn main() {
    for (name, error) in run_scripts() {
        println!("{name}: {error}");
    }
}
