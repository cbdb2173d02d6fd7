//! The Settings panel's buttons end to end, against the sandbox and a
//! credential store the test can see into (or one that always fails).

mod common;

use std::sync::Arc;

use common::*;
use egui_kittest::Harness;
use storedesk::api::AuthStyle;
use storedesk::i18n::tr;
use storedesk::secrets::{API_KEY_ACCOUNT, MemoryStore, SecretError, SecretStore};
use storedesk::settings::ThemeChoice;
use storedesk::ui::app::StoreDeskApp;
use storedesk::ui::settings::{BASE_URL_LABEL, KEY_FIELD_LABEL};
use storedesk::worker::KeyState;
use zeroize::Zeroizing;

fn open_settings(h: &mut Harness<'_, StoreDeskApp>) {
    h.get_by_label("Settings").click_accesskit();
    h.run_steps(2);
}

fn click(h: &mut Harness<'_, StoreDeskApp>, label: &str) {
    h.get_by_label(label).click_accesskit();
    h.run_steps(2);
}

/// Replaces the text of the field labelled `label` (no Enter).
fn fill(h: &mut Harness<'_, StoreDeskApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.step();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.step();
    h.get_by_label(label).type_text(text);
    h.step();
}

fn key_store(h: &Harness<'_, StoreDeskApp>) -> Option<&'static str> {
    match h.state().state.key {
        KeyState::Set { store, .. } => Some(store),
        _ => None,
    }
}

#[test]
fn save_connection_points_the_app_at_the_new_server() {
    let rt = runtime();
    let first = start_sandbox(&rt);
    let second = start_sandbox(&rt);
    let mut h = sandbox_app(&rt, &first);
    open_settings(&mut h);
    fill(&mut h, tr(BASE_URL_LABEL), &second.base_url());
    click(&mut h, "Save connection");
    assert!(has_text(&h, "Connection saved."));
    assert_eq!(h.state().settings.base_url, second.base_url());

    let (before_first, before_second) = (first.request_count(), second.request_count());
    h.get_by_label("Lookup").click_accesskit();
    h.run_steps(2);
    enter_id(&mut h, BOOKING_ID);
    step_until(&mut h, "the booking", |h| has_text(h, "Avenall Pouchard"));
    assert!(
        second.request_count() > before_second,
        "asked the new server"
    );
    assert_eq!(first.request_count(), before_first, "not the old one");
}

#[test]
fn plain_http_to_another_computer_needs_the_allow_box() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = sandbox_app(&rt, &sandbox);
    open_settings(&mut h);
    let remote = "http://storage.example.com";
    fill(&mut h, tr(BASE_URL_LABEL), remote);
    click(&mut h, "Save connection");
    assert!(has_text(&h, "is not encrypted (http)"), "refused");
    assert_eq!(h.state().settings.base_url, sandbox.base_url(), "not kept");

    click(
        &mut h,
        "Allow unencrypted http to other computers (unsafe: the key is sent in clear)",
    );
    click(&mut h, "Save connection");
    assert!(has_text(&h, "Connection saved."));
    assert!(!has_text(&h, "is not encrypted (http)"));
    let s = &h.state().settings;
    assert_eq!(s.base_url, remote);
    assert!(s.allow_insecure_http);
}

#[test]
fn the_auth_style_chosen_is_saved_and_lookups_still_work() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = sandbox_app(&rt, &sandbox);
    open_settings(&mut h);
    click(&mut h, "Send the key as");
    click(&mut h, "Authorization: X-API-Key <key>");
    click(&mut h, "Save connection");
    assert_eq!(
        h.state().settings.client_config().auth_style,
        AuthStyle::AuthorizationHeader
    );
    // The sandbox takes the key in either header: the lookup succeeds.
    h.get_by_label("Lookup").click_accesskit();
    h.run_steps(2);
    enter_id(&mut h, BOOKING_ID);
    step_until(&mut h, "the booking", |h| has_text(h, "Avenall Pouchard"));
}

