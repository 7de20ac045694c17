//! A compiled program: functions with their bytecode, constants, runtime type descriptors.
//!
//! A `Program` holds no `Value`s (those are per-VM and not `Send`), so it can be
//! shared between threads and instantiated many times.

use crate::op::Op;

/// Index of a function in `Program::funcs`.
pub type FuncId = u32;
/// Index of a runtime type in `Program::types`.
pub type TypeId = u32;
/// Index of an interned method name in `Program::symbols`.
pub type SymbolId = u32;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Program {
    pub funcs: Vec<FuncProto>,
    pub constants: Vec<Constant>,
    pub types: Vec<RtType>,
    /// Method names, interned; `RtType::methods` is sorted by symbol id.
    pub symbols: Vec<String>,
    /// Names of native functions (`strings.Index`), bound by the host when a VM is made.
    pub natives: Vec<String>,
    /// Number of package-level variables.
    pub globals: u32,
    /// The function that initializes packages and then calls `main.main`.
    pub entry: FuncId,
    /// Source file names, indexed by `LineEntry::file`.
    pub files: Vec<String>,
    /// Types and helpers the VM needs to raise Go panics (see `RuntimeHooks`).
    pub hooks: RuntimeHooks,
    /// Case kinds of each `select` statement (`Op::Select::table`): true for a send case.
    pub select_tables: Vec<Vec<bool>>,
}

/// Pieces of the Go runtime package that the VM uses directly.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RuntimeHooks {
    /// A struct type `{ msg string }` implementing `runtime.Error`; runtime panics box their message in it.
    pub runtime_error_type: Option<TypeId>,
    /// More specific runtime error types, as gc's: `boundsError` (index and slice bounds),
    /// `plainError` (nil map writes), `*TypeAssertionError`. Each is `{ msg string }` (or a pointer to it).
    pub bounds_error_type: Option<TypeId>,
    pub plain_error_type: Option<TypeId>,
    pub type_assertion_error_type: Option<TypeId>,
    /// `func(v any) string`: renders a panic value the way gc's `printpanicval` does
    /// (calls Error/String methods), used for the `panic: ...` line of an uncaught panic.
    pub panic_message_func: Option<FuncId>,
    /// `func(v any) string` giving the text of an interface type assertion's target for messages (unused if None).
    pub type_string_func: Option<FuncId>,
}

/// A constant operand, materialized into a `Value` when a VM is created.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    Int(i64),
    Float(f64),
    Str(Vec<u8>),
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct FuncProto {
    /// Qualified name as gc prints it in stack traces: `main.main`, `main.(*T).M`, `main.main.func1`.
    pub name: String,
    pub code: Vec<Op>,
    /// Source line of each instruction group: sorted by `pc`.
    pub lines: Vec<LineEntry>,
    /// Parameters, receiver first for methods. Slots `0..param_count`.
    pub param_count: u32,
    /// Result slots follow the parameters: `param_count..param_count + result_count`.
    pub result_count: u32,
    /// All local slots including parameters and results.
    pub local_count: u32,
    /// Deepest operand stack above the locals (reserved once at call time).
    pub max_stack: u32,
    /// Bytes gc's frame for this function would take (locals and arguments by their Go sizes),
    /// counted against the 1 GB goroutine stack limit.
    pub frame_bytes: u32,
    /// Result slots (indices among the results) that hold a cell because a closure
    /// captures the named result; `Return` reads the value out of the cell.
    pub boxed_results: Vec<u32>,
}

impl FuncProto {
    /// Line of the instruction at `pc` (0 if unknown) and its file index.
    pub fn line_at(&self, pc: usize) -> (u32, u32) {
        let i = self.lines.partition_point(|e| (e.pc as usize) <= pc);
        if i == 0 {
            return (0, 0);
        }
        let e = &self.lines[i - 1];
        (e.file, e.line)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineEntry {
    pub pc: u32,
    pub file: u32,
    pub line: u32,
}

/// Kind of a runtime type, as reflect.Kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    Pointer,
    Array,
    Slice,
    Map,
    Chan,
    Struct,
    Func,
    Interface,
    UnsafePointer,
}

impl Kind {
    /// Struct and array values are heap objects with value semantics.
    pub fn is_aggregate(self) -> bool {
        matches!(self, Kind::Struct | Kind::Array)
    }
    pub fn is_integer(self) -> bool {
        use Kind::*;
        matches!(
            self,
            Int | Int8 | Int16 | Int32 | Int64 | Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr
        )
    }
    pub fn is_unsigned(self) -> bool {
        use Kind::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }
}

/// A runtime type descriptor: what interfaces, equality, hashing, copying and fmt need.
#[derive(Clone, Debug, PartialEq)]
pub struct RtType {
    /// gc's type string: `int`, `main.T`, `*main.T`, `[]string`, `map[string]int`, `struct { X int }`.
    pub name: String,
    pub kind: Kind,
    /// Element type of pointer, array, slice, chan, map value.
    pub elem: Option<TypeId>,
    /// Key type of a map.
    pub key: Option<TypeId>,
    /// Array length.
    pub len: u32,
    pub fields: Vec<RtField>,
    /// Method set for interface dispatch, sorted by symbol: for `T` its value methods,
    /// for `*T` all methods (wrappers generated where needed).
    pub methods: Vec<(SymbolId, FuncId)>,
    /// For interface types: the required method symbols, sorted.
    pub iface_methods: Vec<SymbolId>,
    /// Values of this type can be compared with `==`.
    pub comparable: bool,
    /// Declared with a name (named types print their name, unnamed their structure).
    pub named: bool,
    /// Package path for named types (`main`).
    pub pkg: String,
    /// gc's `unsafe.Sizeof` of the type (append's capacity growth depends on it).
    pub size: u64,
    /// Values of the type contain pointers (gc's allocation rounding depends on it).
    pub has_pointers: bool,
}

impl RtType {
    pub fn new(name: impl Into<String>, kind: Kind) -> RtType {
        RtType {
            name: name.into(),
            kind,
            elem: None,
            key: None,
            len: 0,
            fields: Vec::new(),
            methods: Vec::new(),
            iface_methods: Vec::new(),
            comparable: true,
            named: false,
            pkg: String::new(),
            size: 8,
            has_pointers: false,
        }
    }
    pub fn method(&self, sym: SymbolId) -> Option<FuncId> {
        self.methods
            .binary_search_by_key(&sym, |m| m.0)
            .ok()
            .map(|i| self.methods[i].1)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct RtField {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    pub exported: bool,
}
