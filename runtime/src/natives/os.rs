//! Natives of package os: arguments, exit, writes to the standard streams.

use super::values::{arg_bytes, arg_int};
use weft_vm::program::Kind;
use weft_vm::value::Value;
use weft_vm::{NativeCtx, NativeError, NativeRegistry};

pub fn register(r: &mut NativeRegistry) {
    r.register("os.runtimeArgs", runtime_args);
    r.register("os.Exit", exit);
    r.register("os.writeString", write_string);
    r.register("math/rand.seedNow", seed_now);
    r.register("runtime.Gosched", gosched);
    r.register("runtime.GC", gc);
    r.register("runtime.memStats", mem_stats);
    r.register("runtime.NumGoroutine", num_goroutine);
    r.register("runtime.SetFinalizer", set_finalizer);
    r.register("sync.fatal", sync_fatal);
    r.register("time.sleep", sleep);
    r.register("time.nowNanos", now_nanos);
    r.register("time.monoNanos", mono_nanos);
}

fn sleep(_ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    Err(NativeError::Sleep(arg_int(args, 0)))
}

fn now_nanos(ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    ctx.ret(Value::Int(ctx.clock.wall()));
    Ok(())
}

fn mono_nanos(ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    ctx.ret(Value::Int(ctx.clock.mono() as i64));
    Ok(())
}

fn gosched(_ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    Err(NativeError::Yield)
}

fn num_goroutine(ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    ctx.ret(Value::Int(ctx.goroutines() as i64));
    Ok(())
}

/// gc's unrecoverable `fatal error: sync: unlock of unlocked mutex`.
fn sync_fatal(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let _ = ctx.stdout.flush();
    let _ = writeln!(
        ctx.stderr,
        "fatal error: {}",
        String::from_utf8_lossy(super::values::arg_bytes(args, 0))
    );
    Err(NativeError::Exit(2))
}

/// Ends the program as gc's `throw` does: `fatal error: <message>`, exit status 2.
fn fatal(ctx: &mut NativeCtx<'_>, message: &str) -> Result<(), NativeError> {
    let _ = ctx.stdout.flush();
    let _ = writeln!(ctx.stderr, "fatal error: {message}");
    Err(NativeError::Exit(2))
}

/// `runtime.SetFinalizer(obj, finalizer)`: the heap runs `finalizer(obj)` on a goroutine
/// of its own once a collection finds the object unreachable; a nil finalizer removes it.
fn set_finalizer(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let Some((object_type, pointer)) = super::values::iface(ctx.heap, &args[0]) else {
        return fatal(ctx, "runtime.SetFinalizer: first argument is nil");
    };
    let object_type = &ctx.program.types[object_type as usize];
    if object_type.kind != Kind::Pointer {
        let message = format!(
            "runtime.SetFinalizer: first argument is {}, not pointer",
            object_type.name
        );
        return fatal(ctx, &message);
    }
    let object = match pointer {
        Value::Ref(r) | Value::Ptr(r, _) => r,
        _ => return fatal(ctx, "runtime.SetFinalizer: first argument is nil"),
    };
    let (func, argument) = match super::values::iface(ctx.heap, &args[1]) {
        None => (Value::Nil, Value::Nil),
        Some((func_type, func)) => {
            let func_type = &ctx.program.types[func_type as usize];
            if func_type.kind != Kind::Func {
                let message = format!(
                    "runtime.SetFinalizer: second argument is {}, not a function",
                    func_type.name
                );
                return fatal(ctx, &message);
            }
            // A finalizer taking an interface receives the interface value, one taking
            // the pointer type receives the pointer.
            let wants_interface = func_type.name.starts_with("func(interface")
                || func_type.name.starts_with("func(any");
            let argument = if wants_interface {
                args[0].clone()
            } else {
                pointer
            };
            (func, argument)
        }
    };
    ctx.heap.set_finalizer(object, func, argument);
    Ok(())
}

/// A seed for math/rand's default source: the clock, as gc seeds randomly.
fn seed_now(ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as i64)
        .unwrap_or(1);
    ctx.ret(Value::Int(nanos));
    Ok(())
}

fn runtime_args(ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    let values: Vec<Value> = ctx.args.iter().map(|a| Value::str(a.as_bytes())).collect();
    let s = ctx.new_slice(values);
    ctx.ret(s);
    Ok(())
}

fn exit(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let _ = ctx.stdout.flush();
    Err(NativeError::Exit(arg_int(args, 0) as i32))
}

fn write_string(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let bytes = arg_bytes(args, 1);
    if arg_int(args, 0) == 2 {
        let _ = ctx.stdout.flush();
        let _ = ctx.stderr.write_all(bytes);
    } else {
        let _ = ctx.stdout.write_all(bytes);
    }
    Ok(())
}

fn gc(_ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    Err(NativeError::CollectGarbage)
}

fn mem_stats(ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    let h = &*ctx.heap;
    let (alloc, total, objects, mallocs, cycles, sys) = (
        h.bytes as i64,
        h.total_allocated_bytes as i64,
        h.live_objects() as i64,
        h.total_allocated_objects as i64,
        h.collections as i64,
        h.peak() as i64,
    );
    for v in [alloc, total, objects, mallocs, cycles, sys] {
        ctx.ret(Value::Int(v));
    }
    Ok(())
}
