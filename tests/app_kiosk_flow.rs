//! The kiosk's whole round end to end, against the sandbox: staff look a
//! booking up, the customer signs, "Done" resets the kiosk; an upload still
//! on its way is not idleness; the manager PIN is changed and removed.

mod common;

use std::sync::Arc;

use common::kiosk::{PIN, pin_app, pin_hash, startup, unlock};
use common::*;
use egui_kittest::Harness;
use storedesk::domain::pin::verify_pin;
use storedesk::i18n::tr;
use storedesk::sandbox::Sandbox;
use storedesk::secrets::{API_KEY_ACCOUNT, KIOSK_PIN_ACCOUNT, MemoryStore, SecretStore};
use storedesk::ui::app::StoreDeskApp;
use storedesk::ui::kiosk::STILL_THERE;
use storedesk::ui::signature_panel::{CONFIRM_LABEL, PAD_LABEL};
use storedesk::worker::PinState;

/// The app with the sandbox's key and the kiosk PIN (Argon2, as stored by
/// new installs).
fn app(
    rt: &tokio::runtime::Runtime,
    sandbox: &Sandbox,
    store: Arc<MemoryStore>,
    kiosk: bool,
) -> Harness<'static, StoreDeskApp> {
    store.set(API_KEY_ACCOUNT, sandbox.api_key()).unwrap();
    store.set(KIOSK_PIN_ACCOUNT, pin_hash()).unwrap();
    pin_app(rt, sandbox, store, None, startup(kiosk))
}

/// Staff unlock the kiosk, look the booking up and hand over the pad.
fn staff_hand_over(h: &mut Harness<'_, StoreDeskApp>) {
    unlock(h);
    enter_id(h, BOOKING_ID);
    step_until(h, "the booking", |h| has_text(h, "Avenall Pouchard"));
    h.get_by_label("Take signature").click_accesskit();
    step_until(h, "the pad", |h| h.query_by_label(tr(PAD_LABEL)).is_some());
    // The pad opens once the contract has been read and accepted.
    accept_contract(h);
}

/// Two strokes across the pad, then "Confirm".
fn sign_and_confirm(h: &mut Harness<'_, StoreDeskApp>) {
    let r = h.get_by_label(tr(PAD_LABEL)).rect();
    let at = |x: f32, y: f32| egui::pos2(r.left() + x * r.width(), r.top() + y * r.height());
    for row in [0.4, 0.6] {
        h.hover_at(at(0.1, row));
        h.drag_at(at(0.1, row));
        for i in 1..=12 {
            let x = 0.1 + 0.06 * i as f32;
            h.hover_at(at(x, row + 0.1 * (x * 20.0).sin()));
        }
        h.drop_at(at(0.82, row));
        h.step();
    }
    assert_eq!(h.state().state.customer.signature.pad.stroke_count(), 2);
    h.get_by_label(tr(CONFIRM_LABEL)).click_accesskit();
    h.step();
}

#[test]
fn sign_then_done_resets_the_kiosk_for_the_next_customer() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = app(&rt, &sandbox, Arc::new(MemoryStore::new()), true);
    staff_hand_over(&mut h);
    sign_and_confirm(&mut h);
    step_until(&mut h, "the confirmation", |h| {
        has_text(h, "Signature saved")
    });
    assert_eq!(sandbox.received_signatures().len(), 1);

    h.get_by_label("Done").click_accesskit();
    h.run_steps(3);
    let s = &h.state().state;
    assert!(s.kiosk, "still a kiosk");
    assert!(!s.kiosk_ui.staff_unlocked, "locked");
    assert!(s.customer.lookup.result.is_none() && s.customer.lookup.recent.is_empty());
    assert!(s.customer.signature.saved.is_none() && !s.customer.signature.holds_customer_data());
    assert!(has_text(&h, "Welcome"), "the customer screen");
    assert!(
        !has_text(&h, "Avenall Pouchard"),
        "no client data on screen"
    );
}

#[test]
fn an_upload_in_flight_is_not_idleness_and_its_answer_is_shown() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = app(&rt, &sandbox, Arc::new(MemoryStore::new()), true);
    staff_hand_over(&mut h);
    // The save waits at the sandbox's gate until the test lets it go.
    sandbox.hold("/document/save");
    sign_and_confirm(&mut h);
    step_until(&mut h, "the upload to reach the sandbox", |_| {
        sandbox.counts().waiting == 1
    });
    assert!(h.state().state.signature.pending.is_some());

    // Far past the idle delay (90 s) and its grace: no warning, no wipe.
    let t = now(&h);
    set_time(&mut h, t + 300.0);
    set_time(&mut h, t + 301.0);
    assert!(!has_text(&h, tr(STILL_THERE)));
    assert!(h.state().state.signature.pending.is_some(), "still waiting");
    assert!(
        has_text(&h, "Avenall Pouchard"),
        "what is signed stays shown"
    );

    sandbox.release("/document/save");
    step_until(&mut h, "the confirmation", |h| {
        has_text(h, "Signature saved")
    });
    assert_eq!(sandbox.received_signatures().len(), 1);
}

fn fill(h: &mut Harness<'_, StoreDeskApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.step();
    h.get_by_label(label).type_text(text);
    h.step();
}

fn wait_for_pin_answer(h: &mut Harness<'_, StoreDeskApp>) {
    step_until(h, "the PIN change to be done", |h| {
        !h.state().state.kiosk_ui.pin_form.pending
    });
}

#[test]
fn the_manager_pin_is_changed_then_removed_in_settings() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let store = Arc::new(MemoryStore::new());
    let mut h = app(&rt, &sandbox, store.clone(), false);
    h.get_by_label("Settings").click_accesskit();
    h.run_steps(2);

    // A wrong current PIN changes nothing.
    fill(&mut h, "Current PIN", "0000");
    fill(&mut h, "New PIN", "731904");
    fill(&mut h, "New PIN again", "731904");
    h.get_by_label("Change PIN").click_accesskit();
    h.step();
    wait_for_pin_answer(&mut h);
    let stored = store.get(KIOSK_PIN_ACCOUNT).unwrap().unwrap();
    assert_eq!(verify_pin(PIN, &stored), Ok(true), "the old PIN stands");

    // The right one changes it.
    fill(&mut h, "Current PIN", PIN);
    fill(&mut h, "New PIN", "731904");
    fill(&mut h, "New PIN again", "731904");
    h.get_by_label("Change PIN").click_accesskit();
    h.step();
    wait_for_pin_answer(&mut h);
    let stored = store.get(KIOSK_PIN_ACCOUNT).unwrap().unwrap();
    assert_eq!(verify_pin("731904", &stored), Ok(true));
    assert_eq!(verify_pin(PIN, &stored), Ok(false));

    // Remove needs the current PIN too.
    fill(&mut h, "Current PIN", "731904");
    h.get_by_label("Remove PIN").click_accesskit();
    h.step();
    step_until(&mut h, "no PIN", |h| {
        h.state().state.kiosk_ui.pin == PinState::NotSet
    });
    assert_eq!(store.get(KIOSK_PIN_ACCOUNT).unwrap(), None);
    assert!(has_text(&h, "No PIN is set."));
}
