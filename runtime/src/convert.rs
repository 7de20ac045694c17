//! Conversions between Rust values and Go values for host functions, calls and channels.
//!
//! Go types follow from Rust types: `i64` is Go's `int` (64 bits in Weft, as on every
//! 64-bit gc platform), `i32` is `int32`, `u64` is `uint64`, `u8` is `byte`, `f64` is
//! `float64`, `bool` is `bool`, `String` is `string` (invalid UTF-8 from Go is replaced
//! by U+FFFD), `Vec<T>` is `[]T`, `HashMap<K, V>` is `map[K]V`, `Option<T>` is `*T`
//! (`None` is nil).

use std::collections::HashMap;
use std::hash::Hash;
use weft_vm::host_chan::{HostValue, Shape};

/// A Rust type with a Go counterpart. Implemented for the types listed at the top of
/// this module; nested freely (`Vec<Vec<String>>`), except that a `HashMap` or an
/// `Option` inside a `Vec` cannot be built from Rust (it can be read from Go).
/// Implemented by this crate for those types only; a host uses it through
/// [`EngineBuilder::register_fn`](crate::EngineBuilder::register_fn), the channel
/// declarations and [`Vm::call`](crate::Vm::call).
///
/// # Examples
///
/// ```
/// use std::collections::HashMap;
/// let engine = weft::Engine::builder()
///     // Go: func(map[string]int, *float64) []string
///     .register_fn("host.Keys", |scores: HashMap<String, i64>, bonus: Option<f64>| {
///         let mut keys: Vec<String> = scores.into_keys().collect();
///         keys.sort();
///         keys.push(format!("{bonus:?}"));
///         keys
///     })
///     .build();
/// let source = "package main\nimport (\n\t\"fmt\"\n\t\"host\"\n)\nfunc main() {\n\tfmt.Println(host.Keys(map[string]int{\"b\": 1, \"a\": 2}, nil))\n}\n";
/// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
/// let output = vm.capture_output();
/// assert_eq!(vm.run(), Ok(0));
/// assert_eq!(output.stdout(), "[a b None]\n");
/// ```
///
/// The Go type of each Rust type:
///
/// ```
/// use weft::GoType;
/// assert_eq!(<Vec<i64>>::go_type(), "[]int");
/// assert_eq!(<std::collections::HashMap<String, f64>>::go_type(), "map[string]float64");
/// assert_eq!(<Option<bool>>::go_type(), "*bool");
/// ```
pub trait GoType: Sized + 'static {
    /// The Go type, as Go source spells it.
    ///
    /// # Examples
    ///
    /// ```
    /// use weft::GoType;
    /// assert_eq!(i64::go_type(), "int");
    /// assert_eq!(<Vec<Vec<u8>>>::go_type(), "[][]byte");
    /// ```
    fn go_type() -> String;
    // The three methods below are hidden: they speak weft-vm's wire format
    // (`HostValue`, `Shape`), which is internal to Weft and may change; hosts never
    // call them.
    /// How the VM reads a Go value of this type.
    #[doc(hidden)]
    fn shape() -> Shape;
    /// The value as the VM builds it (maps and options are built by Go-side wrappers
    /// from the parts `push_result` gives).
    #[doc(hidden)]
    fn into_host(self) -> HostValue;
    /// The Rust value of a Go value read with `shape()`; `None` if it does not fit.
    #[doc(hidden)]
    fn from_host(value: HostValue) -> Option<Self>;
    /// How a result of this type travels from a host function to Go.
    #[doc(hidden)]
    fn result_kind() -> ResultKind {
        ResultKind::Plain
    }
    /// Pushes the wire values of a result (see `result_kind`).
    #[doc(hidden)]
    fn push_result(self, out: &mut Vec<HostValue>) {
        out.push(self.into_host());
    }
    /// Pushes the wire values of this type's zero value (a result beside an error).
    #[doc(hidden)]
    fn push_zero(out: &mut Vec<HostValue>);
}

