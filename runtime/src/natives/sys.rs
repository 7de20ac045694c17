//! Natives behind package os's files and environment: a sandbox set (the default: no file
//! system, an empty environment) and a host set that reaches the real ones.
//!
//! Both sets implement the same body-less declarations of `runtime/go/os/sys.go`, so the Go
//! side is one program and the host decides what it may touch by choosing the set
//! (`register_sandbox` is part of `register_all`; `register_host` replaces it). Every call
//! reports failures as a Linux errno number, which package syscall prints and matches as gc's
//! `syscall.Errno` does.
//!
//! Open files of the host set live in one process-wide table keyed by Go-visible descriptor
//! numbers (3 and up, never reused), so a file opened by one VM is never confused with another
//! VM's, and a VM dropped with files open leaks them as a process would.

use super::values::{arg_bytes, arg_int};
use std::collections::HashMap;
use std::io::{Read, Seek, SeekFrom, Write};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Mutex, OnceLock};
use weft_vm::value::Value;
use weft_vm::{NativeCtx, NativeError, NativeRegistry};

/// Linux errno numbers the sandbox reports (the host set passes the OS's own through).
const ENOENT: i64 = 2;
const EBADF: i64 = 9;
const EACCES: i64 = 13;
const EINVAL: i64 = 22;

/// `os.O_*` flags (Linux values, as gc's syscall package has them).
const O_WRONLY: i64 = 0x1;
const O_RDWR: i64 = 0x2;
const O_CREATE: i64 = 0x40;
const O_TRUNC: i64 = 0x200;
const O_APPEND: i64 = 0x400;

/// `io/fs.FileMode` bits for the file types a stat can report.
const MODE_DIR: u32 = 1 << 31;
const MODE_SYMLINK: u32 = 1 << 27;
const MODE_DEVICE: u32 = 1 << 26;
const MODE_NAMED_PIPE: u32 = 1 << 25;
const MODE_SOCKET: u32 = 1 << 24;
const MODE_SETUID: u32 = 1 << 23;
const MODE_SETGID: u32 = 1 << 22;
const MODE_CHAR_DEVICE: u32 = 1 << 21;
const MODE_STICKY: u32 = 1 << 20;

const NAMES: &[&str] = &[
    "os.sysOpen",
    "os.sysRead",
    "os.sysPread",
    "os.sysWrite",
    "os.sysSeek",
    "os.sysClose",
    "os.sysStat",
    "os.sysFstat",
    "os.sysReadDir",
    "os.sysMkdir",
    "os.sysRemove",
    "os.sysRename",
    "os.sysTruncate",
    "os.sysGetwd",
    "os.sysChdir",
    "os.sysEnviron",
    "os.sysHostname",
    "os.sysGetpid",
    "os.sysRandom",
];

/// The sandbox: every file operation fails (reads as a missing file, writes as permission
/// denied), the environment is empty, the working directory is `/`.
pub fn register_sandbox(r: &mut NativeRegistry) {
    let sandbox: [weft_vm::NativeFn; 19] = [
        sandbox_open,
        sandbox_read,
        sandbox_pread,
        sandbox_write,
        sandbox_seek,
        sandbox_close,
        sandbox_stat,
        sandbox_fstat,
        sandbox_read_dir,
        sandbox_denied,
        sandbox_missing,
        sandbox_missing,
        sandbox_missing,
        sandbox_getwd,
        sandbox_missing,
        sandbox_environ,
        sandbox_hostname,
        sandbox_getpid,
        random,
    ];
    for (name, f) in NAMES.iter().zip(sandbox) {
        r.register(name, f);
    }
}

/// The host's file system, environment, working directory, host name and process id.
pub fn register_host(r: &mut NativeRegistry) {
    let host: [weft_vm::NativeFn; 19] = [
        host_open,
        host_read,
        host_pread,
        host_write,
        host_seek,
        host_close,
        host_stat,
        host_fstat,
        host_read_dir,
        host_mkdir,
        host_remove,
        host_rename,
        host_truncate,
        host_getwd,
        host_chdir,
        host_environ,
        host_hostname,
        host_getpid,
        random,
    ];
    for (name, f) in NAMES.iter().zip(host) {
        r.register(name, f);
    }
}

fn ret_int(ctx: &mut NativeCtx<'_>, v: i64) {
    ctx.ret(Value::Int(v));
}

fn ret_strings(ctx: &mut NativeCtx<'_>, items: Vec<Vec<u8>>) {
    let values = items.iter().map(|s| Value::str(s)).collect();
    let slice = ctx.new_slice(values);
    ctx.ret(slice);
}

