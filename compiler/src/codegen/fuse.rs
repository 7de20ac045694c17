//! Superinstruction fusion: a peephole pass over a finished function's code.
//!
//! Each superinstruction replaces the first op of the sequence it stands for; the rest
//! of the sequence stays in place after it and the superinstruction skips it. Jumps
//! into the middle of a sequence therefore still find the original ops, so no jump
//! target or line entry moves. A sequence is fused only when it contains no jump except
//! a final forward `JumpIfFalse`, so the instruction budget and trap positions are
//! unchanged.

use weft_vm::op::{IntCmp, Op};

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
    match *window {
        [LoadLocal(a), PushInt(delta), AddInt, StoreLocal(b), ..] if a == b => {
            Some((IncLocal { slot: a, delta }, 4))
        }
        [LoadLocal(a), LoadLocal(b), compare, JumpIfFalse(target), ..]
            if IntCmp::of(compare).is_some() =>
        {
            let (a, b) = (u16::try_from(a).ok()?, u16::try_from(b).ok()?);
            Some((
                BranchLocals {
                    a,
                    b,
                    cmp: IntCmp::of(compare)?,
                    target,
                },
                4,
            ))
        }
        [LoadLocal(slot), PushInt(value), compare, JumpIfFalse(target), ..]
            if IntCmp::of(compare).is_some() =>
        {
            let slot = u16::try_from(slot).ok()?;
            Some((
                BranchLocalConst {
                    slot,
                    cmp: IntCmp::of(compare)?,
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
        [LoadLocal(a), LoadLocal(b), AddInt, ..] => Some((AddLocals { a, b }, 3)),
        [compare, JumpIfFalse(target), ..] if IntCmp::of(compare).is_some() => Some((
            BranchInt {
                cmp: IntCmp::of(compare)?,
                target,
            },
            2,
        )),
        [LoadLocal(slot), GetField(field), ..] => Some((LoadLocalField { slot, field }, 2)),
        [LoadLocal(from), StoreLocal(to), ..] => Some((MoveLocal { from, to }, 2)),
        [LoadLocal(a), LoadLocal(b), ..] => Some((LoadLocal2 { a, b }, 2)),
        _ => None,
    }
}
