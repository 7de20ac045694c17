//! Host functions: Rust closures that Go calls as functions of a host package.
//!
//! Each registered function becomes, in the generated Go source of its package, either a
//! body-less declaration bound to the closure (when every result is an ordinary value)
//! or a small Go wrapper around such a native (`host__Name`) that builds what a native
//! cannot return directly: `error` values from `Result`, pointers from `Option`, maps.

use crate::channel::Reply;
use crate::convert::{GoType, HostResults, ResultKind};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::marker::PhantomData;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use weft_vm::host_chan::{self, Direction, HostValue, Shape};
use weft_vm::{NativeCtx, NativeError, Value};

/// A native as the registry stores it.
pub(crate) type NativeClosure =
    Arc<dyn Fn(&mut NativeCtx<'_>, &[Value]) -> Result<(), NativeError> + Send + Sync>;

/// A Rust closure usable as a Go function: `Fn(A, B, ...) -> R` with up to six
/// [`GoType`] arguments and [`HostResults`] results. In functions of up to three
/// parameters, a parameter may also borrow: `&str` (Go `string`) or `&[T]` (Go `[]T`).
/// Implemented for every such closure; `Args` only tells the implementations apart.
///
/// ```
/// let engine = weft::Engine::builder()
///     .register_fn("host.Count", |text: &str, words: &[String]| {
///         words.iter().filter(|w| text.contains(w.as_str())).count() as i64
///     })
///     .build();
/// let source = "package main\nimport \"host\"\nfunc main() { println(host.Count(\"a b\", []string{\"a\", \"c\"})) }\n";
/// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
/// let output = vm.capture_output();
/// vm.run().unwrap();
/// assert_eq!(output.stderr(), "1\n");
/// ```
pub trait HostFn<Args>: Send + Sync + 'static {
    /// The Go types of the parameters.
    #[doc(hidden)]
    fn params() -> Vec<String>;
    /// The Go-visible results and whether an `error` follows them.
    #[doc(hidden)]
    fn results() -> (Vec<(String, ResultKind)>, bool);
    /// Makes the native that converts arguments, calls the closure and pushes results.
    #[doc(hidden)]
    fn into_native(self, name: String) -> NativeClosure;
}

/// A Rust closure usable as a blocking Go function: `Fn(A, B, ..., Reply<T>)` with up to
/// five [`GoType`] arguments. Go sees `func(A, B, ...) T`; the calling goroutine parks
/// until the host completes the [`Reply`], while other goroutines run. Implemented by
/// this crate for every such closure; a host uses it through
/// [`EngineBuilder::register_blocking_fn`](crate::EngineBuilder::register_blocking_fn).
///
/// # Examples
///
/// ```
/// use weft::{BlockingHostFn, EngineBuilder, Reply};
/// // A helper that registers any blocking function answered on a worker thread.
/// fn with_sum(builder: EngineBuilder) -> EngineBuilder {
///     fn sum(a: i64, b: i64, reply: Reply<i64>) {
///         std::thread::spawn(move || reply.send(a + b));
///     }
///     fn check<Args, F: BlockingHostFn<Args, i64>>(function: F) -> F {
///         function
///     }
///     builder.register_blocking_fn("host.Sum", check(sum))
/// }
/// let engine = with_sum(weft::Engine::builder()).build();
/// let source = "package main\nimport \"host\"\nfunc main() {\n\tdone := make(chan int)\n\tgo func() { done <- host.Sum(1, 2) }()\n\tprintln(host.Sum(20, 22), <-done)\n}\n";
/// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
/// let output = vm.capture_output();
/// assert_eq!(vm.run(), Ok(0));
/// assert_eq!(output.stderr(), "42 3\n");
/// ```
pub trait BlockingHostFn<Args, T>: Send + Sync + 'static {
    #[doc(hidden)]
    fn params() -> Vec<String>;
    #[doc(hidden)]
    fn into_native(self, name: String) -> NativeClosure;
}

/// Binds the call's one-value channel (the last argument) as a transient host channel
/// and returns the reply that completes it.
fn bind_reply<T: GoType>(
    ctx: &mut NativeCtx<'_>,
    args: &[Value],
    name: &str,
    counter: &AtomicU64,
) -> Reply<T> {
    let channel = args.last().cloned().unwrap_or(Value::Nil);
    // A name no Go identifier has: transient channels are dropped once completed.
    let key = format!("#{name}#{}", counter.fetch_add(1, Ordering::Relaxed));
    ctx.host_channels
        .bind(&key, Direction::ToGo, &T::shape(), 1, &channel);
    Reply::new(
        ctx.host_channels
            .shared(&key, Direction::ToGo, &T::shape(), 1),
    )
}