/// `(size, mode, mtime, errno)` of a failed stat.
fn ret_stat_error(ctx: &mut NativeCtx<'_>, errno: i64) {
    for v in [0, 0, 0, errno] {
        ret_int(ctx, v);
    }
}

// ---- sandbox ----

fn sandbox_open(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let flag = arg_int(args, 1);
    let writes = flag & (O_WRONLY | O_RDWR | O_CREATE | O_TRUNC | O_APPEND) != 0;
    ret_int(ctx, -1);
    ret_int(ctx, if writes { EACCES } else { ENOENT });
    Ok(())
}

fn sandbox_read(ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    ctx.ret(Value::str(b""));
    ret_int(ctx, EBADF);
    Ok(())
}

fn sandbox_pread(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    sandbox_read(ctx, args)
}

fn sandbox_write(ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    ret_int(ctx, 0);
    ret_int(ctx, EBADF);
    Ok(())
}

fn sandbox_seek(ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    ret_int(ctx, 0);
    ret_int(ctx, EBADF);
    Ok(())
}

fn sandbox_close(ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    ret_int(ctx, EBADF);
    Ok(())
}

fn sandbox_stat(ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    ret_stat_error(ctx, ENOENT);
    Ok(())
}

fn sandbox_fstat(ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    ret_stat_error(ctx, EBADF);
    Ok(())
}

fn sandbox_read_dir(ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    ctx.ret(Value::Nil);
    ret_int(ctx, ENOENT);
    Ok(())
}

fn sandbox_denied(ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    ret_int(ctx, EACCES);
    Ok(())
}

fn sandbox_missing(ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    ret_int(ctx, ENOENT);
    Ok(())
}

fn sandbox_getwd(ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    ctx.ret(Value::str(b"/"));
    ret_int(ctx, 0);
    Ok(())
}

fn sandbox_environ(ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    ret_strings(ctx, Vec::new());
    Ok(())
}

fn sandbox_hostname(ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    ctx.ret(Value::str(b"localhost"));
    ret_int(ctx, 0);
    Ok(())
}

fn sandbox_getpid(ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    ret_int(ctx, 1);
    Ok(())
}

/// `sysRandom() uint32`: a value for temporary file names (not for cryptography).
fn random(ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    static COUNTER: AtomicI64 = AtomicI64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    let mut x = nanos
        ^ ((COUNTER.fetch_add(1, Ordering::Relaxed) as u64) << 32)
        ^ u64::from(std::process::id());
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    ret_int(ctx, (x & 0xffff_ffff) as i64);
    Ok(())
}

// ---- host ----

struct OpenFile {
    file: std::fs::File,
}

fn open_files() -> &'static Mutex<HashMap<i64, OpenFile>> {
    static TABLE: OnceLock<Mutex<HashMap<i64, OpenFile>>> = OnceLock::new();
    TABLE.get_or_init(|| Mutex::new(HashMap::new()))
}

static NEXT_DESCRIPTOR: AtomicI64 = AtomicI64::new(3);

/// Runs `f` on the open file `fd`; EBADF when there is none.
fn with_file<T>(fd: i64, f: impl FnOnce(&mut OpenFile) -> Result<T, i64>) -> Result<T, i64> {
    let mut table = open_files().lock().unwrap_or_else(|e| e.into_inner());
    match table.get_mut(&fd) {
        Some(open) => f(open),
        None => Err(EBADF),
    }
}

fn errno_of(error: &std::io::Error) -> i64 {
    match error.raw_os_error() {
        Some(n) => n as i64,
        None => match error.kind() {
            std::io::ErrorKind::NotFound => ENOENT,
            std::io::ErrorKind::PermissionDenied => EACCES,
            _ => EINVAL,
        },
    }
}

fn path_arg(args: &[Value], i: usize) -> std::path::PathBuf {
    use std::os::unix::ffi::OsStrExt;
    std::path::PathBuf::from(std::ffi::OsStr::from_bytes(arg_bytes(args, i)))
}

fn host_open(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    use std::os::unix::fs::OpenOptionsExt;
    let path = path_arg(args, 0);
    let flag = arg_int(args, 1);
    let perm = arg_int(args, 2) as u32 & 0o7777;
    let access = flag & 3;
    let mut options = std::fs::OpenOptions::new();
    // Creation, truncation and append go to the system call as raw flags: Rust's own
    // builders refuse combinations the kernel accepts (O_CREATE on a read-only open).
    options
        .read(access == 0 || access == O_RDWR)
        .write(access == O_WRONLY || access == O_RDWR)
        .mode(perm)
        .custom_flags((flag & !3) as i32);
    match options.open(&path) {
        Ok(file) => {
            let fd = NEXT_DESCRIPTOR.fetch_add(1, Ordering::Relaxed);
            open_files()
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(fd, OpenFile { file });
            ret_int(ctx, fd);
            ret_int(ctx, 0);
        }
        Err(error) => {
            ret_int(ctx, -1);
            ret_int(ctx, errno_of(&error));
        }
    }
    Ok(())
}

