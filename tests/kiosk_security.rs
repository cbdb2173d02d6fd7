//! Kiosk and secret-field security (issue 19, items 1, 2 and 7): the kiosk
//! never fails open, undo never brings a secret back, no secret's cursor
//! reaches the persisted egui memory, and the lockout survives a restart.

mod common;

use std::sync::Arc;

use common::kiosk::{
    PIN, legacy_pin_hash, open_staff_dialog, pin_app, startup, store_for, type_pin_and_ok,
    wait_for_pin_answer,
};
use common::*;
use egui_kittest::Harness;
use egui_kittest::kittest::NodeT as _;
use storedesk::i18n::tr;
use storedesk::sandbox::Sandbox;
use storedesk::secrets::{
    API_KEY_ACCOUNT, KIOSK_PIN_ACCOUNT, MemoryStore, SecretError, SecretStore,
};
use storedesk::ui::app::{Action, StoreDeskApp};
use storedesk::ui::clock::Clock;
use storedesk::ui::kiosk::{KioskAction, PIN_FIELD_LABEL};
use storedesk::ui::lookup::ID_FIELD_LABEL;
use storedesk::ui::settings::KEY_FIELD_LABEL;
use storedesk::worker::PinState;

/// A credential store whose kiosk PIN entry fails as `pin_error` says (the
/// API key works): a locked keyring, a D-Bus error.
struct FailingPinStore {
    inner: MemoryStore,
    pin_error: SecretError,
}

impl SecretStore for FailingPinStore {
    fn get(&self, account: &str) -> Result<Option<zeroize::Zeroizing<String>>, SecretError> {
        if account == KIOSK_PIN_ACCOUNT {
            return Err(self.pin_error.clone());
        }
        self.inner.get(account)
    }
    fn set(&self, account: &str, secret: &str) -> Result<(), SecretError> {
        if account == KIOSK_PIN_ACCOUNT {
            return Err(self.pin_error.clone());
        }
        self.inner.set(account, secret)
    }
    fn delete(&self, account: &str) -> Result<(), SecretError> {
        if account == KIOSK_PIN_ACCOUNT {
            return Err(self.pin_error.clone());
        }
        self.inner.delete(account)
    }
    fn describe(&self) -> &'static str {
        "the failing store"
    }
    fn is_persistent(&self) -> bool {
        true
    }
}

/// The app with `store` (the sandbox's key put in it), time fixed.
fn app(
    rt: &tokio::runtime::Runtime,
    sandbox: &Sandbox,
    store: Arc<dyn SecretStore>,
    settings: Option<String>,
    startup: storedesk::ui::app::Startup,
) -> Harness<'static, StoreDeskApp> {
    store.set(API_KEY_ACCOUNT, sandbox.api_key()).unwrap();
    pin_app(rt, sandbox, store, settings, startup)
}

fn kiosk() -> storedesk::ui::app::Startup {
    startup(true)
}

/// Lets egui's undo keep the field's text: it keeps a state once it has
/// been stable for a second (of egui's time, which the harness holds still
/// until moved).
fn settle(h: &mut Harness<'_, StoreDeskApp>) {
    let t = now(h);
    set_time(h, t + 2.0);
    h.step();
}

fn field_text(h: &Harness<'_, StoreDeskApp>, label: &str) -> String {
    h.get_by_label(label)
        .accesskit_node()
        .value()
        .unwrap_or_default()
}

/// The PIN dialog is open and waits for no answer.
fn no_check_sent(h: &Harness<'_, StoreDeskApp>) -> bool {
    let k = &h.state().state.kiosk_ui;
    k.dialog.as_ref().is_some_and(|d| d.pending.is_none())
}

fn is_locked(h: &Harness<'_, StoreDeskApp>) -> bool {
    !h.state().state.kiosk_ui.staff_unlocked
        && h.query_by_label("Leave kiosk mode").is_none()
        && h.query_by_label("Close StoreDesk").is_none()
}

