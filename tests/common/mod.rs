//! Shared helpers for the app tests: a sandbox on a free port and a headless
//! egui harness around the real app.
//!
//! Every harness starts with the time fixed: the app's clock at
//! [`FIXED_NOW`], the desk in Berlin, and egui's own time (what the kiosk's
//! idle timer reads) pinned at [`START_TIME`] until a test moves it with
//! [`set_time`]. So waiting on a condition never lets time pass by itself,
//! and a test checks the same thing on every day and in every zone.
#![allow(dead_code)]

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
pub use egui_kittest::kittest::Queryable;
use storedesk::i18n::tr;
use storedesk::sandbox::{Sandbox, SandboxOptions};
use storedesk::secrets::{API_KEY_ACCOUNT, MemoryStore, SecretStore};
use storedesk::settings::Settings;
use storedesk::ui::app::{Startup, StoreDeskApp};
use storedesk::ui::clock::{Clock, DeskZone, SteadyClock};

/// The app's "now" in every harness: Monday 8 September 2025, 10:00:12 in
/// Berlin (the documented property is open).
pub fn fixed_now() -> chrono::DateTime<chrono::Utc> {
    use chrono::TimeZone;
    chrono::Utc
        .with_ymd_and_hms(2025, 9, 8, 8, 0, 12)
        .single()
        .expect("a valid instant")
}

/// The desk's zone in every harness.
pub const DESK_ZONE: chrono_tz::Tz = chrono_tz::Tz::Europe__Berlin;

/// egui's time (seconds) when a harness starts.
pub const START_TIME: f64 = 1000.0;

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
    app_harness_with(rt, &settings, store, Startup::default())
}

/// The app with these settings, store and command-line choices.
pub fn app_harness_with(
    rt: &tokio::runtime::Runtime,
    settings: &Settings,
    store: Arc<dyn SecretStore>,
    startup: Startup,
) -> Harness<'static, StoreDeskApp> {
    app_from_stored(rt, &settings.to_stored(), store, startup)
}

/// The app with these stored settings (as eframe keeps them), store and
/// command-line choices; its time fixed.
pub fn app_from_stored(
    rt: &tokio::runtime::Runtime,
    stored: &str,
    store: Arc<dyn SecretStore>,
    startup: Startup,
) -> Harness<'static, StoreDeskApp> {
    let ctx = egui::Context::default();
    let app = StoreDeskApp::new(&ctx, rt.handle(), store, Some(stored), startup);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1100.0, 800.0))
        .build_ui_state(|ui, app: &mut StoreDeskApp| app.show(ui), app);
    fix_time(&mut h);
    h
}

/// Fixes the app's clock, the desk's zone and egui's time (see the module).
pub fn fix_time(h: &mut Harness<'_, StoreDeskApp>) {
    h.state_mut().state.clock = Clock::Fixed(fixed_now());
    h.state_mut().state.hours.desk_zone = DeskZone::Fixed(DESK_ZONE);
    h.input_mut().time = Some(START_TIME);
    h.state_mut().state.steady = SteadyClock::manual(START_TIME);
}

/// Moves egui's time (and the kiosk's steady clock) to `t` seconds and runs
/// a frame there; both stay at `t`. Input counts as activity only in a frame
/// whose time is new, as in a real window.
pub fn set_time(h: &mut Harness<'_, StoreDeskApp>, t: f64) {
    h.input_mut().time = Some(t);
    h.state_mut().state.steady = SteadyClock::manual(t);
    h.step();
}

/// egui's time now, as the app sees it.
pub fn now(h: &Harness<'_, StoreDeskApp>) -> f64 {
    h.ctx.input(|i| i.time)
}

/// Steps the UI until `done` holds, for at most 15 s of real time (generous
/// for a loaded CI machine; the condition, not the time, decides the test).
/// The app's time does not move meanwhile (see the module).
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

/// Makes the app ask the sandbox for its property list and waits for the
/// answer: a request sent after everything the test did before, so a stray
/// request from earlier steps would have arrived first (the worker sends in
/// command order). Returns the sandbox's request count before it.
pub fn barrier_request(
    h: &mut Harness<'_, StoreDeskApp>,
    sandbox: &storedesk::sandbox::Sandbox,
) -> usize {
    let before = sandbox.request_count();
    h.state_mut()
        .apply(storedesk::ui::app::Action::RefreshProperties);
    step_until(h, "the property list (barrier)", |h| {
        h.state().state.hours.pending.is_none()
    });
    assert!(sandbox.counts().settled(), "{:?}", sandbox.counts());
    before
}

/// Types `id` into the Lookup panel's id field (replacing what is there) and
/// presses Enter, as staff do.
pub fn enter_id(h: &mut Harness<'_, StoreDeskApp>, id: &str) {
    type_into(h, tr(storedesk::ui::lookup_panel::ID_FIELD_LABEL), id);
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
// egui keeps widget kinds and labels for it only in debug builds: the
// benches (release) include this module without it.
#[cfg(debug_assertions)]
pub mod layout;

pub mod fakes;
pub mod kiosk;
pub mod pad;
pub mod wire;

/// Waits for the contract shown above the pad, pages through it to the last
/// page and ticks the consent, as a signer does (issue 21); the pad is then
/// usable.
pub fn accept_contract(h: &mut Harness<'_, StoreDeskApp>) {
    use storedesk::ui::contract_view::{CONSENT_LABEL, NEXT_PAGE_LABEL};
    step_until(h, "the contract's pages", |h| {
        let c = &h.state().state.customer.signature.contract;
        c.page_count() > 0 && c.pages_shown() == c.page_count()
    });
    let pages = h.state().state.customer.signature.contract.page_count();
    for _ in 0..pages {
        if h.state().state.customer.signature.contract.reached_end {
            break;
        }
        h.get_by_label(tr(NEXT_PAGE_LABEL)).click_accesskit();
        h.run_steps(2);
    }
    assert!(
        h.state().state.customer.signature.contract.reached_end,
        "the last page was shown"
    );
    h.get_by_label(tr(CONSENT_LABEL)).click_accesskit();
    h.run_steps(2);
    assert!(h.state().state.customer.signature.contract.pad_unlocked());
}