macro_rules! blocking_host_fn {
    ($($name:ident $arg:ident $index:tt),*) => {
        impl<Func, Res: GoType, $($name),*> BlockingHostFn<($($name,)*), Res> for Func
        where
            Func: Fn($($name,)* Reply<Res>) + Send + Sync + 'static,
            $($name: GoType),*
        {
            fn params() -> Vec<String> {
                vec![$($name::go_type()),*]
            }
            fn into_native(self, name: String) -> NativeClosure {
                let counter = AtomicU64::new(0);
                Arc::new(move |ctx: &mut NativeCtx<'_>, args: &[Value]| {
                    $(let $arg: $name = argument(ctx, args, $index)?;)*
                    let reply = bind_reply::<Res>(ctx, args, &name, &counter);
                    let call = std::panic::AssertUnwindSafe(|| (self)($($arg,)* reply));
                    std::panic::catch_unwind(call).map_err(|payload| panic_message(&name, payload))
                })
            }
        }
    };
}

blocking_host_fn!();
blocking_host_fn!(A a 0);
blocking_host_fn!(A a 0, B b 1);
blocking_host_fn!(A a 0, B b 1, C c 2);
blocking_host_fn!(A a 0, B b 1, C c 2, D d 3);
blocking_host_fn!(A a 0, B b 1, C c 2, D d 3, E e 4);

/// Reads argument `index` of a host call as a Rust value.
fn argument<T: GoType>(
    ctx: &NativeCtx<'_>,
    args: &[Value],
    index: usize,
) -> Result<T, NativeError> {
    let value = args.get(index).cloned().unwrap_or(Value::Nil);
    T::from_host(host_chan::from_value(ctx.heap, &value, &T::shape())).ok_or_else(|| {
        NativeError::RuntimeError(format!("host function argument {index} has the wrong type"))
    })
}

/// Pushes a host function's wire results.
fn push_results(ctx: &mut NativeCtx<'_>, results: Vec<HostValue>) {
    for item in &results {
        let value = host_chan::to_value(ctx.heap, item);
        ctx.results.push(value);
    }
}

/// A panic in a host closure becomes a Go panic, so a host bug triggered by a script's
/// input cannot unwind through the VM.
fn panic_message(name: &str, payload: Box<dyn std::any::Any + Send>) -> NativeError {
    let text = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string());
    NativeError::PanicString(format!("host function {name} panicked: {text}"))
}

/// The [`HostFn`] impl of one closure shape. `$marker`s tell the shapes apart (a
/// [`GoType`] parameter is its own marker; `&str` is [`StrArg`], `&[T]` is
/// [`SliceArg<T>`]); each parameter is decoded into `$storage` and passed as `$pass`.
macro_rules! host_fn_impl {
    ([$($generic:ident),*] [$($marker:ty),*] [$($param:ty),*]
     [$($arg:ident $index:tt $storage:ty => $pass:expr),* $(,)?]) => {
        impl<Func, Res, $($generic),*> HostFn<($($marker,)*)> for Func
        where
            Func: Fn($($param),*) -> Res + Send + Sync + 'static,
            Res: HostResults,
            $($generic: GoType),*
        {
            fn params() -> Vec<String> {
                vec![$(<$storage as GoType>::go_type()),*]
            }
            fn results() -> (Vec<(String, ResultKind)>, bool) {
                (Res::slots(), Res::has_error())
            }
            #[allow(unused_variables)]
            fn into_native(self, name: String) -> NativeClosure {
                Arc::new(move |ctx: &mut NativeCtx<'_>, args: &[Value]| {
                    $(let $arg: $storage = argument(ctx, args, $index)?;)*
                    let call = std::panic::AssertUnwindSafe(|| (self)($($pass),*));
                    let result = std::panic::catch_unwind(call)
                        .map_err(|payload| panic_message(&name, payload))?;
                    let mut out = Vec::new();
                    result.push_wire(&mut out);
                    push_results(ctx, out);
                    Ok(())
                })
            }
        }
    };
}

/// Implements [`HostFn`] for every combination of owned and borrowed (`&str`, `&[T]`)
/// parameters: each remaining parameter is chosen three ways, then the impl is emitted.
macro_rules! host_fn_borrowing {
    ($generics:tt $markers:tt $params:tt $decoded:tt ;) => {
        host_fn_impl!($generics $markers $params $decoded);
    };
    ([$($generic:ident),*] [$($marker:ty),*] [$($param:ty),*] [$($decoded:tt)*] ;
     $name:ident $arg:ident $index:tt $(, $($rest:tt)*)?) => {
        host_fn_borrowing!([$($generic,)* $name] [$($marker,)* $name] [$($param,)* $name]
            [$($decoded)* $arg $index $name => $arg,] ; $($($rest)*)?);
        host_fn_borrowing!([$($generic),*] [$($marker,)* StrArg] [$($param,)* &str]
            [$($decoded)* $arg $index String => &$arg,] ; $($($rest)*)?);
        host_fn_borrowing!([$($generic,)* $name] [$($marker,)* SliceArg<$name>] [$($param,)* &[$name]]
            [$($decoded)* $arg $index Vec<$name> => &$arg[..],] ; $($($rest)*)?);
    };
}