#[test]
fn a_pin_that_cannot_be_read_keeps_the_kiosk_locked() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let store = Arc::new(FailingPinStore {
        inner: MemoryStore::new(),
        pin_error: SecretError::Failed("D-Bus said no".into()),
    });
    let mut h = app(&rt, &sandbox, store, None, kiosk());
    h.run_steps(2);
    assert_eq!(h.state().state.kiosk_ui.pin, PinState::Unreadable);
    assert!(is_locked(&h), "the staff screen is not shown");
    // Staff learn why and what to do; no PIN opens it.
    open_staff_dialog(&mut h);
    assert!(has_text(&h, "The manager PIN cannot be read"));
    assert!(has_text(&h, "--no-kiosk"));
    type_pin_and_ok(&mut h, PIN);
    wait_for_pin_answer(&mut h);
    h.run_steps(2);
    assert!(is_locked(&h));
    // "Try again" reads the store again (still failing: still locked).
    h.get_by_label("Try again").click_accesskit();
    step_until(&mut h, "the PIN state", |h| {
        h.state().state.kiosk_ui.pin == PinState::Unreadable
    });
    assert!(is_locked(&h));
}

#[test]
fn a_session_only_pin_lost_at_a_restart_keeps_the_kiosk_locked() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    // No credential store: the PIN set in Settings is kept in memory.
    let store = Arc::new(FailingPinStore {
        inner: MemoryStore::new(),
        pin_error: SecretError::Unavailable("no Secret Service".into()),
    });
    let mut h = app(&rt, &sandbox, store, None, startup(false));
    h.get_by_label("Settings").click_accesskit();
    h.run_steps(2);
    for label in ["New PIN", "New PIN again"] {
        h.get_by_label(label).focus();
        h.step();
        h.get_by_label(label).type_text("482913");
        h.step();
    }
    h.get_by_label("Set PIN").click_accesskit();
    step_until(&mut h, "the session PIN", |h| {
        matches!(
            h.state().state.kiosk_ui.pin,
            PinState::Set {
                session_only: true,
                ..
            }
        )
    });
    let mut storage = MemStorage::default();
    h.state().save_to(&mut storage);
    drop(h);

    // The restart, in kiosk mode: the store now answers, without a PIN (the
    // session's went with the process). Before, this was "no PIN: open".
    let stored = storage.0.get(storedesk::settings::STORAGE_KEY).cloned();
    let mut h = app(&rt, &sandbox, Arc::new(MemoryStore::new()), stored, kiosk());
    h.run_steps(2);
    assert_eq!(h.state().state.kiosk_ui.pin, PinState::Unreadable);
    assert!(is_locked(&h));
    open_staff_dialog(&mut h);
    assert!(has_text(&h, "none can be found now"));
}

#[test]
fn a_check_that_finds_no_pin_does_not_unlock() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let store = store_for(&sandbox, true);
    let mut h = app(&rt, &sandbox, store.clone(), None, kiosk());
    assert!(is_locked(&h));
    // The PIN disappears from the store after it was read.
    store.delete(KIOSK_PIN_ACCOUNT).unwrap();
    open_staff_dialog(&mut h);
    type_pin_and_ok(&mut h, "1111");
    wait_for_pin_answer(&mut h);
    h.run_steps(2);
    assert!(is_locked(&h));
    assert!(has_text(&h, "No manager PIN can be found"));
}

