//! The terminal's settings as the REPL found them, to put back when a goroutine ends the
//! process (`os.Exit`) while the line editor has the terminal in raw mode.

use std::sync::OnceLock;

static ORIGINAL: OnceLock<libc::termios> = OnceLock::new();

/// Records standard input's terminal settings (nothing when it is not a terminal).
pub fn remember() {
    // SAFETY: `termios` is plain data, so zeroed memory is a valid value to be overwritten;
    // `tcgetattr` only writes through the pointer, which points to it.
    let mut settings: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: as above; the descriptor is standard input's.
    if unsafe { libc::tcgetattr(libc::STDIN_FILENO, &mut settings) } == 0 {
        let _ = ORIGINAL.set(settings);
    }
}

/// Puts back the settings [`remember`] recorded.
pub fn restore() {
    if let Some(settings) = ORIGINAL.get() {
        // SAFETY: `settings` is a valid `termios` read by `tcgetattr` for this descriptor.
        unsafe {
            libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, settings);
        }
    }
}