/// How a result travels from a native to the Go wrapper that returns it.
#[doc(hidden)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResultKind {
    /// One value, returned as is.
    Plain,
    /// `(value, ok)`: the wrapper returns `&value` or nil.
    Pointer,
    /// `(keys, values)`: the wrapper builds the map.
    Map,
}

fn go_string(value: HostValue) -> Option<String> {
    match value {
        HostValue::Str(bytes) => Some(match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        }),
        _ => None,
    }
}

macro_rules! integer_go_type {
    ($rust:ty, $go:literal) => {
        impl GoType for $rust {
            fn go_type() -> String {
                $go.to_string()
            }
            fn shape() -> Shape {
                Shape::Int
            }
            fn into_host(self) -> HostValue {
                HostValue::Int(self as i64)
            }
            fn from_host(value: HostValue) -> Option<Self> {
                match value {
                    HostValue::Int(i) => Some(i as $rust),
                    _ => None,
                }
            }
            fn push_zero(out: &mut Vec<HostValue>) {
                out.push(HostValue::Int(0));
            }
        }
    };
}

integer_go_type!(i64, "int");
integer_go_type!(i32, "int32");
integer_go_type!(u64, "uint64");
integer_go_type!(u8, "byte");

impl GoType for f64 {
    fn go_type() -> String {
        "float64".to_string()
    }
    fn shape() -> Shape {
        Shape::Float
    }
    fn into_host(self) -> HostValue {
        HostValue::Float(self)
    }
    fn from_host(value: HostValue) -> Option<Self> {
        match value {
            HostValue::Float(f) => Some(f),
            _ => None,
        }
    }
    fn push_zero(out: &mut Vec<HostValue>) {
        out.push(HostValue::Float(0.0));
    }
}

impl GoType for bool {
    fn go_type() -> String {
        "bool".to_string()
    }
    fn shape() -> Shape {
        Shape::Bool
    }
    fn into_host(self) -> HostValue {
        HostValue::Bool(self)
    }
    fn from_host(value: HostValue) -> Option<Self> {
        match value {
            HostValue::Bool(b) => Some(b),
            _ => None,
        }
    }
    fn push_zero(out: &mut Vec<HostValue>) {
        out.push(HostValue::Bool(false));
    }
}

impl GoType for String {
    fn go_type() -> String {
        "string".to_string()
    }
    fn shape() -> Shape {
        Shape::Str
    }
    fn into_host(self) -> HostValue {
        HostValue::Str(self.into_bytes())
    }
    fn from_host(value: HostValue) -> Option<Self> {
        go_string(value)
    }
    fn push_zero(out: &mut Vec<HostValue>) {
        out.push(HostValue::Str(Vec::new()));
    }
}

impl<T: GoType> GoType for Vec<T> {
    fn go_type() -> String {
        format!("[]{}", T::go_type())
    }
    fn shape() -> Shape {
        Shape::List(Box::new(T::shape()))
    }
    fn into_host(self) -> HostValue {
        HostValue::List(self.into_iter().map(T::into_host).collect())
    }
    fn from_host(value: HostValue) -> Option<Self> {
        match value {
            HostValue::Nil => Some(Vec::new()),
            HostValue::List(items) => items.into_iter().map(T::from_host).collect(),
            _ => None,
        }
    }
    fn push_zero(out: &mut Vec<HostValue>) {
        out.push(HostValue::Nil);
    }
}

impl<K: GoType + Eq + Hash, V: GoType> GoType for HashMap<K, V> {
    fn go_type() -> String {
        format!("map[{}]{}", K::go_type(), V::go_type())
    }
    fn shape() -> Shape {
        Shape::Map(Box::new(K::shape()), Box::new(V::shape()))
    }
    fn into_host(self) -> HostValue {
        HostValue::Map(
            self.into_iter()
                .map(|(k, v)| (k.into_host(), v.into_host()))
                .collect(),
        )
    }
    fn from_host(value: HostValue) -> Option<Self> {
        match value {
            HostValue::Nil => Some(HashMap::new()),
            HostValue::Map(entries) => entries
                .into_iter()
                .map(|(k, v)| Some((K::from_host(k)?, V::from_host(v)?)))
                .collect(),
            _ => None,
        }
    }
    fn result_kind() -> ResultKind {
        ResultKind::Map
    }
    fn push_result(self, out: &mut Vec<HostValue>) {
        let (keys, values): (Vec<_>, Vec<_>) = self
            .into_iter()
            .map(|(k, v)| (k.into_host(), v.into_host()))
            .unzip();
        out.push(HostValue::List(keys));
        out.push(HostValue::List(values));
    }
    fn push_zero(out: &mut Vec<HostValue>) {
        out.push(HostValue::Nil);
        out.push(HostValue::Nil);
    }
}

