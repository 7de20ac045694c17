//! The instruction set: every opcode once, each with its stack effect.
//!
//! Notation: `[a b] -> [c]` pops `b` then `a` (b on top) and pushes `c`.
//! `L` is the current frame's locals, `G` the globals, `C` the closure's captures.
//! Integer ops work on `Value::Int` (two's complement i64; unsigned kinds as bit
//! patterns), float ops on `Value::Float`. Ops that can fail raise a Go panic
//! with gc's message (e.g. `runtime error: index out of range [5] with length 3`).
//! Budget: backward jumps (conditional ones too, when they jump) and calls count against
//! the fiber's instruction budget.

use crate::program::{FuncId, SymbolId, TypeId};
use crate::value::Value;

/// Integer kinds narrower than 64 bits, for `Op::Wrap`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntWidth {
    I8,
    I16,
    I32,
    U8,
    U16,
    U32,
}

/// What `Op::Print` prints, chosen from the argument's static type (gc's `print` builtin).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintKind {
    Bool,
    Int,
    Uint,
    Float,
    Complex,
    String,
    /// Pointers, maps, channels, funcs, slices: printed as an address (`0xc000012345`), nil as `0x0`.
    Pointer,
    /// Interfaces: `(0x...,0x...)`.
    Iface,
}

/// The integer comparison a fused compare-and-branch op performs (the `*Int`/`*Uint` compare ops).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntCmp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    LtUint,
    LeUint,
    GtUint,
    GeUint,
}

impl IntCmp {
    /// The comparison done by `op`, when `op` is an integer compare op.
    pub fn of(op: Op) -> Option<IntCmp> {
        Some(match op {
            Op::EqInt => IntCmp::Eq,
            Op::NeInt => IntCmp::Ne,
            Op::LtInt => IntCmp::Lt,
            Op::LeInt => IntCmp::Le,
            Op::GtInt => IntCmp::Gt,
            Op::GeInt => IntCmp::Ge,
            Op::LtUint => IntCmp::LtUint,
            Op::LeUint => IntCmp::LeUint,
            Op::GtUint => IntCmp::GtUint,
            Op::GeUint => IntCmp::GeUint,
            _ => return None,
        })
    }

    /// The comparison that holds exactly when `self` does not (integers have no NaN).
    pub fn negated(self) -> IntCmp {
        match self {
            IntCmp::Eq => IntCmp::Ne,
            IntCmp::Ne => IntCmp::Eq,
            IntCmp::Lt => IntCmp::Ge,
            IntCmp::Le => IntCmp::Gt,
            IntCmp::Gt => IntCmp::Le,
            IntCmp::Ge => IntCmp::Lt,
            IntCmp::LtUint => IntCmp::GeUint,
            IntCmp::LeUint => IntCmp::GtUint,
            IntCmp::GtUint => IntCmp::LeUint,
            IntCmp::GeUint => IntCmp::LtUint,
        }
    }

    /// Whether `a cmp b` holds, reading both as the compare op would.
    #[inline]
    pub fn holds(self, a: i64, b: i64) -> bool {
        match self {
            IntCmp::Eq => a == b,
            IntCmp::Ne => a != b,
            IntCmp::Lt => a < b,
            IntCmp::Le => a <= b,
            IntCmp::Gt => a > b,
            IntCmp::Ge => a >= b,
            IntCmp::LtUint => (a as u64) < (b as u64),
            IntCmp::LeUint => (a as u64) <= (b as u64),
            IntCmp::GtUint => (a as u64) > (b as u64),
            IntCmp::GeUint => (a as u64) >= (b as u64),
        }
    }
}

/// The binary arithmetic a fused arithmetic superinstruction performs (one of the
/// `*Int`/`*Float` arithmetic ops that cannot fail).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arith {
    AddInt,
    SubInt,
    MulInt,
    AndInt,
    OrInt,
    XorInt,
    AndNotInt,
    AddFloat,
    SubFloat,
    MulFloat,
    DivFloat,
}

