//! The engine: compiles Go source with the standard library and host packages, and
//! makes VMs that run it.
//!
//! `Engine` and `Program` are `Send + Sync` and cheap to clone (their contents are shared
//! behind `Arc`s); a `Vm` (runtime/src/instance.rs) belongs to one thread.

use crate::convert::GoType;
use crate::host::{BlockingHostFn, HostChannelDecl, HostFn, HostFunction, HostPackage};
use crate::stdlib_source::StdLib;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::time::Duration;
use weft_compiler::driver::{check_program, CompileErrors, PackageSource};
use weft_vm::host_chan::Direction;
use weft_vm::{Limits, NativeRegistry, Vm as RawVm};

/// Compile errors, rendered like gc (`file:line:col: message`, one per line): what
/// [`Engine::compile`] (the command line's entry point) returns. Embedders get the
/// structured [`Diagnostics`] from [`Engine::compile_source`] instead.
///
/// # Examples
///
/// ```
/// let engine = weft::Engine::builder().build();
/// let files = vec![("bad.go".to_string(), "package main\nfunc main() { x := 1 }\n".to_string())];
/// let error: weft::CompileError = engine.compile(files).unwrap_err();
/// assert!(error.rendered.starts_with("bad.go:2:15: declared and not used: x"));
/// assert_eq!(error.to_string(), error.rendered);
/// ```
#[derive(Debug, Clone)]
pub struct CompileError {
    /// Every error, one `file:line:col: message` line each, newline-terminated.
    pub rendered: String,
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.rendered)
    }
}

impl std::error::Error for CompileError {}

/// Why a program did not compile: what [`Engine::compile_source`] returns.
///
/// `Display` prints gc's `file:line:col: message` lines, each followed by the source
/// line and a caret under the column. `Send + Sync`.
///
/// ```
/// let engine = weft::Engine::builder().build();
/// let error = engine.compile_source("m.go", "package main\nfunc main() { return 1 }\n").unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "m.go:2:22: too many return values\n\thave (number)\n\twant ()\n    func main() { return 1 }\n                         ^\n"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostics {
    /// The errors in gc's order (at most ten, then gc's `too many errors`).
    pub errors: Vec<Diagnostic>,
}

impl std::fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for error in &self.errors {
            error.fmt(f)?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

impl Diagnostics {
    /// Parses gc's rendering; a line starting with a tab continues the previous
    /// error's message (`\thave (number)`).
    fn parse(rendered: &str, sources: &[(String, String)]) -> Diagnostics {
        let mut errors: Vec<Diagnostic> = Vec::new();
        for line in rendered.lines() {
            match errors.last_mut() {
                Some(previous) if line.starts_with('\t') => {
                    previous.message.push('\n');
                    previous.message.push_str(line);
                }
                _ => errors.push(Diagnostic::parse(line, sources)),
            }
        }
        Diagnostics { errors }
    }
}

/// One compile error: where it is, what it says, and its source line with a caret.
///
/// `Display` prints gc's `file:line:col: message` line followed by the snippet.
///
/// # Examples
///
/// ```
/// let engine = weft::Engine::builder().build();
/// let source = "package main\nfunc main() {\n\tundefined()\n}\n";
/// let error = engine.compile_source("m.go", source).unwrap_err();
/// let diagnostic: &weft::Diagnostic = &error.errors[0];
/// assert_eq!((diagnostic.file.as_str(), diagnostic.line, diagnostic.column), ("m.go", 3, 2));
/// assert_eq!(diagnostic.message, "undefined: undefined");
/// assert_eq!(diagnostic.snippet, "    \tundefined()\n    \t^\n");
/// assert!(diagnostic.to_string().starts_with("m.go:3:2: undefined: undefined\n"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// File name as given to `compile_source` (empty when the error has no position).
    pub file: String,
    /// 1-based line; 0 when the error has no position.
    pub line: u32,
    /// 1-based column in bytes, as gc counts; 0 when the error has no position.
    pub column: u32,
    /// gc's message; continuation lines (`\thave ...`) follow after newlines.
    pub message: String,
    /// The source line and a caret under the column, newline-terminated (empty when
    /// the position is unknown or in a file the host did not give).
    pub snippet: String,
}

