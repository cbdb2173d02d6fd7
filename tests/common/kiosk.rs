//! The app with a manager PIN, as kiosk tests need it: the PIN stored as
//! new installs store it (Argon2id, the app's own parameters), the staff
//! dialog, unlocking.

use std::sync::{Arc, OnceLock};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use storedesk::i18n::tr;
use storedesk::sandbox::Sandbox;
use storedesk::secrets::{API_KEY_ACCOUNT, KIOSK_PIN_ACCOUNT, MemoryStore, SecretStore};
use storedesk::settings::Settings;
use storedesk::ui::app::{Startup, StoreDeskApp};
use storedesk::ui::kiosk::PIN_FIELD_LABEL;
use storedesk::worker::{KeyState, PinState};

use super::{app_from_stored, step_until};

/// The manager PIN of every kiosk test.
pub const PIN: &str = "2580";

/// [`PIN`] hashed as a new install stores it: Argon2id with the app's
/// parameters (one hash per test binary: it takes a moment).
pub fn pin_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| {
        let hash = storedesk::domain::pin::hash_pin(PIN);
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        hash
    })
}

/// [`PIN`] as earlier versions stored it (PBKDF2, few rounds): only for
/// the tests of the upgrade path.
pub fn legacy_pin_hash() -> String {
    storedesk::domain::pin::hash_pin_legacy(PIN, b"test-salt-16byte", 1_000)
}

/// A memory store holding `sandbox`'s key and, if `pin`, the PIN's hash.
pub fn store_for(sandbox: &Sandbox, pin: bool) -> Arc<MemoryStore> {
    let store = Arc::new(MemoryStore::new());
    store.set(API_KEY_ACCOUNT, sandbox.api_key()).unwrap();
    if pin {
        store.set(KIOSK_PIN_ACCOUNT, pin_hash()).unwrap();
    }
    store
}

/// Kiosk mode on (or off), as from the command line.
pub fn startup(kiosk: bool) -> Startup {
    Startup {
        kiosk,
        ..Startup::default()
    }
}

/// The app against `sandbox` with `store` (which holds the key), the
/// given stored settings (default: the sandbox's address), its time fixed;
/// returned once the key and the PIN state are read.
pub fn pin_app(
    rt: &tokio::runtime::Runtime,
    sandbox: &Sandbox,
    store: Arc<dyn SecretStore>,
    stored: Option<String>,
    startup: Startup,
) -> Harness<'static, StoreDeskApp> {
    let stored = stored.unwrap_or_else(|| {
        Settings {
            base_url: sandbox.base_url(),
            ..Default::default()
        }
        .to_stored()
    });
    let mut h = app_from_stored(rt, &stored, store, startup);
    wait_for_key_and_pin(&mut h);
    h
}

/// A kiosk (or desk) with `sandbox`'s key and the PIN.
pub fn kiosk_app(
    rt: &tokio::runtime::Runtime,
    sandbox: &Sandbox,
    kiosk: bool,
) -> Harness<'static, StoreDeskApp> {
    pin_app(rt, sandbox, store_for(sandbox, true), None, startup(kiosk))
}

pub fn wait_for_key_and_pin(h: &mut Harness<'_, StoreDeskApp>) {
    step_until(h, "the key and the PIN state", |h| {
        let s = &h.state().state;
        matches!(s.key, KeyState::Set { .. }) && s.kiosk_ui.pin != PinState::Unknown
    });
}

/// "Staff" on the kiosk's bar: the PIN dialog.
pub fn open_staff_dialog(h: &mut Harness<'_, StoreDeskApp>) {
    h.get_by_label("Staff").click_accesskit();
    step_until(h, "the PIN dialog", |h| {
        h.query_by_label(tr(PIN_FIELD_LABEL)).is_some()
    });
}

/// Types `pin` into the open PIN dialog and presses OK (the check is then
/// on its way, or refused at once).
pub fn type_pin_and_ok(h: &mut Harness<'_, StoreDeskApp>, pin: &str) {
    h.get_by_label(tr(PIN_FIELD_LABEL)).focus();
    h.step();
    h.get_by_label(tr(PIN_FIELD_LABEL)).type_text(pin);
    h.step();
    h.get_by_label("OK").click_accesskit();
    h.step();
}

/// Waits for the worker's answer to the PIN check (or the staff screen).
pub fn wait_for_pin_answer(h: &mut Harness<'_, StoreDeskApp>) {
    step_until(h, "the PIN check", |h| {
        let k = &h.state().state.kiosk_ui;
        k.staff_unlocked || k.dialog.as_ref().is_some_and(|d| d.pending.is_none())
    });
}

/// Staff unlock the kiosk with the PIN: the staff screen.
pub fn unlock(h: &mut Harness<'_, StoreDeskApp>) {
    open_staff_dialog(h);
    type_pin_and_ok(h, PIN);
    step_until(h, "the staff screen", |h| {
        h.state().state.kiosk_ui.staff_unlocked
    });
}
