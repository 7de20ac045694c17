//! Natives of package runtime that read the calling goroutine's frames: `Caller`,
//! `Callers`, `FuncForPC` and `CallersFrames` are written in Go on top of them.
//!
//! A program counter is an opaque `uintptr` as in gc. Weft's encodes a function and an
//! instruction index: `(function index + 1) << 32 | instruction`, so that zero is never
//! a valid pc and a function's entry is its value with instruction 0. Like gc's,
//! `Callers` yields return addresses (the instruction after the call); the Go side steps
//! back one to find the call's line.

use super::values::arg_int;
use weft_vm::fiber::FrameKind;
use weft_vm::value::Value;
use weft_vm::{NativeCtx, NativeError, NativeRegistry};

pub fn register(r: &mut NativeRegistry) {
    r.register("runtime.callerPCs", caller_pcs);
    r.register("runtime.funcName", func_name);
    r.register("runtime.funcFileLine", func_file_line);
    r.register("runtime.stackText", stack_text);
}

/// The pc of instruction `instruction` of function `func`.
fn encode(func: u32, instruction: u32) -> i64 {
    (((func as u64) + 1) << 32 | instruction as u64) as i64
}

/// The function and instruction a pc names, when the function exists.
fn decode(ctx: &NativeCtx<'_>, pc: i64) -> Option<(usize, usize)> {
    let func = ((pc as u64) >> 32).checked_sub(1)? as usize;
    let instruction = (pc as u64 & 0xffff_ffff) as usize;
    (func < ctx.program.funcs.len()).then_some((func, instruction))
}

/// `callerPCs(skip, max int) []uintptr`: the return addresses of at most `max` frames,
/// innermost first, after skipping `skip` (0 is the function that called `callerPCs`).
/// The runtime's own panic-printing frame is left out, as gc's are not Go frames either.
fn caller_pcs(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let skip = arg_int(args, 0).max(0) as usize;
    let max = arg_int(args, 1).max(0) as usize;
    let pcs: Vec<Value> = ctx
        .frames
        .iter()
        .rev()
        .filter(|frame| frame.kind != FrameKind::PanicMessage)
        .skip(skip)
        .take(max)
        .map(|frame| Value::Int(encode(frame.func, frame.pc)))
        .collect();
    let slice = ctx.new_slice(pcs);
    ctx.ret(slice);
    Ok(())
}

/// `funcName(pc uintptr) (name string, entry uintptr, ok bool)`.
fn func_name(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    match decode(ctx, arg_int(args, 0)) {
        Some((func, _)) => {
            ctx.ret_str(ctx.program.funcs[func].name.as_bytes());
            ctx.ret(Value::Int(encode(func as u32, 0)));
            ctx.ret(Value::Bool(true));
        }
        None => {
            ctx.ret_str(&b""[..]);
            ctx.ret(Value::Int(0));
            ctx.ret(Value::Bool(false));
        }
    }
    Ok(())
}

/// `funcFileLine(pc uintptr) (file string, line int)`: the source position of the
/// instruction at `pc` ("?", 0 when there is none).
fn func_file_line(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let position = decode(ctx, arg_int(args, 0)).and_then(|(func, instruction)| {
        let (file, line) = ctx.program.funcs[func].line_at(instruction);
        let file = ctx.program.files.get(file as usize)?;
        (line > 0).then(|| (file.clone(), line))
    });
    let (file, line) = position.unwrap_or_else(|| ("?".to_string(), 0));
    ctx.ret_str(file.as_bytes());
    ctx.ret(Value::Int(line as i64));
    Ok(())
}

/// `stackText(skip int) string`: the calling goroutine's stack as `runtime.Stack` prints
/// it, `goroutine N [running]:` then each frame's `name(...)` and `file:line`, innermost
/// first, after skipping `skip` frames (0 is the function that called `stackText`).
fn stack_text(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let skip = arg_int(args, 0).max(0) as usize;
    let mut text = format!("goroutine {} [running]:\n", ctx.goroutine);
    let frames = ctx.frames.iter().rev();
    for frame in frames
        .filter(|frame| frame.kind != FrameKind::PanicMessage)
        .skip(skip)
    {
        let func = &ctx.program.funcs[frame.func as usize];
        let (file, line) = func.line_at((frame.pc as usize).saturating_sub(1));
        let file = ctx
            .program
            .files
            .get(file as usize)
            .map_or("?", |f| f.as_str());
        text.push_str(&format!("{}(...)\n\t{file}:{line}\n", func.name));
    }
    ctx.ret_str(text.as_bytes());
    Ok(())
}