impl Diagnostic {
    /// Parses gc's `file:line:col: message` line, finding the snippet in `sources`.
    fn parse(text: &str, sources: &[(String, String)]) -> Diagnostic {
        let positioned = (|| {
            let (file, rest) = text.split_once(".go:")?;
            let mut parts = rest.splitn(3, ':');
            let line: u32 = parts.next()?.parse().ok()?;
            let column: u32 = parts.next()?.parse().ok()?;
            let message = parts.next()?.trim_start().to_string();
            Some((format!("{file}.go"), line, column, message))
        })();
        let Some((file, line, column, message)) = positioned else {
            return Diagnostic {
                file: String::new(),
                line: 0,
                column: 0,
                message: text.to_string(),
                snippet: String::new(),
            };
        };
        let snippet = sources
            .iter()
            .find(|(name, _)| *name == file)
            .and_then(|(_, source)| source.lines().nth(line as usize - 1))
            .map(|source_line| {
                // The caret lines up under the column, tabs kept so it lines up in terminals.
                let pad: String = source_line
                    .bytes()
                    .take(column.saturating_sub(1) as usize)
                    .map(|b| if b == b'\t' { '\t' } else { ' ' })
                    .collect();
                format!("    {source_line}\n    {pad}^\n")
            })
            .unwrap_or_default();
        Diagnostic {
            file,
            line,
            column,
            message,
            snippet,
        }
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line == 0 {
            return writeln!(f, "{}", self.message);
        }
        writeln!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )?;
        f.write_str(&self.snippet)
    }
}

/// How a standard package or the engine's settings are configured; see [`EngineBuilder`].
#[derive(Clone)]
struct Settings {
    limits: Limits,
    quantum: Option<i64>,
    seed: Option<u64>,
    virtual_time: bool,
    denied_packages: BTreeSet<String>,
    allow_stdin: bool,
    allow_host_access: bool,
}

/// Compiles Go programs and makes VMs for them. `Send + Sync`; cloning is cheap.
///
/// ```
/// let engine = weft::Engine::builder()
///     .register_fn("host.Add", |a: i64, b: i64| a + b)
///     .build();
/// let program = engine
///     .compile_source("main.go", "package main\nimport \"host\"\nfunc main() { println(host.Add(2, 3)) }\n")
///     .unwrap();
/// let mut vm = engine.vm(&program).unwrap();
/// let output = vm.capture_output();
/// assert_eq!(vm.run().unwrap(), 0);
/// assert_eq!(output.stderr(), "5\n");
/// ```
#[derive(Clone)]
pub struct Engine {
    natives: Arc<NativeRegistry>,
    host_packages: Arc<BTreeMap<String, HostPackage>>,
    settings: Arc<Settings>,
}

/// Builds an [`Engine`]: limits, scheduler settings, standard packages, host packages.
///
/// The defaults are safe for untrusted scripts: no standard package reaches the file
/// system, the environment or other processes unless [`EngineBuilder::allow_host_access`]
/// is set; standard input reads as empty unless [`EngineBuilder::allow_stdin`] is set;
/// there are no limits until you set them.
///
/// ```
/// use std::time::Duration;
/// let engine = weft::Engine::builder()
///     .limits(weft::Limits {
///         max_instructions: Some(1_000_000),
///         max_wall_time: Some(Duration::from_secs(1)),
///         ..Default::default()
///     })
///     .max_fibers(64)
///     .quantum(2_000)
///     .seed(7)
///     .virtual_time(true)
///     .deny_package("math/rand")
///     .build();
/// let source = "package main\nimport \"time\"\nfunc main() { time.Sleep(time.Hour); println(\"later\") }\n";
/// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
/// let output = vm.capture_output();
/// assert_eq!(vm.run(), Ok(0)); // virtual time: the hour passes at once
/// assert_eq!(output.stderr(), "later\n");
/// ```
#[derive(Clone)]
pub struct EngineBuilder {
    settings: Settings,
    host_packages: BTreeMap<String, HostPackage>,
}

impl Default for Engine {
    fn default() -> Self {
        Self::new()
    }
}

/// Options of [`Engine::run`], the command line's way to run a program. Embedders set
/// the same things on [`EngineBuilder`] and [`crate::Vm::set_args`].
///
/// # Examples
///
/// ```
/// let engine = weft::Engine::new();
/// let source = "package main\nimport \"os\"\nfunc main() { os.Exit(len(os.Args)) }\n";
/// let program = engine.compile(vec![("args.go".to_string(), source.to_string())]).unwrap();
/// let options = weft::RunOptions {
///     args: vec!["args".to_string(), "a".to_string(), "b".to_string()],
///     seed: Some(1),
///     ..Default::default()
/// };
/// assert_eq!(engine.run(program, &options), 3);
/// ```
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

