//! The REPL's VM thread: owns the session's `Vm`, runs inputs, and keeps goroutines
//! running between them.
//!
//! A `Vm` holds values that are not `Send`, so it is made on this thread and never leaves
//! it; the prompt thread sends it programs (`Arc<Program>` is shareable) and waits for the
//! outcome of each input. While no input runs, the thread runs ready goroutines in short
//! bursts and checks for requests between bursts, so a goroutine started by an earlier
//! input prints while the user types.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::time::Duration;
use weft_vm::program::FuncId;
use weft_vm::vm::session::{BackgroundState, RunOutcome};
use weft_vm::{NativeRegistry, Program, Vm};

/// Time slices run between two looks at the request channel while goroutines are busy.
const BACKGROUND_SLICES: usize = 4;
/// Longest wait for a request while goroutines sleep (their timers are checked after it).
const BACKGROUND_POLL: Duration = Duration::from_millis(20);

/// Set by the SIGINT handler (and cleared by the prompt thread before each input): the
/// running input stops at its next time slice.
pub static INTERRUPT: AtomicBool = AtomicBool::new(false);

enum Request {
    /// Start over with a new VM for `program` and run its entry (package initialization).
    Start(Arc<Program>),
    /// Swap in `program` (which extends the current one), then run `functions` in order,
    /// stopping at the first that does not return.
    Run {
        program: Arc<Program>,
        functions: Vec<FuncId>,
    },
    /// Print the output of goroutines that run between inputs with `printer`, which shows
    /// it above the prompt without disturbing the line being edited.
    UsePrinter(Printer),
}

/// Rustyline's printer for text that arrives while a line is being edited.
pub type Printer = Box<dyn rustyline::ExternalPrinter + Send>;

/// What the prompt thread hears back.
pub enum Reply {
    /// The program could not be swapped in (it does not extend the running one); the VM
    /// is unchanged.
    Rejected(String),
    /// How the last function run ended.
    Ran(RunOutcome),
}

/// The prompt thread's handle on the VM thread.
pub struct Worker {
    requests: Sender<Request>,
    replies: Receiver<Reply>,
    printing: Arc<PrinterState>,
}

/// Whether the VM thread wants a printer: it holds one only while goroutines live, since
/// while any printer exists rustyline waits on its pipe as well as the terminal and then
/// misses keys already read into its buffer (a pasted block of lines would stall).
#[derive(Default)]
struct PrinterState {
    /// Goroutines are ready or sleeping between inputs.
    goroutines_alive: AtomicBool,
    /// The VM thread holds a printer.
    installed: AtomicBool,
}

impl Worker {
    /// Starts the thread. `natives` binds the natives of every program it will run.
    pub fn spawn(natives: NativeRegistry) -> Worker {
        let (requests, request_receiver) = channel();
        let (reply_sender, replies) = channel();
        let printing = Arc::new(PrinterState::default());
        let thread_printing = printing.clone();
        std::thread::Builder::new()
            .name("weft-repl-vm".into())
            .spawn(move || serve(natives, request_receiver, reply_sender, &thread_printing))
            .expect("the REPL's VM thread starts");
        Worker {
            requests,
            replies,
            printing,
        }
    }

    /// Replaces the VM by a new one for `program` and initializes its packages.
    pub fn start(&self, program: Arc<Program>) -> Reply {
        INTERRUPT.store(false, Ordering::SeqCst);
        self.ask(Request::Start(program))
    }

    /// Swaps in `program` and runs `functions`.
    pub fn run(&self, program: Arc<Program>, functions: Vec<FuncId>) -> Reply {
        INTERRUPT.store(false, Ordering::SeqCst);
        self.ask(Request::Run { program, functions })
    }

    /// Sends the output of goroutines running between inputs through `printer`.
    pub fn use_printer(&self, printer: Printer) {
        let _ = self.ask(Request::UsePrinter(printer));
    }

    /// Goroutines live between inputs and the VM thread has no printer for their output.
    pub fn wants_printer(&self) -> bool {
        self.printing.goroutines_alive.load(Ordering::SeqCst)
            && !self.printing.installed.load(Ordering::SeqCst)
    }

    fn ask(&self, request: Request) -> Reply {
        if self.requests.send(request).is_err() {
            return Reply::Ran(RunOutcome::Exited(2));
        }
        self.replies
            .recv()
            .unwrap_or(Reply::Ran(RunOutcome::Exited(2)))
    }
}