#[test]
fn undo_does_not_bring_the_pin_back() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = app(&rt, &sandbox, store_for(&sandbox, true), None, kiosk());
    // Staff type the PIN, pause (egui's undo keeps a state once it has
    // been stable for a second), press OK; then lock again.
    open_staff_dialog(&mut h);
    h.get_by_label(tr(PIN_FIELD_LABEL)).focus();
    h.step();
    h.get_by_label(tr(PIN_FIELD_LABEL)).type_text(PIN);
    settle(&mut h);
    h.get_by_label("OK").click_accesskit();
    step_until(&mut h, "the staff screen", |h| {
        h.state().state.kiosk_ui.staff_unlocked
    });
    h.get_by_label("Lock").click_accesskit();
    h.run_steps(2);
    assert!(is_locked(&h));
    // A customer opens the dialog and presses Ctrl+Z.
    open_staff_dialog(&mut h);
    h.get_by_label(tr(PIN_FIELD_LABEL)).focus();
    h.step();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(2);
    let k = &h.state().state.kiosk_ui;
    assert!(k.dialog.as_ref().is_some_and(|d| d.input.is_empty()));
    // Typing then clearing within one dialog cannot be undone either.
    h.get_by_label(tr(PIN_FIELD_LABEL)).type_text(PIN);
    settle(&mut h);
    h.get_by_label("Delete").click_accesskit();
    h.step();
    for _ in 0..3 {
        h.get_by_label("Delete").click_accesskit();
        h.step();
    }
    h.get_by_label(tr(PIN_FIELD_LABEL)).focus();
    h.step();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(2);
    let k = &h.state().state.kiosk_ui;
    assert!(k.dialog.as_ref().is_some_and(|d| d.input.is_empty()));
    // And as the control below does it: typing on, then Ctrl+Z, keeps the
    // text as it is (a plain field goes back to the earlier text).
    h.get_by_label(tr(PIN_FIELD_LABEL)).type_text(PIN);
    settle(&mut h);
    h.get_by_label(tr(PIN_FIELD_LABEL)).type_text("9");
    settle(&mut h);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(2);
    let k = &h.state().state.kiosk_ui;
    let input = k.dialog.as_ref().map(|d| d.input.as_str().to_owned());
    assert_eq!(
        input.as_deref(),
        Some("25809"),
        "undo changed the PIN field"
    );
    assert!(is_locked(&h));
}

/// The positive control of the two undo tests: with the same typing and
/// the same pauses, a plain field's text does come back with Ctrl+Z.
#[test]
fn undo_brings_a_plain_fields_text_back() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = app(
        &rt,
        &sandbox,
        Arc::new(MemoryStore::new()),
        None,
        startup(false),
    );
    let label = tr(ID_FIELD_LABEL);
    h.get_by_label(label).focus();
    h.step();
    h.get_by_label(label).type_text("2553e486");
    settle(&mut h);
    h.get_by_label(label).type_text("XYZ");
    settle(&mut h);
    assert_eq!(field_text(&h, label), "2553e486XYZ");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(2);
    assert_eq!(field_text(&h, label), "2553e486");
}

#[test]
fn undo_does_not_bring_the_api_key_back() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = app(
        &rt,
        &sandbox,
        Arc::new(MemoryStore::new()),
        None,
        startup(false),
    );
    h.get_by_label("Settings").click_accesskit();
    h.run_steps(2);
    h.get_by_label(tr(KEY_FIELD_LABEL)).focus();
    h.step();
    h.get_by_label(tr(KEY_FIELD_LABEL))
        .type_text("a-new-secret-key-9876");
    settle(&mut h);
    h.get_by_label("Save key").click_accesskit();
    h.run_steps(2);
    assert!(h.state().state.settings_form.new_key.is_empty());
    h.get_by_label(tr(KEY_FIELD_LABEL)).focus();
    h.step();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(2);
    assert!(h.state().state.settings_form.new_key.is_empty());
    // As the control does it: typing on, then Ctrl+Z, changes nothing.
    h.get_by_label(tr(KEY_FIELD_LABEL)).type_text("key-one");
    settle(&mut h);
    h.get_by_label(tr(KEY_FIELD_LABEL)).type_text("-two");
    settle(&mut h);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(2);
    assert_eq!(
        h.state().state.settings_form.new_key.as_str(),
        "key-one-two"
    );
}

#[test]
fn no_secret_cursor_reaches_the_persisted_memory() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = app(
        &rt,
        &sandbox,
        Arc::new(MemoryStore::new()),
        None,
        startup(false),
    );
    h.get_by_label("Settings").click_accesskit();
    h.run_steps(2);
    // Seven characters, a length no other field of the panel has.
    for label in [tr(KEY_FIELD_LABEL), "New PIN"] {
        h.get_by_label(label).focus();
        h.step();
        h.get_by_label(label).type_text("7319462");
        h.step();
    }
    h.run_steps(2);
    // What eframe writes to app.ron: egui's persisted memory.
    let persisted = h.ctx.data_mut(|d| serde_json::to_string(d)).unwrap();
    assert!(persisted.contains("ccursor"), "text states were serialised");
    for needle in ["index:7", "index: 7"] {
        assert!(!persisted.contains(needle), "a secret's cursor: {needle}");
    }
}