impl Engine {
    /// An engine with the whole standard library and standard input, as the command
    /// line uses it (also what `Engine::default()` gives). Embedders usually start from
    /// [`Engine::builder`].
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::new();
    /// let program = engine.compile_source("main.go", "package main\nfunc main() {}\n").unwrap();
    /// assert_eq!(engine.vm(&program).unwrap().run(), Ok(0));
    /// ```
    pub fn new() -> Engine {
        Engine::builder().allow_stdin(true).build()
    }

    /// An engine whose programs reach the host's file system and environment through
    /// package os, as programs run by gc do (the `weft` command uses it). Only for
    /// trusted programs; see [`EngineBuilder::allow_host_access`].
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::with_host_access();
    /// let source = "package main\nimport \"os\"\nfunc Wd() string { wd, _ := os.Getwd(); return wd }\nfunc main() {}\n";
    /// let mut vm = engine.vm(&engine.compile_source("wd.go", source).unwrap()).unwrap();
    /// let wd: String = vm.call("Wd", ()).unwrap();
    /// assert_eq!(wd, std::env::current_dir().unwrap().to_str().unwrap());
    /// ```
    pub fn with_host_access() -> Engine {
        Engine::builder()
            .allow_stdin(true)
            .allow_host_access(true)
            .build()
    }

    /// A builder with safe defaults (see [`EngineBuilder`]).
    ///
    /// ```
    /// let engine = weft::Engine::builder().max_instructions(1_000_000).build();
    /// # let _ = engine;
    /// ```
    pub fn builder() -> EngineBuilder {
        EngineBuilder {
            settings: Settings {
                limits: Limits::default(),
                quantum: None,
                seed: None,
                virtual_time: false,
                denied_packages: BTreeSet::new(),
                allow_stdin: false,
                allow_host_access: false,
            },
            host_packages: BTreeMap::new(),
        }
    }

    /// Compiles a one-file `package main` program.
    ///
    /// # Errors
    /// The program does not compile; the error renders like gc.
    ///
    /// ```
    /// let engine = weft::Engine::builder().build();
    /// let error = engine.compile_source("bad.go", "package main\nfunc main() { x := 1 }\n").unwrap_err();
    /// let first = &error.errors[0];
    /// assert_eq!((first.file.as_str(), first.line, first.column), ("bad.go", 2, 15));
    /// assert_eq!(first.message, "declared and not used: x");
    /// assert!(first.snippet.contains("x := 1"));
    /// ```
    pub fn compile_source(&self, name: &str, source: &str) -> Result<crate::Program, Diagnostics> {
        self.compile_files(vec![(name.to_string(), source.to_string())])
    }

    /// Compiles a `package main` program made of several files (name, text).
    ///
    /// # Errors
    /// The program does not compile; the error renders like gc.
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().build();
    /// let program = engine
    ///     .compile_files(vec![
    ///         ("main.go".to_string(), "package main\nfunc main() { println(double(21)) }\n".to_string()),
    ///         ("util.go".to_string(), "package main\nfunc double(x int) int { return 2 * x }\n".to_string()),
    ///     ])
    ///     .unwrap();
    /// let mut vm = engine.vm(&program).unwrap();
    /// let output = vm.capture_output();
    /// assert_eq!(vm.run(), Ok(0));
    /// assert_eq!(output.stderr(), "42\n");
    /// ```
    pub fn compile_files(
        &self,
        files: Vec<(String, String)>,
    ) -> Result<crate::Program, Diagnostics> {
        let sources = files.clone();
        let (compiled, signatures) = self
            .compile_with_signatures(files)
            .map_err(|e| Diagnostics::parse(&e.rendered, &sources))?;
        Ok(crate::Program::new(compiled, signatures, sources))
    }

    /// Compiles a `package main` program made of `files` (name, text) to the VM's
    /// program (the command line's entry point; embedders use `compile_source`).
    ///
    /// # Errors
    /// gc-formatted compile errors.
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::new();
    /// let source = "package main\nimport \"os\"\nfunc main() { os.Exit(3) }\n";
    /// let program = engine.compile(vec![("exit.go".to_string(), source.to_string())]).unwrap();
    /// assert_eq!(engine.run(program, &weft::RunOptions::default()), 3);
    /// ```
    pub fn compile(
        &self,
        files: Vec<(String, String)>,
    ) -> Result<Arc<weft_vm::Program>, CompileError> {
        self.compile_with_signatures(files)
            .map(|(program, _)| program)
    }

