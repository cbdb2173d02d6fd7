//! Process hardening at start: a crash or a debugger must not hand the API
//! key, the PIN or a signature to someone else.

/// Linux: `prctl(PR_SET_DUMPABLE, 0)`, as password managers do: no core
/// dump is written, and other processes of the same user cannot attach a
/// debugger or read this one's memory through /proc. Elsewhere: nothing
/// (Ok). The error is a message for the log.
pub fn disable_core_dumps() -> Result<(), String> {
    #[cfg(target_os = "linux")]
    {
        use rustix::process::{DumpableBehavior, set_dumpable_behavior};
        set_dumpable_behavior(DumpableBehavior::NotDumpable).map_err(|e| e.to_string())
    }
    #[cfg(not(target_os = "linux"))]
    {
        Ok(())
    }
}

/// Linux: whether this process may be dumped (None elsewhere, or if it
/// cannot be read).
pub fn is_dumpable() -> Option<bool> {
    #[cfg(target_os = "linux")]
    {
        use rustix::process::{DumpableBehavior, dumpable_behavior};
        dumpable_behavior()
            .ok()
            .map(|b| b != DumpableBehavior::NotDumpable)
    }
    #[cfg(not(target_os = "linux"))]
    {
        None
    }
}