/// Implements [`HostFn`] for closures whose parameters are all owned [`GoType`]s.
macro_rules! host_fn {
    ($($name:ident $arg:ident $index:tt),*) => {
        host_fn_impl!([$($name),*] [$($name),*] [$($name),*]
            [$($arg $index $name => $arg),*]);
    };
}

/// Marks a `&str` parameter in [`HostFn`]'s `Args` (Go sees `string`); never built,
/// only named by the compiler when it picks the implementation for a closure.
///
/// ```
/// fn takes_str<F: weft::HostFn<(weft::StrArg,)>>(_: F) {}
/// takes_str(|s: &str| s.len() as i64);
/// ```
pub struct StrArg;

/// Marks a `&[T]` parameter in [`HostFn`]'s `Args` (Go sees `[]T`); like [`StrArg`].
///
/// ```
/// fn takes_slice<F: weft::HostFn<(weft::SliceArg<f64>,)>>(_: F) {}
/// takes_slice(|xs: &[f64]| xs.iter().sum::<f64>());
/// ```
pub struct SliceArg<T>(PhantomData<T>);

host_fn!();
host_fn_borrowing!([] [] [] [] ; A a 0);
host_fn_borrowing!([] [] [] [] ; A a 0, B b 1);
host_fn_borrowing!([] [] [] [] ; A a 0, B b 1, C c 2);
host_fn!(A a 0, B b 1, C c 2, D d 3);
host_fn!(A a 0, B b 1, C c 2, D d 3, E e 4);
host_fn!(A a 0, B b 1, C c 2, D d 3, E e 4, F f 5);

/// One function of a host package, as registered.
#[derive(Clone)]
pub(crate) struct HostFunction {
    pub(crate) params: Vec<String>,
    pub(crate) results: Vec<(String, ResultKind)>,
    pub(crate) has_error: bool,
    /// A blocking function's Go result type (its results are empty).
    pub(crate) blocking: Option<String>,
    pub(crate) native: NativeClosure,
}

/// One channel of a host package, as declared.
#[derive(Clone)]
pub(crate) struct HostChannelDecl {
    pub(crate) go_elem: String,
    pub(crate) shape: Shape,
    pub(crate) direction: Direction,
    pub(crate) capacity: usize,
}

/// The functions and channels of one host package (`host`), by Go name.
#[derive(Clone, Default)]
pub(crate) struct HostPackage {
    pub(crate) functions: BTreeMap<String, HostFunction>,
    pub(crate) channels: BTreeMap<String, HostChannelDecl>,
}