impl<T: GoType> GoType for Option<T> {
    fn go_type() -> String {
        format!("*{}", T::go_type())
    }
    fn shape() -> Shape {
        Shape::Pointer(Box::new(T::shape()))
    }
    fn into_host(self) -> HostValue {
        match self {
            Some(v) => v.into_host(),
            None => HostValue::Nil,
        }
    }
    fn from_host(value: HostValue) -> Option<Self> {
        match value {
            HostValue::Nil => Some(None),
            other => T::from_host(other).map(Some),
        }
    }
    fn result_kind() -> ResultKind {
        ResultKind::Pointer
    }
    fn push_result(self, out: &mut Vec<HostValue>) {
        match self {
            Some(v) => {
                out.push(v.into_host());
                out.push(HostValue::Bool(true));
            }
            None => {
                T::push_zero(out);
                out.push(HostValue::Bool(false));
            }
        }
    }
    fn push_zero(out: &mut Vec<HostValue>) {
        T::push_zero(out);
        out.push(HostValue::Bool(false));
    }
}

/// The Go-visible results of a host function without an error: `()`, one [`GoType`],
/// or a tuple of up to four. Implemented by this crate for exactly those types; a host
/// uses it through [`EngineBuilder::register_fn`](crate::EngineBuilder::register_fn).
///
/// # Examples
///
/// ```
/// let engine = weft::Engine::builder()
///     .register_fn("host.DivMod", |a: i64, b: i64| (a / b, a % b)) // Go: func(int, int) (int, int)
///     .register_fn("host.Log", |line: String| eprintln!("{line}")) // Go: func(string)
///     .build();
/// let source = "package main\nimport \"host\"\nfunc main() {\n\tq, r := host.DivMod(7, 2)\n\tprintln(q, r)\n}\n";
/// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
/// let output = vm.capture_output();
/// assert_eq!(vm.run(), Ok(0));
/// assert_eq!(output.stderr(), "3 1\n");
/// ```
pub trait PlainResults: 'static {
    /// Each result's Go type and how it travels.
    #[doc(hidden)]
    fn slots() -> Vec<(String, ResultKind)>;
    #[doc(hidden)]
    fn push_wire(self, out: &mut Vec<HostValue>);
    #[doc(hidden)]
    fn push_zero(out: &mut Vec<HostValue>);
}

impl PlainResults for () {
    fn slots() -> Vec<(String, ResultKind)> {
        Vec::new()
    }
    fn push_wire(self, _out: &mut Vec<HostValue>) {}
    fn push_zero(_out: &mut Vec<HostValue>) {}
}

impl<T: GoType> PlainResults for T {
    fn slots() -> Vec<(String, ResultKind)> {
        vec![(T::go_type(), T::result_kind())]
    }
    fn push_wire(self, out: &mut Vec<HostValue>) {
        self.push_result(out);
    }
    fn push_zero(out: &mut Vec<HostValue>) {
        T::push_zero(out);
    }
}

macro_rules! tuple_results {
    ($($name:ident $index:tt),+) => {
        impl<$($name: GoType),+> PlainResults for ($($name,)+) {
            fn slots() -> Vec<(String, ResultKind)> {
                vec![$(($name::go_type(), $name::result_kind())),+]
            }
            fn push_wire(self, out: &mut Vec<HostValue>) {
                $(self.$index.push_result(out);)+
            }
            fn push_zero(out: &mut Vec<HostValue>) {
                $($name::push_zero(out);)+
            }
        }
    };
}

