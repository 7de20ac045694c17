//! `Program` (compiled once, run many times) and `Vm` (one run of a program, stepped by
//! its host): the embedding API's run side.

use crate::channel::{HostReceiver, HostSender};
use crate::convert::{ArgValue, GoArgs, GoResults, GoType};
use crate::engine::{panic_text, Engine};
use crate::marshal::{self, HostTypes};
use std::io::Write;
use std::marker::PhantomData;
use std::sync::{Arc, Mutex};
use weft_vm::host_chan::{self, Direction, HostValue, Shape};
use weft_vm::op::Op;
use weft_vm::program::FuncId;
use weft_vm::{Limit, Step, StopReason, Vm as RawVm};

pub use weft_vm::InterruptHandle;

/// Go parameter and result types of package main's functions, by qualified name.
pub(crate) type Signatures = Arc<std::collections::HashMap<String, Signature>>;

/// A function's Go parameter and result types: as Go spells them (`Celsius`), and with
/// every named type replaced by its underlying type (`float64`), which is what host
/// types are matched against.
#[derive(Clone, Debug)]
pub(crate) struct Signature {
    pub(crate) params: Vec<String>,
    pub(crate) results: Vec<String>,
    pub(crate) underlying_params: Vec<String>,
    pub(crate) underlying_results: Vec<String>,
}

/// A compiled program: `Send + Sync`, cheap to clone; make any number of VMs from it.
///
/// ```
/// let engine = weft::Engine::builder().build();
/// let program = engine.compile_source("main.go", "package main\nfunc main() { println(1) }\n").unwrap();
/// for _ in 0..3 {
///     let mut vm = engine.vm(&program).unwrap();
///     let output = vm.capture_output();
///     vm.run().unwrap();
///     assert_eq!(output.stderr(), "1\n");
/// }
/// ```
#[derive(Clone)]
pub struct Program {
    pub(crate) inner: Arc<weft_vm::Program>,
    /// A copy of the entry function without the call of `main.main`: package
    /// initialization alone, run before the first host call.
    init_entry: FuncId,
    main_func: Option<FuncId>,
    signatures: Signatures,
    /// Runtime types for values the host builds (see `marshal.rs`).
    host_types: HostTypes,
    /// The host's source files (name, text), for snippets in panic reports.
    sources: Arc<Vec<(String, String)>>,
}

impl std::fmt::Debug for Program {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Program")
            .field("functions", &self.inner.funcs.len())
            .finish()
    }
}

impl Program {
    pub(crate) fn new(
        compiled: Arc<weft_vm::Program>,
        signatures: Signatures,
        sources: Vec<(String, String)>,
    ) -> Program {
        let mut program = (*compiled).clone();
        let main_func = program
            .funcs
            .iter()
            .position(|f| f.name == "main.main")
            .map(|i| i as FuncId);
        let mut init = program.funcs[program.entry as usize].clone();
        init.name = "runtime.init".to_string();
        if let Some(main) = main_func {
            if let Some(op) = init
                .code
                .iter_mut()
                .rev()
                .find(|op| matches!(op, Op::Call { func, argc: 0 } if *func == main))
            {
                *op = Op::Nop;
            }
        }
        program.funcs.push(init);
        let init_entry = (program.funcs.len() - 1) as FuncId;
        let host_types = HostTypes::append_to(&mut program);
        Program {
            inner: Arc::new(program),
            init_entry,
            main_func,
            signatures,
            host_types,
            sources: Arc::new(sources),
        }
    }

    /// The VM's program (bytecode, for `weft_vm::disasm`): for tools that show what
    /// the compiler made; running it goes through [`crate::Engine::vm`].
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().build();
    /// let program = engine.compile_source("main.go", "package main\nfunc main() {}\n").unwrap();
    /// assert!(!program.bytecode().funcs.is_empty());
    /// ```
    pub fn bytecode(&self) -> &weft_vm::Program {
        &self.inner
    }
}

/// How much a [`Vm::run_for`] step may run.
///
/// # Examples
///
/// ```
/// use weft::{Budget, Outcome};
/// let engine = weft::Engine::builder().build();
/// let program = engine.compile_source("main.go", "package main\nfunc main() { for {} }\n").unwrap();
/// let mut vm = engine.vm(&program).unwrap();
/// assert_eq!(vm.run_for(Budget::instructions(5_000)), Ok(Outcome::Yielded));
/// assert!(vm.instructions() >= 5_000);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Budget {
    instructions: u64,
}

