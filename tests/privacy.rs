//! Secrets and private data: with trace logging on, the key never reaches a
//! log line, the settings, or a panic message; the UI keeps drawing frames
//! while a request hangs, and a hung request can be cancelled.

mod common;

use std::io::Write;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::*;
use storedesk::secrets::MemoryStore;

/// Collects everything the tracing subscriber writes.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

const SECRET_KEY: &str = "privacy-test-key-9b8c7d6e5f";

#[test]
fn trace_logs_of_a_full_app_flow_never_contain_the_key() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_env_filter("trace")
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    // Global, so the worker's runtime threads log into it too (the only test
    // of this binary that installs a subscriber).
    tracing::subscriber::set_global_default(subscriber).expect("first subscriber");

    let rt = runtime();
    let sandbox = rt
        .block_on(storedesk::sandbox::Sandbox::start(
            storedesk::sandbox::SandboxOptions {
                api_key: SECRET_KEY.into(),
                ..Default::default()
            },
        ))
        .unwrap();
    let mut h = app_harness(
        &rt,
        &sandbox.base_url(),
        Some(SECRET_KEY),
        Arc::new(MemoryStore::new()),
    );
    wait_for_key(&mut h);
    enter_id(&mut h, RESERVATION_ID);
    step_until(&mut h, "lookup result", |h| has_text(h, "Renaud Pons"));

    let mut storage = MemStorage::default();
    h.state().save_to(&mut storage);
    drop(h);
    drop(sandbox);

    let logs = String::from_utf8_lossy(&captured.0.lock().unwrap()).into_owned();
    assert!(
        logs.contains("request"),
        "trace logging was on and captured something"
    );
    assert!(!logs.contains(SECRET_KEY), "the key appeared in the logs");
    assert!(
        !logs.contains("9b8c7d6e5f"),
        "part of the key appeared in the logs"
    );
    for v in storage.0.values() {
        assert!(!v.contains(SECRET_KEY));
    }
}

#[test]
fn cli_trace_logs_and_errors_never_contain_the_key() {
    let rt = runtime();
    let sandbox = rt
        .block_on(storedesk::sandbox::Sandbox::start(
            storedesk::sandbox::SandboxOptions {
                api_key: SECRET_KEY.into(),
                ..Default::default()
            },
        ))
        .unwrap();
    for args in [
        vec!["quote", BOOKING_ID],
        vec!["reservation", RESERVATION_ID, "--json"],
        vec!["quote", "00000000-0000-4000-8000-000000000000"],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_storedesk"))
            .args(["--base-url", &sandbox.base_url()])
            .args(&args)
            .env("STOREDESK_API_KEY", SECRET_KEY)
            .env("STOREDESK_LOG", "trace")
            .output()
            .unwrap();
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            all.contains("TRACE") || all.contains("DEBUG"),
            "trace logging was on"
        );
        assert!(!all.contains(SECRET_KEY), "{args:?}: the key leaked");
    }
    // A wrong key is refused without echoing it.
    let out = Command::new(env!("CARGO_BIN_EXE_storedesk"))
        .args(["--base-url", &sandbox.base_url(), "quote", BOOKING_ID])
        .env("STOREDESK_API_KEY", "wrong-key-should-not-echo")
        .env("STOREDESK_LOG", "trace")
        .output()
        .unwrap();
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!all.contains("wrong-key-should-not-echo"));
}

#[test]
fn frames_keep_coming_while_a_request_hangs_and_it_can_be_cancelled() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    sandbox.set_delay_for(RESERVATION_ID, Duration::from_secs(30));
    let mut h = sandbox_app(&rt, &sandbox);
    enter_id(&mut h, RESERVATION_ID);
    assert!(
        h.state().state.lookup.pending.is_some(),
        "the lookup is in flight"
    );
    // The UI thread never waits on the network: each frame returns at once
    // and the spinner and Cancel button are there the whole time.
    for _ in 0..50 {
        h.step();
        assert!(has_text(&h, "Working"));
    }
    h.get_by_label("Cancel").click();
    h.run_steps(3);
    assert!(h.state().state.lookup.pending.is_none(), "cancelled");
    assert!(!has_text(&h, "Working"));
    // The field still holds what was typed: nothing is lost.
    assert_eq!(h.state().state.customer.lookup.input, RESERVATION_ID);
}

#[test]
fn panic_messages_of_the_client_never_show_the_key() {
    let key = storedesk::api::ApiKey::new(SECRET_KEY).unwrap();
    let client = storedesk::api::StoRegisterClient::new(
        storedesk::api::ClientConfig::new("http://127.0.0.1:9"),
        Some(key.clone()),
    )
    .unwrap();
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        panic!("state: {client:?} {key:?} {key}")
    }));
    let payload = result.unwrap_err();
    let msg = payload
        .downcast_ref::<String>()
        .cloned()
        .unwrap_or_default();
    assert!(msg.contains("redacted"), "{msg}");
    assert!(!msg.contains(SECRET_KEY), "{msg}");
}
