//! The interpreter's fast tier: a small loop over the hot, simple instructions.
//!
//! `Vm::dispatch` hands control here whenever the next instruction is one this loop
//! handles (`handles`). The loop keeps the next instruction (as a pointer into the
//! function's code), the frame base and the operand stack's length, capacity and data
//! pointer in locals, which the compiler keeps in registers as far as it can; the main loop, one function with every instruction in it, reads them
//! from memory and goes through `Vec` for every push and pop.
//!
//! Invariant: the fast tier never traps and never half-runs an instruction. Whenever an
//! instruction is anything but its common case (a check that fails, a full stack, too few
//! operands, a return with deferred calls), the loop stops before any side effect with
//! the frame's pc on that instruction, and `dispatch` runs it in full. So the semantics
//! of every instruction, its failures and its panics' positions, live in `dispatch`;
//! each arm here must do exactly what the `dispatch` arm of the same name does in its
//! common case (each arm below names the condition under which it defers).
//!
//! The loop keeps the stack at least as deep as the current frame's locals (`len >=
//! floor`, where `floor` is the frame's base plus its function's `local_count`): pops stop
//! at the locals, a call's frame starts above them, and a return checks the caller's. So a
//! local operand, which the verifier checked against `local_count`, is always a value
//! below `len` and is read without a check.
//!
//! While the loop runs, the fiber's stack `Vec` has length 0 and the loop owns the
//! values `stack[0..len]` through the raw pointer `data`; it writes the length back
//! whenever it leaves. A Rust panic in between (only hostile bytecode can cause one, and
//! the VM's panic guard catches it) leaks those values instead of dropping them twice.

use super::{Vm, MAX_GO_STACK_BYTES, MAX_STACK_SLOTS};
use crate::fiber::{Fiber, Frame, FrameKind, NIL_VALUE};
use crate::heap::{GcRef, Object};
use crate::op::*;
use crate::program::{FuncId, Program};
use crate::typed;
use crate::value::Value;
use std::ptr;

/// How many `Nil`s a call stores at once when its locals take no more (see `enter_checked!`).
const NIL_RUN: usize = 4;

/// Why the fast tier stopped.
pub(super) enum FastExit {
    /// The instruction at the frame's pc needs the main loop.
    Slow,
    /// The slice's budget is spent (or the heap is due for a collection) at a call or a
    /// backward jump: the slice ends, as in the main loop.
    Yield,
}

/// Whether the fast tier runs `op` (in its common case). Must list exactly the
/// instructions `Vm::run_fast` has an arm for; one listed without an arm would only cost
/// a round trip.
#[inline(always)]
pub(super) fn handles(op: &Op) -> bool {
    matches!(
        op,
        Op::Nop
            | Op::PushNil
            | Op::PushBool(_)
            | Op::PushInt(_)
            | Op::PushConst(_)
            | Op::PushFunc(_)
            | Op::Pop
            | Op::Dup
            | Op::Swap
            | Op::LoadLocal(_)
            | Op::StoreLocal(_)
            | Op::LoadGlobal(_)
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
            | Op::Not
            | Op::EqBool
            | Op::NeBool
            | Op::GetField(_)
            | Op::SetField(_)
            | Op::SliceGet
            | Op::SliceSet
            | Op::SliceLen
            | Op::IncLocal { .. }
            | Op::LoadLocalAddConst { .. }
            | Op::LoadLocalField { .. }
            | Op::MoveLocal { .. }
            | Op::ArithLocals { .. }
            | Op::ArithLocalsStore { .. }
            | Op::ArithLocal { .. }
            | Op::ArithInt { .. }
            | Op::ArithConst { .. }
            | Op::ArithStore { .. }
            | Op::ArithLocalStore { .. }
            | Op::ArithLocalField { .. }
            | Op::LoadLocalDupField { .. }
            | Op::ArithSetField { .. }
            | Op::CopyLocals2 { .. }
            | Op::MoveLocal2 { .. }
            | Op::LocalAddConstTo { .. }
            | Op::SliceGetLocals { .. }
            | Op::SliceGetLocalsStore { .. }
            | Op::SliceSetLocals { .. }
            | Op::SliceSetLocalsConst { .. }
            | Op::BranchInt { .. }
            | Op::LoadLocal2 { .. }
            | Op::BranchLocals { .. }
            | Op::BranchLocalConst { .. }
            | Op::Jump(_)
            | Op::JumpIfFalse(_)
            | Op::JumpIfTrue(_)
            | Op::Call { .. }
            | Op::CallValue { .. }
            | Op::Return
            | Op::Dup2
            | Op::Zero(_)
            | Op::IsNil
            | Op::MakeAggregate(_)
            | Op::LoadCapture(_)
            | Op::LoadCaptureCell(_)
            | Op::LoadCell
            | Op::StoreCell
    )
}

/// `cmp.holds(a, b)` computed without branching on `cmp`: the match in `IntCmp::holds`
/// compiles to a jump table, a second indirect jump in every fused branch.
#[inline(always)]
fn holds(cmp: IntCmp, a: i64, b: i64) -> bool {
    // The outcome: bit 0 `a == b`, bit 1 `a < b` signed, bit 2 `a < b` unsigned; bit k of
    // the truth table is whether `cmp` holds for outcome k.
    let outcome = (a == b) as u32 | ((a < b) as u32) << 1 | (((a as u64) < (b as u64)) as u32) << 2;
    let truth: u8 = match cmp {
        IntCmp::Eq => 0b1010_1010,
        IntCmp::Ne => 0b0101_0101,
        IntCmp::Lt => 0b1100_1100,
        IntCmp::Ge => 0b0011_0011,
        IntCmp::Le => 0b1110_1110,
        IntCmp::Gt => 0b0001_0001,
        IntCmp::LtUint => 0b1111_0000,
        IntCmp::GeUint => 0b0000_1111,
        IntCmp::LeUint => 0b1111_1010,
        IntCmp::GtUint => 0b0000_0101,
    };
    (truth >> outcome) & 1 != 0
}