impl Budget {
    /// About `n` instructions (calls and backward jumps are what the VM counts).
    ///
    /// # Examples
    ///
    /// ```
    /// use weft::{Budget, Outcome};
    /// let engine = weft::Engine::builder().build();
    /// let program = engine.compile_source("spin.go", "package main\nfunc main() { for {} }\n").unwrap();
    /// let mut vm = engine.vm(&program).unwrap();
    /// for _ in 0..3 {
    ///     assert_eq!(vm.run_for(Budget::instructions(1_000)), Ok(Outcome::Yielded));
    /// }
    /// assert!(vm.instructions() >= 3_000);
    /// ```
    pub fn instructions(n: u64) -> Budget {
        Budget { instructions: n }
    }
    /// Until the program ends or every goroutine waits.
    ///
    /// # Examples
    ///
    /// ```
    /// use weft::{Budget, Outcome};
    /// let engine = weft::Engine::builder().build();
    /// let program = engine.compile_source("main.go", "package main\nimport \"os\"\nfunc main() { os.Exit(4) }\n").unwrap();
    /// let mut vm = engine.vm(&program).unwrap();
    /// assert_eq!(vm.run_for(Budget::unlimited()), Ok(Outcome::Finished(4)));
    /// ```
    pub fn unlimited() -> Budget {
        Budget {
            instructions: u64::MAX,
        }
    }
}

/// What a [`Vm::run_for`] step ended with.
///
/// # Examples
///
/// ```
/// use weft::{Budget, Outcome};
/// let engine = weft::Engine::builder().channel_to_go::<i64>("host.In", 1).build();
/// let source = "package main\nimport \"host\"\nfunc main() { println(<-host.In) }\n";
/// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
/// let output = vm.capture_output();
/// let input = vm.sender::<i64>("host.In").unwrap();
/// // Go waits for the host: the step returns instead of waiting.
/// assert_eq!(vm.run_for(Budget::unlimited()), Ok(Outcome::Blocked));
/// input.send_nowait(9).unwrap();
/// assert_eq!(vm.run_for(Budget::unlimited()), Ok(Outcome::Finished(0)));
/// assert_eq!(output.stderr(), "9\n");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The program ended with this exit status (`main` returned: 0; `os.Exit(n)`: n).
    Finished(i32),
    /// The budget ran out; step again to continue.
    Yielded,
    /// Every goroutine waits for a timer or the host (a host channel); step again later.
    Blocked,
    /// Every goroutine is blocked for good; gc's report.
    Deadlock(String),
}

/// An uncaught Go panic (or fatal error): gc's message and the goroutine's stack.
/// `Display` renders the whole report as gc prints it.
///
/// # Examples
///
/// ```
/// let engine = weft::Engine::builder().build();
/// let source = "package main\nfunc main() {\n\tpanic(\"boom\")\n}\n";
/// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
/// let _output = vm.capture_output();
/// let Err(weft::RunError::Panic(panic)) = vm.run() else { unreachable!() };
/// assert_eq!(panic.message, "panic: boom");
/// assert_eq!(panic.goroutine, 1);
/// assert_eq!(panic.trace[0], ("main.main".to_string(), "main.go".to_string(), 3));
/// assert!(panic.to_string().starts_with("panic: boom\n"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoPanic {
    /// `panic: ...` lines as gc prints them (`fatal error: stack overflow` for that).
    pub message: String,
    /// The goroutine that panicked.
    pub goroutine: u64,
    /// Its stack, innermost first: (function, file, line).
    pub trace: Vec<(String, String, u32)>,
    /// The source line where it panicked (innermost frame in the host's files), or empty.
    pub snippet: String,
}

impl std::fmt::Display for GoPanic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "{}\n\ngoroutine {} [running]:",
            self.message, self.goroutine
        )?;
        for (function, file, line) in &self.trace {
            writeln!(f, "{function}(...)\n\t{file}:{line}")?;
        }
        if !self.snippet.is_empty() {
            write!(f, "\n{}", self.snippet)?;
        }
        Ok(())
    }
}

/// Why running Go failed. `Send + Sync`; `Display` renders like gc.
///
/// ```
/// let engine = weft::Engine::builder().build();
/// let source = "package main\nfunc main() {\n\tvar m map[string]int\n\tm[\"a\"] = 1\n}\n";
/// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
/// let _output = vm.capture_output();
/// let error = vm.run().unwrap_err();
/// let weft::RunError::Panic(panic) = &error else { panic!("{error}") };
/// assert_eq!(panic.message, "panic: assignment to entry in nil map");
/// assert!(error.to_string().contains("main.main(...)\n\tmain.go:4\n"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RunError {
    /// A limit was exceeded; `recover()` cannot catch this.
    Limit(Limit),
    /// The host interrupted the VM.
    Interrupted,
    /// An uncaught panic ended the program.
    Panic(GoPanic),
    /// Every goroutine was blocked for good (gc's report).
    Deadlock(String),
    /// A host call could not be made: no such function, wrong arity or types, or the
    /// program already ended.
    Call(String),
    /// A bug in Weft (a Rust panic in the VM, caught so the host keeps running).
    Internal(String),
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RunError::Limit(limit) => write!(f, "weft: {limit}"),
            RunError::Interrupted => f.write_str("weft: interrupted by the host"),
            RunError::Panic(panic) => panic.fmt(f),
            RunError::Deadlock(report) => f.write_str(report),
            RunError::Call(message) => write!(f, "weft: {message}"),
            RunError::Internal(message) => {
                write!(f, "fatal error: internal error in the Weft VM: {message}")
            }
        }
    }
}