#[test]
fn remove_key_empties_the_store_and_a_session_key_never_reaches_it() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let store = Arc::new(MemoryStore::new());
    let mut h = app_harness(
        &rt,
        &sandbox.base_url(),
        Some(sandbox.api_key()),
        store.clone(),
    );
    wait_for_key(&mut h);
    open_settings(&mut h);
    click(&mut h, "Remove key");
    step_until(&mut h, "the key to be gone", |h| {
        h.state().state.key == KeyState::Missing
    });
    assert_eq!(store.get(API_KEY_ACCOUNT).unwrap(), None);
    assert!(has_text(&h, "No API key is set."));

    fill(&mut h, tr(KEY_FIELD_LABEL), sandbox.api_key());
    click(&mut h, "Use for this session only");
    step_until(&mut h, "the session key", |h| key_store(h).is_some());
    assert_eq!(key_store(&h), Some("this-session-only"), "a message id");
    assert_eq!(store.get(API_KEY_ACCOUNT).unwrap(), None, "not stored");
    // And it is used.
    h.get_by_label("Lookup").click_accesskit();
    h.run_steps(2);
    enter_id(&mut h, BOOKING_ID);
    step_until(&mut h, "the booking", |h| has_text(h, "Avenall Pouchard"));
}

#[test]
fn the_theme_buttons_change_the_look_and_the_saved_setting() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = sandbox_app(&rt, &sandbox);
    open_settings(&mut h);
    click(&mut h, "Dark");
    assert_eq!(h.state().settings.theme, ThemeChoice::Dark);
    assert!(h.ctx.global_style().visuals.dark_mode);
    click(&mut h, "Light");
    assert_eq!(h.state().settings.theme, ThemeChoice::Light);
    assert!(!h.ctx.global_style().visuals.dark_mode);
}

/// A credential store that always fails, as on a computer without one.
struct BrokenStore;

impl SecretStore for BrokenStore {
    fn get(&self, _: &str) -> Result<Option<Zeroizing<String>>, SecretError> {
        Err(SecretError::Unavailable("no Secret Service".into()))
    }
    fn set(&self, _: &str, _: &str) -> Result<(), SecretError> {
        Err(SecretError::Unavailable("no Secret Service".into()))
    }
    fn delete(&self, _: &str) -> Result<(), SecretError> {
        Err(SecretError::Unavailable("no Secret Service".into()))
    }
    fn describe(&self) -> &'static str {
        "broken store"
    }
    fn is_persistent(&self) -> bool {
        true
    }
}

#[test]
fn a_failing_credential_store_is_explained_and_a_session_key_still_works() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let settings = storedesk::settings::Settings {
        base_url: sandbox.base_url(),
        ..Default::default()
    };
    let mut h = app_harness_with(
        &rt,
        &settings,
        Arc::new(BrokenStore),
        storedesk::ui::app::Startup::default(),
    );
    step_until(&mut h, "the store's error", |h| {
        h.state().state.key_store_error.is_some() && h.state().state.key == KeyState::Missing
    });
    open_settings(&mut h);
    let said = h
        .state()
        .state
        .key_store_error
        .as_ref()
        .map(|e| e.to_string());
    let said = said.unwrap_or_default();
    assert!(
        !said.is_empty() && has_text(&h, &said),
        "the store's error is shown"
    );

    // Saving to the store fails and says so; nothing is lost or half-set.
    fill(&mut h, tr(KEY_FIELD_LABEL), sandbox.api_key());
    click(&mut h, "Save key");
    step_until(&mut h, "the error again", |h| {
        h.state().state.key_store_error.is_some()
    });
    assert_eq!(h.state().state.key, KeyState::Missing);

    // The way out the message names works.
    fill(&mut h, tr(KEY_FIELD_LABEL), sandbox.api_key());
    click(&mut h, "Use for this session only");
    step_until(&mut h, "the session key", |h| key_store(h).is_some());
    h.get_by_label("Lookup").click_accesskit();
    h.run_steps(2);
    enter_id(&mut h, BOOKING_ID);
    step_until(&mut h, "the booking", |h| has_text(h, "Avenall Pouchard"));
}
