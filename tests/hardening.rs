//! Core dumps are off for the app process (issue 19, item 8). Its own test
//! binary: the setting applies to the whole process.

#[test]
fn core_dumps_can_be_turned_off() {
    storedesk::hardening::disable_core_dumps().expect("prctl works");
    if cfg!(target_os = "linux") {
        assert_eq!(storedesk::hardening::is_dumpable(), Some(false));
    }
}