impl HostPackage {
    /// The Go source of the package, and the natives to bind (qualified name, closure).
    pub(crate) fn generate(&self, path: &str) -> (String, Vec<(String, NativeClosure)>) {
        let package_name = path.rsplit('/').next().unwrap_or(path);
        let mut body = String::new();
        let mut natives = Vec::new();
        let mut needs_errors = false;
        for (name, function) in &self.functions {
            let params: Vec<String> = function
                .params
                .iter()
                .enumerate()
                .map(|(i, ty)| format!("p{i} {ty}"))
                .collect();
            let args: Vec<String> = (0..function.params.len())
                .map(|i| format!("p{i}"))
                .collect();
            let mut visible: Vec<String> =
                function.results.iter().map(|(t, _)| t.clone()).collect();
            if function.has_error {
                visible.push("error".to_string());
            }
            if let Some(result) = &function.blocking {
                let native_name = format!("host__{name}");
                let mut native_params = params.clone();
                native_params.push(format!("c chan {result}"));
                let mut native_args = args.clone();
                native_args.push("c".to_string());
                let _ = writeln!(
                    body,
                    "func {native_name}({})\n\nfunc {name}({}) {result} {{\n\tc := make(chan {result}, 1)\n\t{native_name}({})\n\treturn <-c\n}}\n",
                    native_params.join(", "),
                    params.join(", "),
                    native_args.join(", ")
                );
                natives.push((format!("{path}.{native_name}"), function.native.clone()));
                continue;
            }
            let simple = !function.has_error
                && function
                    .results
                    .iter()
                    .all(|(_, kind)| *kind == ResultKind::Plain);
            if simple {
                let _ = writeln!(
                    body,
                    "func {name}({}) {}\n",
                    params.join(", "),
                    results_clause(&visible)
                );
                natives.push((format!("{path}.{name}"), function.native.clone()));
                continue;
            }
            // The native returns wire values; the wrapper rebuilds pointers, maps, errors.
            let native_name = format!("host__{name}");
            let mut wire = Vec::new();
            let mut wire_vars = Vec::new();
            let mut build = String::new();
            let mut returned = Vec::new();
            for (i, (ty, kind)) in function.results.iter().enumerate() {
                match kind {
                    ResultKind::Plain => {
                        wire.push(ty.clone());
                        wire_vars.push(format!("r{i}"));
                        returned.push(format!("r{i}"));
                    }
                    ResultKind::Pointer => {
                        wire.push(ty[1..].to_string());
                        wire.push("bool".to_string());
                        wire_vars.push(format!("r{i}"));
                        wire_vars.push(format!("ok{i}"));
                        let _ = writeln!(
                            build,
                            "\tvar x{i} {ty}\n\tif ok{i} {{\n\t\tx{i} = &r{i}\n\t}}"
                        );
                        returned.push(format!("x{i}"));
                    }
                    ResultKind::Map => {
                        let (key, value) = map_parts(ty);
                        wire.push(format!("[]{key}"));
                        wire.push(format!("[]{value}"));
                        wire_vars.push(format!("k{i}"));
                        wire_vars.push(format!("v{i}"));
                        let _ = writeln!(
                            build,
                            "\tx{i} := make({ty}, len(k{i}))\n\tfor j := range k{i} {{\n\t\tx{i}[k{i}[j]] = v{i}[j]\n\t}}"
                        );
                        returned.push(format!("x{i}"));
                    }
                }
            }
            let mut tail = String::new();
            if function.has_error {
                needs_errors = true;
                wire.push("string".to_string());
                wire.push("bool".to_string());
                wire_vars.push("message".to_string());
                wire_vars.push("failed".to_string());
                let mut failed = returned.clone();
                failed.push("errors.New(message)".to_string());
                returned.push("nil".to_string());
                let _ = writeln!(
                    tail,
                    "\tif failed {{\n\t\treturn {}\n\t}}",
                    failed.join(", ")
                );
            }
            let _ = writeln!(
                body,
                "func {native_name}({}) {}\n",
                params.join(", "),
                results_clause(&wire)
            );
            let call = format!("{native_name}({})", args.join(", "));
            let _ = writeln!(
                body,
                "func {name}({}) {} {{\n\t{} := {call}\n{build}{tail}\treturn {}\n}}\n",
                params.join(", "),
                results_clause(&visible),
                wire_vars.join(", "),
                returned.join(", ")
            );
            natives.push((format!("{path}.{native_name}"), function.native.clone()));
        }
        for (name, channel) in &self.channels {
            let elem = &channel.go_elem;
            let (go_type, arrow) = match channel.direction {
                Direction::ToGo => (format!("<-chan {elem}"), "to Go"),
                Direction::FromGo => (format!("chan<- {elem}"), "from Go"),
            };
            let binder = format!("bind__{name}");
            let _ = writeln!(
                body,
                "// {name} carries values {arrow}.\nvar {name} {go_type} = {binder}(make(chan {elem}, {}))\n\nfunc {binder}(c chan {elem}) chan {elem}\n",
                channel.capacity
            );
            let qualified = format!("{path}.{name}");
            let decl = channel.clone();
            let native: NativeClosure = Arc::new(move |ctx: &mut NativeCtx<'_>, args: &[Value]| {
                let value = args.first().cloned().unwrap_or(Value::Nil);
                ctx.host_channels.bind(
                    &qualified,
                    decl.direction,
                    &decl.shape,
                    decl.capacity,
                    &value,
                );
                ctx.results.push(value);
                Ok(())
            });
            natives.push((format!("{path}.{binder}"), native));
        }
        let imports = if needs_errors {
            "import \"errors\"\n\n"
        } else {
            ""
        };
        (
            format!("package {package_name}\n\n{imports}{body}"),
            natives,
        )
    }
}

/// `(a, b)`, a lone type, or nothing.
fn results_clause(types: &[String]) -> String {
    match types.len() {
        0 => String::new(),
        1 => types[0].clone(),
        _ => format!("({})", types.join(", ")),
    }
}

/// Key and value types of `map[K]V` (brackets in K are balanced).
fn map_parts(ty: &str) -> (String, String) {
    let inner = &ty[4..];
    let mut depth = 0;
    for (i, c) in inner.char_indices() {
        match c {
            '[' => depth += 1,
            ']' if depth == 0 => return (inner[..i].to_string(), inner[i + 1..].to_string()),
            ']' => depth -= 1,
            _ => {}
        }
    }
    (String::new(), String::new())
}
