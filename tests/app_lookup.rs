//! The app, headless: lookups against the real sandbox over HTTP.

mod common;

use std::sync::Arc;

use common::*;
#[allow(unused_imports)]
use egui_kittest::kittest::Queryable as _;
use storedesk::i18n::tr;
use storedesk::secrets::{API_KEY_ACCOUNT, MemoryStore, SecretStore};
use storedesk::ui::app::Panel;
use storedesk::ui::lookup::ID_FIELD_LABEL;
use storedesk::ui::settings::KEY_FIELD_LABEL;
use storedesk::worker::KeyState;

#[test]
fn lookup_of_a_fixture_shows_client_and_unit() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = sandbox_app(&rt, &sandbox);
    // Pasted with spaces around it, as from an email.
    enter_id(&mut h, &format!("  {RESERVATION_ID} "));
    step_until(&mut h, "the client's name", |h| has_text(h, "Renaud Pons"));
    assert!(has_text(&h, "4 m²"), "unit size shown");
    assert!(has_text(&h, "2 × 2 × 2.7 m"), "dimensions shown");
    assert!(has_text(&h, "Chalets"), "property shown");
    assert!(has_text(&h, "32,50 €"), "regular payment shown");
    // The booking's quote came along: the signing status is known.
    assert!(has_text(&h, "Not signed yet"));
    // It is in the recent list of this session.
    assert_eq!(h.state().state.customer.lookup.recent.len(), 1);
}

#[test]
fn a_booking_id_works_in_the_same_field() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = sandbox_app(&rt, &sandbox);
    enter_id(&mut h, BOOKING_ID);
    step_until(&mut h, "the booking's client", |h| {
        has_text(h, "Avenall Pouchard")
    });
    assert!(has_text(&h, "9 m²"));
    assert!(has_text(&h, "56,89 €"), "first (prorated) payment");
    assert!(has_text(&h, "74,10 €"), "regular payment");
    h.get_by_label("Open in Quote comparison").click_accesskit();
    h.run_steps(3);
    assert_eq!(h.state().state.panel, Panel::Quote);
}

#[test]
fn unknown_id_shows_not_found_and_keeps_the_previous_result() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = sandbox_app(&rt, &sandbox);
    enter_id(&mut h, RESERVATION_ID);
    step_until(&mut h, "first result", |h| has_text(h, "Renaud Pons"));
    h.get_by_label(tr(ID_FIELD_LABEL)).focus();
    h.step();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.step();
    enter_id(&mut h, "00000000-0000-4000-8000-000000000000");
    step_until(&mut h, "the not-found message", |h| {
        has_text(h, "No reservation or booking with this id")
    });
    assert!(
        has_text(&h, "Renaud Pons"),
        "the earlier result stays on screen"
    );
}

#[test]
fn invalid_id_is_explained_without_any_request() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = sandbox_app(&rt, &sandbox);
    let before = sandbox.request_count();
    enter_id(&mut h, "CRS11");
    h.run_steps(5);
    assert!(
        has_text(&h, "is not a valid reservation id"),
        "validation message shown"
    );
    assert!(
        h.state().state.lookup.pending.is_none(),
        "no lookup started"
    );
    // A request made after it is answered, and it is the only one.
    let at_barrier = barrier_request(&mut h, &sandbox);
    assert_eq!(at_barrier, before, "no request reached the server");
    assert_eq!(sandbox.request_count(), before + 1);
}

#[test]
fn a_slow_answer_is_dropped_when_a_newer_lookup_was_made() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = sandbox_app(&rt, &sandbox);
    // The reservation's answer waits at the sandbox's gate until released.
    sandbox.hold(RESERVATION_ID);
    enter_id(&mut h, RESERVATION_ID);
    step_until(&mut h, "the first lookup to reach the sandbox", |_| {
        sandbox.counts().waiting == 1
    });
    enter_id(&mut h, BOOKING_ID);
    step_until(&mut h, "the newer result", |h| {
        has_text(h, "Avenall Pouchard")
    });
    // Only now may the older answer go: after the newer one is on screen.
    sandbox.release(RESERVATION_ID);
    step_until(&mut h, "the sandbox to finish every request", |_| {
        let c = sandbox.counts();
        c.waiting == 0 && c.settled()
    });
    h.run_steps(3);
    assert!(has_text(&h, "Avenall Pouchard"));
    assert!(!has_text(&h, "Renaud Pons"), "the stale result was dropped");
}

