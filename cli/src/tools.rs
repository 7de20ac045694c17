//! The tool side of the command line: loading `.wbc` bytecode files (decode, verify, bind
//! natives), `weft build`, and runs with instruments (`--stats`, `--profile`, limits,
//! `weft trace`).

use std::io::Write;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;
use weft_vm::bytecode_file;
use weft_vm::instrument::{Instruments, Profile, Trace, PROFILE_QUANTUM};
use weft_vm::{Limits, Step, StopReason};
use weft_vm::{NativeRegistry, Program, Vm};

/// Whether the program named by `files` is a bytecode file: one file named `*.wbc`, or one
/// file whose first bytes are the `.wbc` magic.
pub fn is_bytecode(files: &[String]) -> bool {
    match files {
        [one] if one.ends_with(".wbc") => true,
        [one] if !one.ends_with(".go") && one != "-" && Path::new(one).is_file() => {
            let mut head = [0u8; 8];
            std::fs::File::open(one)
                .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head))
                .is_ok_and(|_| bytecode_file::looks_like_bytecode(&head))
        }
        _ => false,
    }
}

/// Reads, decodes and verifies a `.wbc` file and checks that this weft has every native it
/// names. Any failure is one line, for `weft: <path>: <line>` and exit status 1.
pub fn load_bytecode(path: &str) -> Result<Arc<Program>, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("weft: {path}: {e}"))?;
    let program = bytecode_file::decode(&bytes).map_err(|e| format!("weft: {path}: {e}"))?;
    weft_vm::verify::verify(&program).map_err(|e| format!("weft: {path}: {e}"))?;
    let natives = natives();
    if let Some(missing) = program
        .natives
        .iter()
        .find(|name| !natives.functions.contains_key(*name))
    {
        return Err(format!(
            "weft: {path}: invalid bytecode: native function {missing} does not exist in this weft"
        ));
    }
    Ok(Arc::new(program))
}

/// Writes `program` as a `.wbc` file.
pub fn write_bytecode(program: &Program, path: &str) -> Result<(), String> {
    std::fs::write(path, bytecode_file::encode(program)).map_err(|e| format!("weft: {path}: {e}"))
}

/// The standard library's natives with host access, as `Engine::with_host_access` (the
/// engine `weft run` uses) binds them.
fn natives() -> NativeRegistry {
    let mut registry = NativeRegistry::new();
    weft::natives::register_all(&mut registry);
    weft::natives::register_host_access(&mut registry);
    registry
}

/// What to attach to an instrumented run.
#[derive(Default)]
pub struct ToolOptions {
    pub stats: bool,
    pub profile: Option<String>,
    pub trace: Option<String>,
    pub limits: Limits,
}

impl ToolOptions {
    /// Whether the run needs a VM with instruments (otherwise `Engine::run` does it).
    pub fn any(&self) -> bool {
        self.stats
            || self.profile.is_some()
            || self.trace.is_some()
            || self.limits.max_instructions.is_some()
            || self.limits.max_heap_bytes.is_some()
    }
}

/// Runs `vm` to its end as `Vm::run` does, and reports a limit that stopped it as gc
/// reports fatal errors: `fatal error: ...` on standard error, exit status 2.
fn run_reporting_limits(vm: &mut Vm, limits: &Limits) -> i32 {
    loop {
        match vm.run_for(u64::MAX) {
            Step::Exited(code) => return code,
            Step::Yielded => {}
            Step::Blocked => vm.wait_for_event(),
            Step::Deadlock(_) => return 2,
            Step::Stopped(reason) => {
                let _ = vm.stdout.flush();
                let message = match reason {
                    StopReason::Limit(limit) => {
                        limits.describe(limit, vm.instructions, vm.heap.bytes)
                    }
                    StopReason::Interrupted => reason.to_string(),
                };
                let _ = writeln!(vm.stderr, "fatal error: {message}");
                let _ = vm.stderr.flush();
                return 2;
            }
        }
    }
}

/// Runs `program` as `Engine::run` does, with instruments attached; then prints the
/// statistics and writes the profile and trace files. Returns the exit status.
pub fn run_instrumented(
    program: Arc<Program>,
    options: &weft::RunOptions,
    tools: &ToolOptions,
) -> i32 {
    let mut vm = match Vm::new(program.clone(), &natives()) {
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
    // Profiling samples the call stack once per slice: shorter slices give a finer profile.
    let quantum = options
        .quantum
        .or(tools.profile.as_ref().map(|_| PROFILE_QUANTUM));
    if let Some(q) = quantum {
        vm.quantum = q.max(1);
    }
    vm.set_limits(tools.limits.clone());
    let mut instruments = Instruments::new();
    if tools.profile.is_some() {
        instruments.profile = Some(Profile::default());
    }
    if tools.trace.is_some() {
        instruments.trace = Some(Trace::new());
    }
    vm.instruments = Some(Box::new(instruments));
    let started = Instant::now();
    // As `Engine::run`: a Rust panic in the VM (a bug, or bytecode the verifier cannot
    // judge) ends the program with a fatal error instead of taking the process down.
    let run = || run_reporting_limits(&mut vm, &tools.limits);
    let mut code = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)) {
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
    };
    let Some(mut instruments) = vm.instruments.take() else {
        return code;
    };
    instruments.stats.wall_time = started.elapsed();
    if tools.stats {
        eprint!("{}", instruments.stats.render());
    }
    if let (Some(path), Some(profile)) = (&tools.profile, &instruments.profile) {
        if let Err(e) = std::fs::write(path, profile.folded(&program)) {
            eprintln!("weft: writing profile {path}: {e}");
            code = code.max(1);
        }
    }
    if let (Some(path), Some(trace)) = (&tools.trace, &instruments.trace) {
        let name = options.args.first().map_or("weft", |s| s.as_str());
        if let Err(e) = std::fs::write(path, trace.to_json(name)) {
            eprintln!("weft: writing trace {path}: {e}");
            code = code.max(1);
        }
    }
    code
}

/// Parses a byte count with an optional binary suffix: `1048576`, `512K`, `64M`, `2G`.
pub fn parse_bytes(text: &str) -> Result<usize, String> {
    let text = text.trim();
    let (digits, scale) = match text.char_indices().last() {
        Some((i, 'k' | 'K')) => (&text[..i], 1usize << 10),
        Some((i, 'm' | 'M')) => (&text[..i], 1 << 20),
        Some((i, 'g' | 'G')) => (&text[..i], 1 << 30),
        _ => (text, 1),
    };
    digits
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_mul(scale))
        .ok_or_else(|| format!("invalid byte count {text:?} (examples: 1048576, 512K, 64M, 2G)"))
}
