//! The real Secret Service with more than 1024 descriptors open (issue 25):
//! libdbus waited with select(), whose fd_set overflows on a descriptor
//! numbered 1024 or above (a kiosk crashed that way). The store now talks
//! D-Bus through zbus. Runs only when asked, as the other real-keyring test:
//! CI starts a Secret Service under dbus-run-session and sets
//! STOREDESK_TEST_KEYRING=1.

#![cfg(target_os = "linux")]

use std::fs::File;
use std::os::fd::AsRawFd;

use storedesk::secrets::{KeyringStore, SecretStore};

#[test]
fn the_secret_service_works_with_descriptors_above_1024() {
    if std::env::var_os("STOREDESK_TEST_KEYRING").is_none() {
        eprintln!("skipped: set STOREDESK_TEST_KEYRING=1 with a Secret Service running");
        return;
    }
    use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};
    let limit = getrlimit(Resource::Nofile);
    assert!(
        limit.maximum.is_none_or(|m| m >= 4096),
        "the hard open-file limit is too low for this test: {limit:?}"
    );
    setrlimit(
        Resource::Nofile,
        Rlimit {
            current: Some(4096),
            maximum: limit.maximum,
        },
    )
    .expect("raise the open-file limit");
    let held: Vec<File> = (0..1100)
        .map(|_| File::open("/dev/null").expect("open /dev/null"))
        .collect();
    assert!(held.last().unwrap().as_raw_fd() >= 1024);

    let s = KeyringStore::with_service("org.storedesk.StoreDesk.test-fds");
    s.set("fd-account", "secret-above-1024")
        .expect("keyring set");
    let got = s.get("fd-account").expect("keyring get");
    assert_eq!(
        got.as_deref().map(String::as_str),
        Some("secret-above-1024")
    );
    s.delete("fd-account").expect("keyring delete");
    assert_eq!(s.get("fd-account").unwrap(), None);
    drop(held);
}