    /// Compiles, also returning the Go signatures of package main's functions.
    fn compile_with_signatures(
        &self,
        files: Vec<(String, String)>,
    ) -> Result<(Arc<weft_vm::Program>, crate::instance::Signatures), CompileError> {
        let source = EngineSource { engine: self };
        let checked = check_program(files, &source).map_err(|e: CompileErrors| CompileError {
            rendered: e.render(),
        })?;
        let signatures = main_signatures(&checked.info);
        match weft_compiler::codegen::generate(&checked.sources, &checked.info) {
            Ok(p) => Ok((Arc::new(p), signatures)),
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

    /// Makes a VM for `program` with this engine's natives and settings.
    pub(crate) fn raw_vm(&self, program: Arc<weft_vm::Program>) -> Result<RawVm, String> {
        let mut vm = RawVm::new(program, &self.natives)?;
        let settings = &self.settings;
        vm.clock = weft_vm::Clock::new(settings.virtual_time);
        if let Some(seed) = settings.seed {
            vm.set_seed(seed);
        }
        if let Some(q) = settings.quantum {
            vm.quantum = q.max(1);
        }
        vm.set_limits(settings.limits.clone());
        Ok(vm)
    }

    /// Makes a VM that runs `program` (see [`crate::Vm`]). Each VM is one independent
    /// run, with its own heap and globals.
    ///
    /// # Errors
    /// The program was compiled by an engine with other host functions.
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().build();
    /// let source = "package main\nvar count int\nfunc main() { count++; println(count) }\n";
    /// let program = engine.compile_source("main.go", source).unwrap();
    /// for _ in 0..2 {
    ///     let mut vm = engine.vm(&program).unwrap();
    ///     let output = vm.capture_output();
    ///     assert_eq!(vm.run(), Ok(0));
    ///     assert_eq!(output.stderr(), "1\n"); // globals are not shared between VMs
    /// }
    /// ```
    pub fn vm(&self, program: &crate::Program) -> Result<crate::Vm, crate::RunError> {
        crate::Vm::new(self, program)
    }

    /// The declaration of host channel `name` (`"host.Events"`).
    pub(crate) fn host_channel(&self, name: &str) -> Option<HostChannelDecl> {
        let (path, go_name) = name.rsplit_once('.')?;
        self.host_packages.get(path)?.channels.get(go_name).cloned()
    }

    /// Runs a compiled program to completion; returns its exit status (the command
    /// line's entry point). Output goes to the process's standard output and error; a
    /// panic, a limit or a VM that cannot be made prints gc's report and gives status 2.
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::new();
    /// let source = "package main\nfunc main() { var m map[string]int; m[\"a\"] = 1 }\n";
    /// let program = engine.compile(vec![("panic.go".to_string(), source.to_string())]).unwrap();
    /// assert_eq!(engine.run(program, &weft::RunOptions::default()), 2);
    /// ```
    pub fn run(&self, program: Arc<weft_vm::Program>, options: &RunOptions) -> i32 {
        let mut vm = match self.raw_vm(program) {
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
                eprintln!(
                    "fatal error: internal error in the Weft VM: {}",
                    panic_text(&payload)
                );
                2
            }
        }
    }
}

/// The parameter and result types (as Go spells them in package main, and with named
/// types replaced by their underlying types) of package main's functions, by qualified
/// name, so host calls are checked against them.
fn main_signatures(info: &weft_compiler::check::info::Info) -> crate::instance::Signatures {
    use weft_compiler::check::info::ObjKind;
    use weft_compiler::types::TypeKind;
    let mut signatures = std::collections::HashMap::new();
    let Some(main) = info.packages.iter().find(|p| p.path.as_ref() == "main") else {
        return Arc::new(signatures);
    };
    for (name, &obj) in &main.scope {
        let object = info.obj(obj);
        if !matches!(object.kind, ObjKind::Func(_)) {
            continue;
        }
        if let TypeKind::Func(signature) = info.types.kind(object.ty) {
            let spelled = |types: &[weft_compiler::types::TypeId]| -> Vec<String> {
                types
                    .iter()
                    .map(|t| info.types.type_string_rel(*t, "main"))
                    .collect()
            };
            let underlying = |types: &[weft_compiler::types::TypeId]| -> Vec<String> {
                types
                    .iter()
                    .map(|t| underlying_string(&info.types, *t, 0))
                    .collect()
            };
            signatures.insert(
                format!("main.{name}"),
                crate::instance::Signature {
                    params: spelled(&signature.params),
                    results: spelled(&signature.results),
                    underlying_params: underlying(&signature.params),
                    underlying_results: underlying(&signature.results),
                },
            );
        }
    }
    Arc::new(signatures)
}

/// Go's spelling of `ty` with every named type in it replaced by its underlying type
/// (`[]Celsius` is `[]float64`), except `error`, which the host reads as a message.
fn underlying_string(
    types: &weft_compiler::types::TypeTable,
    ty: weft_compiler::types::TypeId,
    depth: usize,
) -> String {
    use weft_compiler::ast::ChanDir;
    use weft_compiler::types::TypeKind;
    let spelled = types.type_string_rel(ty, "main");
    // Recursive types (`type List []List`) stop at a depth no host type reaches.
    if spelled == "error" || depth > 16 {
        return spelled;
    }
    let under = types.underlying(ty);
    let inner = |t| underlying_string(types, t, depth + 1);
    match types.kind(under) {
        TypeKind::Slice(elem) => format!("[]{}", inner(*elem)),
        TypeKind::Pointer(elem) => format!("*{}", inner(*elem)),
        TypeKind::Map(key, value) => format!("map[{}]{}", inner(*key), inner(*value)),
        TypeKind::Chan(direction, elem) => {
            let prefix = match direction {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            };
            format!("{prefix}{}", inner(*elem))
        }
        _ => types.type_string_rel(under, "main"),
    }
}

/// The text of a Rust panic's payload.
pub(crate) fn panic_text(payload: &Box<dyn std::any::Any + Send>) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown".to_string())
}

