//! The CLI binary against the sandbox over real HTTP: output and exit codes.

mod common;

use std::process::{Command, Output};

use common::*;

fn storedesk(base_url: &str, key: Option<&str>, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_storedesk"));
    cmd.args(["--base-url", base_url, "--timeout", "5"])
        .args(args);
    cmd.env_remove("STOREDESK_API_KEY")
        .env_remove("STOREDESK_BASE_URL");
    // Keep the test away from any real keyring on the machine.
    cmd.env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    if let Some(k) = key {
        cmd.env("STOREDESK_API_KEY", k);
    }
    cmd.output().expect("the binary runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn quote_json_prints_the_parsed_model() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let out = storedesk(
        &sandbox.base_url(),
        Some(sandbox.api_key()),
        &["quote", BOOKING_ID, "--json"],
    );
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(v["id"], BOOKING_ID);
    assert_eq!(v["client"]["name"], "Avenall Pouchard");
    assert_eq!(v["proRataSubscription"]["netAmount"]["price"], "56.89");
    assert_eq!(
        v["proRataSubscription"]["netAmount"]["formattedPrice"],
        "56,89 €"
    );
    assert_eq!(v["storageSize"]["size"]["number"], "9");
}

#[test]
fn reservation_text_output() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let out = storedesk(
        &sandbox.base_url(),
        Some(sandbox.api_key()),
        &["reservation", RESERVATION_ID],
    );
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.contains("Renaud Pons"), "{s}");
    assert!(s.contains("4 m² (2 × 2 × 2.7 m)"), "{s}");
    assert!(s.contains("32,50 €"), "{s}");
}

#[test]
fn hours_prints_the_week() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    // A fixed moment: Monday 8 September 2025, 10:00 in Berlin.
    let out = storedesk(
        &sandbox.base_url(),
        Some(sandbox.api_key()),
        &["hours", BOOKING_ID, "--at", "2025-09-08T10:00:00+02:00"],
    );
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.contains("Emmerich"), "{s}");
    assert!(s.contains("lundi"), "{s}");
    assert!(s.contains("> Monday"), "today is marked: {s}");
    assert!(s.contains("Open now"), "{s}");
}

#[test]
fn hours_at_answers_for_the_moment_asked() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let hours_at = |at: &str| {
        storedesk(
            &sandbox.base_url(),
            Some(sandbox.api_key()),
            &["hours", BOOKING_ID, "--at", at],
        )
    };
    // The same instant written in another offset gives the same answer.
    let open_utc = hours_at("2025-09-08T08:00:00Z");
    assert_eq!(
        open_utc.status.code(),
        Some(0),
        "{}",
        text(&open_utc.stderr)
    );
    let open_berlin = hours_at("2025-09-08T10:00:00+02:00");
    assert_eq!(text(&open_utc.stdout), text(&open_berlin.stdout));
    // Monday 23:00 in Berlin: closed, and the next opening is named.
    let late = hours_at("2025-09-08T23:00:00+02:00");
    assert_eq!(late.status.code(), Some(0), "{}", text(&late.stderr));
    let s = text(&late.stdout);
    assert!(s.contains("Closed ·") && !s.contains("Open now"), "{s}");
    // Wednesday: the marker moves.
    let wed = text(&hours_at("2025-09-10T12:00:00+02:00").stdout);
    assert!(
        wed.contains("> Wednesday") && !wed.contains("> Monday"),
        "{wed}"
    );
    // Not RFC 3339 (no offset): a usage error, before any request.
    let before = sandbox.request_count();
    let bad = hours_at("2025-12-25 10:00");
    assert_eq!(bad.status.code(), Some(2), "{}", text(&bad.stderr));
    assert!(
        text(&bad.stderr).contains("RFC 3339"),
        "{}",
        text(&bad.stderr)
    );
    assert_eq!(sandbox.request_count(), before);
}

#[test]
fn exit_codes_follow_the_contract() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let base = sandbox.base_url();
    let key = Some(sandbox.api_key());
    // 2: invalid id, said before any call.
    let out = storedesk(&base, key, &["quote", "CRS11"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("not a valid booking id"));
    // 1: the API said no, with its code.
    let out = storedesk(
        &base,
        key,
        &["quote", "00000000-0000-4000-8000-000000000000"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("NO_RECORDS_FOUND"),
        "{}",
        text(&out.stderr)
    );
    // 1: a wrong key is refused.
    let out = storedesk(&base, Some("wrong-key"), &["quote", BOOKING_ID]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("401"));
    // 2: no key at all (and no keyring reachable).
    let out = storedesk(&base, None, &["quote", BOOKING_ID]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    // 3: nothing listens there.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let out = storedesk(
        &format!("http://127.0.0.1:{port}"),
        key,
        &["quote", BOOKING_ID],
    );
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("nothing is listening"));
}