/// The thread's loop: serve requests, and run goroutines while there are none.
fn serve(
    natives: NativeRegistry,
    requests: Receiver<Request>,
    replies: Sender<Reply>,
    printing: &PrinterState,
) {
    let mut vm: Option<Vm> = None;
    let mut printer: Option<Printer> = None;
    let mut background = BackgroundState::Idle;
    loop {
        let request = match background {
            BackgroundState::Busy => match requests.try_recv() {
                Ok(request) => Some(request),
                Err(std::sync::mpsc::TryRecvError::Empty) => None,
                Err(std::sync::mpsc::TryRecvError::Disconnected) => return,
            },
            BackgroundState::Sleeping(wait) => {
                match requests.recv_timeout(wait.min(BACKGROUND_POLL)) {
                    Ok(request) => Some(request),
                    Err(RecvTimeoutError::Timeout) => None,
                    Err(RecvTimeoutError::Disconnected) => return,
                }
            }
            BackgroundState::Idle | BackgroundState::Exited(_) => match requests.recv() {
                Ok(request) => Some(request),
                Err(_) => return,
            },
        };
        if let Some(request) = request {
            let reply = match request {
                Request::UsePrinter(new_printer) => {
                    printer = Some(new_printer);
                    printing.installed.store(true, Ordering::SeqCst);
                    Reply::Ran(RunOutcome::Returned)
                }
                request => handle(&mut vm, &natives, request),
            };
            let alive = vm.as_ref().is_some_and(|vm| vm.has_background_work());
            printing.goroutines_alive.store(alive, Ordering::SeqCst);
            if let Reply::Ran(RunOutcome::Exited(code)) = reply {
                exit_process(&mut vm, code);
            }
            if replies.send(reply).is_err() {
                return;
            }
        }
        background = match vm.as_mut() {
            Some(vm) => run_background(vm, printer.as_mut()),
            None => BackgroundState::Idle,
        };
        let alive = matches!(
            background,
            BackgroundState::Busy | BackgroundState::Sleeping(_)
        );
        printing.goroutines_alive.store(alive, Ordering::SeqCst);
        if !alive && printer.is_some() {
            printer = None;
            printing.installed.store(false, Ordering::SeqCst);
        }
        if let BackgroundState::Exited(code) = background {
            // A goroutine called os.Exit: the session ends as the program would.
            exit_process(&mut vm, code);
        }
    }
}

/// Runs goroutines for a burst. With a printer, what they write goes to it in whole
/// lines (a partial line waits for its end, or for the next input, which writes it out).
fn run_background(vm: &mut Vm, printer: Option<&mut Printer>) -> BackgroundState {
    let Some(printer) = printer else {
        return guarded(|| vm.run_background(BACKGROUND_SLICES)).unwrap_or(BackgroundState::Idle);
    };
    let captured = Arc::new(std::sync::Mutex::new(Vec::new()));
    let stdout = std::mem::replace(&mut vm.stdout, Box::new(CapturedOutput(captured.clone())));
    let stderr = std::mem::replace(
        &mut vm.stderr,
        Box::new(PanicReportFilter::new(CapturedOutput(captured.clone()))),
    );
    let state = guarded(|| vm.run_background(BACKGROUND_SLICES)).unwrap_or(BackgroundState::Idle);
    let _ = vm.stdout.flush();
    let _ = vm.stderr.flush();
    vm.stdout = stdout;
    vm.stderr = stderr;
    let mut bytes = std::mem::take(&mut *captured.lock().unwrap_or_else(|e| e.into_inner()));
    if bytes.is_empty() {
        return state;
    }
    // The process is about to end (os.Exit): the prompt thread would not print in time.
    if matches!(state, BackgroundState::Exited(_)) {
        let _ = vm.stdout.write_all(&bytes);
        let _ = vm.stdout.flush();
        return state;
    }
    let whole = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let rest = bytes.split_off(whole);
    if !bytes.is_empty()
        && printer
            .print(String::from_utf8_lossy(&bytes).into_owned())
            .is_err()
    {
        let _ = std::io::stdout().write_all(&bytes);
    }
    if !rest.is_empty() {
        let _ = vm.stdout.write_all(&rest);
        let _ = vm.stdout.flush();
    }
    state
}

/// A writer into a buffer shared with `run_background`.
struct CapturedOutput(Arc<std::sync::Mutex<Vec<u8>>>);