impl Arith {
    /// The arithmetic done by `op`, when `op` is an arithmetic op that cannot fail.
    pub fn of(op: Op) -> Option<Arith> {
        Some(match op {
            Op::AddInt => Arith::AddInt,
            Op::SubInt => Arith::SubInt,
            Op::MulInt => Arith::MulInt,
            Op::AndInt => Arith::AndInt,
            Op::OrInt => Arith::OrInt,
            Op::XorInt => Arith::XorInt,
            Op::AndNotInt => Arith::AndNotInt,
            Op::AddFloat => Arith::AddFloat,
            Op::SubFloat => Arith::SubFloat,
            Op::MulFloat => Arith::MulFloat,
            Op::DivFloat => Arith::DivFloat,
            _ => return None,
        })
    }

    /// `a op b`, reading the operands exactly as the unfused op would.
    /// Must match the `AddInt` .. `DivFloat` arms of the interpreter loop.
    #[inline(always)]
    pub fn apply(self, a: &Value, b: &Value) -> Value {
        match self {
            Arith::AddInt => Value::Int(a.as_int().wrapping_add(b.as_int())),
            Arith::SubInt => Value::Int(a.as_int().wrapping_sub(b.as_int())),
            Arith::MulInt => Value::Int(a.as_int().wrapping_mul(b.as_int())),
            Arith::AndInt => Value::Int(a.as_int() & b.as_int()),
            Arith::OrInt => Value::Int(a.as_int() | b.as_int()),
            Arith::XorInt => Value::Int(a.as_int() ^ b.as_int()),
            Arith::AndNotInt => Value::Int(a.as_int() & !b.as_int()),
            Arith::AddFloat => Value::Float(a.as_float() + b.as_float()),
            Arith::SubFloat => Value::Float(a.as_float() - b.as_float()),
            Arith::MulFloat => Value::Float(a.as_float() * b.as_float()),
            Arith::DivFloat => Value::Float(a.as_float() / b.as_float()),
        }
    }
}