#[test]
fn sign_uploads_a_png_file() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sig.png");
    let img = image::RgbaImage::from_fn(300, 100, |x, y| {
        if (y as i32 - 50).abs() < 3 && x > 20 && x < 280 {
            image::Rgba([0, 0, 0, 255])
        } else {
            image::Rgba([255, 255, 255, 255])
        }
    });
    img.save(&path).unwrap();
    let out = storedesk(
        &sandbox.base_url(),
        Some(sandbox.api_key()),
        &["sign", BOOKING_ID, "--image", path.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    let got = sandbox.received_signatures();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].booking_id.to_ascii_lowercase(), BOOKING_ID);
    assert_eq!((got[0].width, got[0].height), (300, 100));
    // Not a PNG: refused before any call.
    let txt = dir.path().join("note.txt");
    std::fs::write(&txt, "hello").unwrap();
    let out = storedesk(
        &sandbox.base_url(),
        Some(sandbox.api_key()),
        &["sign", BOOKING_ID, "--image", txt.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn quote_text_explains_and_checks_the_figures() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let out = storedesk(
        &sandbox.base_url(),
        Some(sandbox.api_key()),
        &["quote", BOOKING_ID],
    );
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.contains("Avenall Pouchard"), "{s}");
    assert!(s.contains("56,89 €") && s.contains("74,10 €"), "{s}");
    assert!(
        s.contains("2,17") && s.contains("23"),
        "proration explained: {s}"
    );
    assert!(
        s.contains("985,09") || s.contains("985.09"),
        "12-month total: {s}"
    );
}

/// The binary with exactly these arguments and the key in the environment
/// (no keyring reachable).
fn storedesk_raw(key: Option<&str>, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_storedesk"));
    cmd.args(args)
        .env_remove("STOREDESK_API_KEY")
        .env_remove("STOREDESK_BASE_URL")
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    if let Some(k) = key {
        cmd.env("STOREDESK_API_KEY", k);
    }
    cmd.output().expect("the binary runs")
}

#[test]
fn a_server_that_does_not_answer_in_time_gives_exit_3() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    // Every request waits at the gate (released when the sandbox drops).
    sandbox.hold("");
    let base = sandbox.base_url();
    let out = storedesk_raw(
        Some(sandbox.api_key()),
        &["--base-url", &base, "--timeout", "1", "quote", BOOKING_ID],
    );
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("did not answer in time"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(sandbox.counts().received, 1, "a timeout is not retried");
}

/// Accepts one connection, keeps its request head, answers 401.
fn capture_one_request() -> (String, std::thread::JoinHandle<String>) {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let handle = std::thread::spawn(move || {
        let (mut sock, _) = listener.accept().unwrap();
        let mut got = Vec::new();
        let mut buf = [0u8; 4096];
        while !got.windows(4).any(|w| w == b"\r\n\r\n") {
            match sock.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => got.extend_from_slice(&buf[..n]),
            }
        }
        let body = r#"{"data":null,"succeeded":false,"errors":["INVALID_API_KEY"]}"#;
        let _ = write!(
            sock,
            "HTTP/1.1 401 Unauthorized\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        );
        String::from_utf8_lossy(&got).to_ascii_lowercase()
    });
    (base, handle)
}

#[test]
fn auth_header_chooses_how_the_key_is_sent() {
    let key = "cli-header-test-key";
    let (base, server) = capture_one_request();
    let out = storedesk_raw(
        Some(key),
        &[
            "--base-url",
            &base,
            "--auth-header",
            "authorization",
            "quote",
            BOOKING_ID,
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let head = server.join().unwrap();
    assert!(
        head.contains(&format!("authorization: x-api-key {key}")),
        "{head}"
    );
    assert!(!head.contains("\r\nx-api-key:"), "{head}");

    let (base, server) = capture_one_request();
    let out = storedesk_raw(Some(key), &["--base-url", &base, "quote", BOOKING_ID]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let head = server.join().unwrap();
    assert!(head.contains(&format!("\r\nx-api-key: {key}")), "{head}");
    assert!(!head.contains("authorization:"), "{head}");
}

#[test]
fn key_commands_without_a_credential_store_fail_clearly() {
    for args in [&["key", "status"][..], &["key", "delete"][..]] {
        let out = storedesk_raw(None, args);
        assert_eq!(
            out.status.code(),
            Some(3),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(
            text(&out.stderr).contains("store"),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
    // `key set` reads the key from standard input; the store refuses it.
    let mut child = Command::new(env!("CARGO_BIN_EXE_storedesk"))
        .args(["key", "set"])
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(b"some-key-value\n").unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(!text(&out.stdout).contains("some-key-value"));
    assert!(
        !text(&out.stderr).contains("some-key-value"),
        "the key is never echoed"
    );
}

/// `key set`, `status` and `delete` against the real keyring: only where a
/// Secret Service runs (CI sets STOREDESK_TEST_KEYRING=1 under
/// dbus-run-session).
#[test]
fn key_set_status_delete_round_trip_in_the_keyring() {
    if std::env::var_os("STOREDESK_TEST_KEYRING").is_none() {
        eprintln!("skipped: set STOREDESK_TEST_KEYRING=1 with a Secret Service running");
        return;
    }
    let run = |args: &[&str], stdin: Option<&str>| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_storedesk"))
            .args(args)
            .env_remove("STOREDESK_API_KEY")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        {
            use std::io::Write;
            let mut pipe = child.stdin.take().unwrap();
            if let Some(s) = stdin {
                pipe.write_all(s.as_bytes()).unwrap();
            }
        }
        child.wait_with_output().unwrap()
    };
    let out = run(&["key", "set"], Some("cli-keyring-test-1234\n"));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = run(&["key", "status"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.contains("An API key is set") && s.contains("1234"), "{s}");
    assert!(!s.contains("cli-keyring-test"), "masked: {s}");
    let out = run(&["key", "delete"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = run(&["key", "status"], None);
    assert!(
        !text(&out.stdout).contains("An API key is set"),
        "{}",
        text(&out.stdout)
    );
}