impl std::error::Error for RunError {}

/// Captured standard output and error of a VM (see [`Vm::capture_output`]).
/// `Send + Sync`; clones share the buffers.
///
/// ```
/// let engine = weft::Engine::builder().build();
/// let source = "package main\nimport \"fmt\"\nfunc main() { fmt.Print(\"out\"); print(\"err\") }\n";
/// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
/// let output = vm.capture_output();
/// vm.run().unwrap();
/// assert_eq!(output.take_stdout(), b"out");
/// assert_eq!(output.stdout(), "");
/// assert_eq!(output.stderr(), "err");
/// ```
#[derive(Clone, Debug, Default)]
pub struct Output {
    stdout: Arc<Mutex<Vec<u8>>>,
    stderr: Arc<Mutex<Vec<u8>>>,
}

impl Output {
    /// Everything written to standard output so far (lossy UTF-8).
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().build();
    /// let source = "package main\nimport \"fmt\"\nfunc main() { fmt.Println(\"out\") }\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let output = vm.capture_output();
    /// vm.run().unwrap();
    /// assert_eq!(output.stdout(), "out\n");
    /// assert_eq!(output.stdout(), "out\n"); // reading does not clear
    /// ```
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&host_chan::lock(&self.stdout)).into_owned()
    }
    /// Everything written to standard error so far (`print`, `println`, panics).
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().build();
    /// let source = "package main\nfunc main() { println(\"err\", 1) }\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let output = vm.capture_output();
    /// vm.run().unwrap();
    /// assert_eq!(output.stderr(), "err 1\n");
    /// ```
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&host_chan::lock(&self.stderr)).into_owned()
    }
    /// Takes (and clears) standard output's bytes, for a host loop that forwards output
    /// as it comes.
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().build();
    /// let source = "package main\nimport \"os\"\nfunc main() { os.Stdout.Write([]byte{0xff, 'a'}) }\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let output = vm.capture_output();
    /// vm.run().unwrap();
    /// assert_eq!(output.take_stdout(), [0xff, b'a']); // the bytes, not lossy UTF-8
    /// assert!(output.take_stdout().is_empty());
    /// ```
    pub fn take_stdout(&self) -> Vec<u8> {
        std::mem::take(&mut *host_chan::lock(&self.stdout))
    }
    /// Takes (and clears) standard error's bytes.
    ///
    /// # Examples
    ///
    /// ```
    /// use weft::{Budget, Outcome};
    /// let engine = weft::Engine::builder().build();
    /// let source = "package main\nfunc main() {\n\tfor i := 0; ; i++ {\n\t\tprintln(i)\n\t}\n}\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let output = vm.capture_output();
    /// assert_eq!(vm.run_for(Budget::instructions(100)), Ok(Outcome::Yielded));
    /// let first = output.take_stderr();
    /// assert!(first.starts_with(b"0\n1\n"));
    /// assert_eq!(vm.run_for(Budget::instructions(100)), Ok(Outcome::Yielded));
    /// assert!(!output.take_stderr().starts_with(b"0\n")); // only what came since
    /// ```
    pub fn take_stderr(&self) -> Vec<u8> {
        std::mem::take(&mut *host_chan::lock(&self.stderr))
    }
}

/// A writer appending to a shared buffer.
struct SharedBuffer(Arc<Mutex<Vec<u8>>>);

impl Write for SharedBuffer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        host_chan::lock(&self.0).extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// One run of a program. Not `Send` (its values are reference counted); run it on one
/// thread, and use an [`InterruptHandle`], [`HostSender`] or [`HostReceiver`] from others.
///
/// ```
/// use weft::{Budget, Engine, Outcome};
/// let engine = Engine::builder().build();
/// let program = engine
///     .compile_source("main.go", "package main\nfunc main() { for i := 0; i < 1000000; i++ {} }\n")
///     .unwrap();
/// let mut vm = engine.vm(&program).unwrap();
/// let mut steps = 0;
/// loop {
///     match vm.run_for(Budget::instructions(10_000)).unwrap() {
///         Outcome::Yielded => steps += 1,
///         Outcome::Finished(code) => break assert_eq!(code, 0),
///         other => panic!("{other:?}"),
///     }
/// }
/// assert!(steps > 10);
/// ```
pub struct Vm {
    raw: RawVm,
    engine: Engine,
    program: Program,
    /// Package initialization ran alone (for a host call) and `main.main` did not run.
    initialized_only: bool,
    /// Between calls into Go (before `main` runs), a host end of a channel nobody uses:
    /// while it lives, goroutines the calls left waiting, or none left at all, make a
    /// step `Blocked` (the host may call again) instead of a deadlock that ends the VM.
    /// Dropped while a call runs, so a call that can never return is a deadlock.
    idle_keeper: Option<HostSender<i64>>,
}

