//! The bytecode verifier: checks that a `Program` from outside (a `.wbc` file) only names
//! functions, constants, types, globals, locals, natives, symbols and select tables that
//! exist, and only jumps inside its function, before a VM runs it.
//!
//! What it guarantees: every operand the interpreter uses as an index into the program
//! (or into the current frame's locals) is in range, no instruction can run off the end
//! of its function, runtime type descriptors are well formed (no aggregate contains itself
//! by value, no aggregate is absurdly large or deep), and every length the VM allocates
//! from up front (globals, frames) is bounded.
//!
//! What it does not guarantee: the interpreter trusts codegen about the *dynamic* types
//! on its operand stack (that `GetField(3)` finds a struct of at least four fields, that
//! a `Call` leaves the operand stack as deep as the next instruction expects). Hostile
//! bytecode that passes the verifier can still confuse the interpreter; the VM's panic
//! guard (`Engine::run`, and `weft run` for `.wbc` files) turns that into a
//! `fatal error` with exit status 2, never a crash. A full stack-and-type analysis would
//! need the result counts of dynamic calls, which the bytecode does not carry.

use crate::op::*;
use crate::program::{Constant, FuncProto, Kind, Program};

/// At most this many package-level variables (the VM allocates them all at start).
pub const MAX_GLOBALS: u32 = 1 << 22;
/// At most this many local slots plus operand stack slots in one function's frame.
pub const MAX_FRAME_SLOTS: u32 = 1 << 20;
/// Count operands (arguments, results, captures, elements) are at most this: some are
/// reserved up front (`CallNative`'s results), so a forged count must not exhaust memory.
pub const MAX_OPERAND_COUNT: u32 = 1 << 20;
/// A zero value of one type may hold at most this many slots in total (nested arrays
/// multiply), so a forged `[1<<31][1<<31]int` cannot exhaust memory on `Op::Zero`.
pub const MAX_TYPE_SLOTS: u64 = 1 << 27;
/// Aggregates nest by value at most this deep, so the recursive routines of `typed.rs`
/// (zero values, copies, equality) stay far from the end of the Rust stack.
pub const MAX_TYPE_DEPTH: u32 = 1000;

/// Why a program was rejected: one line naming the function and instruction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyError(pub String);

impl std::fmt::Display for VerifyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid bytecode: {}", self.0)
    }
}

impl std::error::Error for VerifyError {}

/// Checks `program` (see the module comment for what that guarantees).
///
/// # Errors
/// The first problem found.
pub fn verify(program: &Program) -> Result<(), VerifyError> {
    let checker = Checker { program };
    checker.program_level()?;
    checker.types()?;
    checker.captures()?;
    for (id, func) in program.funcs.iter().enumerate() {
        checker.function(id, func)?;
    }
    Ok(())
}

struct Checker<'a> {
    program: &'a Program,
}

