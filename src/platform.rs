//! Everything that differs by operating system, behind `cfg`, in one place.
//! The Linux side is tested on our machines; the Windows side is run under
//! Wine by `scripts/check-windows.sh --run` (no Windows machine here).

/// What [`attach_parent_console`] did, for the debug log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Console {
    /// Not Windows: a program always has the streams it was started with.
    NotWindows,
    /// Output already goes somewhere (a console program's parent, a file, a
    /// pipe): left alone.
    OwnHandles,
    /// Attached to the parent process's console.
    Attached,
    /// No parent console (started from Explorer or a shortcut).
    NoParentConsole,
}

/// On Windows the app is a GUI program (no console window opens with it), so
/// a command such as `storedesk reservation …` typed in a console has no
/// stdout of its own: attach to the console of the parent process (cmd,
/// PowerShell) so its output and errors print there. Output redirected to a
/// file or a pipe already has handles and is left alone. Elsewhere: nothing.
#[cfg(not(windows))]
pub fn attach_parent_console() -> Console {
    Console::NotWindows
}

#[cfg(windows)]
pub use windows::attach_parent_console;

/// A system save dialog always opens here (Windows' and macOS' own); on
/// Linux it depends on the desktop (`worker::dialog` finds out).
pub fn native_dialogs_always() -> bool {
    cfg!(any(windows, target_os = "macos"))
}

/// The receipt's "Print" goes to CUPS (`lp`, `lpstat`): Linux and macOS.
/// On Windows it is saved and opened in the viewer, which prints (the
/// shell's print verb is not wired yet).
pub fn prints_through_cups() -> bool {
    !cfg!(windows)
}

/// The viewer for a PDF is asked of `xdg-mime` first (freedesktop systems),
/// so a missing PDF viewer is said instead of opening another program.
pub fn asks_xdg_mime() -> bool {
    !cfg!(any(windows, target_os = "macos"))
}

/// A file with these metadata may be run (Unix: an execute bit; Windows:
/// any file, PATHEXT decides).
#[cfg(unix)]
pub fn executable(metadata: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::PermissionsExt;
    metadata.permissions().mode() & 0o111 != 0
}

#[cfg(not(unix))]
pub fn executable(_metadata: &std::fs::Metadata) -> bool {
    true
}

#[cfg(windows)]
mod windows {
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_ERROR_HANDLE, STD_OUTPUT_HANDLE,
    };

    use super::Console;

    /// Attaches to the parent process's console when stdout or stderr is
    /// missing, as a GUI program's are when started from cmd or PowerShell.
    pub fn attach_parent_console() -> Console {
        // SAFETY: plain Win32 calls with constant arguments; a null handle
        // means the process has no stdout or stderr to keep.
        unsafe {
            let has_own = |which| {
                let h = GetStdHandle(which);
                !h.is_null() && h as isize != -1
            };
            if has_own(STD_OUTPUT_HANDLE) && has_own(STD_ERROR_HANDLE) {
                Console::OwnHandles
            } else if AttachConsole(ATTACH_PARENT_PROCESS) != 0 {
                Console::Attached
            } else {
                // Started from Explorer: nothing to attach to, no harm.
                Console::NoParentConsole
            }
        }
    }
}