tuple_results!(A 0, B 1);
tuple_results!(A 0, B 1, C 2);
tuple_results!(A 0, B 1, C 2, D 3);

/// The results of a host function: [`PlainResults`], or `Result<P, E>` which Go sees
/// as `(P..., error)` with `E`'s `Display` text as the error's message. Implemented by
/// this crate; a host uses it through
/// [`EngineBuilder::register_fn`](crate::EngineBuilder::register_fn).
///
/// # Examples
///
/// ```
/// let engine = weft::Engine::builder()
///     // Go: func(string) (int, int, error)
///     .register_fn("host.Size", |name: &str| -> Result<(i64, i64), String> {
///         match name {
///             "screen" => Ok((640, 480)),
///             other => Err(format!("unknown {other}")),
///         }
///     })
///     .build();
/// let source = "package main\nimport \"host\"\nfunc main() {\n\tw, h, err := host.Size(\"screen\")\n\tprintln(w, h, err == nil)\n\t_, _, err = host.Size(\"disk\")\n\tprintln(err.Error())\n}\n";
/// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
/// let output = vm.capture_output();
/// assert_eq!(vm.run(), Ok(0));
/// assert_eq!(output.stderr(), "640 480 true\nunknown disk\n");
/// ```
pub trait HostResults: 'static {
    #[doc(hidden)]
    fn slots() -> Vec<(String, ResultKind)>;
    #[doc(hidden)]
    fn has_error() -> bool;
    /// Pushes the wire values; with an error slot, also `(message, failed)`.
    #[doc(hidden)]
    fn push_wire(self, out: &mut Vec<HostValue>);
}

impl<P: PlainResults> HostResults for P {
    fn slots() -> Vec<(String, ResultKind)> {
        P::slots()
    }
    fn has_error() -> bool {
        false
    }
    fn push_wire(self, out: &mut Vec<HostValue>) {
        PlainResults::push_wire(self, out);
    }
}

impl<P: PlainResults, E: std::fmt::Display + 'static> HostResults for Result<P, E> {
    fn slots() -> Vec<(String, ResultKind)> {
        P::slots()
    }
    fn has_error() -> bool {
        true
    }
    fn push_wire(self, out: &mut Vec<HostValue>) {
        match self {
            Ok(values) => {
                values.push_wire(out);
                out.push(HostValue::Str(Vec::new()));
                out.push(HostValue::Bool(false));
            }
            Err(e) => {
                P::push_zero(out);
                out.push(HostValue::Str(e.to_string().into_bytes()));
                out.push(HostValue::Bool(true));
            }
        }
    }
}

/// One argument of a call from Rust into Go: any [`GoType`], or a reference to a host
/// channel end made by [`crate::Vm::new_sender`] (Go `<-chan T`) or
/// [`crate::Vm::new_receiver`] (Go `chan<- T`).
///
/// ```
/// use weft::GoArg;
/// assert_eq!(<&str as GoArg>::go_type(), "string");
/// assert_eq!(<&weft::HostSender<i64> as GoArg>::go_type(), "<-chan int");
/// assert_eq!(<&weft::HostReceiver<String> as GoArg>::go_type(), "chan<- string");
/// ```
pub trait GoArg {
    /// The Go type of the parameter, as Go source spells it.
    ///
    /// # Examples
    ///
    /// ```
    /// use weft::GoArg;
    /// assert_eq!(<&[f64] as GoArg>::go_type(), "[]float64");
    /// ```
    fn go_type() -> String;
    /// The argument as it crosses into the VM.
    #[doc(hidden)]
    fn into_arg(self) -> ArgValue;
}

/// An argument of a call into Go as it crosses into the VM.
#[doc(hidden)]
pub enum ArgValue {
    /// A value and how to build it (maps and pointers need their shape).
    Value(HostValue, Shape),
    /// A host channel: the VM binds (or reuses) the Go channel of this shared state.
    Channel(std::sync::Arc<weft_vm::host_chan::HostChanShared>),
}

