//! `select`: choosing among ready channel operations, or parking on all of them.
//!
//! The operands of a select with `n` cases lie on top of the fiber's stack, one per
//! receive case (the channel) and two per send case (the channel, then the value), in
//! case order; `Program::select_tables[table]` says which cases send. The statement
//! ends with `[case, value, ok]` on the stack (`case` is -1 for default), pushed at once
//! or, for a parked fiber, by whoever completes one of its cases (`Vm::deliver`).
//!
//! Invariant: the select never allocates unless it parks (each waiter it queues is the
//! only allocation), so a busy select loop retains nothing.

use super::{Trap, Vm};
use crate::chan::{Channel, Waiter};
use crate::fiber::Fiber;
use crate::heap::Object;
use crate::program::Program;
use crate::value::Value;

impl Vm {
    /// Runs the select whose operands are on top of `fiber`'s stack.
    ///
    /// Returns `Ok(true)` when a case (or default) completed and its results are pushed,
    /// `Ok(false)` when the fiber parked (its pc must already point past the select).
    ///
    /// # Errors
    /// The chosen case sends on a closed channel.
    pub(super) fn select(
        &mut self,
        fiber: &mut Fiber,
        program: &Program,
        table: u32,
        has_default: bool,
    ) -> Result<bool, Trap> {
        let sends = &program.select_tables[table as usize];
        let operand_count: usize = sends.iter().map(|send| 1 + *send as usize).sum();
        let at = fiber.stack.len() - operand_count;

        // Pass 1: find the ready cases and choose one uniformly at random (reservoir
        // sampling: the k-th ready case replaces the choice with probability 1/k).
        let mut chosen: Option<(usize, usize)> = None; // (case, operand position)
        let mut ready_count = 0u64;
        let mut position = at;
        for (case, send) in sends.iter().enumerate() {
            if self.case_ready(&fiber.stack[position], *send) {
                ready_count += 1;
                if ready_count == 1 || self.next_random().is_multiple_of(ready_count) {
                    chosen = Some((case, position));
                }
            }
            position += 1 + *send as usize;
        }

        if let Some((case, position)) = chosen {
            let ch = fiber.stack[position].clone();
            let (value, ok) = if sends[case] {
                let v = fiber.stack[position + 1].clone();
                fiber.stack.truncate(at);
                let sent = self.try_send(&ch, v)?;
                debug_assert!(sent, "Vm::select: a ready send case would block");
                (Value::Nil, false)
            } else {
                fiber.stack.truncate(at);
                match self.try_recv(program, &ch) {
                    Some(result) => result,
                    None => unreachable!("Vm::select: a ready receive case would block"),
                }
            };
            fiber.push_int(case as i64);
            fiber.stack.push(value);
            fiber.push_bool(ok);
            #[cfg(test)]
            self.check_channel(&ch, 0);
            return Ok(true);
        }
        if has_default {
            fiber.stack.truncate(at);
            fiber.push_int(-1);
            fiber.stack.push(Value::Nil);
            fiber.push_bool(false);
            return Ok(true);
        }

        // Pass 2: park on every channel under one token. Waiters left on the other
        // channels become stale when the fiber is woken through one of them.
        let reason = if sends.is_empty() {
            "select (no cases)"
        } else {
            "select"
        };
        let token = self.park(fiber, reason);
        let me = self.current_index(fiber);
        let mut position = at;
        for (case, send) in sends.iter().enumerate() {
            let ch = fiber.stack[position].clone();
            let waiter = Waiter::select_case(me, token, case as u32);
            if let Some(c) = self.channel(&ch) {
                if *send {
                    c.push_sender(waiter, fiber.stack[position + 1].clone());
                } else {
                    c.receivers.push_back(waiter);
                }
            }
            self.drop_stale_waiters(&ch, token);
            #[cfg(test)]
            self.check_channel(&ch, token);
            position += 1 + *send as usize;
        }
        fiber.stack.truncate(at);
        Ok(false)
    }

    /// Whether a send (or receive) on `ch` can complete now. Stale waiters at the head
    /// of the queue that would answer are dropped first, so the answer is exact: a
    /// case found ready completes when chosen.
    fn case_ready(&mut self, ch: &Value, send: bool) -> bool {
        let Value::Ref(r) = ch else {
            return false; // A nil channel is never ready.
        };
        let fibers = &self.fibers;
        let live = |w: &Waiter| super::waiter_is_live(fibers, w);
        let Object::Chan(c) = self.heap.get_mut(*r) else {
            return false;
        };
        let c: &mut Channel = c;
        if send {
            if c.closed || c.buffer.len() < c.cap {
                return true;
            }
            while let Some(w) = c.receivers.front() {
                if live(w) {
                    return true;
                }
                c.receivers.pop_front();
            }
            false
        } else {
            if !c.buffer.is_empty() || c.closed {
                return true;
            }
            while let Some((w, _)) = c.senders.front() {
                if live(w) {
                    return true;
                }
                c.senders.pop_front();
            }
            false
        }
    }
}