#[test]
fn the_pin_lockout_survives_a_restart_and_grows() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let store = store_for(&sandbox, true);
    let mut h = app(&rt, &sandbox, store.clone(), None, kiosk());
    open_staff_dialog(&mut h);
    for _ in 0..5 {
        type_pin_and_ok(&mut h, "9999");
        wait_for_pin_answer(&mut h);
    }
    assert!(has_text(&h, "Too many wrong PINs"));
    let mut storage = MemStorage::default();
    h.state().save_to(&mut storage);
    drop(h);

    // After a restart (the same instant: the clock is fixed) the pause is
    // still on: even the right PIN waits. No check is sent at all, which
    // is known as soon as the press is handled.
    let stored = storage.0.get(storedesk::settings::STORAGE_KEY).cloned();
    let mut h = app(&rt, &sandbox, store.clone(), stored, kiosk());
    open_staff_dialog(&mut h);
    h.run_steps(2);
    assert!(has_text(&h, "Too many wrong PINs"));
    type_pin_and_ok(&mut h, PIN);
    h.step();
    assert!(no_check_sent(&h), "a PIN check during the pause");
    // Nor for the action itself, with the right PIN in the field.
    if let Some(d) = h.state_mut().state.kiosk_ui.dialog.as_mut() {
        d.input = zeroize::Zeroizing::new(PIN.to_owned());
    }
    h.state_mut().apply(Action::Kiosk(KioskAction::VerifyPin));
    assert!(no_check_sent(&h), "a PIN check during the pause");
    h.step();
    assert!(is_locked(&h));
    // Once it is over, five more wrong PINs give a longer pause.
    let later = fixed_now() + chrono::Duration::seconds(31);
    h.state_mut().state.clock = Clock::Fixed(later);
    h.run_steps(2);
    assert!(!has_text(&h, "Too many wrong PINs"));
    for _ in 0..5 {
        type_pin_and_ok(&mut h, "9999");
        wait_for_pin_answer(&mut h);
    }
    let lockout = h.state().settings.kiosk_pin_lockout;
    assert_eq!(lockout.lockouts, 2);
    assert_eq!(lockout.remaining_secs(later.timestamp()), 60);
    // The right PIN, after the pause, clears the count.
    let later = later + chrono::Duration::seconds(61);
    h.state_mut().state.clock = Clock::Fixed(later);
    h.run_steps(2);
    type_pin_and_ok(&mut h, PIN);
    step_until(&mut h, "the staff screen", |h| {
        h.state().state.kiosk_ui.staff_unlocked
    });
    assert_eq!(h.state().settings.kiosk_pin_lockout, Default::default());
}

#[test]
fn a_pin_hash_of_an_earlier_version_opens_once_and_is_upgraded() {
    // Made by the hand-written PBKDF2 of earlier versions: PIN 2580.
    const OLD_HASH: &str = "pbkdf2-sha256$1000$746573742d73616c742d313662797465$6057d9147036d7327c61e4d05aa132cb2c7984318d247224e3c5546cd6d6b928";
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    assert_eq!(
        legacy_pin_hash(),
        OLD_HASH,
        "the tests' legacy hash is that format"
    );
    let store = Arc::new(MemoryStore::new());
    store.set(KIOSK_PIN_ACCOUNT, OLD_HASH).unwrap();
    let mut h = app(&rt, &sandbox, store.clone(), None, kiosk());
    open_staff_dialog(&mut h);
    type_pin_and_ok(&mut h, PIN);
    step_until(&mut h, "the staff screen", |h| {
        h.state().state.kiosk_ui.staff_unlocked
    });
    let stored = store.get(KIOSK_PIN_ACCOUNT).unwrap().unwrap();
    assert!(stored.starts_with("$argon2id$v=19$"), "{}", stored.as_str());
    assert_eq!(storedesk::domain::pin::verify_pin(PIN, &stored), Ok(true));
    assert!(!storedesk::domain::pin::needs_rehash(&stored));
}