impl<T: GoType> GoArg for T {
    fn go_type() -> String {
        T::go_type()
    }
    fn into_arg(self) -> ArgValue {
        ArgValue::Value(self.into_host(), T::shape())
    }
}

impl GoArg for &str {
    fn go_type() -> String {
        "string".to_string()
    }
    fn into_arg(self) -> ArgValue {
        ArgValue::Value(HostValue::Str(self.as_bytes().to_vec()), Shape::Str)
    }
}

impl<T: GoType + Clone> GoArg for &[T] {
    fn go_type() -> String {
        format!("[]{}", T::go_type())
    }
    fn into_arg(self) -> ArgValue {
        ArgValue::Value(
            HostValue::List(self.iter().cloned().map(T::into_host).collect()),
            Shape::List(Box::new(T::shape())),
        )
    }
}

impl<T: GoType> GoArg for &crate::HostSender<T> {
    fn go_type() -> String {
        format!("<-chan {}", T::go_type())
    }
    fn into_arg(self) -> ArgValue {
        ArgValue::Channel(self.shared().clone())
    }
}

impl<T: GoType> GoArg for &crate::HostReceiver<T> {
    fn go_type() -> String {
        format!("chan<- {}", T::go_type())
    }
    fn into_arg(self) -> ArgValue {
        ArgValue::Channel(self.shared().clone())
    }
}

/// Arguments of a call from Rust into Go: a tuple of up to six [`GoArg`]s (or `()`).
/// Implemented by this crate; a host uses it through [`Vm::call`](crate::Vm::call) and
/// [`Vm::func`](crate::Vm::func).
///
/// # Examples
///
/// ```
/// let engine = weft::Engine::builder().build();
/// let source = "package main\nfunc Describe(n int, unit string, xs []float64) string {\n\treturn unit\n}\nfunc Ping() bool { return true }\nfunc main() {}\n";
/// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
/// let unit: String = vm.call("Describe", (3i64, "m", vec![1.5, 2.5])).unwrap();
/// assert_eq!(unit, "m");
/// let pong: bool = vm.call("Ping", ()).unwrap(); // no arguments
/// assert!(pong);
/// ```
pub trait GoArgs {
    #[doc(hidden)]
    fn go_types() -> Vec<String>;
    #[doc(hidden)]
    fn into_args(self) -> Vec<ArgValue>;
}

/// A non-nil Go `error` returned to the host: its `Error()` text. A Go function whose
/// last result is `error` is called with results `Result<R, GoError>`, `R` being the
/// other results (`()` for none).
///
/// ```
/// let engine = weft::Engine::builder().build();
/// let source = "package main\nimport \"strconv\"\nfunc Parse(s string) (int, error) { return strconv.Atoi(s) }\nfunc main() {}\n";
/// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
/// let parse = vm.func::<(&str,), Result<i64, weft::GoError>>("Parse").unwrap();
/// assert_eq!(parse.call(&mut vm, ("12",)), Ok(Ok(12)));
/// let error = parse.call(&mut vm, ("x",)).unwrap().unwrap_err();
/// assert_eq!(error.message, "strconv.Atoi: parsing \"x\": invalid syntax");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoError {
    /// What the error's `Error()` method returned.
    pub message: String,
}

impl std::fmt::Display for GoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for GoError {}

/// Results of a call from Rust into Go: `()`, one [`GoType`], a tuple of up to four,
/// or `Result<R, GoError>` for Go results that end with an `error`. Implemented by this
/// crate; a host uses it through [`Vm::call`](crate::Vm::call) and
/// [`Vm::func`](crate::Vm::func).
///
/// # Examples
///
/// ```
/// let engine = weft::Engine::builder().build();
/// let source = "package main\nimport \"strings\"\nfunc Cut(s, sep string) (string, string, bool) { return strings.Cut(s, sep) }\nfunc Reset() {}\nfunc main() {}\n";
/// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
/// let parts: (String, String, bool) = vm.call("Cut", ("key=value", "=")).unwrap();
/// assert_eq!(parts, ("key".to_string(), "value".to_string(), true));
/// vm.call::<_, ()>("Reset", ()).unwrap(); // no results
/// assert!(vm.call::<_, i64>("Reset", ()).is_err()); // Reset returns nothing
/// ```
pub trait GoResults: Sized {
    #[doc(hidden)]
    fn go_types() -> Vec<String>;
    #[doc(hidden)]
    fn shapes() -> Vec<Shape>;
    /// The last Go result is an `error`, read as its message (`HostValue::Str`) or `Nil`.
    #[doc(hidden)]
    fn ends_with_error() -> bool {
        false
    }
    #[doc(hidden)]
    fn from_host(values: Vec<HostValue>) -> Option<Self>;
}

