//! Superinstruction fusion: a peephole pass over a finished function's code.
//!
//! Each superinstruction replaces the first op of the sequence it stands for; the rest
//! of the sequence stays in place after it and the superinstruction skips it. Jumps
//! into the middle of a sequence therefore still find the original ops, so no jump
//! target or line entry moves. A sequence is fused only when it contains no jump except
//! a final `JumpIfFalse` or `JumpIfTrue` (a loop's test at its bottom jumps backward;
//! the fused branches count the budget as the jump they replace does), so the
//! instruction budget and trap positions are unchanged.

use weft_vm::op::{Arith, IntCmp, Op};

/// Rewrites `code` in place, fusing common sequences into superinstructions.
pub fn fuse_superinstructions(code: &mut [Op]) {
    let mut i = 0;
    while i < code.len() {
        let window = &code[i..code.len().min(i + 4)];
        match fused(window) {
            Some((op, length)) => {
                code[i] = op;
                i += length;
            }
            None => i += 1,
        }
    }
}

/// The superinstruction for the sequence at the start of `window` and the sequence's length.
fn fused(window: &[Op]) -> Option<(Op, usize)> {
    use Op::*;
    let slot16 = |slot: u32| u16::try_from(slot).ok();
    // Longest sequences first: a four-op pattern beats the shorter ones it starts with.
    match *window {
        [LoadLocal(a), PushInt(delta), AddInt, StoreLocal(b), ..] if a == b => {
            Some((IncLocal { slot: a, delta }, 4))
        }
        [LoadLocal(from), PushInt(delta), AddInt, StoreLocal(to), ..] => Some((
            LocalAddConstTo {
                from: slot16(from)?,
                to: slot16(to)?,
                delta,
            },
            4,
        )),
        [LoadLocal(a), PushInt(k), SubInt, StoreLocal(b), ..] if a == b && k != i32::MIN => {
            Some((IncLocal { slot: a, delta: -k }, 4))
        }
        [LoadLocal(from), PushInt(k), SubInt, StoreLocal(to), ..] if k != i32::MIN => Some((
            LocalAddConstTo {
                from: slot16(from)?,
                to: slot16(to)?,
                delta: -k,
            },
            4,
        )),
        [LoadLocal(a), LoadLocal(b), arith, StoreLocal(dest), ..] if Arith::of(arith).is_some() => {
            Some((
                ArithLocalsStore {
                    op: Arith::of(arith)?,
                    a: slot16(a)?,
                    b: slot16(b)?,
                    dest: slot16(dest)?,
                },
                4,
            ))
        }
        [LoadLocal(a), LoadLocal(b), StoreLocal(to_b), StoreLocal(to_a), ..] => Some((
            CopyLocals2 {
                a: slot16(a)?,
                b: slot16(b)?,
                to_b: slot16(to_b)?,
                to_a: slot16(to_a)?,
            },
            4,
        )),
        [LoadLocal(from), StoreLocal(to), LoadLocal(from2), StoreLocal(to2), ..] => Some((
            MoveLocal2 {
                from: slot16(from)?,
                to: slot16(to)?,
                from2: slot16(from2)?,
                to2: slot16(to2)?,
            },
            4,
        )),
        [LoadLocal(slice), LoadLocal(index), SliceGet, StoreLocal(dest), ..] => Some((
            SliceGetLocalsStore {
                slice: slot16(slice)?,
                index: slot16(index)?,
                dest: slot16(dest)?,
            },
            4,
        )),
        [LoadLocal(slice), LoadLocal(index), LoadLocal(source), SliceSet, ..] => Some((
            SliceSetLocals {
                slice: slot16(slice)?,
                index: slot16(index)?,
                source: slot16(source)?,
            },
            4,
        )),
        [LoadLocal(slice), LoadLocal(index), PushInt(value), SliceSet, ..] => Some((
            SliceSetLocalsConst {
                slice: slot16(slice)?,
                index: slot16(index)?,
                value,
                bool: false,
            },
            4,
        )),
        [LoadLocal(slice), LoadLocal(index), PushBool(b), SliceSet, ..] => Some((
            SliceSetLocalsConst {
                slice: slot16(slice)?,
                index: slot16(index)?,
                value: b as i32,
                bool: true,
            },
            4,
        )),
        [LoadLocal(a), LoadLocal(b), compare, jump, ..] if IntCmp::of(compare).is_some() => {
            let (a, b) = (u16::try_from(a).ok()?, u16::try_from(b).ok()?);
            let (cmp, target) = branch(compare, jump)?;
            Some((BranchLocals { a, b, cmp, target }, 4))
        }
        [LoadLocal(slot), PushInt(value), compare, jump, ..] if IntCmp::of(compare).is_some() => {
            let slot = u16::try_from(slot).ok()?;
            let (cmp, target) = branch(compare, jump)?;
            Some((
                BranchLocalConst {
                    slot,
                    cmp,
                    value,
                    target,
                },
                4,
            ))
        }
        [LoadLocal(slot), PushInt(delta), AddInt, ..] => {
            Some((LoadLocalAddConst { slot, delta }, 3))
        }
        [LoadLocal(slot), PushInt(k), SubInt, ..] if k != i32::MIN => {
            Some((LoadLocalAddConst { slot, delta: -k }, 3))
        }
        [LoadLocal(a), LoadLocal(b), arith, ..] if Arith::of(arith).is_some() => Some((
            ArithLocals {
                op: Arith::of(arith)?,
                a: slot16(a)?,
                b: slot16(b)?,
            },
            3,
        )),
        [LoadLocal(slot), arith, StoreLocal(dest), ..] if Arith::of(arith).is_some() => Some((
            ArithLocalStore {
                op: Arith::of(arith)?,
                slot: slot16(slot)?,
                dest: slot16(dest)?,
            },
            3,
        )),
        [LoadLocal(slot), GetField(field), arith, ..] if Arith::of(arith).is_some() => Some((
            ArithLocalField {
                op: Arith::of(arith)?,
                slot: slot16(slot)?,
                field: u16::try_from(field).ok()?,
            },
            3,
        )),
        [LoadLocal(slot), Dup, GetField(field), ..] => Some((LoadLocalDupField { slot, field }, 3)),
        [LoadLocal(slice), LoadLocal(index), SliceGet, ..] => Some((
            SliceGetLocals {
                slice: slot16(slice)?,
                index: slot16(index)?,
            },
            3,
        )),
        [compare, jump, ..] if IntCmp::of(compare).is_some() => {
            let (cmp, target) = branch(compare, jump)?;
            Some((BranchInt { cmp, target }, 2))
        }
        [LoadLocal(slot), GetField(field), ..] => Some((LoadLocalField { slot, field }, 2)),
        [LoadLocal(from), StoreLocal(to), ..] => Some((MoveLocal { from, to }, 2)),
        [LoadCapture(index), LoadCell, ..] => Some((LoadCaptureCell(index), 2)),
        [LoadLocal(slot), arith, ..] if Arith::of(arith).is_some() => Some((
            ArithLocal {
                op: Arith::of(arith)?,
                slot,
            },
            2,
        )),
        [PushInt(imm), arith, ..] if Arith::of(arith).is_some() => Some((
            ArithInt {
                op: Arith::of(arith)?,
                imm,
            },
            2,
        )),
        [PushConst(value), arith, ..] if Arith::of(arith).is_some() => Some((
            ArithConst {
                op: Arith::of(arith)?,
                value,
            },
            2,
        )),
        [arith, SetField(field), ..] if Arith::of(arith).is_some() => Some((
            ArithSetField {
                op: Arith::of(arith)?,
                field,
            },
            2,
        )),
        [arith, StoreLocal(dest), ..] if Arith::of(arith).is_some() => Some((
            ArithStore {
                op: Arith::of(arith)?,
                dest,
            },
            2,
        )),
        [LoadLocal(a), LoadLocal(b), ..] => Some((LoadLocal2 { a, b }, 2)),
        _ => None,
    }
}

/// The comparison and target of a fused branch for `compare` followed by `jump`: the
/// fused branches jump when the comparison fails, so `JumpIfTrue` takes the negation.
fn branch(compare: Op, jump: Op) -> Option<(IntCmp, u32)> {
    let cmp = IntCmp::of(compare)?;
    match jump {
        Op::JumpIfFalse(target) => Some((cmp, target)),
        Op::JumpIfTrue(target) => Some((cmp.negated(), target)),
        _ => None,
    }
}
