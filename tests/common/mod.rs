//! Shared helpers for the app tests: a sandbox on a free port and a headless
//! egui harness around the real app.
#![allow(dead_code)]

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
pub use egui_kittest::kittest::Queryable;
use storedesk::sandbox::{Sandbox, SandboxOptions};
use storedesk::secrets::{API_KEY_ACCOUNT, MemoryStore, SecretStore};
use storedesk::settings::Settings;
use storedesk::ui::app::{Startup, StoreDeskApp};

pub const RESERVATION_ID: &str = "3d491954-4ec3-466b-a7bc-a95b506aa8f3";
pub const BOOKING_ID: &str = "2553e486-65c9-411b-a478-0d0dfbd168bf";

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime")
}

pub fn start_sandbox(rt: &tokio::runtime::Runtime) -> Sandbox {
    rt.block_on(Sandbox::start(SandboxOptions::default()))
        .expect("sandbox starts")
}

/// In-memory eframe storage, to see exactly what the app persists.
#[derive(Default)]
pub struct MemStorage(pub HashMap<String, String>);

impl eframe::Storage for MemStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

/// The app pointed at `base_url`, with `key` already in its credential store.
pub fn app_harness(
    rt: &tokio::runtime::Runtime,
    base_url: &str,
    key: Option<&str>,
    store: Arc<MemoryStore>,
) -> Harness<'static, StoreDeskApp> {
    if let Some(k) = key {
        store.set(API_KEY_ACCOUNT, k).unwrap();
    }
    let settings = Settings {
        base_url: base_url.to_owned(),
        ..Default::default()
    };
    let ctx = egui::Context::default();
    let app = StoreDeskApp::new(
        &ctx,
        rt.handle(),
        store,
        Some(&settings.to_stored()),
        Startup::default(),
    );
    Harness::builder()
        .with_size(egui::vec2(1100.0, 800.0))
        .build_ui_state(|ui, app: &mut StoreDeskApp| app.show(ui), app)
}

/// Steps the UI until `done` holds, for at most 15 s (generous for a loaded
/// CI machine; the condition, not the time, decides the test).
pub fn step_until(
    harness: &mut Harness<'_, StoreDeskApp>,
    what: &str,
    mut done: impl FnMut(&Harness<'_, StoreDeskApp>) -> bool,
) {
    let start = Instant::now();
    loop {
        harness.step();
        if done(harness) {
            harness.step();
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "timed out waiting for: {what}"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

pub fn has_text(harness: &Harness<'_, StoreDeskApp>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

/// The app against `sandbox`, its key in a memory store, not stepped yet
/// (for a test that sets the clock or the desk's zone first).
pub fn sandbox_harness(
    rt: &tokio::runtime::Runtime,
    sandbox: &storedesk::sandbox::Sandbox,
) -> Harness<'static, StoreDeskApp> {
    app_harness(
        rt,
        &sandbox.base_url(),
        Some(sandbox.api_key()),
        Arc::new(MemoryStore::new()),
    )
}

/// The app against `sandbox`, its key in a memory store and read.
pub fn sandbox_app(
    rt: &tokio::runtime::Runtime,
    sandbox: &storedesk::sandbox::Sandbox,
) -> Harness<'static, StoreDeskApp> {
    let mut h = sandbox_harness(rt, sandbox);
    wait_for_key(&mut h);
    h
}

/// Waits until the app has read its API key from the store.
pub fn wait_for_key(h: &mut Harness<'_, StoreDeskApp>) {
    step_until(h, "the key to be read", |h| {
        matches!(h.state().state.key, storedesk::worker::KeyState::Set { .. })
    });
}

/// Types `id` into the Lookup panel's id field (replacing what is there) and
/// presses Enter, as staff do.
pub fn enter_id(h: &mut Harness<'_, StoreDeskApp>, id: &str) {
    type_into(h, storedesk::ui::lookup_panel::ID_FIELD_LABEL, id);
}

/// Focuses the field labelled `label`, replaces its text with `text` and
/// presses Enter.
pub fn type_into(h: &mut Harness<'_, StoreDeskApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.step();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.step();
    h.get_by_label(label).type_text(text);
    h.step();
    h.key_press(egui::Key::Enter);
    h.step();
}
pub mod layout;
