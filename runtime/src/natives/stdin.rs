//! Native of package os that reads the process's real standard input (`os.Stdin`).

use super::values::arg_int;
use std::io::Read;
use weft_vm::value::Value;
use weft_vm::{NativeCtx, NativeError, NativeRegistry};

pub fn register(r: &mut NativeRegistry) {
    r.register("os.readStdin", read_stdin);
}

/// `readStdin(max int) string`: at most `max` bytes of standard input, "" at
/// the end of the input or on an error (os.File.Read turns "" into io.EOF).
///
/// Standard output is flushed first so that a prompt written before the read
/// is visible while the program waits, as with gc's unbuffered os.Stdout.
fn read_stdin(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let _ = ctx.stdout.flush();
    let max = arg_int(args, 0).clamp(0, 1 << 20) as usize;
    let mut buffer = vec![0u8; max];
    let count = loop {
        match std::io::stdin().lock().read(&mut buffer) {
            Ok(count) => break count,
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => break 0,
        }
    };
    ctx.ret(Value::str(&buffer[..count]));
    Ok(())
}