/// The packages a program of this engine can import: host packages first, then the
/// standard library minus the denied packages.
struct EngineSource<'a> {
    engine: &'a Engine,
}

impl PackageSource for EngineSource<'_> {
    fn package_files(&self, import_path: &str) -> Option<Vec<(String, String)>> {
        if let Some(package) = self.engine.host_packages.get(import_path) {
            let (source, _) = package.generate(import_path);
            return Some(vec![(format!("$HOST/{import_path}/host.go"), source)]);
        }
        if self.engine.settings.denied_packages.contains(import_path) {
            return None;
        }
        StdLib.package_files(import_path)
    }
}

impl EngineBuilder {
    /// Registers a host function under a qualified name (`"host.Add"`: package `host`,
    /// function `Add`; the package path may have slashes, `"game/world.Spawn"`). Go
    /// imports the package and calls the function with the Go types of the closure's
    /// Rust signature (see [`GoType`]); calls are type-checked at compile time.
    /// `Result<T, E>` is Go's `(T, error)`; a tuple is several results.
    ///
    /// # Panics
    /// The name has no package (`"Add"`) or its function name is not exported.
    ///
    /// ```
    /// let engine = weft::Engine::builder()
    ///     .register_fn("host.Div", |a: i64, b: i64| -> Result<i64, String> {
    ///         if b == 0 { Err("division by zero".to_string()) } else { Ok(a / b) }
    ///     })
    ///     .build();
    /// let source = r#"package main
    /// import "host"
    /// func main() {
    ///     _, err := host.Div(1, 0)
    ///     println(err.Error())
    /// }
    /// "#;
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let output = vm.capture_output();
    /// vm.run().unwrap();
    /// assert_eq!(output.stderr(), "division by zero\n");
    /// ```
    pub fn register_fn<Args, F: HostFn<Args>>(mut self, name: &str, function: F) -> Self {
        let (path, go_name) = split_name(name);
        let (results, has_error) = F::results();
        let host_function = HostFunction {
            params: F::params(),
            results,
            has_error,
            blocking: None,
            native: function.into_native(name.to_string()),
        };
        self.host_packages
            .entry(path)
            .or_default()
            .functions
            .insert(go_name, host_function);
        self
    }

    /// Registers a blocking host function: the closure gets the arguments and a
    /// [`crate::Reply`]; Go sees `func(args...) T` and the calling goroutine parks (the
    /// others keep running) until the host completes the reply, from any thread or a
    /// later host-loop step. `T` is a plain value type (no `Option` or `HashMap`).
    ///
    /// # Panics
    /// As [`EngineBuilder::register_fn`] for the name.
    ///
    /// ```
    /// let engine = weft::Engine::builder()
    ///     .register_blocking_fn("host.Fetch", |key: String, reply: weft::Reply<String>| {
    ///         std::thread::spawn(move || reply.send(format!("value of {key}")));
    ///     })
    ///     .build();
    /// let source = "package main\nimport \"host\"\nfunc main() { println(host.Fetch(\"k\")) }\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let output = vm.capture_output();
    /// vm.run().unwrap();
    /// assert_eq!(output.stderr(), "value of k\n");
    /// ```
    pub fn register_blocking_fn<Args, T: GoType, F: BlockingHostFn<Args, T>>(
        mut self,
        name: &str,
        function: F,
    ) -> Self {
        let (path, go_name) = split_name(name);
        let host_function = HostFunction {
            params: F::params(),
            results: Vec::new(),
            has_error: false,
            blocking: Some(T::go_type()),
            native: function.into_native(name.to_string()),
        };
        self.host_packages
            .entry(path)
            .or_default()
            .functions
            .insert(go_name, host_function);
        self
    }