/// How many instructions after a superinstruction belong to the sequence it fuses: the
/// sequence is kept in the code after it (so jumps into the middle of the sequence stay
/// valid) and the superinstruction skips it.
pub const FUSED_TAIL_INC_LOCAL: usize = 3;
pub const FUSED_TAIL_BRANCH: usize = 3;
pub const FUSED_TAIL_LOAD_LOCAL_ADD_CONST: usize = 2;
pub const FUSED_TAIL_LOAD_LOCAL_2: usize = 1;
pub const FUSED_TAIL_LOAD_LOCAL_FIELD: usize = 1;
pub const FUSED_TAIL_MOVE_LOCAL: usize = 1;
pub const FUSED_TAIL_BRANCH_INT: usize = 1;
pub const FUSED_TAIL_ARITH_LOCALS: usize = 2;
pub const FUSED_TAIL_ARITH_LOCALS_STORE: usize = 3;
pub const FUSED_TAIL_ARITH_OPERAND: usize = 1;
pub const FUSED_TAIL_ARITH_STORE: usize = 1;
pub const FUSED_TAIL_SLICE_GET_LOCALS: usize = 2;
pub const FUSED_TAIL_SLICE_GET_LOCALS_STORE: usize = 3;
pub const FUSED_TAIL_SLICE_SET_LOCALS: usize = 3;
pub const FUSED_TAIL_SLICE_SET_LOCALS_CONST: usize = 3;
pub const FUSED_TAIL_LOCAL_ADD_CONST_TO: usize = 3;
pub const FUSED_TAIL_ARITH_LOCAL_STORE: usize = 2;
pub const FUSED_TAIL_ARITH_LOCAL_FIELD: usize = 2;
pub const FUSED_TAIL_LOAD_LOCAL_DUP_FIELD: usize = 2;
pub const FUSED_TAIL_ARITH_SET_FIELD: usize = 1;
pub const FUSED_TAIL_COPY_LOCALS_2: usize = 3;
pub const FUSED_TAIL_MOVE_LOCAL_2: usize = 3;
pub const FUSED_TAIL_LOAD_CAPTURE_CELL: usize = 1;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    /// `[] -> []`
    Nop,
    /// `[] -> [nil]`
    PushNil,
    /// `[] -> [bool]`
    PushBool(bool),
    /// `[] -> [int]` for small integer constants.
    PushInt(i32),
    /// `[] -> [constants[i]]`
    PushConst(u32),
    /// `[] -> [func]` a function value with no captures.
    PushFunc(FuncId),
    /// `[] -> [zero value of type]`: aggregates get fresh zeroed objects.
    Zero(TypeId),
    /// `[a] -> []`
    Pop,
    /// `[a] -> [a a]`
    Dup,
    /// `[a b] -> [a b a b]`
    Dup2,
    /// `[a b] -> [b a]`
    Swap,

    /// `[] -> [L[slot]]`
    LoadLocal(u32),
    /// `[v] -> []`, `L[slot] = v`
    StoreLocal(u32),
    /// `[] -> [G[i]]`
    LoadGlobal(u32),
    /// `[v] -> []`, `G[i] = v`
    StoreGlobal(u32),
    /// `[] -> [&G[i]]` a `Ptr` into the globals object.
    GlobalAddr(u32),
    /// `[] -> [C[i]]`
    LoadCapture(u32),
    /// `[v] -> [ref]` boxes v in a new one-slot object (an escaping variable).
    NewCell,
    /// `[ref] -> [slot 0 of ref]`
    LoadCell,
    /// `[ref v] -> []` stores into slot 0 of ref.
    StoreCell,
    /// `[ref] -> [Ptr(ref, 0)]`
    CellPtr,

    /// `[a b] -> [a op b]` wrapping i64 arithmetic.
    AddInt,
    SubInt,
    MulInt,
    /// Signed division; panics on zero divisor; MinInt64 / -1 wraps.
    DivInt,
    RemInt,
    /// Unsigned division of the 64-bit patterns.
    DivUint,
    RemUint,
    AndInt,
    OrInt,
    XorInt,
    AndNotInt,
    /// `[x n] -> [x << n]`; `unsigned_count` says how to read n; a negative signed count panics.
    Shl {
        unsigned_count: bool,
    },
    /// Arithmetic shift right (signed x).
    Shr {
        unsigned_count: bool,
    },
    /// Logical shift right (unsigned x).
    ShrUint {
        unsigned_count: bool,
    },
    /// `[a] -> [-a]`
    NegInt,
    /// `[a] -> [^a]`
    NotInt,
    /// `[a] -> [a truncated to width and sign/zero extended]`
    Wrap(IntWidth),
    /// `[a b] -> [bool]`
    EqInt,
    NeInt,
    LtInt,
    LeInt,
    GtInt,
    GeInt,
    LtUint,
    LeUint,
    GtUint,
    GeUint,

    /// `[a b] -> [a op b]` f64 arithmetic (IEEE).
    AddFloat,
    SubFloat,
    MulFloat,
    DivFloat,
    NegFloat,
    /// `[a] -> [a rounded to f32]`
    RoundF32,
    EqFloat,
    NeFloat,
    LtFloat,
    LeFloat,
    GtFloat,
    GeFloat,
    /// `[int] -> [float]` signed.
    IntToFloat,
    /// `[int] -> [float]` from the unsigned bit pattern.
    UintToFloat,
    /// `[float] -> [int]` truncating, as amd64 gc does (out of range gives MinInt64).
    FloatToInt,
    /// `[float] -> [int]` to uint64 bits.
    FloatToUint,

    /// `[re im] -> [complex]`; `f32` rounds both parts.
    MakeComplex {
        f32: bool,
    },
    /// `[c] -> [re]`
    Real,
    /// `[c] -> [im]`
    Imag,
    AddComplex {
        f32: bool,
    },
    SubComplex {
        f32: bool,
    },
    MulComplex {
        f32: bool,
    },
    /// Panics on complex division by zero? No: Go gives Inf/NaN, as here.
    DivComplex {
        f32: bool,
    },
    NegComplex,
    EqComplex,
    NeComplex,

    /// `[a] -> [!a]`
    Not,
    /// `[a b] -> [a == b]` on bools.
    EqBool,
    NeBool,

    /// `[a b] -> [a + b]` string concatenation.
    Concat,
    /// `[a b] -> [bool]` byte-wise comparison.
    EqStr,
    NeStr,
    LtStr,
    LeStr,
    GtStr,
    GeStr,
    /// `[s] -> [len(s)]`
    StrLen,
    /// `[s i] -> [s[i]]` a byte.
    StrIndex,
    /// `[s lo? hi?] -> [s[lo:hi]]`
    StrSlice {
        has_lo: bool,
        has_hi: bool,
    },
    /// `[rune] -> [string]` (invalid runes give U+FFFD).
    RuneToStr,
    /// `[s] -> [[]byte]`
    StrToBytes,
    /// `[[]byte] -> [s]`
    BytesToStr,
    /// `[s] -> [[]rune]`
    StrToRunes,
    /// `[[]rune] -> [s]`
    RunesToStr,
    /// `[s i] -> [rune width]` decodes the rune at byte offset i (range over string).
    StrDecodeRune,

    /// `[a b] -> [bool]` equality by a runtime type (structs, arrays, interfaces, pointers, chans...):
    /// panics `comparing uncomparable type T` for uncomparable dynamic types in interfaces.
    Equal(TypeId),
    NotEqual(TypeId),
    /// `[a] -> [a == nil]`
    IsNil,

    /// `[f0 .. fn-1] -> [ref]` a new struct/array object of `n` slots.
    MakeAggregate(u32),
    /// `[ref] -> [ref.slots[i]]` (nil ref panics: nil pointer dereference).
    GetField(u32),
    /// `[ref v] -> []`
    SetField(u32),
    /// `[ref] -> [Ptr(ref, i)]`
    FieldPtr(u32),
    /// `[v] -> [deep copy of v]` for struct/array types (nested aggregates copied too).
    Clone(TypeId),
    /// `[dst src] -> []` copies src into dst's existing object(s) in place.
    CopyInto(TypeId),
    /// `[ptr] -> [*ptr]` for `Ptr` values (nil panics).
    PtrLoad,
    /// `[ptr v] -> []`
    PtrStore,
    /// `[ref] -> [ref]` panics with a nil dereference if ref is nil (explicit `*p` of an aggregate pointer).
    NilCheck,

    /// `[arr i] -> [arr[i]]` with bounds check against the array's length.
    ArrayGet,
    /// `[arr i v] -> []`
    ArraySet,
    /// `[arr i] -> [&arr[i]]` as `Ptr`.
    ArrayElemPtr,
    /// `[len cap] -> [slice]` of zero values of the element type.
    MakeSlice(TypeId),
    /// `[e0 .. en-1] -> [slice]`
    SliceLiteral(u32),
    /// `[s i] -> [s[i]]`
    SliceGet,
    /// `[s i v] -> []`
    SliceSet,
    /// `[s i] -> [&s[i]]` (for aggregate elements, the element object itself).
    SliceElemPtr,
    /// `[s] -> [len]` (nil gives 0)
    SliceLen,
    /// `[s] -> [cap]`
    SliceCap,
    /// `[s v0 .. vn-1] -> [s']` append growing as gc (elem type for zero fill and growth).
    Append {
        elem: TypeId,
        count: u32,
    },
    /// `[s t] -> [s']` `append(s, t...)` where t is a slice (or a string for []byte).
    AppendSlice {
        elem: TypeId,
        from_string: bool,
    },
    /// `[x lo? hi? max?] -> [slice]` slicing a slice, or an array object (pointer to array).
    SliceSlice {
        has_lo: bool,
        has_hi: bool,
        has_max: bool,
        array: bool,
    },
    /// `[dst src] -> [n]` copy(dst, src) of elements of type `elem` (aggregates are copied deeply);
    /// `from_string` when src is a string.
    Copy {
        elem: TypeId,
        from_string: bool,
    },
    /// `[s] -> []` sets all elements to zero values (`clear(s)`).
    SliceClear(TypeId),
    /// `[arr] -> [slice]` the whole array as a slice (`arr[:]`, internal use).
    ArrayToSlice,
    /// `[slice] -> [array]` conversion `[N]T(s)` (a copy) or, with `pointer`, `(*[N]T)(s)`
    /// (the backing array itself when the slice covers it exactly, else a copy);
    /// panics when `len(s) < N`.
    SliceToArray {
        len: u32,
        elem: TypeId,
        pointer: bool,
    },

    /// `[hint] -> [map]` with key and value types.
    MakeMap {
        key: TypeId,
        value: TypeId,
    },
    /// `[m k] -> [v]` (the zero value of the map's value type `value` if absent or nil map)
    MapGet(TypeId),
    /// `[m k] -> [v ok]`
    MapGet2(TypeId),
    /// `[m k v] -> []` (nil map panics)
    MapSet,
    /// `[m k] -> []`
    MapDelete,
    /// `[m] -> [len]`
    MapLen,
    /// `[m] -> []`
    MapClear,
    /// `[m] -> [iter]` snapshot of the keys for `range`.
    MapIter,
    /// `[iter] -> [iter k v]` and fall through, or `[iter] -> [iter]` and jump to `target` when done.
    MapIterNext {
        target: u32,
    },

    /// `[v] -> [iface]` boxes v with its dynamic type (nil pointers box too).
    ToIface(TypeId),
    /// `[iface] -> [v]` or panics `interface conversion: S is D, not T` (`src` names the static type in a constant).
    TypeAssert {
        ty: TypeId,
        src_name: u32,
    },
    /// `[iface] -> [v ok]` (zero value of `ty` when !ok)
    TypeAssertOk(TypeId),
    /// `[iface] -> [iface]` checks the dynamic type implements interface `ty`, else panics.
    IfaceAssert {
        ty: TypeId,
        src_name: u32,
    },
    /// `[iface] -> [iface ok]`
    IfaceAssertOk(TypeId),
    /// `[iface] -> [iface matches]` for type switches: dynamic type is `ty` (or implements it, for interfaces).
    TypeMatches(TypeId),
    /// `[iface] -> [iface is nil]`
    IfaceIsNil,
    /// `[iface] -> [value]` unboxes without a check (after `TypeMatches`).
    Unbox,
    /// `[iface args..] -> [results..]` dynamic method call.
    CallIface {
        method: SymbolId,
        argc: u32,
    },
    /// `[iface] -> [bound method value]` (nil panics).
    BindIface(SymbolId),

    /// `[c0 .. cn-1] -> [closure]`
    MakeClosure {
        func: FuncId,
        captures: u32,
    },
    /// `[recv] -> [bound]` a method value with its receiver already evaluated.
    Bind(FuncId),
    /// `[args..] -> [results..]` static call.
    Call {
        func: FuncId,
        argc: u32,
    },
    /// `[f args..] -> [results..]` call of a function value (nil panics).
    CallValue {
        argc: u32,
    },
    /// `[args..] -> [results..]` call of a host function.
    CallNative {
        native: u32,
        argc: u32,
        results: u32,
    },
    /// Returns the function's result slots to the caller (running deferred calls first).
    Return,
    /// `[f args..] -> []` defers the call to function return.
    Defer {
        argc: u32,
    },
    /// `[depth f args..] -> []` defers the call to the return of the frame at `depth`
    /// (a range-over-func loop body defers to its enclosing function).
    DeferAt {
        argc: u32,
    },
    /// `[] -> [depth]` the current frame's depth (for `DeferAt`).
    FrameDepth,
    /// `[] -> [recovered value or nil]`
    Recover,
    /// `[iface] -> !` starts a panic with the value.
    Panic,
    /// `[] -> !` raises a runtime error panic with the constant string `msg` (e.g. missing return is impossible; used for `nil map` etc.).
    RuntimePanic(u32),

    /// `[f args..] -> []` starts a goroutine running `f(args..)`.
    Go {
        argc: u32,
    },
    /// `[cap] -> [chan]` with elements of type `elem`.
    MakeChan(TypeId),
    /// `[ch v] -> []` (blocks; nil channels block forever; closed channels panic).
    Send,
    /// `[ch] -> [v]` (blocks; a closed channel gives the zero value).
    Recv,
    /// `[ch] -> [v ok]`
    Recv2,
    /// `[ch] -> []`
    Close,
    /// `[ch] -> [len]`
    ChanLen,
    /// `[ch] -> [cap]`
    ChanCap,
    /// `[c0 (v0) .. cn-1 (vn-1)] -> [case v ok]`: one channel per case, plus the value for
    /// send cases (`Program::select_tables[table]` says which). `case` is -1 for default.
    Select {
        table: u32,
        has_default: bool,
    },

    // Superinstructions. Codegen (codegen/fuse.rs) writes one in place of the first op of
    // the sequence it fuses and leaves the rest of the sequence after it; the
    // superinstruction does the whole sequence's work and skips the rest (`FUSED_TAIL_*`).
    /// `[] -> []`, `L[slot] = L[slot] + delta` (wrapping): fuses
    /// `LoadLocal(slot) PushInt(delta) AddInt StoreLocal(slot)`.
    IncLocal {
        slot: u32,
        delta: i32,
    },
    /// `[] -> [L[slot] + delta]` (wrapping): fuses `LoadLocal(slot) PushInt(k) AddInt|SubInt`.
    LoadLocalAddConst {
        slot: u32,
        delta: i32,
    },
    /// `[] -> [L[slot].slots[field]]`: fuses `LoadLocal(slot) GetField(field)` (a nil
    /// ref panics as `GetField` does, at the `GetField`'s pc).
    LoadLocalField {
        slot: u32,
        field: u32,
    },
    /// `[] -> []`, `L[to] = L[from]`: fuses `LoadLocal(from) StoreLocal(to)`.
    MoveLocal {
        from: u32,
        to: u32,
    },
    /// `[] -> [L[a] op L[b]]`: fuses `LoadLocal(a) LoadLocal(b) <arith>`.
    ArithLocals {
        op: Arith,
        a: u16,
        b: u16,
    },
    /// `[] -> []`, `L[dest] = L[a] op L[b]`: fuses
    /// `LoadLocal(a) LoadLocal(b) <arith> StoreLocal(dest)`.
    ArithLocalsStore {
        op: Arith,
        a: u16,
        b: u16,
        dest: u16,
    },
    /// `[x] -> [x op L[slot]]`: fuses `LoadLocal(slot) <arith>`.
    ArithLocal {
        op: Arith,
        slot: u32,
    },
    /// `[x] -> [x op imm]`: fuses `PushInt(imm) <arith>`.
    ArithInt {
        op: Arith,
        imm: i32,
    },
    /// `[x] -> [x op constants[value]]`: fuses `PushConst(value) <arith>` (`value` is the
    /// constant's index, named as the other program-wide indices are).
    ArithConst {
        op: Arith,
        value: u32,
    },
    /// `[a b] -> []`, `L[dest] = a op b`: fuses `<arith> StoreLocal(dest)`.
    ArithStore {
        op: Arith,
        dest: u32,
    },
    /// `[x] -> []`, `L[dest] = x op L[slot]`: fuses `LoadLocal(slot) <arith> StoreLocal(dest)`.
    ArithLocalStore {
        op: Arith,
        slot: u16,
        dest: u16,
    },
    /// `[x] -> [x op L[slot].slots[field]]`: fuses `LoadLocal(slot) GetField(field) <arith>`
    /// (a nil ref panics as `GetField` does, at its pc).
    ArithLocalField {
        op: Arith,
        slot: u16,
        field: u16,
    },
    /// `[] -> [L[slot] L[slot].slots[field]]`: fuses `LoadLocal(slot) Dup GetField(field)`
    /// (the read half of `p.f op= x`; a nil ref panics at the `GetField`'s pc).
    LoadLocalDupField {
        slot: u32,
        field: u32,
    },
    /// `[ref a b] -> []`, `ref.slots[field] = a op b`: fuses `<arith> SetField(field)`
    /// (a nil ref panics at the `SetField`'s pc).
    ArithSetField {
        op: Arith,
        field: u32,
    },
    /// `[] -> []`, `L[to_b] = L[b]` and `L[to_a] = L[a]`, both read before either is
    /// written: fuses `LoadLocal(a) LoadLocal(b) StoreLocal(to_b) StoreLocal(to_a)` (the
    /// temporaries of a parallel assignment).
    CopyLocals2 {
        a: u16,
        b: u16,
        to_b: u16,
        to_a: u16,
    },
    /// `[] -> []`, `L[to] = L[from]` then `L[to2] = L[from2]`: fuses
    /// `LoadLocal(from) StoreLocal(to) LoadLocal(from2) StoreLocal(to2)`.
    MoveLocal2 {
        from: u16,
        to: u16,
        from2: u16,
        to2: u16,
    },
    /// `[] -> [slot 0 of C[i]]`: fuses `LoadCapture(i) LoadCell` (a captured variable;
    /// a capture that is not a cell panics as `LoadCell` does, at its pc).
    LoadCaptureCell(u32),
    /// `[] -> []`, `L[to] = L[from] + delta` (wrapping): fuses
    /// `LoadLocal(from) PushInt(delta) AddInt StoreLocal(to)` for `from != to`.
    LocalAddConstTo {
        from: u16,
        to: u16,
        delta: i32,
    },
    /// `[] -> [L[slice][L[index]]]`: fuses `LoadLocal(slice) LoadLocal(index) SliceGet`
    /// (an index out of range panics as `SliceGet` does, at its pc).
    SliceGetLocals {
        slice: u16,
        index: u16,
    },
    /// `[] -> []`, `L[dest] = L[slice][L[index]]`: fuses
    /// `LoadLocal(slice) LoadLocal(index) SliceGet StoreLocal(dest)`.
    SliceGetLocalsStore {
        slice: u16,
        index: u16,
        dest: u16,
    },
    /// `[] -> []`, `L[slice][L[index]] = L[source]`: fuses
    /// `LoadLocal(slice) LoadLocal(index) LoadLocal(source) SliceSet`.
    SliceSetLocals {
        slice: u16,
        index: u16,
        source: u16,
    },
    /// `[] -> []`, `L[slice][L[index]] = value`, an `Int` (or a `Bool`, `value != 0`, when
    /// `bool`): fuses `LoadLocal(slice) LoadLocal(index) PushInt(value) SliceSet` (or
    /// `PushBool`), the constant element store of `seen[i] = true` and `counts[k] = 0`.
    SliceSetLocalsConst {
        slice: u16,
        index: u16,
        value: i32,
        bool: bool,
    },
    /// `[a b] -> []`, jumps to `target` unless `a cmp b`: fuses `<int compare> JumpIfFalse(target)`,
    /// or `<int compare> JumpIfTrue(target)` with the compare negated.
    BranchInt {
        cmp: IntCmp,
        target: u32,
    },
    /// `[] -> [L[a] L[b]]`: fuses `LoadLocal(a) LoadLocal(b)`.
    LoadLocal2 {
        a: u32,
        b: u32,
    },
    /// `[] -> []`, jumps to `target` unless `L[a] cmp L[b]`: fuses
    /// `LoadLocal(a) LoadLocal(b) <int compare> JumpIfFalse(target)` (or `JumpIfTrue` with
    /// the compare negated).
    BranchLocals {
        a: u16,
        b: u16,
        cmp: IntCmp,
        target: u32,
    },
    /// `[] -> []`, jumps to `target` unless `L[slot] cmp value`: fuses
    /// `LoadLocal(slot) PushInt(value) <int compare> JumpIfFalse(target)` (or `JumpIfTrue`
    /// with the compare negated).
    BranchLocalConst {
        slot: u16,
        cmp: IntCmp,
        value: i32,
        target: u32,
    },

    /// Unconditional jump.
    Jump(u32),
    /// `[bool] -> []`
    JumpIfFalse(u32),
    /// `[bool] -> []`
    JumpIfTrue(u32),

    /// `[v] -> []` prints v to stderr as the `print` builtin does.
    Print(PrintKind),
    /// `[] -> []` prints one space / one newline to stderr.
    PrintSpace,
    PrintNewline,

    /// `[a b] -> [min(a, b)]` with Go's rules (floats: NaN wins, -0 < +0).
    MinInt,
    MaxInt,
    MinUint,
    MaxUint,
    MinFloat,
    MaxFloat,
    MinStr,
    MaxStr,
}

#[cfg(test)]
mod tests {
    #[test]
    fn op_stays_small() {
        assert!(std::mem::size_of::<super::Op>() <= 16);
    }
}