impl Checker<'_> {
    fn program_level(&self) -> Result<(), VerifyError> {
        let p = self.program;
        let entry = p
            .funcs
            .get(p.entry as usize)
            .ok_or_else(|| fail(format!("entry function {} does not exist", p.entry)))?;
        if entry.param_count != 0 {
            return Err(fail("the entry function takes parameters".into()));
        }
        if p.globals > MAX_GLOBALS {
            return Err(fail(format!(
                "{} globals (at most {MAX_GLOBALS})",
                p.globals
            )));
        }
        let h = &p.hooks;
        for ty in [
            h.runtime_error_type,
            h.bounds_error_type,
            h.plain_error_type,
            h.type_assertion_error_type,
        ]
        .into_iter()
        .flatten()
        {
            self.type_id(ty, "runtime hooks")?;
        }
        // Both hook functions are called with one argument and read one result.
        for func in [h.panic_message_func, h.type_string_func]
            .into_iter()
            .flatten()
        {
            let f = p
                .funcs
                .get(func as usize)
                .ok_or_else(|| fail(format!("runtime hook function {func} does not exist")))?;
            if f.param_count != 1 || f.result_count != 1 {
                return Err(fail(format!(
                    "runtime hook function {} must take one argument and return one result",
                    f.name
                )));
            }
        }
        Ok(())
    }

    /// Type descriptors: ids in range, sorted method tables, and aggregates that are
    /// finite, not too large and not too deep by value.
    fn types(&self) -> Result<(), VerifyError> {
        let p = self.program;
        for (id, t) in p.types.iter().enumerate() {
            let at = format!("type {id} ({})", t.name);
            for ty in [t.elem, t.key].into_iter().flatten() {
                self.type_id(ty, &at)?;
            }
            let needs_elem = matches!(t.kind, Kind::Array | Kind::Slice | Kind::Map | Kind::Chan);
            if needs_elem && t.elem.is_none() || t.kind == Kind::Map && t.key.is_none() {
                return Err(fail(format!("{at} lacks its element or key type")));
            }
            for f in &t.fields {
                self.type_id(f.ty, &at)?;
            }
            for (symbol, func) in &t.methods {
                self.symbol(*symbol, &at)?;
                self.func_id(*func, &at)?;
            }
            if !t.methods.windows(2).all(|w| w[0].0 < w[1].0)
                || !t.iface_methods.windows(2).all(|w| w[0] < w[1])
            {
                return Err(fail(format!("{at} has an unsorted method table")));
            }
            for symbol in &t.iface_methods {
                self.symbol(*symbol, &at)?;
            }
        }
        self.aggregate_sizes()
    }

    /// Walks the "contains by value" graph (struct fields, array elements) without
    /// recursion, rejecting cycles and computing each type's total slots and depth.
    fn aggregate_sizes(&self) -> Result<(), VerifyError> {
        let types = &self.program.types;
        // Per type: None = not visited, Some(None) = on the walk's path, Some(Some(..)) = done.
        let mut done: Vec<Option<Option<(u64, u32)>>> = vec![None; types.len()];
        let children = |ty: usize| -> Vec<usize> {
            let t = &types[ty];
            match t.kind {
                Kind::Struct => t.fields.iter().map(|f| f.ty as usize).collect(),
                Kind::Array => t.elem.map(|e| e as usize).into_iter().collect(),
                _ => Vec::new(),
            }
        };
        for root in 0..types.len() {
            if done[root].is_some() {
                continue;
            }
            let mut path: Vec<(usize, Vec<usize>)> = vec![(root, children(root))];
            done[root] = Some(None);
            while let Some((ty, pending)) = path.last_mut() {
                if let Some(child) = pending.pop() {
                    match done[child] {
                        Some(None) => {
                            return Err(fail(format!(
                                "type {} ({}) contains itself",
                                child, types[child].name
                            )))
                        }
                        Some(Some(_)) => {}
                        None => {
                            done[child] = Some(None);
                            let grandchildren = children(child);
                            path.push((child, grandchildren));
                        }
                    }
                    continue;
                }
                let ty = *ty;
                path.pop();
                let t = &types[ty];
                let measure = |child: u32| done[child as usize].flatten().unwrap_or((1, 0));
                let (slots, depth) = match t.kind {
                    Kind::Struct => t.fields.iter().fold((1u64, 0u32), |(s, d), f| {
                        let (cs, cd) = measure(f.ty);
                        (s.saturating_add(cs), d.max(cd + 1))
                    }),
                    Kind::Array => {
                        let (cs, cd) = measure(t.elem.unwrap_or(0));
                        (cs.saturating_mul(t.len as u64).saturating_add(1), cd + 1)
                    }
                    _ => (1, 0),
                };
                if slots > MAX_TYPE_SLOTS || depth > MAX_TYPE_DEPTH {
                    return Err(fail(format!(
                        "type {ty} ({}) is too large ({slots} slots, nesting {depth})",
                        t.name
                    )));
                }
                done[ty] = Some(Some((slots, depth)));
            }
        }
        Ok(())
    }

    /// A closure's captures are read by index: every `MakeClosure` of a function must
    /// supply more captures than the highest `LoadCapture` index in its body.
    fn captures(&self) -> Result<(), VerifyError> {
        let p = self.program;
        let needed: Vec<u32> = p
            .funcs
            .iter()
            .map(|f| {
                f.code
                    .iter()
                    .filter_map(|op| match op {
                        Op::LoadCapture(i) | Op::LoadCaptureCell(i) => Some(i.saturating_add(1)),
                        _ => None,
                    })
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        for f in &p.funcs {
            for (pc, op) in f.code.iter().enumerate() {
                if let Op::MakeClosure { func, captures } = op {
                    let want = needed.get(*func as usize).copied().unwrap_or(0);
                    if *captures < want {
                        return Err(fail(format!(
                            "{} at pc {pc}: closure of function {func} gets {captures} captures, its body reads {want}",
                            f.name
                        )));
                    }
                }
            }
        }
        Ok(())
    }

    fn function(&self, id: usize, f: &FuncProto) -> Result<(), VerifyError> {
        let name = &f.name;
        let fixed = f.param_count as u64 + f.result_count as u64;
        if fixed > f.local_count as u64 {
            return Err(fail(format!(
                "function {id} ({name}) has fewer locals than parameters and results"
            )));
        }
        if f.local_count as u64 + f.max_stack as u64 > MAX_FRAME_SLOTS as u64 {
            return Err(fail(format!(
                "function {id} ({name}) has too large a frame"
            )));
        }
        if f.boxed_results.iter().any(|r| *r >= f.result_count) {
            return Err(fail(format!(
                "function {id} ({name}) boxes a result it does not have"
            )));
        }
        if let Some(e) = f
            .lines
            .iter()
            .find(|e| e.file as usize >= self.program.files.len().max(1))
        {
            return Err(fail(format!(
                "function {id} ({name}) names source file {} that does not exist",
                e.file
            )));
        }
        // The interpreter fetches `code[pc]` without a bounds check of its own, so control
        // must never fall off the end: the last instruction has to leave the function or jump.
        match f.code.last() {
            Some(Op::Return | Op::Jump(_) | Op::Panic | Op::RuntimePanic(_)) => {}
            _ => {
                return Err(fail(format!(
                    "function {id} ({name}) does not end with a return or jump"
                )))
            }
        }
        for (pc, op) in f.code.iter().enumerate() {
            self.instruction(f, pc, op)
                .map_err(|why| fail(format!("{name} at pc {pc} ({op:?}): {why}")))?;
        }
        Ok(())
    }

    /// Checks one instruction's operands. The match lists every opcode, so a new
    /// opcode does not compile until someone decides what to check for it.
    fn instruction(&self, f: &FuncProto, pc: usize, op: &Op) -> Result<(), String> {
        let p = self.program;
        let local = |slot: u32| {
            if slot < f.local_count {
                Ok(())
            } else {
                Err(format!("local {slot} out of {}", f.local_count))
            }
        };
        let global = |i: u32| {
            if i < p.globals {
                Ok(())
            } else {
                Err(format!("global {i} out of {}", p.globals))
            }
        };
        let target = |t: u32| {
            if (t as usize) < f.code.len() {
                Ok(())
            } else {
                Err(format!("jump target {t} is outside the function"))
            }
        };
        // A superinstruction continues after its fused tail, which must exist.
        let tail = |n: usize| {
            if pc + 1 + n < f.code.len() {
                Ok(())
            } else {
                Err("fused sequence runs off the end".to_string())
            }
        };
        let ty = |t: u32| {
            if (t as usize) < p.types.len() {
                Ok(())
            } else {
                Err(format!("type {t} does not exist"))
            }
        };
        let func = |id: u32| {
            if (id as usize) < p.funcs.len() {
                Ok(())
            } else {
                Err(format!("function {id} does not exist"))
            }
        };
        let constant = |c: u32| {
            if (c as usize) < p.constants.len() {
                Ok(())
            } else {
                Err(format!("constant {c} does not exist"))
            }
        };
        let string_constant = |c: u32| match p.constants.get(c as usize) {
            Some(Constant::Str(_)) => Ok(()),
            _ => Err(format!("constant {c} is not a string")),
        };
        let symbol = |s: u32| {
            if (s as usize) < p.symbols.len() {
                Ok(())
            } else {
                Err(format!("method name {s} does not exist"))
            }
        };
        let count = |n: u32| {
            if n <= MAX_OPERAND_COUNT {
                Ok(())
            } else {
                Err(format!("count {n} exceeds {MAX_OPERAND_COUNT}"))
            }
        };
        match *op {
            Op::PushConst(c) => constant(c),
            Op::CallValue { argc }
            | Op::Defer { argc }
            | Op::DeferAt { argc }
            | Op::Go { argc }
            | Op::MakeAggregate(argc)
            | Op::SliceLiteral(argc) => count(argc),
            Op::PushFunc(id) | Op::Bind(id) => func(id),
            Op::MakeClosure { func: id, captures } => func(id).and(count(captures)),
            Op::Call { func: id, argc } => {
                func(id)?;
                let callee = &p.funcs[id as usize];
                if argc != callee.param_count {
                    return Err(format!(
                        "passes {argc} arguments to {} which takes {}",
                        callee.name, callee.param_count
                    ));
                }
                Ok(())
            }
            Op::Zero(t)
            | Op::Equal(t)
            | Op::NotEqual(t)
            | Op::Clone(t)
            | Op::CopyInto(t)
            | Op::MakeSlice(t)
            | Op::SliceClear(t)
            | Op::MapGet(t)
            | Op::MapGet2(t)
            | Op::ToIface(t)
            | Op::TypeAssertOk(t)
            | Op::IfaceAssertOk(t)
            | Op::TypeMatches(t)
            | Op::MakeChan(t)
            | Op::AppendSlice { elem: t, .. }
            | Op::Copy { elem: t, .. }
            | Op::SliceToArray { elem: t, .. } => ty(t),
            Op::Append { elem, count: n } => ty(elem).and(count(n)),
            Op::MakeMap { key, value } => ty(key).and(ty(value)),
            Op::TypeAssert { ty: t, src_name } | Op::IfaceAssert { ty: t, src_name } => {
                ty(t).and(string_constant(src_name))
            }
            Op::RuntimePanic(msg) => string_constant(msg),
            Op::CallIface { method, argc } => symbol(method).and(count(argc)),
            Op::BindIface(method) => symbol(method),
            Op::CallNative {
                native,
                argc,
                results,
            } => {
                if (native as usize) < p.natives.len() {
                    count(argc).and(count(results))
                } else {
                    Err(format!("native {native} does not exist"))
                }
            }
            Op::Select { table, .. } => {
                if (table as usize) < p.select_tables.len() {
                    Ok(())
                } else {
                    Err(format!("select table {table} does not exist"))
                }
            }
            Op::LoadLocal(s) | Op::StoreLocal(s) => local(s),
            Op::LoadGlobal(i) | Op::StoreGlobal(i) | Op::GlobalAddr(i) => global(i),
            Op::Jump(t) | Op::JumpIfFalse(t) | Op::JumpIfTrue(t) => target(t),
            Op::MapIterNext { target: t } => target(t),
            Op::IncLocal { slot, .. } => local(slot).and(tail(FUSED_TAIL_INC_LOCAL)),
            Op::LoadLocalAddConst { slot, .. } => {
                local(slot).and(tail(FUSED_TAIL_LOAD_LOCAL_ADD_CONST))
            }
            Op::LoadLocalField { slot, .. } => local(slot).and(tail(FUSED_TAIL_LOAD_LOCAL_FIELD)),
            Op::MoveLocal { from, to } => {
                local(from).and(local(to)).and(tail(FUSED_TAIL_MOVE_LOCAL))
            }
            Op::ArithLocals { a, b, .. } => local(a as u32)
                .and(local(b as u32))
                .and(tail(FUSED_TAIL_ARITH_LOCALS)),
            Op::ArithLocalsStore { a, b, dest, .. } => local(a as u32)
                .and(local(b as u32))
                .and(local(dest as u32))
                .and(tail(FUSED_TAIL_ARITH_LOCALS_STORE)),
            Op::ArithLocal { slot, .. } => local(slot).and(tail(FUSED_TAIL_ARITH_OPERAND)),
            Op::ArithInt { .. } => tail(FUSED_TAIL_ARITH_OPERAND),
            Op::ArithConst { value, .. } => constant(value).and(tail(FUSED_TAIL_ARITH_OPERAND)),
            Op::ArithStore { dest, .. } => local(dest).and(tail(FUSED_TAIL_ARITH_STORE)),
            Op::ArithLocalStore { slot, dest, .. } => local(slot as u32)
                .and(local(dest as u32))
                .and(tail(FUSED_TAIL_ARITH_LOCAL_STORE)),
            Op::ArithLocalField { slot, .. } => {
                local(slot as u32).and(tail(FUSED_TAIL_ARITH_LOCAL_FIELD))
            }
            Op::LoadLocalDupField { slot, .. } => {
                local(slot).and(tail(FUSED_TAIL_LOAD_LOCAL_DUP_FIELD))
            }
            Op::ArithSetField { .. } => tail(FUSED_TAIL_ARITH_SET_FIELD),
            Op::CopyLocals2 { a, b, to_b, to_a } => local(a as u32)
                .and(local(b as u32))
                .and(local(to_b as u32))
                .and(local(to_a as u32))
                .and(tail(FUSED_TAIL_COPY_LOCALS_2)),
            Op::MoveLocal2 {
                from,
                to,
                from2,
                to2,
            } => local(from as u32)
                .and(local(to as u32))
                .and(local(from2 as u32))
                .and(local(to2 as u32))
                .and(tail(FUSED_TAIL_MOVE_LOCAL_2)),
            Op::LoadCaptureCell(_) => tail(FUSED_TAIL_LOAD_CAPTURE_CELL),
            Op::LocalAddConstTo { from, to, .. } => local(from as u32)
                .and(local(to as u32))
                .and(tail(FUSED_TAIL_LOCAL_ADD_CONST_TO)),
            Op::SliceGetLocals { slice, index } => local(slice as u32)
                .and(local(index as u32))
                .and(tail(FUSED_TAIL_SLICE_GET_LOCALS)),
            Op::SliceGetLocalsStore { slice, index, dest } => local(slice as u32)
                .and(local(index as u32))
                .and(local(dest as u32))
                .and(tail(FUSED_TAIL_SLICE_GET_LOCALS_STORE)),
            Op::SliceSetLocals {
                slice,
                index,
                source,
            } => local(slice as u32)
                .and(local(index as u32))
                .and(local(source as u32))
                .and(tail(FUSED_TAIL_SLICE_SET_LOCALS)),
            Op::SliceSetLocalsConst { slice, index, .. } => local(slice as u32)
                .and(local(index as u32))
                .and(tail(FUSED_TAIL_SLICE_SET_LOCALS_CONST)),
            Op::LoadLocal2 { a, b } => local(a).and(local(b)).and(tail(FUSED_TAIL_LOAD_LOCAL_2)),
            Op::BranchInt { target: t, .. } => target(t).and(tail(FUSED_TAIL_BRANCH_INT)),
            Op::BranchLocals {
                a, b, target: t, ..
            } => local(a as u32)
                .and(local(b as u32))
                .and(target(t))
                .and(tail(FUSED_TAIL_BRANCH)),
            Op::BranchLocalConst {
                slot, target: t, ..
            } => local(slot as u32)
                .and(target(t))
                .and(tail(FUSED_TAIL_BRANCH)),
            // Operands that are counts or flags, or no operands: nothing indexes the program.
            Op::Nop
            | Op::PushNil
            | Op::PushBool(_)
            | Op::PushInt(_)
            | Op::Pop
            | Op::Dup
            | Op::Dup2
            | Op::Swap
            | Op::LoadCapture(_)
            | Op::NewCell
            | Op::LoadCell
            | Op::StoreCell
            | Op::CellPtr
            | Op::AddInt
            | Op::SubInt
            | Op::MulInt
            | Op::DivInt
            | Op::RemInt
            | Op::DivUint
            | Op::RemUint
            | Op::AndInt
            | Op::OrInt
            | Op::XorInt
            | Op::AndNotInt
            | Op::Shl { .. }
            | Op::Shr { .. }
            | Op::ShrUint { .. }
            | Op::NegInt
            | Op::NotInt
            | Op::Wrap(_)
            | Op::EqInt
            | Op::NeInt
            | Op::LtInt
            | Op::LeInt
            | Op::GtInt
            | Op::GeInt
            | Op::LtUint
            | Op::LeUint
            | Op::GtUint
            | Op::GeUint
            | Op::AddFloat
            | Op::SubFloat
            | Op::MulFloat
            | Op::DivFloat
            | Op::NegFloat
            | Op::RoundF32
            | Op::EqFloat
            | Op::NeFloat
            | Op::LtFloat
            | Op::LeFloat
            | Op::GtFloat
            | Op::GeFloat
            | Op::IntToFloat
            | Op::UintToFloat
            | Op::FloatToInt
            | Op::FloatToUint
            | Op::MakeComplex { .. }
            | Op::Real
            | Op::Imag
            | Op::AddComplex { .. }
            | Op::SubComplex { .. }
            | Op::MulComplex { .. }
            | Op::DivComplex { .. }
            | Op::NegComplex
            | Op::EqComplex
            | Op::NeComplex
            | Op::Not
            | Op::EqBool
            | Op::NeBool
            | Op::Concat
            | Op::EqStr
            | Op::NeStr
            | Op::LtStr
            | Op::LeStr
            | Op::GtStr
            | Op::GeStr
            | Op::StrLen
            | Op::StrIndex
            | Op::StrSlice { .. }
            | Op::RuneToStr
            | Op::StrToBytes
            | Op::BytesToStr
            | Op::StrToRunes
            | Op::RunesToStr
            | Op::StrDecodeRune
            | Op::IsNil
            | Op::GetField(_)
            | Op::SetField(_)
            | Op::FieldPtr(_)
            | Op::PtrLoad
            | Op::PtrStore
            | Op::NilCheck
            | Op::ArrayGet
            | Op::ArraySet
            | Op::ArrayElemPtr
            | Op::SliceGet
            | Op::SliceSet
            | Op::SliceElemPtr
            | Op::SliceLen
            | Op::SliceCap
            | Op::SliceSlice { .. }
            | Op::ArrayToSlice
            | Op::MapSet
            | Op::MapDelete
            | Op::MapLen
            | Op::MapClear
            | Op::MapIter
            | Op::IfaceIsNil
            | Op::Unbox
            | Op::Return
            | Op::FrameDepth
            | Op::Recover
            | Op::Panic
            | Op::Send
            | Op::Recv
            | Op::Recv2
            | Op::Close
            | Op::ChanLen
            | Op::ChanCap
            | Op::Print(_)
            | Op::PrintSpace
            | Op::PrintNewline
            | Op::MinInt
            | Op::MaxInt
            | Op::MinUint
            | Op::MaxUint
            | Op::MinFloat
            | Op::MaxFloat
            | Op::MinStr
            | Op::MaxStr => Ok(()),
        }
    }

    fn type_id(&self, ty: u32, at: &str) -> Result<(), VerifyError> {
        if (ty as usize) < self.program.types.len() {
            Ok(())
        } else {
            Err(fail(format!("{at} names type {ty} that does not exist")))
        }
    }

    fn func_id(&self, func: u32, at: &str) -> Result<(), VerifyError> {
        if (func as usize) < self.program.funcs.len() {
            Ok(())
        } else {
            Err(fail(format!(
                "{at} names function {func} that does not exist"
            )))
        }
    }

    fn symbol(&self, symbol: u32, at: &str) -> Result<(), VerifyError> {
        if (symbol as usize) < self.program.symbols.len() {
            Ok(())
        } else {
            Err(fail(format!(
                "{at} names method {symbol} that does not exist"
            )))
        }
    }
}

fn fail(message: String) -> VerifyError {
    VerifyError(message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::{RtField, RtType};

    /// A program whose entry function runs `code` with two locals and one global.
    fn program(code: Vec<Op>) -> Program {
        Program {
            funcs: vec![FuncProto {
                name: "main.main".into(),
                code,
                local_count: 2,
                ..Default::default()
            }],
            globals: 1,
            constants: vec![Constant::Int(7)],
            ..Default::default()
        }
    }

    /// `Ok` or the error's text.
    fn check(program: &Program) -> Result<(), String> {
        verify(program).map_err(|e| e.to_string())
    }

    #[test]
    fn a_well_formed_program_verifies() {
        let code = vec![
            Op::PushConst(0),
            Op::StoreLocal(1),
            Op::LoadGlobal(0),
            Op::JumpIfFalse(0),
            Op::Return,
        ];
        assert_eq!(check(&program(code)), Ok(()));
    }

    #[test]
    fn out_of_range_operands_are_named() {
        for (op, expected) in [
            (Op::PushConst(1), "constant 1 does not exist"),
            (Op::LoadLocal(2), "local 2 out of 2"),
            (Op::StoreGlobal(1), "global 1 out of 1"),
            (Op::Jump(99), "jump target 99"),
            (Op::Call { func: 5, argc: 0 }, "function 5 does not exist"),
            (Op::Zero(0), "type 0 does not exist"),
            (
                Op::Select {
                    table: 0,
                    has_default: true,
                },
                "select table 0",
            ),
            (
                Op::CallNative {
                    native: 0,
                    argc: 0,
                    results: 1,
                },
                "native 0 does not exist",
            ),
            (Op::RuntimePanic(0), "constant 0 is not a string"),
            (
                Op::IncLocal { slot: 0, delta: 1 },
                "fused sequence runs off the end",
            ),
        ] {
            let err = check(&program(vec![op, Op::Return])).unwrap_err();
            assert!(err.contains(expected), "{op:?}: {err}");
            assert!(err.contains("main.main at pc 0"), "{err}");
        }
    }

    #[test]
    fn control_must_not_fall_off_the_end() {
        let err = check(&program(vec![Op::Nop])).unwrap_err();
        assert!(err.contains("does not end with a return or jump"), "{err}");
        assert!(check(&program(vec![])).is_err());
    }

    #[test]
    fn closures_must_supply_the_captures_their_bodies_read() {
        let mut p = program(vec![
            Op::MakeClosure {
                func: 1,
                captures: 1,
            },
            Op::Return,
        ]);
        p.funcs.push(FuncProto {
            name: "main.main.func1".into(),
            code: vec![Op::LoadCapture(1), Op::Return],
            ..Default::default()
        });
        let err = check(&p).unwrap_err();
        assert!(err.contains("gets 1 captures, its body reads 2"), "{err}");
    }

    #[test]
    fn types_may_not_contain_themselves_or_be_huge() {
        let mut p = program(vec![Op::Return]);
        let mut node = RtType::new("main.node", Kind::Struct);
        node.fields.push(RtField {
            name: "next".into(),
            ty: 1,
            embedded: false,
            exported: false,
        });
        let mut array = RtType::new("[2]main.node", Kind::Array);
        array.elem = Some(0);
        array.len = 2;
        p.types = vec![node, array];
        assert!(check(&p).unwrap_err().contains("contains itself"));
        let mut big = RtType::new("[1<<20][1<<20]int", Kind::Array);
        big.elem = Some(1);
        big.len = 1 << 20;
        let mut inner = RtType::new("[1<<20]int", Kind::Array);
        inner.elem = Some(2);
        inner.len = 1 << 20;
        p.types = vec![big, inner, RtType::new("int", Kind::Int)];
        assert!(check(&p).unwrap_err().contains("too large"));
    }
}