#[test]
fn key_typed_in_settings_goes_to_the_store_not_the_settings_file() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let store = Arc::new(MemoryStore::new());
    let mut h = app_harness(&rt, &sandbox.base_url(), None, store.clone());
    step_until(&mut h, "the missing key state", |h| {
        h.state().state.key == KeyState::Missing
    });
    assert!(
        has_text(&h, "Try with demo data"),
        "first screen offers the demo"
    );
    h.get_by_label("Enter an API key").click();
    h.run_steps(3);
    let secret = "live-key-7f3a9c2e41d8";
    h.get_by_label(tr(KEY_FIELD_LABEL)).focus();
    h.step();
    h.get_by_label(tr(KEY_FIELD_LABEL)).type_text(secret);
    h.step();
    h.get_by_label("Save key").click();
    step_until(&mut h, "the key to be stored", |h| {
        matches!(h.state().state.key, KeyState::Set { .. })
    });
    assert_eq!(
        store
            .get(API_KEY_ACCOUNT)
            .unwrap()
            .as_deref()
            .map(String::as_str),
        Some(secret)
    );
    assert!(has_text(&h, "…41d8"), "shown only masked");
    assert!(!has_text(&h, secret), "never shown in full");
    let mut storage = MemStorage::default();
    h.state().save_to(&mut storage);
    assert!(!storage.0.is_empty(), "settings were saved");
    for (k, v) in &storage.0 {
        assert!(
            !v.contains(secret) && !k.contains(secret),
            "key leaked into the settings"
        );
        assert!(
            !v.contains("7f3a9c"),
            "part of the key leaked into the settings"
        );
    }
}

#[test]
fn demo_button_starts_the_sandbox_and_lookups_work() {
    let rt = runtime();
    let store = Arc::new(MemoryStore::new());
    // No server configured and no key: a newcomer's first start.
    let mut h = app_harness(&rt, "", None, store);
    step_until(&mut h, "the welcome screen", |h| {
        has_text(h, "Try with demo data")
    });
    h.get_by_label("Try with demo data").click();
    step_until(&mut h, "demo mode", |h| has_text(h, "Demo data at"));
    enter_id(&mut h, RESERVATION_ID);
    step_until(&mut h, "the demo reservation", |h| {
        has_text(h, "Renaud Pons")
    });
}

#[test]
fn keyboard_shortcuts_switch_panels_and_focus_the_id_field() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = sandbox_app(&rt, &sandbox);
    for (key, panel) in [
        (egui::Key::Num2, Panel::Quote),
        (egui::Key::Num3, Panel::Signature),
        (egui::Key::Num4, Panel::Hours),
        (egui::Key::Num5, Panel::Settings),
        (egui::Key::Num1, Panel::Lookup),
    ] {
        h.key_press_modifiers(egui::Modifiers::COMMAND, key);
        h.run_steps(2);
        assert_eq!(h.state().state.panel, panel, "{key:?}");
    }
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num4);
    h.run_steps(2);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    h.run_steps(3);
    assert_eq!(h.state().state.panel, Panel::Lookup);
    assert!(
        h.get_by_label(tr(ID_FIELD_LABEL)).is_focused(),
        "Ctrl+L focuses the id field"
    );
    // Typing then goes straight into the field.
    h.get_by_label(tr(ID_FIELD_LABEL)).type_text(BOOKING_ID);
    h.key_press(egui::Key::Enter);
    step_until(&mut h, "the booking", |h| has_text(h, "Avenall Pouchard"));
}

#[test]
fn clicking_a_recent_lookup_looks_it_up_again() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = sandbox_app(&rt, &sandbox);
    enter_id(&mut h, BOOKING_ID);
    step_until(&mut h, "the booking", |h| has_text(h, "Avenall Pouchard"));
    enter_id(&mut h, RESERVATION_ID);
    step_until(&mut h, "the reservation", |h| has_text(h, "Renaud Pons"));
    assert_eq!(h.state().state.customer.lookup.recent.len(), 2);

    // The booking's button: its id's first 8 characters, then its label.
    let before = sandbox.request_count();
    let button = format!("{} · ", &BOOKING_ID[..8]);
    h.query_all_by_label_contains(&button)
        .next()
        .expect("a recent-lookup button for the booking")
        .click();
    // (Both names stay on screen in the recent list: the state decides.)
    step_until(&mut h, "the booking again", |h| {
        let s = &h.state().state;
        let found = s.customer.lookup.result.as_ref();
        s.lookup.pending.is_none() && found.is_some_and(|r| r.id == BOOKING_ID)
    });
    assert!(
        sandbox.request_count() > before,
        "looked up again, not cached"
    );
    let lookup = &h.state().state.customer.lookup;
    assert_eq!(lookup.input, BOOKING_ID, "the id field shows what is shown");
    assert_eq!(lookup.recent[0].id, BOOKING_ID, "moved to the front");
}