impl Vm {
    pub(crate) fn new(engine: &Engine, program: &Program) -> Result<Vm, RunError> {
        let raw = engine
            .raw_vm(program.inner.clone())
            .map_err(RunError::Call)?;
        Ok(Vm {
            raw,
            engine: engine.clone(),
            program: program.clone(),
            initialized_only: false,
            idle_keeper: None,
        })
    }

    /// Captures standard output and error into buffers (instead of the process's); the
    /// returned [`Output`] reads them, from any thread.
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().build();
    /// let source = "package main\nimport \"fmt\"\nfunc main() { fmt.Print(\"a\"); print(\"b\") }\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let output = vm.capture_output();
    /// vm.run().unwrap();
    /// assert_eq!((output.stdout(), output.stderr()), ("a".to_string(), "b".to_string()));
    /// ```
    pub fn capture_output(&mut self) -> Output {
        let output = Output::default();
        self.raw.stdout = Box::new(SharedBuffer(output.stdout.clone()));
        self.raw.stderr = Box::new(SharedBuffer(output.stderr.clone()));
        output
    }

    /// Sends standard output to `writer`.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::{cell::RefCell, io::Write, rc::Rc};
    /// struct Lines(Rc<RefCell<Vec<u8>>>);
    /// impl Write for Lines {
    ///     fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
    ///         self.0.borrow_mut().write(bytes)
    ///     }
    ///     fn flush(&mut self) -> std::io::Result<()> {
    ///         Ok(())
    ///     }
    /// }
    /// let engine = weft::Engine::builder().build();
    /// let source = "package main\nimport \"fmt\"\nfunc main() { fmt.Println(\"to the writer\") }\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let written = Rc::new(RefCell::new(Vec::new()));
    /// vm.set_stdout(Lines(written.clone()));
    /// vm.run().unwrap();
    /// assert_eq!(written.borrow().as_slice(), b"to the writer\n");
    /// ```
    pub fn set_stdout(&mut self, writer: impl Write + 'static) {
        self.raw.stdout = Box::new(writer);
    }

    /// Sends standard error (`print`, `println`, panic reports) to `writer`.
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().build();
    /// let source = "package main\nfunc main() { println(\"dropped\") }\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// vm.set_stderr(std::io::sink()); // discard it
    /// assert_eq!(vm.run(), Ok(0));
    /// ```
    pub fn set_stderr(&mut self, writer: impl Write + 'static) {
        self.raw.stderr = Box::new(writer);
    }

    /// Sets `os.Args` (program name first; empty by default).
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().build();
    /// let source = "package main\nimport \"os\"\nfunc main() { println(os.Args[1]); os.Exit(len(os.Args)) }\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let output = vm.capture_output();
    /// vm.set_args(vec!["script".to_string(), "first".to_string()]);
    /// assert_eq!(vm.run(), Ok(2));
    /// assert_eq!(output.stderr(), "first\n");
    /// ```
    pub fn set_args(&mut self, args: Vec<String>) {
        self.raw.args = args;
    }

    /// A handle that stops this VM from another thread.
    ///
    /// ```
    /// let engine = weft::Engine::builder().build();
    /// let program = engine.compile_source("main.go", "package main\nfunc main() { for {} }\n").unwrap();
    /// let mut vm = engine.vm(&program).unwrap();
    /// let handle = vm.interrupt_handle();
    /// std::thread::spawn(move || {
    ///     std::thread::sleep(std::time::Duration::from_millis(20));
    ///     handle.interrupt();
    /// });
    /// assert_eq!(vm.run(), Err(weft::RunError::Interrupted));
    /// ```
    pub fn interrupt_handle(&self) -> InterruptHandle {
        self.raw.interrupt_handle()
    }

    /// Instructions run so far (what [`crate::EngineBuilder::max_instructions`] counts).
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().build();
    /// let source = "package main\nfunc main() { for i := 0; i < 1000; i++ {} }\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// assert_eq!(vm.instructions(), 0);
    /// vm.run().unwrap();
    /// assert!(vm.instructions() >= 1000);
    /// ```
    pub fn instructions(&self) -> u64 {
        self.raw.instructions
    }

    /// Approximate bytes the heap holds: live objects as of the last collection plus
    /// everything allocated since (what `max_heap_bytes` is judged on, after collecting).
    ///
    /// ```
    /// let engine = weft::Engine::builder().build();
    /// let source = "package main\nvar keep []byte\nfunc main() { keep = make([]byte, 1<<20) }\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// vm.run().unwrap();
    /// assert!(vm.heap_bytes() >= 1 << 20);
    /// ```
    pub fn heap_bytes(&self) -> usize {
        self.raw.heap.bytes
    }

