//! Everything that differs by operating system, behind `cfg`, in one place.
//! Only the Linux side is built and tested on our machines; the Windows side
//! is checked by reading (no Windows target or machine here).

/// On Windows the app is a GUI program (no console window opens with it), so
/// a command such as `storedesk reservation …` typed in a console has no
/// stdout of its own: attach to the console of the parent process (cmd,
/// PowerShell) so its output and errors print there. Output redirected to a
/// file or a pipe already has handles and is left alone. Elsewhere: nothing.
pub fn attach_parent_console() {
    #[cfg(windows)]
    windows::attach_parent_console();
}

#[cfg(windows)]
mod windows {
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_ERROR_HANDLE, STD_OUTPUT_HANDLE,
    };

    pub fn attach_parent_console() {
        // SAFETY: plain Win32 calls with constant arguments; a null handle
        // means the process has no stdout or stderr to keep.
        unsafe {
            let has_own = |which| {
                let h = GetStdHandle(which);
                !h.is_null() && h as isize != -1
            };
            if !has_own(STD_OUTPUT_HANDLE) || !has_own(STD_ERROR_HANDLE) {
                // Fails harmlessly when started from Explorer (no parent console).
                AttachConsole(ATTACH_PARENT_PROCESS);
            }
        }
    }
}