    /// Declares a channel the host sends on and Go receives from: a package variable
    /// `name` of type `<-chan T` (buffered with `capacity`). Take the host's end with
    /// [`crate::Vm::sender`]. When the host closes it, a Go `range` over it ends.
    ///
    /// # Panics
    /// As [`EngineBuilder::register_fn`] for the name.
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().channel_to_go::<String>("host.Names", 2).build();
    /// let source = "package main\nimport \"host\"\nfunc main() {\n\tfor name := range host.Names {\n\t\tprintln(\"hello\", name)\n\t}\n}\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let output = vm.capture_output();
    /// let names = vm.sender::<String>("host.Names").unwrap();
    /// names.send_nowait("ann".to_string()).unwrap();
    /// names.send_nowait("bob".to_string()).unwrap();
    /// names.close();
    /// assert_eq!(vm.run(), Ok(0));
    /// assert_eq!(output.stderr(), "hello ann\nhello bob\n");
    /// ```
    pub fn channel_to_go<T: GoType>(self, name: &str, capacity: usize) -> Self {
        self.channel::<T>(name, capacity, Direction::ToGo)
    }

    /// Declares a channel Go sends on and the host receives from: a package variable
    /// `name` of type `chan<- T` (buffered with `capacity`). Take the host's end with
    /// [`crate::Vm::receiver`].
    ///
    /// # Panics
    /// As [`EngineBuilder::register_fn`] for the name.
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().channel_from_go::<i64>("host.Squares", 8).build();
    /// let source = "package main\nimport \"host\"\nfunc main() {\n\tfor i := 1; i <= 3; i++ {\n\t\thost.Squares <- i * i\n\t}\n\tclose(host.Squares)\n}\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let squares = vm.receiver::<i64>("host.Squares").unwrap();
    /// assert_eq!(vm.run(), Ok(0));
    /// let received: Vec<i64> = std::iter::from_fn(|| squares.try_recv().ok()).collect();
    /// assert_eq!(received, [1, 4, 9]);
    /// ```
    pub fn channel_from_go<T: GoType>(self, name: &str, capacity: usize) -> Self {
        self.channel::<T>(name, capacity, Direction::FromGo)
    }

    fn channel<T: GoType>(mut self, name: &str, capacity: usize, direction: Direction) -> Self {
        let (path, go_name) = split_name(name);
        self.host_packages.entry(path).or_default().channels.insert(
            go_name,
            HostChannelDecl {
                go_elem: T::go_type(),
                shape: T::shape(),
                direction,
                capacity,
            },
        );
        self
    }