    /// Runs the program to its end: `Ok(exit status)` when main returns (0) or calls
    /// `os.Exit`; waits for timers and host channels as needed.
    ///
    /// # Errors
    /// A panic, a deadlock, a limit or an interrupt.
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().build();
    /// let source = "package main\nimport \"os\"\nfunc main() { println(\"bye\"); os.Exit(7) }\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let output = vm.capture_output();
    /// assert_eq!(vm.run(), Ok(7));
    /// assert_eq!(output.stderr(), "bye\n");
    /// ```
    pub fn run(&mut self) -> Result<i32, RunError> {
        if self.initialized_only {
            self.initialized_only = false;
            if let Some(main) = self.program.main_func {
                self.call_func(main, Vec::new(), &[], false)?;
            }
            return Ok(0);
        }
        loop {
            match self.run_for(Budget::unlimited())? {
                Outcome::Finished(code) => return Ok(code),
                Outcome::Yielded => {}
                Outcome::Blocked => self.raw.wait_for_event(),
                Outcome::Deadlock(report) => return Err(RunError::Deadlock(report)),
            }
        }
    }

    /// Runs for at most `budget`, then returns so the host can do other work and step
    /// again later; nothing of the program lives on the host's stack in between.
    ///
    /// # Errors
    /// A panic, a limit or an interrupt ended the program.
    ///
    /// # Examples
    ///
    /// A host loop that runs a script a little each frame (see [`Vm`] for another):
    ///
    /// ```
    /// use weft::{Budget, Outcome};
    /// let engine = weft::Engine::builder().build();
    /// let source = "package main\nfunc main() {\n\tsum := 0\n\tfor i := 0; i < 100000; i++ {\n\t\tsum += i\n\t}\n\tprintln(sum)\n}\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let output = vm.capture_output();
    /// let mut frames = 0;
    /// while vm.run_for(Budget::instructions(10_000)).unwrap() == Outcome::Yielded {
    ///     frames += 1; // draw a frame, handle input...
    /// }
    /// assert!(frames >= 5);
    /// assert_eq!(output.stderr(), "4999950000\n");
    /// ```
    pub fn run_for(&mut self, budget: Budget) -> Result<Outcome, RunError> {
        let step = self.guarded(|raw| raw.run_for(budget.instructions))?;
        self.outcome(step)
    }

    fn outcome(&self, step: Step) -> Result<Outcome, RunError> {
        match step {
            Step::Yielded => Ok(Outcome::Yielded),
            Step::Blocked => Ok(Outcome::Blocked),
            Step::Deadlock(report) => Ok(Outcome::Deadlock(report)),
            Step::Stopped(StopReason::Limit(limit)) => Err(RunError::Limit(limit)),
            Step::Stopped(StopReason::Interrupted) => Err(RunError::Interrupted),
            Step::Exited(code) => match self.raw.fatal_report() {
                Some(report) => Err(RunError::Panic(GoPanic {
                    message: report.message.clone(),
                    goroutine: report.goroutine,
                    trace: report.trace.clone(),
                    snippet: self.snippet(&report.trace),
                })),
                None => Ok(Outcome::Finished(code)),
            },
        }
    }

    /// `file:line` and the source line of the innermost frame in the host's files.
    fn snippet(&self, trace: &[(String, String, u32)]) -> String {
        trace
            .iter()
            .find_map(|(_, file, line)| {
                let (_, text) = self.program.sources.iter().find(|(name, _)| name == file)?;
                let source_line = text.lines().nth((*line as usize).checked_sub(1)?)?;
                Some(format!(
                    "{file}:{line}:\n    {}\n",
                    source_line.trim_start()
                ))
            })
            .unwrap_or_default()
    }

