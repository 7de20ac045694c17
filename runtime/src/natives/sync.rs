//! Natives of the concurrency packages: sync labels the channels its blocked goroutines
//! park on; `runtime.Goexit` ends the calling goroutine.

use super::values::arg_int;
use weft_vm::heap::Object;
use weft_vm::value::Value;
use weft_vm::{NativeCtx, NativeError, NativeRegistry};

pub fn register(r: &mut NativeRegistry) {
    r.register("sync.labelChannel", label_channel);
    r.register("runtime.Goexit", goexit);
}

/// `runtime.Goexit`: the VM runs the goroutine's deferred calls and ends it.
fn goexit(_ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    Err(NativeError::Goexit)
}

/// gc's wait reasons by the codes of runtime/go/sync/sync.go (`reasonMutexLock`, ...);
/// the order must match the constants there.
const WAIT_REASONS: [&str; 5] = [
    "semacquire",
    "sync.Mutex.Lock",
    "sync.RWMutex.Lock",
    "sync.RWMutex.RLock",
    "sync.Cond.Wait",
];

/// `labelChannel(ch, reason)`: goroutines parked receiving from `ch` report `reason`
/// in a deadlock, as gc reports goroutines parked on its semaphores.
fn label_channel(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let reason = WAIT_REASONS
        .get(arg_int(args, 1) as usize)
        .copied()
        .unwrap_or("semacquire");
    if let Some(Value::Ref(r)) = args.first() {
        if let Object::Chan(channel) = ctx.heap.get_mut(*r) {
            channel.receive_wait_reason = reason;
        }
    }
    Ok(())
}