    /// Sets every limit at once (see [`Limits`]); a limit a VM exceeds ends it with
    /// [`crate::RunError::Limit`], which Go's `recover` cannot catch.
    ///
    /// # Examples
    ///
    /// ```
    /// let limits = weft::Limits { max_instructions: Some(10_000), ..Default::default() };
    /// let engine = weft::Engine::builder().limits(limits).build();
    /// let source = "package main\nfunc main() { for {} }\n";
    /// let mut vm = engine.vm(&engine.compile_source("spin.go", source).unwrap()).unwrap();
    /// let _output = vm.capture_output(); // keeps the limit's report off the test's stderr
    /// assert_eq!(vm.run(), Err(weft::RunError::Limit(weft::Limit::Instructions)));
    /// ```
    pub fn limits(mut self, limits: Limits) -> Self {
        self.settings.limits = limits;
        self
    }
    /// Stops a VM after exactly this many instructions (budget ticks: calls and backward
    /// jumps).
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().max_instructions(10_000).build();
    /// let source = "package main\nfunc main() { for {} }\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let _output = vm.capture_output(); // keeps the limit's report off the test's stderr
    /// assert_eq!(vm.run(), Err(weft::RunError::Limit(weft::Limit::Instructions)));
    /// ```
    pub fn max_instructions(mut self, n: u64) -> Self {
        self.settings.limits.max_instructions = Some(n);
        self
    }
    /// Stops a VM whose live heap exceeds this many bytes: a goroutine stops at its next
    /// tick after an allocation crosses the limit, and the VM ends if a collection does
    /// not bring the heap back under it.
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().max_heap_bytes(1 << 20).build();
    /// let source = "package main\nvar keep [][]byte\nfunc main() {\n\tfor i := 0; i < 64; i++ {\n\t\tkeep = append(keep, make([]byte, 1<<20))\n\t}\n}\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let _output = vm.capture_output(); // keeps the limit's report off the test's stderr
    /// assert_eq!(vm.run(), Err(weft::RunError::Limit(weft::Limit::HeapBytes)));
    /// ```
    pub fn max_heap_bytes(mut self, n: usize) -> Self {
        self.settings.limits.max_heap_bytes = Some(n);
        self
    }
    /// Stops a VM that would have more than this many live goroutines, main included:
    /// the `go` statement that would start one more stops it.
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().max_fibers(10).build();
    /// let source = "package main\nfunc main() {\n\tfor i := 0; i < 100; i++ {\n\t\tgo func() { select {} }()\n\t}\n}\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let _output = vm.capture_output(); // keeps the limit's report off the test's stderr
    /// assert_eq!(vm.run(), Err(weft::RunError::Limit(weft::Limit::Fibers)));
    /// ```
    pub fn max_fibers(mut self, n: usize) -> Self {
        self.settings.limits.max_fibers = Some(n);
        self
    }
    /// Stops a VM when a goroutine's stack reaches this many frames.
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().max_stack_depth(100).build();
    /// let source = "package main\nfunc f(n int) int { return f(n+1) + 1 }\nfunc main() { f(0) }\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let _output = vm.capture_output(); // keeps the limit's report off the test's stderr
    /// assert_eq!(vm.run(), Err(weft::RunError::Limit(weft::Limit::StackDepth)));
    /// ```
    pub fn max_stack_depth(mut self, n: usize) -> Self {
        self.settings.limits.max_stack_depth = Some(n);
        self
    }
    /// Stops a VM this long after it first ran.
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().max_wall_time(std::time::Duration::from_millis(50)).build();
    /// let source = "package main\nfunc main() { for {} }\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let _output = vm.capture_output(); // keeps the limit's report off the test's stderr
    /// assert_eq!(vm.run(), Err(weft::RunError::Limit(weft::Limit::WallTime)));
    /// ```
    pub fn max_wall_time(mut self, d: Duration) -> Self {
        self.settings.limits.max_wall_time = Some(d);
        self
    }
    /// Instructions a goroutine runs before the scheduler switches (default 10,000).
    /// A smaller quantum interleaves goroutines more finely; results of a correct
    /// program do not depend on it.
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().quantum(50).build();
    /// let source = "package main\nfunc main() {\n\tdone := make(chan int)\n\tgo func() {\n\t\tsum := 0\n\t\tfor i := 0; i < 10; i++ {\n\t\t\tsum += i\n\t\t}\n\t\tdone <- sum\n\t}()\n\tprintln(<-done)\n}\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let output = vm.capture_output();
    /// assert_eq!(vm.run(), Ok(0));
    /// assert_eq!(output.stderr(), "45\n");
    /// ```
    pub fn quantum(mut self, n: i64) -> Self {
        self.settings.quantum = Some(n);
        self
    }
    /// Seeds every scheduling choice (`select`), so runs are reproducible.
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().seed(42).build();
    /// let source = "package main\nfunc main() {\n\ta, b := make(chan int, 1), make(chan int, 1)\n\tfor i := 0; i < 20; i++ {\n\t\ta <- 0\n\t\tb <- 1\n\t\tselect {\n\t\tcase v := <-a:\n\t\t\tprint(v)\n\t\t\t<-b\n\t\tcase v := <-b:\n\t\t\tprint(v)\n\t\t\t<-a\n\t\t}\n\t}\n}\n";
    /// let program = engine.compile_source("main.go", source).unwrap();
    /// let run = || {
    ///     let mut vm = engine.vm(&program).unwrap();
    ///     let output = vm.capture_output();
    ///     vm.run().unwrap();
    ///     output.stderr()
    /// };
    /// assert_eq!(run(), run()); // the same seed makes the same choices
    /// ```
    pub fn seed(mut self, seed: u64) -> Self {
        self.settings.seed = Some(seed);
        self
    }
    /// With virtual time, when every goroutine sleeps the clock jumps to the next timer,
    /// so sleeps and timers cost no real time (off by default).
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().virtual_time(true).build();
    /// let source = "package main\nimport \"time\"\nfunc main() {\n\tstart := time.Now()\n\ttime.Sleep(24 * time.Hour)\n\tprintln(time.Since(start) >= 24*time.Hour)\n}\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let output = vm.capture_output();
    /// let started = std::time::Instant::now();
    /// assert_eq!(vm.run(), Ok(0));
    /// assert_eq!(output.stderr(), "true\n");
    /// assert!(started.elapsed() < std::time::Duration::from_secs(60));
    /// ```
    pub fn virtual_time(mut self, on: bool) -> Self {
        self.settings.virtual_time = on;
        self
    }
    /// Forbids importing a standard package (`"time"`); importing it is a compile error.
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().deny_package("time").build();
    /// let source = "package main\nimport \"time\"\nfunc main() { time.Sleep(1) }\n";
    /// let error = engine.compile_source("main.go", source).unwrap_err();
    /// assert_eq!(error.errors[0].line, 2);
    /// ```
    pub fn deny_package(mut self, path: &str) -> Self {
        self.settings.denied_packages.insert(path.to_string());
        self
    }
    /// Lets `os.Stdin` read the process's standard input (off by default: it reads as
    /// empty, so a script cannot consume the host's input).
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().allow_stdin(false).build();
    /// let source = "package main\nimport (\n\t\"io\"\n\t\"os\"\n)\nfunc main() {\n\tdata, err := io.ReadAll(os.Stdin)\n\tprintln(len(data), err == nil)\n}\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let output = vm.capture_output();
    /// assert_eq!(vm.run(), Ok(0));
    /// assert_eq!(output.stderr(), "0 true\n");
    /// ```
    pub fn allow_stdin(mut self, on: bool) -> Self {
        self.settings.allow_stdin = on;
        self
    }

