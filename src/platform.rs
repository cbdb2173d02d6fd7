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

/// How the receipt's "Print" reaches a printer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrintMethod {
    /// CUPS (`lp`, `lpstat`): the PDF on `lp`'s stdin, the printer chosen
    /// in Settings (Linux, macOS).
    Cups,
    /// Saved where the person chooses, then that file printed on the default
    /// printer by the program Windows has for PDF files (the shell's
    /// "print" verb, [`shell_print`]).
    ShellPrintVerb,
}

/// This platform's [`PrintMethod`].
pub fn print_method() -> PrintMethod {
    print_method_for(std::env::consts::OS)
}

/// The [`PrintMethod`] of an operating system (`std::env::consts::OS`);
/// pure, so every platform's choice is tested on Linux.
pub fn print_method_for(os: &str) -> PrintMethod {
    if os == "windows" {
        PrintMethod::ShellPrintVerb
    } else {
        PrintMethod::Cups
    }
}

/// The receipt's "Print" goes to CUPS (and Settings offers its printers).
pub fn prints_through_cups() -> bool {
    print_method() == PrintMethod::Cups
}

/// Why the shell's print verb printed nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShellPrintError {
    /// No program is registered to print this kind of file.
    NoProgram,
    /// The shell did not take the job within the deadline.
    TimedOut,
    /// Anything else, as the system says it.
    Failed(String),
}

/// Has the program Windows registers for the file's type print `path` on
/// the default printer (the shell's "print" verb), waiting at most
/// `deadline` for the shell to hand it over (not for the printing). The
/// call runs on a thread of its own: a shell extension that hangs leaves
/// that thread behind, not the caller. Elsewhere: `Failed`.
pub fn shell_print(
    path: &std::path::Path,
    deadline: std::time::Duration,
) -> Result<(), ShellPrintError> {
    let path = path.to_owned();
    within(deadline, move || print_verb(&path))
}

/// Runs `f` on a thread of its own; its answer if it comes within `deadline`.
fn within(
    deadline: std::time::Duration,
    f: impl FnOnce() -> Result<(), ShellPrintError> + Send + 'static,
) -> Result<(), ShellPrintError> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("storedesk-print".into())
        .spawn(move || {
            // The receiver may have given up (deadline): nothing to tell.
            let _ = tx.send(f());
        })
        .map_err(|e| ShellPrintError::Failed(e.to_string()))?;
    match rx.recv_timeout(deadline) {
        Ok(answer) => answer,
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => Err(ShellPrintError::TimedOut),
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => Err(ShellPrintError::Failed(
            "the print thread ended without an answer".into(),
        )),
    }
}

#[cfg(not(windows))]
fn print_verb(_path: &std::path::Path) -> Result<(), ShellPrintError> {
    Err(ShellPrintError::Failed(
        "the shell's print verb is Windows only".into(),
    ))
}

#[cfg(windows)]
use windows::print_verb;

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

    use super::{Console, ShellPrintError};

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

    /// The shell's "print" verb on `path`, on this (short-lived) thread.
    pub fn print_verb(path: &std::path::Path) -> Result<(), ShellPrintError> {
        use std::os::windows::ffi::OsStrExt;
        use windows_sys::Win32::Foundation::{ERROR_NO_ASSOCIATION, GetLastError};
        use windows_sys::Win32::System::Com::{
            COINIT_APARTMENTTHREADED, COINIT_DISABLE_OLE1DDE, CoInitializeEx, CoUninitialize,
        };
        use windows_sys::Win32::UI::Shell::{
            SE_ERR_NOASSOC, SEE_MASK_FLAG_NO_UI, SEE_MASK_NOASYNC, SHELLEXECUTEINFOW,
            ShellExecuteExW,
        };
        use windows_sys::Win32::UI::WindowsAndMessaging::SW_SHOWMINNOACTIVE;

        let file: Vec<u16> = path.as_os_str().encode_wide().chain([0]).collect();
        let verb: Vec<u16> = "print".encode_utf16().chain([0]).collect();
        // SAFETY: the strings are NUL-terminated and outlive the call; the
        // struct is plain data, zeroed then filled as ShellExecuteExW asks.
        let (done, error, inst) = unsafe {
            // COM for the shell extensions the verb may use, as
            // ShellExecuteEx asks; no DDE.
            let com = CoInitializeEx(
                std::ptr::null(),
                (COINIT_APARTMENTTHREADED | COINIT_DISABLE_OLE1DDE) as u32,
            );
            let mut info: SHELLEXECUTEINFOW = std::mem::zeroed();
            info.cbSize = std::mem::size_of::<SHELLEXECUTEINFOW>() as u32;
            // No message box of the shell's (the app says what failed); done
            // before returning (this thread ends right after).
            info.fMask = SEE_MASK_FLAG_NO_UI | SEE_MASK_NOASYNC;
            info.lpVerb = verb.as_ptr();
            info.lpFile = file.as_ptr();
            // The PDF program starts minimised, not over the desk's window.
            info.nShow = SW_SHOWMINNOACTIVE;
            let done = ShellExecuteExW(&mut info) != 0;
            let error = GetLastError();
            if com >= 0 {
                CoUninitialize();
            }
            (done, error, info.hInstApp as usize)
        };
        if done {
            Ok(())
        } else if error == ERROR_NO_ASSOCIATION || inst == SE_ERR_NOASSOC as usize {
            Err(ShellPrintError::NoProgram)
        } else {
            Err(ShellPrintError::Failed(
                std::io::Error::from_raw_os_error(error as i32).to_string(),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn windows_prints_through_the_shell_verb_the_others_through_cups() {
        assert_eq!(print_method_for("windows"), PrintMethod::ShellPrintVerb);
        assert_eq!(print_method_for("linux"), PrintMethod::Cups);
        assert_eq!(print_method_for("macos"), PrintMethod::Cups);
        assert_eq!(print_method(), print_method_for(std::env::consts::OS));
    }

    #[test]
    fn a_verb_that_never_answers_ends_as_a_timeout() {
        // The verb waits on a channel nobody sends on until the test ends.
        let (keep, wait) = std::sync::mpsc::channel::<()>();
        let got = within(Duration::from_millis(20), move || {
            let _ = wait.recv();
            Ok(())
        });
        assert_eq!(got, Err(ShellPrintError::TimedOut));
        drop(keep);
    }

    #[test]
    fn the_verbs_own_answer_is_passed_on() {
        let got = within(Duration::from_secs(600), || Err(ShellPrintError::NoProgram));
        assert_eq!(got, Err(ShellPrintError::NoProgram));
    }
}