impl Vm {
    /// Runs the top frame of `fiber` (and the frames it calls or returns to) from its
    /// saved pc until an instruction needs the main loop or the slice ends. On return
    /// the top frame's pc is saved and the stack's length is written back.
    pub(super) fn run_fast(
        &mut self,
        fiber: &mut Fiber,
        program: &Program,
        budget: &mut i64,
    ) -> FastExit {
        let mut frame_index = fiber.frames.len() - 1;
        // The running function's code, and the next instruction as a pointer into it (an
        // index would cost a shift and an add at every dispatch). Every instruction the
        // loop reaches is inside its function: see the SAFETY note at the fetch.
        let entry_code = &program.funcs[fiber.frames[frame_index].func as usize];
        let mut code_start: *const Op = entry_code.code.as_ptr();
        let mut ip: *const Op = code_start.wrapping_add(fiber.frames[frame_index].pc as usize);
        let mut base = fiber.frames[frame_index].base as usize;
        // The top of the current frame's locals: the loop keeps `len >= floor`, so every
        // local (the verifier checked each local operand against `local_count`) is an
        // initialized value below `len` and local reads need no check.
        let mut floor = base + entry_code.local_count as usize;
        let mut len = fiber.stack.len();
        if len < floor {
            // Only hostile bytecode run by the main loop pops into a frame's locals; the
            // main loop runs this frame then.
            return FastExit::Slow;
        }
        // No more than the slot limit, so that a call's one comparison of its frame's top
        // against `cap` also checks `MAX_STACK_SLOTS` (a stack that large defers to the
        // main loop at every push, which is still correct).
        let cap = fiber.stack.capacity().min(MAX_STACK_SLOTS);
        let data: *mut Value = fiber.stack.as_mut_ptr();
        // The current frame's first local (`data + base`), kept so that a local is one
        // add away.
        let mut locals: *mut Value = data.wrapping_add(base);
        // SAFETY: the values `stack[0..len]` stay initialized; from here on this function
        // owns them through `data` (see the module comment) and gives them back with
        // `set_len(len)` before every return. Setting a smaller length is always sound.
        unsafe { fiber.stack.set_len(0) };
        // The budget in a local (written back on leaving), and whether the heap is due for
        // a collection, which only this loop's own allocations (`Zero`, `MakeAggregate`)
        // can change while it runs: the budget check at every call and backward jump reads neither
        // from memory.
        let mut ticks_left = *budget;
        let mut collect_due = self.heap.should_collect();

        // The running frame.
        macro_rules! current_frame {
            () => {{
                // SAFETY: the loop keeps `frames.len() == frame_index + 1`.
                unsafe { fiber.frames.get_unchecked_mut(frame_index) }
            }};
        }
        // The index in the running function of the instruction `ip` points at.
        macro_rules! pc_of {
            ($ip:expr) => {
                (($ip as usize - code_start as usize) / std::mem::size_of::<Op>()) as u32
            };
        }
        // Leaves the loop: saves the pc into the top frame and gives the values back.
        macro_rules! leave {
            ($exit:expr) => {{
                current_frame!().pc = pc_of!(ip);
                *budget = ticks_left;
                // SAFETY: `stack[0..len]` are initialized (every push below writes its
                // slot before `len` grows past it, every pop moves out and shrinks `len`),
                // and `len <= cap` because every push checks `len < cap` first.
                unsafe { fiber.stack.set_len(len) };
                return $exit;
            }};
        }
        // Hands the instruction at `at` to the main loop, before any side effect.
        macro_rules! defer_to_main {
            ($at:expr) => {{
                ip = $at;
                leave!(FastExit::Slow)
            }};
        }

        loop {
            let at = ip;
            // SAFETY: `ip` points at an instruction of the running function. The program
            // passed the verifier when the VM took it (`Vm::new`, `extend_program`), so
            // every jump and every fused tail lands inside its function and no function's
            // last instruction falls through; a frame's saved pc is one this loop or the
            // main loop reached the same way.
            let op = unsafe { &*ip };
            ip = ip.wrapping_add(1);
            // Defers unless the stack holds `pops` operands above the frame's locals and
            // has room for `pushes` more values after popping them. An arm that reads
            // operands in place counts them in both (`Dup` is `need!(1, 2)`).
            macro_rules! need {
                ($pops:expr, $pushes:expr) => {
                    // (An arm that pushes no more than it pops cannot pass `cap`: the
                    // constant test folds away.)
                    if len < floor + $pops || ($pushes > $pops && len - $pops + $pushes > cap) {
                        defer_to_main!(at)
                    }
                };
            }
            // The stack slot at `index`, which the caller has checked is below `len`.
            macro_rules! slot {
                ($index:expr) => {{
                    let index = $index;
                    // SAFETY: callers check `index < len`, and `stack[0..len]` are
                    // initialized values owned by this loop.
                    unsafe { &mut *data.add(index) }
                }};
            }
            // Local `slot` of the current frame: below `floor` (the verifier checked the
            // operand against the function's `local_count`), so an initialized value
            // below `len`.
            macro_rules! local_ptr {
                ($slot:expr) => {
                    locals.wrapping_add($slot as usize)
                };
            }
            macro_rules! local {
                ($slot:expr) => {{
                    // SAFETY: see `local_ptr!`.
                    unsafe { &*local_ptr!($slot) }
                }};
            }
            macro_rules! local_mut {
                ($slot:expr) => {{
                    // SAFETY: see `local_ptr!`; no other reference to the slot is live
                    // where an arm writes it.
                    unsafe { &mut *local_ptr!($slot) }
                }};
            }
            macro_rules! push {
                ($v:expr) => {{
                    let v = $v;
                    // SAFETY: the arm checked `len < cap` (with `need!`) before any
                    // side effect, and `stack[len]` holds no value, so writing it
                    // leaks nothing.
                    unsafe { ptr::write(data.add(len), v) };
                    len += 1;
                }};
            }
            macro_rules! pop {
                () => {{
                    len -= 1;
                    // SAFETY: the arm checked (with `need!`) that enough values are on
                    // the stack; the value moves out and `len` no longer covers it.
                    unsafe { ptr::read(data.add(len)) }
                }};
            }
            // Pops the top value read as `as_int` (`as_float`, `as_bool`): read in place
            // rather than moved out whole, then dropped where it lies.
            macro_rules! pop_as {
                ($as:ident) => {{
                    len -= 1;
                    // SAFETY: as for `pop!`; the value is read, then dropped in place and
                    // no longer covered by `len`.
                    unsafe {
                        let slot = data.add(len);
                        let v = (*slot).$as();
                        ptr::drop_in_place(slot);
                        v
                    }
                }};
            }
            macro_rules! push_scalar {
                ($write:ident, $v:expr) => {{
                    let v = $v;
                    // SAFETY: as for `push!`.
                    unsafe { Value::$write(data.add(len), v) };
                    len += 1;
                }};
            }
            macro_rules! top {
                () => {
                    slot!(len - 1)
                };
            }
            // The top of the stack, for reading only (it may be the same slot as a local
            // read at the same time, in hostile bytecode).
            macro_rules! peek {
                () => {{
                    // SAFETY: callers check `len >= 1` with `need!`.
                    unsafe { &*data.add(len - 1) }
                }};
            }
            macro_rules! int_binop {
                ($f:expr) => {{
                    need!(2, 0);
                    let b = pop_as!(as_int);
                    let a = top!();
                    let v = $f(a.as_int(), b);
                    Value::set_int(a, v);
                }};
            }
            // When the next instruction is a conditional jump, runs `before_jump` and the
            // jump too, on the bool `v` directly (saving the bool's store and reload and a
            // dispatch; the jump's own arm does the same: pc past it, then `jump_to!`);
            // otherwise evaluates `otherwise`.
            macro_rules! branch_else {
                ($v:expr, $before_jump:block, $otherwise:expr) => {{
                    let v: bool = $v;
                    // SAFETY: `ip` points at an instruction: the callers' instructions are
                    // never their function's last (the verifier requires a return or jump
                    // there), and a fused tail is always followed by one (verifier too).
                    match unsafe { &*ip } {
                        &Op::JumpIfFalse(t) => {
                            $before_jump;
                            ip = ip.wrapping_add(1);
                            if !v {
                                jump_to!(t);
                            }
                        }
                        &Op::JumpIfTrue(t) => {
                            $before_jump;
                            ip = ip.wrapping_add(1);
                            if v {
                                jump_to!(t);
                            }
                        }
                        _ => $otherwise,
                    }
                }};
            }
            // Leaves the comparison result `v` in `slot` (the top of the stack), unless
            // the next instruction is a conditional jump (`branch_else!`), which pops it.
            macro_rules! cond_result {
                ($slot:expr, $v:expr) => {{
                    let v: bool = $v;
                    branch_else!(
                        v,
                        {
                            let _ = pop_as!(as_bool);
                        },
                        Value::set_bool($slot, v)
                    )
                }};
            }
            macro_rules! int_cmp {
                ($f:expr) => {{
                    need!(2, 0);
                    let b = pop_as!(as_int);
                    let a = top!();
                    let v = $f(a.as_int(), b);
                    cond_result!(a, v);
                }};
            }
            macro_rules! float_binop {
                ($f:expr) => {{
                    need!(2, 0);
                    let b = pop_as!(as_float);
                    let a = top!();
                    let v = $f(a.as_float(), b);
                    Value::set_float(a, v);
                }};
            }
            macro_rules! float_cmp {
                ($f:expr) => {{
                    need!(2, 0);
                    let b = pop_as!(as_float);
                    let a = top!();
                    let v = $f(a.as_float(), b);
                    cond_result!(a, v);
                }};
            }
            macro_rules! unary {
                (|$a:ident| $e:expr) => {{
                    need!(1, 0);
                    let value = top!();
                    let $a = &*value;
                    let v = $e;
                    Value::set(value, v);
                }};
            }
            // A field of the object in `value` (borrowed from the heap), or defer (nil
            // or not an object).
            macro_rules! field_of {
                ($value:expr, $field:expr) => {
                    match $value {
                        Value::Ref(r) => match self.heap.values(*r).get($field as usize) {
                            Some(v) => v,
                            None => defer_to_main!(at),
                        },
                        _ => defer_to_main!(at),
                    }
                };
            }
            // Pushes a clone of `source` (a reference) with one 16-byte copy.
            macro_rules! push_clone {
                ($source:expr) => {{
                    let source: &Value = $source;
                    // SAFETY: as for `push!`.
                    unsafe { Value::write_clone(data.add(len), source) };
                    len += 1;
                }};
            }
            // Stores an arithmetic result: `set` overwrites the place `dst` (one 16-byte
            // store of the result's variant), `push` pushes it (likewise one store; a
            // `Value` built and then moved would be written as a tag byte and a payload,
            // which the next 16-byte load of the slot has to wait for).
            macro_rules! store_result {
                (set, int, $dst:expr, $v:expr) => {
                    Value::set_int($dst, $v)
                };
                (set, float, $dst:expr, $v:expr) => {
                    Value::set_float($dst, $v)
                };
                (push, int, $dst:expr, $v:expr) => {
                    push_scalar!(write_int, $v)
                };
                (push, float, $dst:expr, $v:expr) => {
                    push_scalar!(write_float, $v)
                };
            }
            // `a op b`, stored as `store_result!` says (`$mode` is `set` or `push`).
            macro_rules! arith_result {
                ($op:expr, $a:expr, $b:expr, $mode:ident, $dst:expr) => {{
                    let (a, b): (&Value, &Value) = ($a, $b);
                    match $op {
                        Arith::AddInt => {
                            let v = a.as_int().wrapping_add(b.as_int());
                            store_result!($mode, int, $dst, v)
                        }
                        Arith::SubInt => {
                            let v = a.as_int().wrapping_sub(b.as_int());
                            store_result!($mode, int, $dst, v)
                        }
                        Arith::MulInt => {
                            let v = a.as_int().wrapping_mul(b.as_int());
                            store_result!($mode, int, $dst, v)
                        }
                        Arith::AndInt => {
                            let v = a.as_int() & b.as_int();
                            store_result!($mode, int, $dst, v)
                        }
                        Arith::OrInt => {
                            let v = a.as_int() | b.as_int();
                            store_result!($mode, int, $dst, v)
                        }
                        Arith::XorInt => {
                            let v = a.as_int() ^ b.as_int();
                            store_result!($mode, int, $dst, v)
                        }
                        Arith::AndNotInt => {
                            let v = a.as_int() & !b.as_int();
                            store_result!($mode, int, $dst, v)
                        }
                        Arith::AddFloat => {
                            let v = a.as_float() + b.as_float();
                            store_result!($mode, float, $dst, v)
                        }
                        Arith::SubFloat => {
                            let v = a.as_float() - b.as_float();
                            store_result!($mode, float, $dst, v)
                        }
                        Arith::MulFloat => {
                            let v = a.as_float() * b.as_float();
                            store_result!($mode, float, $dst, v)
                        }
                        Arith::DivFloat => {
                            let v = a.as_float() / b.as_float();
                            store_result!($mode, float, $dst, v)
                        }
                    }
                }};
            }
            // `dst = a op b` written as one store of the result's variant.
            macro_rules! arith_into {
                ($op:expr, $a:expr, $b:expr, $dst:expr) => {
                    arith_result!($op, $a, $b, set, $dst)
                };
            }
            // Must match `jump_to!` in `dispatch`: a backward jump counts against the
            // budget.
            macro_rules! jump_to {
                ($target:expr) => {{
                    let target = code_start.wrapping_add($target as usize);
                    if target < ip {
                        ticks_left -= 1;
                        if ticks_left <= 0 || collect_due {
                            ip = target;
                            leave!(FastExit::Yield);
                        }
                    }
                    ip = target;
                }};
            }

            // The callee's prototype when a frame for it with arguments from `at_args` fits
            // every limit `push_frame` checks (and the stack's capacity); else defers.
            macro_rules! callee {
                ($func:expr, $at_args:expr) => {{
                    let Some(proto) = program.funcs.get($func as usize) else {
                        defer_to_main!(at)
                    };
                    callee_checked!(proto, $at_args)
                }};
            }
            // As `callee!`, for a function id known to index `program.funcs`.
            macro_rules! callee_checked {
                ($proto:expr, $at_args:expr) => {{
                    let proto: &crate::program::FuncProto = $proto;
                    let top = $at_args + proto.local_count as usize;
                    let stack_bytes = current_frame!().stack_bytes + proto.frame_bytes as u64;
                    // A frame past the vector's capacity defers too (the main loop grows
                    // it), so that the frame is written without a growth check.
                    if top > cap
                        || frame_index + 1 >= self.max_frames
                        || frame_index + 1 >= fiber.frames.capacity()
                        || stack_bytes > MAX_GO_STACK_BYTES
                    {
                        defer_to_main!(at)
                    }
                    proto
                }};
            }
            // Pushes the callee's frame (must match `push_frame`) and continues in it.
            macro_rules! enter_checked {
                ($func:expr, $proto:expr, $at_args:expr, $closure:expr) => {{
                    let (func, proto, at_args, closure): (FuncId, _, usize, Option<GcRef>) =
                        ($func, $proto, $at_args, $closure);
                    let top = at_args + proto.local_count as usize;
                    let stack_bytes = current_frame!().stack_bytes + proto.frame_bytes as u64;
                    current_frame!().pc = pc_of!(ip);
                    // The locals start as `Nil`. A loop of `Nil` stores compiles to a call
                    // of `memset`, which cost more than the rest of a small call; a frame
                    // with few locals gets a fixed run of stores instead (the ones past
                    // `top` land in spare capacity, which holds no values).
                    if top <= len + NIL_RUN && len + NIL_RUN <= cap {
                        for i in 0..NIL_RUN {
                            // SAFETY: `len + i < cap`, and the slots from `len` on hold no
                            // values, so nothing is overwritten.
                            unsafe { ptr::write(data.add(len + i), NIL_VALUE) };
                        }
                    } else {
                        for i in len..top {
                            // SAFETY: as for `push!` (`callee!` checked `top <= cap`).
                            unsafe { ptr::write(data.add(i), NIL_VALUE) };
                        }
                    }
                    len = len.max(top);
                    floor = top;
                    // SAFETY: `callee!` checked `frame_index + 1` against the vector's
                    // capacity, and `frames.len() == frame_index + 1`:
                    // the write goes to the first unused slot, which the new length covers.
                    unsafe {
                        let frames = fiber.frames.as_mut_ptr();
                        ptr::write(
                            frames.add(frame_index + 1),
                            Frame {
                                func,
                                pc: 0,
                                base: at_args as u32,
                                closure,
                                kind: FrameKind::Normal,
                                returning: false,
                                stack_bytes,
                            },
                        );
                        fiber.frames.set_len(frame_index + 2);
                    }
                    frame_index += 1;
                    code_start = proto.code.as_ptr();
                    ip = code_start;
                    base = at_args;
                    locals = data.wrapping_add(base);
                    ticks_left -= 1;
                    if ticks_left <= 0 || collect_due {
                        leave!(FastExit::Yield);
                    }
                }};
            }
            // The `i`th capture of the running closure (`Nil` when there is none, as in
            // the main loop).
            macro_rules! capture {
                ($i:expr) => {
                    match current_frame!().closure {
                        Some(r) => match self.heap.get(r) {
                            Object::Closure { captures, .. } => match captures.get($i as usize) {
                                Some(v) => v.clone(),
                                None => defer_to_main!(at),
                            },
                            _ => Value::Nil,
                        },
                        None => Value::Nil,
                    }
                };
            }
            // Slot 0 of the cell `value`, or defer (not a cell).
            macro_rules! cell_of {
                ($value:expr) => {
                    match $value {
                        Value::Ref(r) => match self.heap.values(*r).first() {
                            Some(v) => v.clone(),
                            None => defer_to_main!(at),
                        },
                        _ => defer_to_main!(at),
                    }
                };
            }

            match *op {
                Op::Nop => {}
                Op::Dup2 => {
                    // As if the two were popped and pushed twice: room for two more.
                    need!(2, 4);
                    let (a, b) = (slot!(len - 2).clone(), slot!(len - 1).clone());
                    push!(a);
                    push!(b);
                }
                Op::Zero(ty) => {
                    need!(0, 1);
                    if program.types.get(ty as usize).is_none() {
                        defer_to_main!(at)
                    }
                    let v = typed::zero_value(program, &mut self.heap, ty);
                    collect_due = self.heap.should_collect();
                    push!(v);
                }
                Op::IsNil => unary!(|a| Value::Bool(a.is_nil())),
                Op::MakeAggregate(n) => {
                    need!(n as usize, 1);
                    let at_fields = len - n as usize;
                    let mut fields = Vec::with_capacity(n as usize);
                    for i in at_fields..len {
                        // SAFETY: `i < len`; each value moves out once and `len` drops
                        // below them right after.
                        fields.push(unsafe { ptr::read(data.add(i)) });
                    }
                    len = at_fields;
                    let r = self.heap.alloc(Object::Values(fields.into_boxed_slice()));
                    collect_due = self.heap.should_collect();
                    push!(Value::Ref(r));
                }
                Op::LoadCapture(i) => {
                    need!(0, 1);
                    let v = capture!(i);
                    push!(v);
                }
                Op::LoadCaptureCell(i) => {
                    need!(0, 1);
                    let cell = capture!(i);
                    let v = cell_of!(&cell);
                    push!(v);
                    ip = ip.wrapping_add(FUSED_TAIL_LOAD_CAPTURE_CELL);
                }
                Op::LoadCell => {
                    need!(1, 0);
                    let v = cell_of!(peek!());
                    *top!() = v;
                }
                Op::StoreCell => {
                    need!(2, 0);
                    let Value::Ref(cell) = *slot!(len - 2) else {
                        defer_to_main!(at)
                    };
                    if self.heap.values(cell).is_empty() {
                        defer_to_main!(at)
                    }
                    let v = pop!();
                    drop(pop!());
                    self.heap.values_mut(cell)[0] = v;
                }
                Op::PushNil => {
                    need!(0, 1);
                    push!(Value::Nil);
                }
                Op::PushBool(b) => {
                    need!(0, 1);
                    push_scalar!(write_bool, b);
                }
                Op::PushInt(i) => {
                    need!(0, 1);
                    push_scalar!(write_int, i as i64);
                }
                Op::PushConst(i) => {
                    need!(0, 1);
                    let Some(v) = self.constants.get(i as usize) else {
                        defer_to_main!(at)
                    };
                    push_clone!(v);
                }
                Op::PushFunc(f) => {
                    need!(0, 1);
                    push!(Value::Func(f));
                }
                Op::Pop => {
                    need!(1, 0);
                    drop(pop!());
                }
                Op::Dup => {
                    // As if the top were popped and pushed twice: room for one more.
                    need!(1, 2);
                    push_clone!(peek!());
                }
                Op::Swap => {
                    need!(2, 0);
                    // SAFETY: both slots are below `len` (checked by `need!`).
                    unsafe { ptr::swap(data.add(len - 1), data.add(len - 2)) };
                }
                Op::LoadLocal(s) => {
                    need!(0, 1);
                    push_clone!(local!(s));
                }
                Op::StoreLocal(s) => {
                    need!(1, 0);
                    // The local is below `floor <= len - 1` (`need!`), so it is not the
                    // popped slot.
                    let local = local_ptr!(s);
                    len -= 1;
                    // SAFETY: `index < len` and `len` (the popped value's slot) are
                    // distinct initialized slots; the popped value moves into the local
                    // and `len` no longer covers its old slot.
                    unsafe { Value::move_value(local, data.add(len)) };
                }
                Op::LoadGlobal(i) => {
                    need!(0, 1);
                    let Some(v) = self.heap.values(self.globals).get(i as usize) else {
                        defer_to_main!(at)
                    };
                    push_clone!(v);
                }
                Op::AddInt => int_binop!(i64::wrapping_add),
                Op::SubInt => int_binop!(i64::wrapping_sub),
                Op::MulInt => int_binop!(i64::wrapping_mul),
                Op::DivInt | Op::RemInt | Op::DivUint | Op::RemUint => {
                    need!(2, 0);
                    // A zero divisor panics in the main loop.
                    if peek!().as_int() == 0 {
                        defer_to_main!(at)
                    }
                    let b = pop_as!(as_int);
                    let a = top!();
                    let x = a.as_int();
                    Value::set_int(
                        a,
                        match op {
                            Op::DivInt => x.wrapping_div(b),
                            Op::RemInt => x.wrapping_rem(b),
                            Op::DivUint => ((x as u64) / (b as u64)) as i64,
                            _ => ((x as u64) % (b as u64)) as i64,
                        },
                    );
                }
                Op::AndInt => int_binop!(|a, b| a & b),
                Op::OrInt => int_binop!(|a, b| a | b),
                Op::XorInt => int_binop!(|a, b| a ^ b),
                Op::AndNotInt => int_binop!(|a: i64, b: i64| a & !b),
                Op::Shl { unsigned_count }
                | Op::Shr { unsigned_count }
                | Op::ShrUint { unsigned_count } => {
                    need!(2, 0);
                    // A negative signed count panics in the main loop.
                    if !unsigned_count && peek!().as_int() < 0 {
                        defer_to_main!(at)
                    }
                    let n = pop_as!(as_int) as u64;
                    let a = top!();
                    let x = a.as_int();
                    Value::set_int(
                        a,
                        match op {
                            Op::Shl { .. } => {
                                if n >= 64 {
                                    0
                                } else {
                                    x << n
                                }
                            }
                            Op::Shr { .. } => x >> n.min(63),
                            _ => {
                                if n >= 64 {
                                    0
                                } else {
                                    ((x as u64) >> n) as i64
                                }
                            }
                        },
                    );
                }
                Op::NegInt => unary!(|a| Value::Int(a.as_int().wrapping_neg())),
                Op::NotInt => unary!(|a| Value::Int(!a.as_int())),
                Op::Wrap(w) => unary!(|a| {
                    let x = a.as_int();
                    Value::Int(match w {
                        IntWidth::I8 => x as i8 as i64,
                        IntWidth::I16 => x as i16 as i64,
                        IntWidth::I32 => x as i32 as i64,
                        IntWidth::U8 => x as u8 as i64,
                        IntWidth::U16 => x as u16 as i64,
                        IntWidth::U32 => x as u32 as i64,
                    })
                }),
                Op::EqInt => int_cmp!(|a, b| a == b),
                Op::NeInt => int_cmp!(|a, b| a != b),
                Op::LtInt => int_cmp!(|a, b| a < b),
                Op::LeInt => int_cmp!(|a, b| a <= b),
                Op::GtInt => int_cmp!(|a, b| a > b),
                Op::GeInt => int_cmp!(|a, b| a >= b),
                Op::LtUint => int_cmp!(|a: i64, b: i64| (a as u64) < (b as u64)),
                Op::LeUint => int_cmp!(|a: i64, b: i64| (a as u64) <= (b as u64)),
                Op::GtUint => int_cmp!(|a: i64, b: i64| (a as u64) > (b as u64)),
                Op::GeUint => int_cmp!(|a: i64, b: i64| (a as u64) >= (b as u64)),
                Op::AddFloat => float_binop!(|a, b| a + b),
                Op::SubFloat => float_binop!(|a, b| a - b),
                Op::MulFloat => float_binop!(|a, b| a * b),
                Op::DivFloat => float_binop!(|a, b| a / b),
                Op::NegFloat => unary!(|a| Value::Float(-a.as_float())),
                Op::RoundF32 => unary!(|a| Value::Float(a.as_float() as f32 as f64)),
                Op::EqFloat => float_cmp!(|a, b| a == b),
                Op::NeFloat => float_cmp!(|a, b| a != b),
                Op::LtFloat => float_cmp!(|a, b| a < b),
                Op::LeFloat => float_cmp!(|a, b| a <= b),
                Op::GtFloat => float_cmp!(|a, b| a > b),
                Op::GeFloat => float_cmp!(|a, b| a >= b),
                Op::IntToFloat => unary!(|a| Value::Float(a.as_int() as f64)),
                Op::UintToFloat => unary!(|a| Value::Float(a.as_int() as u64 as f64)),
                Op::Not => {
                    need!(1, 0);
                    let a = top!();
                    let v = !a.as_bool();
                    cond_result!(a, v);
                }
                Op::EqBool => {
                    need!(2, 0);
                    let b = pop_as!(as_bool);
                    let a = top!();
                    let v = a.as_bool() == b;
                    Value::set_bool(a, v);
                }
                Op::NeBool => {
                    need!(2, 0);
                    let b = pop_as!(as_bool);
                    let a = top!();
                    let v = a.as_bool() != b;
                    Value::set_bool(a, v);
                }
                Op::GetField(i) => {
                    need!(1, 0);
                    let v = field_of!(peek!(), i);
                    Value::assign(top!(), v);
                }
                Op::SetField(i) => {
                    need!(2, 0);
                    let Value::Ref(object) = *slot!(len - 2) else {
                        defer_to_main!(at)
                    };
                    let Some(target) = self.heap.values_mut(object).get_mut(i as usize) else {
                        defer_to_main!(at)
                    };
                    // SAFETY: the top value (below `len`, checked by `need!`) moves into
                    // the heap's field (a different place) and `len` stops covering it.
                    unsafe { Value::move_value(target, data.add(len - 1)) };
                    len -= 1;
                    drop(pop!());
                }
                Op::SliceGet => {
                    need!(2, 0);
                    let i = peek!().as_int();
                    let Some(v) = self.heap.slice_element(slot!(len - 2), i) else {
                        defer_to_main!(at)
                    };
                    drop(pop!());
                    Value::assign(top!(), v);
                }
                Op::SliceSet => {
                    need!(3, 0);
                    let i = slot!(len - 2).as_int();
                    let Some(target) = self.heap.slice_element_mut(slot!(len - 3), i) else {
                        defer_to_main!(at)
                    };
                    // SAFETY: as in `SetField`.
                    unsafe { Value::move_value(target, data.add(len - 1)) };
                    len -= 1;
                    drop(pop!());
                    drop(pop!());
                }
                Op::SliceLen => {
                    need!(1, 0);
                    let n = self.slice_header(peek!()).map(|h| h.len).unwrap_or(0);
                    Value::set_int(top!(), n as i64);
                }
                Op::IncLocal { slot, delta } => {
                    let local = local_mut!(slot);
                    let v = local.as_int().wrapping_add(delta as i64);
                    Value::set_int(local, v);
                    ip = ip.wrapping_add(FUSED_TAIL_INC_LOCAL);
                    // A counting loop's step is followed by its test: run the test here
                    // (as its own arm does, pc past it before `jump_to!`), saving a
                    // dispatch.
                    // SAFETY: the verifier checked that an instruction follows the fused
                    // tail.
                    match unsafe { &*ip } {
                        &Op::BranchLocals { a, b, cmp, target } if a as u32 == slot => {
                            let bound = local!(b).as_int();
                            ip = ip.wrapping_add(1);
                            if holds(cmp, v, bound) {
                                ip = ip.wrapping_add(FUSED_TAIL_BRANCH);
                            } else {
                                jump_to!(target);
                            }
                        }
                        &Op::BranchLocalConst {
                            slot: tested,
                            cmp,
                            value,
                            target,
                        } if tested as u32 == slot => {
                            ip = ip.wrapping_add(1);
                            if holds(cmp, v, value as i64) {
                                ip = ip.wrapping_add(FUSED_TAIL_BRANCH);
                            } else {
                                jump_to!(target);
                            }
                        }
                        _ => {}
                    }
                }
                Op::LoadLocalAddConst { slot, delta } => {
                    need!(0, 1);
                    let v = local!(slot).as_int().wrapping_add(delta as i64);
                    push_scalar!(write_int, v);
                    ip = ip.wrapping_add(FUSED_TAIL_LOAD_LOCAL_ADD_CONST);
                }
                Op::LoadLocalField { slot, field } => {
                    need!(0, 1);
                    let v = field_of!(local!(slot), field);
                    push_clone!(v);
                    ip = ip.wrapping_add(FUSED_TAIL_LOAD_LOCAL_FIELD);
                }
                Op::MoveLocal { from, to } => {
                    let (from, to) = (local_ptr!(from), local_ptr!(to));
                    // SAFETY: both are below `len` (checked), initialized; they may be
                    // the same slot, which `copy_value` allows.
                    unsafe { Value::copy_value(to, from) };
                    ip = ip.wrapping_add(FUSED_TAIL_MOVE_LOCAL);
                }
                Op::ArithLocals { op, a, b } => {
                    need!(0, 1);
                    arith_result!(op, local!(a), local!(b), push, ());
                    ip = ip.wrapping_add(FUSED_TAIL_ARITH_LOCALS);
                }
                Op::ArithLocalsStore { op, a, b, dest } => {
                    let (x, y) = (local!(a), local!(b));
                    arith_into!(op, x, y, local_mut!(dest));
                    ip = ip.wrapping_add(FUSED_TAIL_ARITH_LOCALS_STORE);
                }
                Op::ArithLocal { op, slot } => {
                    need!(1, 0);
                    let (a, b) = (peek!(), local!(slot));
                    arith_into!(op, a, b, top!());
                    ip = ip.wrapping_add(FUSED_TAIL_ARITH_OPERAND);
                }
                Op::ArithInt { op, imm } => {
                    need!(1, 0);
                    let a = peek!();
                    arith_into!(op, a, &Value::Int(imm as i64), top!());
                    ip = ip.wrapping_add(FUSED_TAIL_ARITH_OPERAND);
                }
                Op::ArithConst { op, value } => {
                    need!(1, 0);
                    let Some(constant) = self.constants.get(value as usize) else {
                        defer_to_main!(at)
                    };
                    let a = peek!();
                    arith_into!(op, a, constant, top!());
                    ip = ip.wrapping_add(FUSED_TAIL_ARITH_OPERAND);
                }
                Op::ArithStore { op, dest } => {
                    need!(2, 0);
                    // The operands are read where they lie (above `floor`, so neither is
                    // the local `dest`), then dropped there.
                    let (a, b) = (slot!(len - 2), slot!(len - 1));
                    arith_into!(op, a, b, local_mut!(dest));
                    len -= 2;
                    // SAFETY: both were initialized values below the old `len`.
                    unsafe { ptr::drop_in_place(ptr::slice_from_raw_parts_mut(data.add(len), 2)) };
                    ip = ip.wrapping_add(FUSED_TAIL_ARITH_STORE);
                }
                Op::ArithLocalStore { op, slot, dest } => {
                    need!(1, 0);
                    // The operand is read where it lies (above `floor`, so not `dest`).
                    arith_into!(op, peek!(), local!(slot), local_mut!(dest));
                    len -= 1;
                    // SAFETY: it was an initialized value below the old `len`.
                    unsafe { ptr::drop_in_place(data.add(len)) };
                    ip = ip.wrapping_add(FUSED_TAIL_ARITH_LOCAL_STORE);
                }
                Op::ArithLocalField { op, slot, field } => {
                    need!(1, 0);
                    let operand = field_of!(local!(slot), field);
                    let a = peek!();
                    arith_into!(op, a, operand, top!());
                    ip = ip.wrapping_add(FUSED_TAIL_ARITH_LOCAL_FIELD);
                }
                Op::LoadLocalDupField { slot, field } => {
                    need!(0, 2);
                    let object = local!(slot);
                    let v = field_of!(object, field);
                    push_clone!(object);
                    push_clone!(v);
                    ip = ip.wrapping_add(FUSED_TAIL_LOAD_LOCAL_DUP_FIELD);
                }
                Op::ArithSetField { op, field } => {
                    need!(3, 0);
                    let Value::Ref(object) = *slot!(len - 3) else {
                        defer_to_main!(at)
                    };
                    if self.heap.values(object).len() <= field as usize {
                        defer_to_main!(at)
                    }
                    let b = pop!();
                    let a = pop!();
                    drop(pop!());
                    self.heap.values_mut(object)[field as usize] = op.apply(&a, &b);
                    ip = ip.wrapping_add(FUSED_TAIL_ARITH_SET_FIELD);
                }
                Op::CopyLocals2 { a, b, to_b, to_a } => {
                    let x = local!(a).clone();
                    let y = local!(b).clone();
                    *local_mut!(to_b) = y;
                    *local_mut!(to_a) = x;
                    ip = ip.wrapping_add(FUSED_TAIL_COPY_LOCALS_2);
                }
                Op::MoveLocal2 {
                    from,
                    to,
                    from2,
                    to2,
                } => {
                    let (to, to2) = (local_ptr!(to), local_ptr!(to2));
                    let (from, from2) = (local_ptr!(from), local_ptr!(from2));
                    // SAFETY: all four are below `len` (checked) and initialized;
                    // `copy_value` allows a source and target to be the same slot.
                    unsafe {
                        Value::copy_value(to, from);
                        Value::copy_value(to2, from2);
                    }
                    ip = ip.wrapping_add(FUSED_TAIL_MOVE_LOCAL_2);
                }
                Op::LocalAddConstTo { from, to, delta } => {
                    let v = local!(from).as_int().wrapping_add(delta as i64);
                    Value::set_int(local_mut!(to), v);
                    ip = ip.wrapping_add(FUSED_TAIL_LOCAL_ADD_CONST_TO);
                }
                Op::SliceGetLocals { slice, index } => {
                    need!(0, 1);
                    let i = local!(index).as_int();
                    let Some(v) = self.heap.slice_element(local!(slice), i) else {
                        defer_to_main!(at)
                    };
                    ip = ip.wrapping_add(FUSED_TAIL_SLICE_GET_LOCALS);
                    // `if seen[i] { ... }`: a conditional jump right after tests the
                    // element in place, as the jump's own arm would after the push.
                    branch_else!(v.as_bool(), {}, push_clone!(v));
                }
                Op::SliceGetLocalsStore { slice, index, dest } => {
                    let i = local!(index).as_int();
                    let Some(v) = self.heap.slice_element(local!(slice), i) else {
                        defer_to_main!(at)
                    };
                    Value::assign(local_mut!(dest), v);
                    ip = ip.wrapping_add(FUSED_TAIL_SLICE_GET_LOCALS_STORE);
                }
                Op::SliceSetLocals {
                    slice,
                    index,
                    source,
                } => {
                    let i = local!(index).as_int();
                    let source = local!(source);
                    let Some(target) = self.heap.slice_element_mut(local!(slice), i) else {
                        defer_to_main!(at)
                    };
                    Value::assign(target, source);
                    ip = ip.wrapping_add(FUSED_TAIL_SLICE_SET_LOCALS);
                }
                Op::SliceSetLocalsConst {
                    slice,
                    index,
                    value,
                    bool,
                } => {
                    let i = local!(index).as_int();
                    let Some(target) = self.heap.slice_element_mut(local!(slice), i) else {
                        defer_to_main!(at)
                    };
                    if bool {
                        Value::set_bool(target, value != 0);
                    } else {
                        Value::set_int(target, value as i64);
                    }
                    ip = ip.wrapping_add(FUSED_TAIL_SLICE_SET_LOCALS_CONST);
                }
                Op::BranchInt { cmp, target } => {
                    need!(2, 0);
                    let b = pop_as!(as_int);
                    let a = pop_as!(as_int);
                    if holds(cmp, a, b) {
                        ip = ip.wrapping_add(FUSED_TAIL_BRANCH_INT);
                    } else {
                        jump_to!(target);
                    }
                }
                Op::LoadLocal2 { a, b } => {
                    need!(0, 2);
                    let (x, y) = (local!(a), local!(b));
                    push_clone!(x);
                    push_clone!(y);
                    ip = ip.wrapping_add(FUSED_TAIL_LOAD_LOCAL_2);
                }
                Op::BranchLocals { a, b, cmp, target } => {
                    let (x, y) = (local!(a).as_int(), local!(b).as_int());
                    if holds(cmp, x, y) {
                        ip = ip.wrapping_add(FUSED_TAIL_BRANCH);
                    } else {
                        jump_to!(target);
                    }
                }
                Op::BranchLocalConst {
                    slot,
                    cmp,
                    value,
                    target,
                } => {
                    let x = local!(slot).as_int();
                    if holds(cmp, x, value as i64) {
                        ip = ip.wrapping_add(FUSED_TAIL_BRANCH);
                    } else {
                        jump_to!(target);
                    }
                }
                Op::Jump(t) => jump_to!(t),
                Op::JumpIfFalse(t) => {
                    need!(1, 0);
                    if !pop_as!(as_bool) {
                        jump_to!(t);
                    }
                }
                Op::JumpIfTrue(t) => {
                    need!(1, 0);
                    if pop_as!(as_bool) {
                        jump_to!(t);
                    }
                }
                Op::Call { func, argc } => {
                    // The arguments are operands above the caller's locals.
                    if len < floor + argc as usize {
                        defer_to_main!(at)
                    }
                    let at_args = len - argc as usize;
                    // SAFETY: the verifier checked the operand `func` against
                    // `program.funcs`.
                    let proto = unsafe { program.funcs.get_unchecked(func as usize) };
                    let proto = callee_checked!(proto, at_args);
                    enter_checked!(func, proto, at_args, None);
                }
                Op::CallValue { argc } => {
                    // Must match `call_value`: a function or a closure; bound methods
                    // (and nil, which panics) go to the main loop.
                    if len < floor + argc as usize + 1 {
                        defer_to_main!(at)
                    }
                    let at_function = len - argc as usize - 1;
                    let (func, closure) = match *slot!(at_function) {
                        Value::Func(id) => (id, None),
                        Value::Ref(r) => match self.heap.get(r) {
                            Object::Closure { func, .. } => (*func, Some(r)),
                            _ => defer_to_main!(at),
                        },
                        _ => defer_to_main!(at),
                    };
                    let proto = callee!(func, at_function);
                    // The arguments move down over the function value.
                    // SAFETY: `at_function < len`; the function value is dropped in place
                    // and the `argc` values above it move down one slot, after which
                    // `stack[len - 1]` is a moved-out duplicate no longer covered by `len`.
                    unsafe {
                        ptr::drop_in_place(data.add(at_function));
                        ptr::copy(
                            data.add(at_function + 1),
                            data.add(at_function),
                            argc as usize,
                        );
                    }
                    len -= 1;
                    enter_checked!(func, proto, at_function, closure);
                }
                Op::Return => {
                    // Must match the fast path of `Op::Return` in `dispatch`: a plain
                    // call returning to a Go caller, no deferred calls, no boxed results.
                    if frame_index == 0 {
                        defer_to_main!(at)
                    }
                    // SAFETY: the loop keeps `frames.len() == frame_index + 1`, and
                    // `frame_index > 0`; a frame is only pushed (`push_frame`, `callee!`)
                    // after its function id indexed `program.funcs`, whose functions a
                    // REPL's extended program keeps.
                    let (frame, caller) = unsafe {
                        (
                            fiber.frames.get_unchecked(frame_index),
                            fiber.frames.get_unchecked(frame_index - 1),
                        )
                    };
                    let (proto, caller_code) = unsafe {
                        (
                            program.funcs.get_unchecked(frame.func as usize),
                            program.funcs.get_unchecked(caller.func as usize),
                        )
                    };
                    let results = base + proto.param_count as usize;
                    let count = proto.result_count as usize;
                    // The caller's locals must stay below the results (only a frame that
                    // hostile bytecode called from the main loop can start inside them).
                    let caller_floor = caller.base as usize + caller_code.local_count as usize;
                    if frame.kind != FrameKind::Normal
                        || fiber.top_has_defers()
                        || !proto.boxed_results.is_empty()
                        || results + count > len
                        || base < caller_floor
                    {
                        defer_to_main!(at)
                    }
                    let (caller_pc, caller_base) = (caller.pc as usize, caller.base as usize);
                    // The parameters are dropped, the results move down over them (one
                    // 16-byte copy each, no drop check), and the rest is dropped in place.
                    // SAFETY: `base <= results` and `results + count <= len`, so every
                    // place is an initialized value below `len`. Each value is either
                    // dropped once or moved once to a place already dropped or itself
                    // (`ptr::copy` allows overlap), and `len` then covers exactly the
                    // moved results.
                    unsafe {
                        for i in base..results {
                            ptr::drop_in_place(data.add(i));
                        }
                        // One result, the common case, is one 16-byte move; a count
                        // known only at run time is a call of `memmove`.
                        if count == 1 {
                            ptr::copy(data.add(results), data.add(base), 1);
                        } else {
                            ptr::copy(data.add(results), data.add(base), count);
                        }
                        for i in results + count..len {
                            ptr::drop_in_place(data.add(i));
                        }
                    }
                    len = base + count;
                    // SAFETY: `frame_index > 0` was checked, so the vector holds
                    // `frame_index + 1` frames; the top one is plain data and is dropped
                    // by being forgotten.
                    unsafe { fiber.frames.set_len(frame_index) };
                    frame_index -= 1;
                    code_start = caller_code.code.as_ptr();
                    ip = code_start.wrapping_add(caller_pc);
                    base = caller_base;
                    locals = data.wrapping_add(base);
                    floor = caller_floor;
                }
                _ => defer_to_main!(at),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::holds;
    use crate::op::IntCmp;

    #[test]
    fn branchless_compare_matches_int_cmp() {
        let cmps = [
            IntCmp::Eq,
            IntCmp::Ne,
            IntCmp::Lt,
            IntCmp::Le,
            IntCmp::Gt,
            IntCmp::Ge,
            IntCmp::LtUint,
            IntCmp::LeUint,
            IntCmp::GtUint,
            IntCmp::GeUint,
        ];
        let values = [i64::MIN, -2, -1, 0, 1, 2, i64::MAX];
        for cmp in cmps {
            for a in values {
                for b in values {
                    assert_eq!(holds(cmp, a, b), cmp.holds(a, b), "{cmp:?} {a} {b}");
                }
            }
        }
    }
}