    /// Gives package os the host's file system, working directory, environment and host
    /// name (off by default: programs see no files and an empty environment). Only for
    /// trusted programs: they can read and write whatever the host process can.
    ///
    /// ```
    /// let engine = weft::Engine::builder().allow_host_access(true).build();
    /// let program = engine
    ///     .compile_source("wd.go", "package main\nimport \"os\"\nfunc main() { wd, _ := os.Getwd(); println(wd != \"/\" || true) }\n")
    ///     .unwrap();
    /// assert_eq!(engine.vm(&program).unwrap().run().unwrap(), 0);
    /// ```
    pub fn allow_host_access(mut self, on: bool) -> Self {
        self.settings.allow_host_access = on;
        self
    }

    /// Makes the engine with everything registered and set so far. The builder can be
    /// cloned first to make several engines that differ in a setting.
    ///
    /// # Examples
    ///
    /// ```
    /// let builder = weft::Engine::builder().register_fn("host.Seven", || 7i64);
    /// let limited = builder.clone().max_instructions(1_000).build();
    /// let unlimited = builder.build();
    /// let source = "package main\nimport \"host\"\nfunc main() { println(host.Seven()) }\n";
    /// for engine in [limited, unlimited] {
    ///     let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    ///     let output = vm.capture_output();
    ///     assert_eq!(vm.run(), Ok(0));
    ///     assert_eq!(output.stderr(), "7\n");
    /// }
    /// ```
    pub fn build(self) -> Engine {
        let mut natives = NativeRegistry::new();
        crate::natives::register_all(&mut natives);
        if self.settings.allow_host_access {
            crate::natives::register_host_access(&mut natives);
        }
        if !self.settings.allow_stdin {
            natives.register("os.readStdin", |ctx, _args| {
                ctx.ret_str(Vec::new());
                Ok(())
            });
        }
        for (path, package) in &self.host_packages {
            let (_, bound) = package.generate(path);
            for (name, native) in bound {
                natives
                    .functions
                    .insert(name, weft_vm::Native::Shared(native));
            }
        }
        Engine {
            natives: Arc::new(natives),
            host_packages: Arc::new(self.host_packages),
            settings: Arc::new(self.settings),
        }
    }
}

/// Splits `"pkg/path.Name"` into the package path and the Go name.
fn split_name(name: &str) -> (String, String) {
    let Some((path, go_name)) = name.rsplit_once('.') else {
        panic!("host name {name:?} needs a package: \"host.{name}\"");
    };
    assert!(
        go_name.chars().next().is_some_and(|c| c.is_uppercase()),
        "host name {name:?}: the Go name must be exported (start with an upper-case letter)"
    );
    (path.to_string(), go_name.to_string())
}
