//! Core dumps are off for the app process (issue 19, item 8): the call, in
//! this test binary (its own: the setting applies to the whole process), and
//! the shipped binary itself, which says what the kernel reports for it
//! (`PR_GET_DUMPABLE`) when STOREDESK_PRINT_DUMPABLE is set.

#[test]
fn core_dumps_can_be_turned_off() {
    storedesk::hardening::disable_core_dumps().expect("prctl works");
    if cfg!(target_os = "linux") {
        assert_eq!(storedesk::hardening::is_dumpable(), Some(false));
    }
}

#[test]
fn the_shipped_binary_runs_with_core_dumps_off() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_storedesk"))
        .arg("--version")
        .env("STOREDESK_PRINT_DUMPABLE", "1")
        .output()
        .expect("the binary runs");
    assert!(out.status.success(), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let expected = if cfg!(target_os = "linux") {
        "dumpable: Some(false)"
    } else {
        "dumpable: None"
    };
    assert!(stderr.contains(expected), "{stderr}");
}
