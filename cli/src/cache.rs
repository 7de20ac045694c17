//! The compile cache of `weft run`: programs compiled from Go source are kept as verified
//! bytecode files keyed by their sources, so running an unchanged program again skips the
//! compiler (as `go run` reuses its build cache).
//!
//! The key covers the sources (file names and contents) and the weft binary that compiled
//! them (its path, size and modification time), so a rebuilt weft never runs bytecode an
//! older build wrote. A cached file is decoded and verified like any `.wbc` file; one that
//! fails either is compiled again and replaced. Files are written under a temporary name
//! and renamed, so a concurrent run never reads half a file.
//!
//! Location: `$WEFT_CACHE` (`off` disables the cache), else `$XDG_CACHE_HOME/weft`, else
//! `$HOME/.cache/weft`. Any failure to read or write the cache only costs a compilation.

use std::path::PathBuf;
use std::sync::Arc;
use weft_vm::Program;

/// The cache directory, or `None` when the cache is off or there is no home.
fn directory() -> Option<PathBuf> {
    match std::env::var_os("WEFT_CACHE") {
        Some(value) if value == "off" || value == "0" => return None,
        Some(value) if !value.is_empty() => return Some(PathBuf::from(value)),
        _ => {}
    }
    if let Some(xdg) = std::env::var_os("XDG_CACHE_HOME").filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(xdg).join("weft"));
    }
    let home = std::env::var_os("HOME").filter(|v| !v.is_empty())?;
    Some(PathBuf::from(home).join(".cache").join("weft"))
}

/// Two independent 64-bit FNV-1a style hashes of everything that determines the program.
fn key(sources: &[(String, String)]) -> String {
    let mut first: u64 = 0xcbf2_9ce4_8422_2325;
    let mut second: u64 = 0x6c62_272e_07bb_0142;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            first = (first ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
            second = (second ^ u64::from(b))
                .wrapping_mul(0x9e37_79b9_7f4a_7c15)
                .rotate_left(29);
        }
    };
    feed(env!("CARGO_PKG_VERSION").as_bytes());
    feed(&weft_vm::bytecode_file::FORMAT_VERSION.to_le_bytes());
    if let Ok(exe) = std::env::current_exe() {
        feed(exe.to_string_lossy().as_bytes());
        if let Ok(meta) = std::fs::metadata(&exe) {
            feed(&meta.len().to_le_bytes());
            if let Ok(modified) = meta.modified() {
                let nanos = modified
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos())
                    .unwrap_or(0);
                feed(&nanos.to_le_bytes());
            }
        }
    }
    for (name, text) in sources {
        feed(&(name.len() as u64).to_le_bytes());
        feed(name.as_bytes());
        feed(&(text.len() as u64).to_le_bytes());
        feed(text.as_bytes());
    }
    format!("{first:016x}{second:016x}")
}

/// The cached program for `sources`, if there is a valid one.
pub fn lookup(sources: &[(String, String)]) -> Option<Arc<Program>> {
    let path = directory()?.join(format!("{}.wbc", key(sources)));
    if !path.is_file() {
        return None;
    }
    crate::tools::load_bytecode(&path.to_string_lossy()).ok()
}

/// Keeps `program`, compiled from `sources`, for later runs (best effort).
pub fn store(sources: &[(String, String)], program: &Program) {
    let Some(dir) = directory() else { return };
    if std::fs::create_dir_all(&dir).is_err() {
        return;
    }
    let name = key(sources);
    let temporary = dir.join(format!("{name}.{}.tmp", std::process::id()));
    let bytes = weft_vm::bytecode_file::encode(program);
    if std::fs::write(&temporary, bytes).is_ok()
        && std::fs::rename(&temporary, dir.join(format!("{name}.wbc"))).is_err()
    {
        let _ = std::fs::remove_file(&temporary);
    }
}
