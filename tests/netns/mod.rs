//! mDNS tests run in a network namespace of their own: the test binary
//! starts itself again under `unshare --net` with `lo` (up, multicast on)
//! and a second interface, [`SECOND`] (a dummy, or one end of a veth pair
//! whose other end stays in the namespace too), holding [`SECOND_IP`] from
//! TEST-NET-1. So multicast never reaches this machine's real interfaces,
//! nothing is sent to any other address, and "only the chosen interface"
//! can be told from "every interface".
//!
//! Where no namespace can be made (no `unshare`/`ip`, no capability), the
//! test says why it is skipped; with `STOREDESK_REQUIRE_NETNS=1` (set by
//! `.ci/run`) a skip is a failure, so CI cannot mistake a skip for a run.
#![allow(dead_code)]

use std::io::Write;
use std::process::Command;

/// Set in the child that runs inside the namespace.
const INSIDE: &str = "STOREDESK_TEST_IN_NETNS";

/// Set (to anything but "0") where a skip must fail the test: CI.
pub const REQUIRE: &str = "STOREDESK_REQUIRE_NETNS";

/// The namespace's second interface and its address.
pub const SECOND: &str = "sdtest0";
pub const SECOND_IP: &str = "192.0.2.1";

/// Brings `lo` up with multicast inside the new namespace, adds the second
/// interface (a dummy where the kernel offers one, else a veth pair, both
/// ends inside), then runs "$@".
const SETUP: &str = "set -e
ip link set lo up
ip link set lo multicast on
if ! ip link add sdtest0 type dummy 2>/dev/null; then
  ip link add sdtest0 type veth peer name sdtest1
  ip link set sdtest1 up
fi
ip addr add 192.0.2.1/24 dev sdtest0
ip link set sdtest0 multicast on
ip link set sdtest0 up
exec \"$@\"";

/// True when the caller should run the test body now: it is inside its own
/// namespace (checked: loopback and the second interface only). Outside,
/// runs `test` (its exact name in this binary) in a new namespace, fails if
/// it fails there, and returns false; or says why it cannot and returns
/// false (fails instead under [`REQUIRE`]).
pub fn run_isolated(test: &str) -> bool {
    if std::env::var_os(INSIDE).is_some() {
        check_inside();
        return true;
    }
    if let Err(why) = can_isolate() {
        skip(test, &why);
        return false;
    }
    let exe = std::env::current_exe().expect("the test binary");
    let out = Command::new("unshare")
        .args(["--net", "--map-root-user", "sh", "-c", SETUP, "sh"])
        .arg(exe)
        .args([test, "--exact", "--nocapture", "--test-threads=1"])
        .env(INSIDE, "1")
        .output()
        .expect("unshare runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && stdout.contains("1 passed"),
        "{test} failed in its network namespace:\n{stdout}\n{stderr}"
    );
    false
}

/// Loopback and the second interface, nothing else: not this machine's
/// network.
fn check_inside() {
    let all = storedesk::pairing::interfaces::list().expect("the interfaces");
    let ours = |i: &storedesk::pairing::interfaces::NetInterface| {
        i.is_loopback() || (i.name == SECOND && i.ip.to_string() == SECOND_IP)
    };
    assert!(
        all.iter().all(ours),
        "not in a namespace of our own: {all:?}"
    );
    assert!(
        all.iter().any(|i| i.name == SECOND),
        "the second interface is missing: {all:?}"
    );
}

/// Says why the test did not run; a failure where a skip is not allowed.
fn skip(test: &str, why: &str) {
    let required = std::env::var(REQUIRE).is_ok_and(|v| !v.is_empty() && v != "0");
    assert!(
        !required,
        "{test}: {REQUIRE} is set, but no network namespace can be made here ({why})"
    );
    // Straight to stderr: shown even though the test passes (the test
    // harness keeps print!'s output of passing tests to itself).
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED {test}: multicast is tested only in a network namespace of its own, \
         and none can be made here ({why}). The manual host:port path is tested anyway."
    );
}

/// Whether a namespace with both interfaces can be made here.
fn can_isolate() -> Result<(), String> {
    let out = Command::new("unshare")
        .args(["--net", "--map-root-user", "sh", "-c", SETUP, "sh", "true"])
        .output()
        .map_err(|e| format!("unshare: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).trim().to_owned())
    }
}