    /// Runs `f` on the raw VM, turning a Rust panic (a Weft bug) into an error.
    fn guarded<R>(&mut self, f: impl FnOnce(&mut RawVm) -> R) -> Result<R, RunError> {
        let raw = &mut self.raw;
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(raw)))
            .map_err(|payload| RunError::Internal(panic_text(&payload)))
    }

    /// Calls the Go function `name` of package main (or a qualified `"pkg.Name"`) with
    /// `args` and returns its results. Package initialization runs first if the VM has
    /// not run yet; goroutines the call starts keep running in later steps.
    ///
    /// # Errors
    /// No such function, a mismatched arity or result type, or the call panicked, hit
    /// a limit or deadlocked.
    ///
    /// ```
    /// let engine = weft::Engine::builder().build();
    /// let source = "package main\nfunc Add(a, b int) int { return a + b }\nfunc main() {}\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let sum: i64 = vm.call("Add", (2i64, 3i64)).unwrap();
    /// assert_eq!(sum, 5);
    /// ```
    pub fn call<A: GoArgs, R: GoResults>(&mut self, name: &str, args: A) -> Result<R, RunError> {
        let func = self.func::<A, R>(name)?;
        func.call(self, args)
    }

    /// Looks up a Go function once, checking its Go signature against `A` and `R`
    /// (Rust types map to Go types as [`GoType`] says), for repeated calls.
    ///
    /// # Errors
    /// No such function, or its parameter or result types differ.
    ///
    /// ```
    /// let engine = weft::Engine::builder().build();
    /// let source = "package main\nfunc Square(x float64) float64 { return x * x }\nfunc main() {}\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let square = vm.func::<(f64,), f64>("Square").unwrap();
    /// assert_eq!(square.call(&mut vm, (1.5,)).unwrap(), 2.25);
    /// assert_eq!(square.call(&mut vm, (3.0,)).unwrap(), 9.0);
    /// assert!(vm.func::<(f64, f64), f64>("Square").is_err());
    /// assert!(vm.func::<(i64,), f64>("Square").is_err());
    /// ```
    pub fn func<A: GoArgs, R: GoResults>(&self, name: &str) -> Result<Func<A, R>, RunError> {
        let qualified = if name.contains('.') {
            name.to_string()
        } else {
            format!("main.{name}")
        };
        let program = &self.program.inner;
        let Some(index) = program.funcs.iter().position(|f| f.name == qualified) else {
            return Err(RunError::Call(format!("no Go function {qualified}")));
        };
        let proto = &program.funcs[index];
        let (params, results) = (A::go_types(), R::go_types());
        if let Some(signature) = self.program.signatures.get(&qualified) {
            let params_match = params.len() == signature.params.len()
                && params
                    .iter()
                    .zip(&signature.underlying_params)
                    .all(|(host, go)| host_type_fits(host, go));
            let results_match = results.len() == signature.results.len()
                && results
                    .iter()
                    .zip(&signature.underlying_results)
                    .all(|(host, go)| host_type_fits(host, go));
            if !params_match || !results_match {
                return Err(RunError::Call(format!(
                    "{qualified} is func({}) ({}); the host expects func({}) ({})",
                    signature.params.join(", "),
                    signature.results.join(", "),
                    params.join(", "),
                    results.join(", ")
                )));
            }
        }
        if proto.param_count as usize != params.len()
            || proto.result_count as usize != results.len()
        {
            return Err(RunError::Call(format!(
                "{qualified} takes {} arguments and returns {} results; the host expects ({}) -> ({})",
                proto.param_count,
                proto.result_count,
                params.join(", "),
                results.join(", ")
            )));
        }
        Ok(Func {
            func: index as FuncId,
            name: qualified,
            shapes: R::shapes(),
            ends_with_error: R::ends_with_error(),
            marker: PhantomData,
        })
    }

    /// Calls `func` with `args` and reads its results with `shapes`; with
    /// `ends_with_error`, the last result is a Go `error`, read as its `Error()` text
    /// (`HostValue::Str`) or `HostValue::Nil`.
    fn call_func(
        &mut self,
        func: FuncId,
        args: Vec<ArgValue>,
        shapes: &[Shape],
        ends_with_error: bool,
    ) -> Result<Vec<HostValue>, RunError> {
        if !self.raw.started() {
            self.raw.start_with(self.program.init_entry);
            self.initialized_only = true;
            loop {
                match self.run_for(Budget::unlimited())? {
                    Outcome::Finished(_) => break,
                    Outcome::Yielded => {}
                    Outcome::Blocked => self.raw.wait_for_event(),
                    Outcome::Deadlock(report) => return Err(RunError::Deadlock(report)),
                }
            }
        }
        let values = args.iter().map(|arg| self.argument(arg)).collect();
        let mut results = self.run_call(func, values)?;
        let error = if ends_with_error { results.pop() } else { None };
        let heap = &self.raw.heap;
        let mut host_results: Vec<HostValue> = results
            .iter()
            .zip(shapes)
            .map(|(value, shape)| host_chan::from_value(heap, value, shape))
            .collect();
        if let Some(error) = error {
            host_results.push(self.error_text(error)?);
        }
        Ok(host_results)
    }

    /// The VM value of one argument; a host channel end is bound to a Go channel (made
    /// on its first use, the same one afterwards).
    fn argument(&mut self, arg: &ArgValue) -> weft_vm::Value {
        let ArgValue::Channel(shared) = arg else {
            return marshal::argument_value(&mut self.raw, &self.program.host_types, arg);
        };
        let (capacity, shape) = {
            let state = host_chan::lock(&shared.state);
            (state.capacity, state.shape.clone())
        };
        let elem = self.program.host_types.of(&shape);
        let existing = self
            .raw
            .host_channels()
            .entries
            .iter()
            .find(|entry| Arc::ptr_eq(&entry.shared, shared))
            .and_then(|entry| entry.channel);
        let channel = existing.unwrap_or_else(|| {
            let object =
                weft_vm::heap::Object::Chan(Box::new(weft_vm::chan::Channel::new(elem, capacity)));
            let channel = self.raw.heap.alloc(object);
            if let Some(entry) = self
                .raw
                .host_channels()
                .entries
                .iter_mut()
                .find(|entry| Arc::ptr_eq(&entry.shared, shared))
            {
                entry.channel = Some(channel);
            }
            channel
        });
        weft_vm::Value::Ref(channel)
    }

    /// `Error()` of a Go error value, or `Nil` for a nil error.
    fn error_text(&mut self, error: weft_vm::Value) -> Result<HostValue, RunError> {
        if matches!(error, weft_vm::Value::Nil) {
            return Ok(HostValue::Nil);
        }
        let Some((method, receiver)) =
            marshal::error_method(&self.program.inner, &self.raw.heap, &error)
        else {
            return Ok(HostValue::Str(b"error without an Error method".to_vec()));
        };
        let text = self.run_call(method, vec![receiver])?;
        let heap = &self.raw.heap;
        Ok(text
            .first()
            .map(|value| host_chan::from_value(heap, value, &Shape::Str))
            .unwrap_or(HostValue::Nil))
    }

    /// Starts a call of `func` with VM values and runs until it returns its raw results.
    fn run_call(
        &mut self,
        func: FuncId,
        values: Vec<weft_vm::Value>,
    ) -> Result<Vec<weft_vm::Value>, RunError> {
        self.idle_keeper = None;
        self.raw.start_call(func, values).map_err(RunError::Call)?;
        loop {
            if let Some(results) = self.raw.take_call_results() {
                // A zero step moves what the call sent on host channels to the host.
                self.raw.run_for(0);
                if self.initialized_only {
                    let shared =
                        self.raw
                            .host_channels()
                            .shared("$idle", Direction::ToGo, &Shape::Int, 1);
                    self.idle_keeper = Some(HostSender::new(shared));
                }
                return Ok(results);
            }
            match self.run_for(Budget::unlimited())? {
                Outcome::Yielded => {}
                Outcome::Blocked => self.raw.wait_for_event(),
                Outcome::Deadlock(report) => return Err(RunError::Deadlock(report)),
                Outcome::Finished(code) => {
                    return Err(RunError::Call(format!(
                        "the program exited with status {code} during the call"
                    )))
                }
            }
        }
    }

    /// A new channel the host sends on and Go receives from, to pass to a Go function
    /// as a `<-chan T` argument (`&sender` in the call's arguments; Go's parameter may
    /// also be a `chan T`). The Go channel buffers `capacity` values; it is made when
    /// first passed and the same channel is passed every later time.
    ///
    /// ```
    /// let engine = weft::Engine::builder().build();
    /// let source = "package main\nfunc Sum(in <-chan int) int {\n\ttotal := 0\n\tfor v := range in {\n\t\ttotal += v\n\t}\n\treturn total\n}\nfunc main() {}\n";
    /// let mut vm = engine.vm(&engine.compile_source("sum.go", source).unwrap()).unwrap();
    /// let input = vm.new_sender::<i64>(4);
    /// for v in 1..=3 {
    ///     input.send_nowait(v).unwrap();
    /// }
    /// input.close();
    /// let total: i64 = vm.call("Sum", (&input,)).unwrap();
    /// assert_eq!(total, 6);
    /// ```
    pub fn new_sender<T: GoType>(&mut self, capacity: usize) -> HostSender<T> {
        let shared = self.argument_channel(Direction::ToGo, T::shape(), capacity);
        HostSender::new(shared)
    }

    /// A new channel Go sends on and the host receives from, to pass to a Go function as
    /// a `chan<- T` argument (`&receiver`); as [`Vm::new_sender`].
    ///
    /// ```
    /// let engine = weft::Engine::builder().build();
    /// let source = "package main\nfunc Count(out chan<- string, n int) {\n\tfor i := 0; i < n; i++ {\n\t\tout <- \"tick\"\n\t}\n\tclose(out)\n}\nfunc main() {}\n";
    /// let mut vm = engine.vm(&engine.compile_source("count.go", source).unwrap()).unwrap();
    /// let ticks = vm.new_receiver::<String>(8);
    /// vm.call::<_, ()>("Count", (&ticks, 3i64)).unwrap();
    /// assert_eq!(std::iter::from_fn(|| ticks.try_recv().ok()).count(), 3);
    /// ```
    pub fn new_receiver<T: GoType>(&mut self, capacity: usize) -> HostReceiver<T> {
        let shared = self.argument_channel(Direction::FromGo, T::shape(), capacity);
        HostReceiver::new(shared)
    }

    fn argument_channel(
        &mut self,
        direction: Direction,
        shape: Shape,
        capacity: usize,
    ) -> Arc<host_chan::HostChanShared> {
        let channels = self.raw.host_channels();
        // A name no Go identifier has, and not `#...` (transient reply channels).
        let name = format!("$argument{}", channels.entries.len());
        channels.shared(&name, direction, &shape, capacity)
    }

    /// The host's end of a channel declared with
    /// [`EngineBuilder::channel_to_go`](crate::EngineBuilder::channel_to_go).
    ///
    /// # Errors
    /// No such channel, or it carries another type or goes the other way.
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().channel_to_go::<f64>("host.Ticks", 4).build();
    /// let source = "package main\nimport \"host\"\nfunc main() { println(<-host.Ticks * 2) }\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let output = vm.capture_output();
    /// assert!(vm.sender::<i64>("host.Ticks").is_err()); // the channel carries float64
    /// let ticks = vm.sender::<f64>("host.Ticks").unwrap();
    /// ticks.send_nowait(0.25).unwrap();
    /// assert_eq!(vm.run(), Ok(0));
    /// assert_eq!(output.stderr(), "+5.000000e-001\n");
    /// ```
    pub fn sender<T: GoType>(&mut self, name: &str) -> Result<HostSender<T>, RunError> {
        let shared = self.channel_shared::<T>(name, Direction::ToGo)?;
        Ok(HostSender::new(shared))
    }

    /// The host's end of a channel declared with
    /// [`EngineBuilder::channel_from_go`](crate::EngineBuilder::channel_from_go).
    ///
    /// # Errors
    /// No such channel, or it carries another type or goes the other way.
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().channel_from_go::<bool>("host.Done", 1).build();
    /// let source = "package main\nimport \"host\"\nfunc main() { host.Done <- true }\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// assert!(vm.receiver::<bool>("host.Missing").is_err());
    /// let done = vm.receiver::<bool>("host.Done").unwrap();
    /// assert_eq!(vm.run(), Ok(0));
    /// assert_eq!(done.try_recv(), Ok(true));
    /// ```
    pub fn receiver<T: GoType>(&mut self, name: &str) -> Result<HostReceiver<T>, RunError> {
        let shared = self.channel_shared::<T>(name, Direction::FromGo)?;
        Ok(HostReceiver::new(shared))
    }

    fn channel_shared<T: GoType>(
        &mut self,
        name: &str,
        direction: Direction,
    ) -> Result<Arc<host_chan::HostChanShared>, RunError> {
        let Some(decl) = self.engine.host_channel(name) else {
            return Err(RunError::Call(format!("no host channel {name}")));
        };
        if decl.direction != direction || decl.go_elem != T::go_type() {
            return Err(RunError::Call(format!(
                "host channel {name} carries {} {}",
                decl.go_elem,
                match decl.direction {
                    Direction::ToGo => "to Go",
                    Direction::FromGo => "from Go",
                }
            )));
        }
        Ok(self
            .raw
            .host_channels()
            .shared(name, direction, &decl.shape, decl.capacity))
    }
}