/// At most this many bytes per read call, so a hostile length cannot exhaust memory.
const MAX_READ: usize = 1 << 20;

fn host_read(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let max = (arg_int(args, 1).max(0) as usize).min(MAX_READ);
    let result = with_file(arg_int(args, 0), |open| {
        let mut buffer = vec![0u8; max];
        loop {
            match open.file.read(&mut buffer) {
                Ok(n) => {
                    buffer.truncate(n);
                    return Ok(buffer);
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(errno_of(&e)),
            }
        }
    });
    ret_bytes_result(ctx, result);
    Ok(())
}

fn host_pread(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    use std::os::unix::fs::FileExt;
    let max = (arg_int(args, 1).max(0) as usize).min(MAX_READ);
    let offset = arg_int(args, 2);
    let result = with_file(arg_int(args, 0), |open| {
        if offset < 0 {
            return Err(EINVAL);
        }
        let mut buffer = vec![0u8; max];
        match open.file.read_at(&mut buffer, offset as u64) {
            Ok(n) => {
                buffer.truncate(n);
                Ok(buffer)
            }
            Err(e) => Err(errno_of(&e)),
        }
    });
    ret_bytes_result(ctx, result);
    Ok(())
}

fn ret_bytes_result(ctx: &mut NativeCtx<'_>, result: Result<Vec<u8>, i64>) {
    match result {
        Ok(bytes) => {
            ctx.ret(Value::str(&bytes));
            ret_int(ctx, 0);
        }
        Err(errno) => {
            ctx.ret(Value::str(b""));
            ret_int(ctx, errno);
        }
    }
}

fn host_write(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let data = arg_bytes(args, 1).to_vec();
    let result = with_file(arg_int(args, 0), |open| {
        let mut written = 0;
        while written < data.len() {
            match open.file.write(&data[written..]) {
                Ok(0) => return Ok((written, 28)),
                Ok(n) => written += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Ok((written, errno_of(&e))),
            }
        }
        Ok((written, 0))
    });
    let (n, errno) = result.unwrap_or_else(|errno| (0, errno));
    ret_int(ctx, n as i64);
    ret_int(ctx, errno);
    Ok(())
}

fn host_seek(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let offset = arg_int(args, 1);
    let whence = arg_int(args, 2);
    let result = with_file(arg_int(args, 0), |open| {
        let position = match whence {
            0 if offset >= 0 => SeekFrom::Start(offset as u64),
            1 => SeekFrom::Current(offset),
            2 => SeekFrom::End(offset),
            _ => return Err(EINVAL),
        };
        open.file.seek(position).map_err(|e| errno_of(&e))
    });
    match result {
        Ok(position) => {
            ret_int(ctx, position as i64);
            ret_int(ctx, 0);
        }
        Err(errno) => {
            ret_int(ctx, 0);
            ret_int(ctx, errno);
        }
    }
    Ok(())
}

fn host_close(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let removed = open_files()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .remove(&arg_int(args, 0));
    ret_int(ctx, if removed.is_some() { 0 } else { EBADF });
    Ok(())
}

/// `(size, mode, mtime)` of metadata, with the mode in io/fs.FileMode bits.
fn stat_fields(metadata: &std::fs::Metadata) -> (i64, i64, i64) {
    use std::os::unix::fs::MetadataExt;
    let raw = metadata.mode();
    let mut mode = raw & 0o777;
    mode |= match raw & 0o170000 {
        0o040000 => MODE_DIR,
        0o120000 => MODE_SYMLINK,
        0o060000 => MODE_DEVICE,
        0o020000 => MODE_DEVICE | MODE_CHAR_DEVICE,
        0o010000 => MODE_NAMED_PIPE,
        0o140000 => MODE_SOCKET,
        _ => 0,
    };
    if raw & 0o4000 != 0 {
        mode |= MODE_SETUID;
    }
    if raw & 0o2000 != 0 {
        mode |= MODE_SETGID;
    }
    if raw & 0o1000 != 0 {
        mode |= MODE_STICKY;
    }
    let mtime = metadata
        .mtime()
        .saturating_mul(1_000_000_000)
        .saturating_add(metadata.mtime_nsec());
    (metadata.size() as i64, i64::from(mode), mtime)
}

fn ret_stat(ctx: &mut NativeCtx<'_>, result: Result<std::fs::Metadata, i64>) {
    match result {
        Ok(metadata) => {
            let (size, mode, mtime) = stat_fields(&metadata);
            for v in [size, mode, mtime, 0] {
                ret_int(ctx, v);
            }
        }
        Err(errno) => ret_stat_error(ctx, errno),
    }
}

fn host_stat(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let path = path_arg(args, 0);
    let follow = args.get(1).map(|v| v.as_bool()).unwrap_or(true);
    let result = if follow {
        std::fs::metadata(&path)
    } else {
        std::fs::symlink_metadata(&path)
    };
    ret_stat(ctx, result.map_err(|e| errno_of(&e)));
    Ok(())
}

fn host_fstat(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let result = with_file(arg_int(args, 0), |open| {
        open.file.metadata().map_err(|e| errno_of(&e))
    });
    ret_stat(ctx, result);
    Ok(())
}

/// `sysReadDir(name) (names []string, errno)`: entry names sorted bytewise, as gc's
/// os.ReadDir returns them.
fn host_read_dir(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    use std::os::unix::ffi::OsStrExt;
    let path = path_arg(args, 0);
    let result = std::fs::read_dir(&path).and_then(|entries| {
        let mut names = Vec::new();
        for entry in entries {
            names.push(entry?.file_name().as_bytes().to_vec());
        }
        Ok(names)
    });
    match result {
        Ok(mut names) => {
            names.sort();
            ret_strings(ctx, names);
            ret_int(ctx, 0);
        }
        Err(error) => {
            ctx.ret(Value::Nil);
            ret_int(ctx, errno_of(&error));
        }
    }
    Ok(())
}

fn ret_unit(ctx: &mut NativeCtx<'_>, result: std::io::Result<()>) {
    ret_int(ctx, result.err().map(|e| errno_of(&e)).unwrap_or(0));
}

fn host_mkdir(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    use std::os::unix::fs::DirBuilderExt;
    let path = path_arg(args, 0);
    let perm = arg_int(args, 1) as u32 & 0o7777;
    ret_unit(ctx, std::fs::DirBuilder::new().mode(perm).create(&path));
    Ok(())
}

/// `sysRemove(name) errno`: removes a file, or an empty directory, as gc's os.Remove
/// (which tries unlink, then rmdir, and reports the more telling of the two errors).
fn host_remove(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let path = path_arg(args, 0);
    let result = match std::fs::remove_file(&path) {
        Ok(()) => Ok(()),
        Err(unlink_error) => match std::fs::remove_dir(&path) {
            Ok(()) => Ok(()),
            Err(rmdir_error) => {
                // rmdir's error is the useful one only when the path is a directory.
                if errno_of(&rmdir_error) != 20 {
                    Err(rmdir_error)
                } else {
                    Err(unlink_error)
                }
            }
        },
    };
    ret_unit(ctx, result);
    Ok(())
}

fn host_rename(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_unit(ctx, std::fs::rename(path_arg(args, 0), path_arg(args, 1)));
    Ok(())
}

fn host_truncate(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let size = arg_int(args, 1);
    if size < 0 {
        ret_int(ctx, EINVAL);
        return Ok(());
    }
    let result = std::fs::OpenOptions::new()
        .write(true)
        .open(path_arg(args, 0))
        .and_then(|f| f.set_len(size as u64));
    ret_unit(ctx, result);
    Ok(())
}

fn host_getwd(ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    use std::os::unix::ffi::OsStrExt;
    match std::env::current_dir() {
        Ok(dir) => {
            ctx.ret(Value::str(dir.as_os_str().as_bytes()));
            ret_int(ctx, 0);
        }
        Err(error) => {
            ctx.ret(Value::str(b""));
            ret_int(ctx, errno_of(&error));
        }
    }
    Ok(())
}

fn host_chdir(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    ret_unit(ctx, std::env::set_current_dir(path_arg(args, 0)));
    Ok(())
}

fn host_environ(ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    use std::os::unix::ffi::OsStrExt;
    let items = std::env::vars_os()
        .map(|(key, value)| {
            let mut item = key.as_bytes().to_vec();
            item.push(b'=');
            item.extend_from_slice(value.as_bytes());
            item
        })
        .collect();
    ret_strings(ctx, items);
    Ok(())
}

fn host_hostname(ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    match std::fs::read("/proc/sys/kernel/hostname") {
        Ok(mut name) => {
            while name.last() == Some(&b'\n') {
                name.pop();
            }
            ctx.ret(Value::str(&name));
            ret_int(ctx, 0);
        }
        Err(error) => {
            ctx.ret(Value::str(b""));
            ret_int(ctx, errno_of(&error));
        }
    }
    Ok(())
}

fn host_getpid(ctx: &mut NativeCtx<'_>, _args: &[Value]) -> Result<(), NativeError> {
    ret_int(ctx, i64::from(std::process::id()));
    Ok(())
}