impl GoArgs for () {
    fn go_types() -> Vec<String> {
        Vec::new()
    }
    fn into_args(self) -> Vec<ArgValue> {
        Vec::new()
    }
}

impl GoResults for () {
    fn go_types() -> Vec<String> {
        Vec::new()
    }
    fn shapes() -> Vec<Shape> {
        Vec::new()
    }
    fn from_host(_values: Vec<HostValue>) -> Option<Self> {
        Some(())
    }
}

impl<T: GoType> GoResults for T {
    fn go_types() -> Vec<String> {
        vec![T::go_type()]
    }
    fn shapes() -> Vec<Shape> {
        vec![T::shape()]
    }
    fn from_host(values: Vec<HostValue>) -> Option<Self> {
        T::from_host(values.into_iter().next()?)
    }
}

/// Go results `(R..., error)`: `Err` when the error is not nil.
impl<R: PlainGoResults> GoResults for Result<R, GoError> {
    fn go_types() -> Vec<String> {
        let mut types = R::go_types();
        types.push("error".to_string());
        types
    }
    fn shapes() -> Vec<Shape> {
        let mut shapes = R::shapes();
        shapes.push(Shape::Str);
        shapes
    }
    fn ends_with_error() -> bool {
        true
    }
    fn from_host(mut values: Vec<HostValue>) -> Option<Self> {
        match values.pop()? {
            HostValue::Nil => R::from_host(values).map(Ok),
            message => Some(Err(GoError {
                message: go_string(message)?,
            })),
        }
    }
}

/// [`GoResults`] without an error: what `Result<R, GoError>` wraps.
///
/// ```
/// fn wraps<R: weft::PlainGoResults>() -> Vec<String> {
///     <Result<R, weft::GoError> as weft::GoResults>::go_types()
/// }
/// assert_eq!(wraps::<(i64, String)>(), ["int", "string", "error"]);
/// ```
pub trait PlainGoResults: GoResults {}

impl PlainGoResults for () {}
impl<T: GoType> PlainGoResults for T {}

macro_rules! tuple_args {
    ($($name:ident $index:tt),+) => {
        impl<$($name: GoArg),+> GoArgs for ($($name,)+) {
            fn go_types() -> Vec<String> {
                vec![$($name::go_type()),+]
            }
            fn into_args(self) -> Vec<ArgValue> {
                vec![$(self.$index.into_arg()),+]
            }
        }
    };
}

tuple_args!(A 0);
tuple_args!(A 0, B 1);
tuple_args!(A 0, B 1, C 2);
tuple_args!(A 0, B 1, C 2, D 3);
tuple_args!(A 0, B 1, C 2, D 3, E 4);
tuple_args!(A 0, B 1, C 2, D 3, E 4, F 5);

macro_rules! tuple_go_results {
    ($($name:ident),+) => {
        impl<$($name: GoType),+> GoResults for ($($name,)+) {
            fn go_types() -> Vec<String> {
                vec![$($name::go_type()),+]
            }
            fn shapes() -> Vec<Shape> {
                vec![$($name::shape()),+]
            }
            fn from_host(values: Vec<HostValue>) -> Option<Self> {
                let mut values = values.into_iter();
                Some(($($name::from_host(values.next()?)?,)+))
            }
        }
        impl<$($name: GoType),+> PlainGoResults for ($($name,)+) {}
    };
}

tuple_go_results!(A, B);
tuple_go_results!(A, B, C);
tuple_go_results!(A, B, C, D);