impl Write for CapturedOutput {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn handle(vm: &mut Option<Vm>, natives: &NativeRegistry, request: Request) -> Reply {
    match request {
        Request::UsePrinter(_) => Reply::Ran(RunOutcome::Returned),
        Request::Start(program) => {
            let entry = program.entry;
            let mut fresh = match Vm::new(program, natives) {
                Ok(vm) => vm,
                Err(e) => return Reply::Rejected(e),
            };
            fresh.stderr = Box::new(PanicReportFilter::new(std::io::stderr()));
            let outcome =
                guarded(|| fresh.run_function(entry, &INTERRUPT)).unwrap_or(RunOutcome::Panicked);
            *vm = Some(fresh);
            Reply::Ran(outcome)
        }
        Request::Run { program, functions } => {
            let Some(vm) = vm.as_mut() else {
                return Reply::Rejected("the session has no VM".into());
            };
            if let Err(reason) = vm.extend_program(program, natives) {
                return Reply::Rejected(reason);
            }
            let mut outcome = RunOutcome::Returned;
            for function in functions {
                outcome = guarded(|| vm.run_function(function, &INTERRUPT))
                    .unwrap_or(RunOutcome::Panicked);
                if outcome != RunOutcome::Returned {
                    break;
                }
            }
            Reply::Ran(outcome)
        }
    }
}

/// Runs `f`, turning a Rust panic in the VM (a bug) into a message instead of a crash.
fn guarded<T>(f: impl FnOnce() -> T) -> Option<T> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(value) => Some(value),
        Err(_) => {
            eprintln!("fatal error: internal error in the Weft VM (the session goes on)");
            None
        }
    }
}

fn exit_process(vm: &mut Option<Vm>, code: i32) -> ! {
    if let Some(vm) = vm.as_mut() {
        let _ = vm.stdout.flush();
        let _ = vm.stderr.flush();
    }
    // The prompt may be reading a line with the terminal in raw mode; leave it usable.
    super::terminal::restore();
    std::process::exit(code);
}

/// Passes the VM's standard error through, except the goroutine traces after a panic
/// report: the REPL shows gc's `panic: ...` lines and keeps the screen for the session.
///
/// Works on whole lines (the VM writes a report in pieces): a `goroutine N [...]:` line,
/// the blank line before it and the frame lines after it (`name(...)`, a tab and the file
/// position) are dropped. A partial line goes out when the VM flushes.
pub struct PanicReportFilter<W: Write> {
    inner: W,
    line: Vec<u8>,
    blank_lines: usize,
    in_trace: bool,
}

impl<W: Write> PanicReportFilter<W> {
    pub fn new(inner: W) -> Self {
        PanicReportFilter {
            inner,
            line: Vec::new(),
            blank_lines: 0,
            in_trace: false,
        }
    }

    fn finish_line(&mut self) -> std::io::Result<()> {
        let line = std::mem::take(&mut self.line);
        let text = String::from_utf8_lossy(&line);
        let content = text.trim_end_matches('\n');
        if is_goroutine_header(content) {
            self.blank_lines = 0;
            self.in_trace = true;
            return Ok(());
        }
        if self.in_trace && (content.ends_with("(...)") || content.starts_with('\t')) {
            return Ok(());
        }
        self.in_trace = false;
        if content.is_empty() {
            self.blank_lines += 1;
            return Ok(());
        }
        self.emit_blank_lines()?;
        self.inner.write_all(&line)
    }

    fn emit_blank_lines(&mut self) -> std::io::Result<()> {
        for _ in 0..std::mem::take(&mut self.blank_lines) {
            self.inner.write_all(b"\n")?;
        }
        Ok(())
    }
}

/// `goroutine 7 [running]:`
fn is_goroutine_header(line: &str) -> bool {
    line.strip_prefix("goroutine ")
        .and_then(|rest| rest.split_once(' '))
        .is_some_and(|(number, state)| {
            number.bytes().all(|b| b.is_ascii_digit())
                && state.starts_with('[')
                && state.ends_with("]:")
        })
}

impl<W: Write> Write for PanicReportFilter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        for &byte in buf {
            self.line.push(byte);
            if byte == b'\n' {
                self.finish_line()?;
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.emit_blank_lines()?;
        if !self.line.is_empty() && !self.in_trace {
            let line = std::mem::take(&mut self.line);
            self.inner.write_all(&line)?;
        }
        self.inner.flush()
    }
}
