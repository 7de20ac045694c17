//! The engine: compiles Go source with the standard library and runs it on the VM.

use crate::stdlib_source::StdLib;
use std::sync::Arc;
use weft_compiler::driver::{check_program, CompileErrors};
use weft_vm::{NativeRegistry, Program, Vm};

/// Compile errors, rendered like gc (`file:line:col: message`).
#[derive(Debug)]
pub struct CompileError {
    pub rendered: String,
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.rendered)
    }
}

impl std::error::Error for CompileError {}

#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    /// Instructions per scheduling quantum (`None`: the VM's default).
    pub quantum: Option<i64>,
    /// `os.Args` (program name first).
    pub args: Vec<String>,
    /// When every goroutine sleeps, jump the clock to the next timer instead of waiting.
    pub virtual_time: bool,
    /// Seed of every scheduling choice (`select`); `None`: random.
    pub seed: Option<u64>,
}

/// Compiles and runs Go programs. Cheap to clone.
#[derive(Clone)]
pub struct Engine {
    natives: NativeRegistry,
}

impl Default for Engine {
    fn default() -> Self {
        Self::new()
    }
}

impl Engine {
    pub fn new() -> Engine {
        let mut natives = NativeRegistry::new();
        crate::natives::register_all(&mut natives);
        Engine { natives }
    }

    /// An engine whose programs reach the host's file system and environment through
    /// package os, as programs run by gc do (the `weft` command uses it).
    pub fn with_host_access() -> Engine {
        let mut engine = Engine::new();
        crate::natives::register_host_access(&mut engine.natives);
        engine
    }

    /// Compiles a `package main` program made of `files` (name, text).
    ///
    /// # Errors
    /// gc-formatted compile errors.
    pub fn compile(&self, files: Vec<(String, String)>) -> Result<Arc<Program>, CompileError> {
        let checked = check_program(files, &StdLib).map_err(|e: CompileErrors| CompileError {
            rendered: e.render(),
        })?;
        match weft_compiler::codegen::generate(&checked.sources, &checked.info) {
            Ok(p) => Ok(Arc::new(p)),
            Err(diags) => {
                let errs = CompileErrors {
                    sources: checked.sources,
                    diagnostics: diags,
                };
                Err(CompileError {
                    rendered: errs.render(),
                })
            }
        }
    }

    /// Runs a compiled program to completion; returns its exit status.
    pub fn run(&self, program: Arc<Program>, options: &RunOptions) -> i32 {
        let mut vm = match Vm::new(program, &self.natives) {
            Ok(vm) => vm,
            Err(e) => {
                eprintln!("weft: {e}");
                return 2;
            }
        };
        vm.clock = weft_vm::Clock::new(options.virtual_time);
        if let Some(seed) = options.seed {
            vm.set_seed(seed);
        }
        if !options.args.is_empty() {
            vm.args = options.args.clone();
        }
        if let Some(q) = options.quantum {
            vm.quantum = q.max(1);
        }
        // A bug in the VM must not take the host down (decision 5): a Rust panic inside the
        // interpreter ends this program with a fatal error instead.
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| vm.run())) {
            Ok(code) => code,
            Err(payload) => {
                let msg = payload
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown".to_string());
                eprintln!("fatal error: internal error in the Weft VM: {msg}");
                2
            }
        }
    }
}
