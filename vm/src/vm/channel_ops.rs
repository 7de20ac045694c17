//! Send and receive statements: complete at once or park the running fiber.
//!
//! Both expect the fiber's pc already saved past the operation, so a parked fiber
//! resumes after it; whoever completes the operation later pushes its results
//! (`Vm::deliver`). Under `cfg(test)` every operation ends with
//! `Channel::check_invariants` on the channel it touched.

use super::{Trap, Vm};
use crate::chan::Waiter;
use crate::fiber::Fiber;
use crate::program::Program;
use crate::value::Value;

impl Vm {
    /// `ch <- v`. Returns `Ok(true)` when the value was handed over or buffered,
    /// `Ok(false)` when the fiber parked (a nil channel parks it forever).
    ///
    /// # Errors
    /// `send on closed channel`.
    pub(super) fn send(&mut self, fiber: &mut Fiber, ch: &Value, v: Value) -> Result<bool, Trap> {
        if ch.is_nil() {
            self.park(fiber, "chan send (nil chan)");
            return Ok(false);
        }
        let mut v = v;
        let sent = self.try_send_from(ch, &mut v)?;
        if !sent {
            let token = self.park(fiber, "chan send");
            let waiter = Waiter::plain(self.current_index(fiber), token, false);
            if let Some(c) = self.channel(ch) {
                c.push_sender(waiter, v);
            }
        }
        #[cfg(test)]
        self.check_channel(ch, fiber.wait_token);
        Ok(sent)
    }

    /// `<-ch` (and `v, ok := <-ch` when `want_ok`). Returns true when the results are
    /// pushed, false when the fiber parked (a nil channel parks it forever).
    pub(super) fn receive(
        &mut self,
        fiber: &mut Fiber,
        program: &Program,
        ch: &Value,
        want_ok: bool,
    ) -> bool {
        if ch.is_nil() {
            self.park(fiber, "chan receive (nil chan)");
            return false;
        }
        let received = match self.try_recv(program, ch) {
            Some((v, ok)) => {
                fiber.stack.push(v);
                if want_ok {
                    fiber.push_bool(ok);
                }
                true
            }
            None => {
                let token = self.park(fiber, "chan receive");
                let waiter = Waiter::plain(self.current_index(fiber), token, want_ok);
                if let Some(c) = self.channel(ch) {
                    // sync labels the channels it parks on with gc's wait reasons.
                    if !c.receive_wait_reason.is_empty() {
                        fiber.wait_reason = c.receive_wait_reason;
                    }
                    c.receivers.push_back(waiter);
                }
                false
            }
        };
        #[cfg(test)]
        self.check_channel(ch, fiber.wait_token);
        received
    }

    /// Checks `ch`'s invariants (tests only). The running fiber is out of the fiber
    /// table, so its waiters are live when they carry `running_token`.
    #[cfg(test)]
    pub(super) fn check_channel(&mut self, ch: &Value, running_token: u64) {
        let fibers = &self.fibers;
        let running = self.running;
        let live = |w: &Waiter| {
            if w.fiber() == running {
                return running_token != 0 && w.token == running_token;
            }
            super::waiter_is_live(fibers, w)
        };
        if let Value::Ref(r) = ch {
            if let crate::heap::Object::Chan(c) = self.heap.get(*r) {
                c.check_invariants(&live);
            }
        }
    }
}
