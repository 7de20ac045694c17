//! Criterion micro-benchmarks of Weft: compile time, startup, the cost of single
//! operations, and one collection of a 100 MB heap. Run with `cargo bench -p weft-bench`
//! (`-- --test` runs each benchmark once, as a check that every program still works).
//!
//! Every program is compiled once, outside the timed loop, with the public `weft::Engine`
//! API; the timed loop runs it. Throughput is in elements (operations, source lines,
//! collections), so criterion's `thrpt` line is operations per second and `time` divided
//! by the element count is the time per operation.

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;
use weft::{Engine, RunOptions};
use weft_bench::{compile_source, gc_source, operation_programs, GC_CYCLES_PER_RUN};
use weft_vm::{NativeRegistry, Program, Vm};

/// Lines of the generated program of the compile-time benchmark.
const COMPILE_LINES: usize = 2_000;

fn compile(engine: &Engine, name: &str, source: &str) -> Arc<Program> {
    match engine.compile(vec![(format!("{name}.go"), source.to_string())]) {
        Ok(program) => program,
        Err(error) => panic!("benchmark program {name} does not compile:\n{error}"),
    }
}

/// Runs a program and insists that it succeeded: a benchmark of a failing run times nothing.
fn run_checked(engine: &Engine, program: &Arc<Program>, name: &str) {
    let status = engine.run(program.clone(), &RunOptions::default());
    assert_eq!(
        status, 0,
        "benchmark program {name} exited with status {status}"
    );
}

fn compile_time(c: &mut Criterion) {
    let engine = Engine::new();
    let source = compile_source(COMPILE_LINES);
    let lines = source.lines().count() as u64;
    let mut group = c.benchmark_group("compile");
    group.throughput(Throughput::Elements(lines));
    group.bench_function("program_2000_lines", |b| {
        b.iter(|| compile(&engine, "generated", &source))
    });
    group.finish();
}

fn startup(c: &mut Criterion) {
    // The work of `weft run` for a program that imports fmt, less process start and exit.
    let engine = Engine::new();
    let source = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\t_ = fmt.Sprintln(\"Hello, Weft!\")\n}\n";
    let mut group = c.benchmark_group("startup");
    group.bench_function("compile_and_run_fmt_program", |b| {
        b.iter(|| {
            let program = compile(&engine, "hello", source);
            run_checked(&engine, &program, "hello");
        })
    });
    group.finish();
}

fn operations(c: &mut Criterion) {
    let engine = Engine::new();
    let mut group = c.benchmark_group("operation");
    for benchmark in operation_programs() {
        let program = compile(&engine, benchmark.name, &benchmark.source);
        group.throughput(Throughput::Elements(benchmark.count));
        group.bench_function(benchmark.name, |b| {
            b.iter(|| run_checked(&engine, &program, benchmark.name))
        });
    }
    group.finish();
}

/// A writer whose bytes the benchmark reads back after the run.
#[derive(Clone, Default)]
struct Captured(Rc<RefCell<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Runs the collection program and returns the time its collections took, as the program
/// measured it: building the heap takes far longer than collecting it, so only the
/// program itself can time the collections alone. This is the one benchmark that makes
/// its own `Vm` (the public `weft_vm` API), to read the program's standard error.
fn timed_collections(program: &Arc<Program>, natives: &NativeRegistry) -> Duration {
    let mut vm = Vm::new(program.clone(), natives).expect("the collection program links");
    let captured = Captured::default();
    vm.stderr = Box::new(captured.clone());
    let status = vm.run();
    let output = String::from_utf8_lossy(&captured.0.borrow()).into_owned();
    assert_eq!(status, 0, "the collection program failed: {output}");
    let nanoseconds: u64 = output
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("the collection program printed {output:?}"));
    Duration::from_nanos(nanoseconds)
}

fn collection(c: &mut Criterion) {
    let engine = Engine::new();
    let program = compile(&engine, "collect", &gc_source());
    let mut natives = NativeRegistry::new();
    weft::natives::register_all(&mut natives);
    let mut group = c.benchmark_group("gc");
    // Each run builds a 100 MB heap first (about a second): few, flat samples.
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(1));
    group.measurement_time(Duration::from_secs(1));
    group.throughput(Throughput::Elements(GC_CYCLES_PER_RUN));
    group.bench_function("collect_100mb_live_heap", |b| {
        b.iter_custom(|iterations| {
            (0..iterations)
                .map(|_| timed_collections(&program, &natives))
                .sum()
        })
    });
    group.finish();
}

criterion_group!(benches, compile_time, startup, operations, collection);
criterion_main!(benches);