/// Whether a host type (as [`GoArg`](crate::GoArg) spells it) fits a Go parameter or
/// result type with named types replaced by their underlying types: equal, or a host
/// channel end for a bidirectional Go channel.
fn host_type_fits(host: &str, go: &str) -> bool {
    let canonical = |t: &str| t.replace("byte", "uint8");
    let (host, go) = (canonical(host), canonical(go));
    if host == go {
        return true;
    }
    let elem = host
        .strip_prefix("<-chan ")
        .or_else(|| host.strip_prefix("chan<- "));
    elem.is_some_and(|elem| go.strip_prefix("chan ") == Some(elem))
}

/// A Go function looked up and arity-checked once (see [`Vm::func`]), called as often
/// as needed without looking it up again.
///
/// # Examples
///
/// ```
/// let engine = weft::Engine::builder().build();
/// let source = "package main\nimport \"strings\"\nfunc Shout(s string) string { return strings.ToUpper(s) + \"!\" }\nfunc main() {}\n";
/// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
/// let shout: weft::Func<(&str,), String> = vm.func("Shout").unwrap();
/// assert_eq!(shout.call(&mut vm, ("hi",)).unwrap(), "HI!");
/// ```
pub struct Func<A, R> {
    func: FuncId,
    name: String,
    shapes: Vec<Shape>,
    ends_with_error: bool,
    marker: PhantomData<fn(A) -> R>,
}

impl<A: GoArgs, R: GoResults> Func<A, R> {
    /// Calls the function on `vm` (a VM of the program it was looked up in).
    ///
    /// # Errors
    /// As [`Vm::call`].
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().build();
    /// let source = "package main\nvar total int\nfunc Add(n int) int { total += n; return total }\nfunc main() {}\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let add = vm.func::<(i64,), i64>("Add").unwrap();
    /// let totals: Vec<i64> = (1..=4).map(|n| add.call(&mut vm, (n,)).unwrap()).collect();
    /// assert_eq!(totals, [1, 3, 6, 10]); // globals persist between calls
    /// ```
    pub fn call(&self, vm: &mut Vm, args: A) -> Result<R, RunError> {
        let results = vm.call_func(
            self.func,
            args.into_args(),
            &self.shapes,
            self.ends_with_error,
        )?;
        R::from_host(results)
            .ok_or_else(|| RunError::Call(format!("{} returned values of other types", self.name)))
    }
}
