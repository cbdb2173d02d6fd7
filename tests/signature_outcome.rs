//! A signature upload whose answer never came (issue 19, item 6): staff are
//! told the outcome is unknown, are not offered to send again before the
//! booking's `isDocumentSigned` is checked, and a booking found signed shows
//! the confirmation instead.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::*;
use egui_kittest::Harness;
use storedesk::api::{ApiKey, BookingId, ClientConfig, StoRegisterClient};
use storedesk::domain::signature::{RenderOptions, demo_signature};
use storedesk::i18n::tr;
use storedesk::sandbox::Sandbox;
use storedesk::secrets::MemoryStore;
use storedesk::ui::app::{Action, StoreDeskApp};
use storedesk::ui::signature_outcome::{CHECK_LABEL, UnknownOutcome};
use storedesk::ui::signature_panel::{CONFIRM_LABEL, PAD_LABEL};

/// The app with the documented booking on the pad, signed, its upload
/// timing out (the shortest timeout, 2 s, against a 4 s delay).
fn upload_times_out(
    rt: &tokio::runtime::Runtime,
    sandbox: &Sandbox,
) -> Harness<'static, StoreDeskApp> {
    let mut h = app_harness(
        rt,
        &sandbox.base_url(),
        Some(sandbox.api_key()),
        Arc::new(MemoryStore::new()),
    );
    wait_for_key(&mut h);
    h.state_mut().settings.timeout_secs = 2;
    h.state_mut().state.settings_form.timeout_secs = 2;
    h.state_mut().apply(Action::ApplyConnection);
    enter_id(&mut h, BOOKING_ID);
    step_until(&mut h, "the lookup", |h| has_text(h, "Avenall Pouchard"));
    h.get_by_label("Take signature").click_accesskit();
    step_until(&mut h, "the pad", |h| {
        h.query_by_label(tr(PAD_LABEL)).is_some()
    });
    accept_contract(&mut h);
    let r = h.get_by_label(tr(PAD_LABEL)).rect();
    let at = |x: f32, y: f32| egui::pos2(r.left() + x * r.width(), r.top() + y * r.height());
    h.hover_at(at(0.1, 0.5));
    h.drag_at(at(0.1, 0.5));
    for i in 1..=20 {
        let x = 0.1 + 0.04 * i as f32;
        h.hover_at(at(x, 0.5 + 0.2 * (x * 20.0).sin()));
    }
    h.drop_at(at(0.9, 0.5));
    h.step();
    sandbox.set_delay_for("document/save", Duration::from_secs(4));
    h.get_by_label(tr(CONFIRM_LABEL)).click_accesskit();
    step_until(&mut h, "the unknown outcome", |h| {
        h.state().state.customer.signature.unknown_outcome.is_some()
    });
    sandbox.set_delay_for("document/save", Duration::ZERO);
    h
}

fn confirm_enabled(h: &Harness<'_, StoreDeskApp>) -> bool {
    use egui_kittest::kittest::NodeT as _;
    !h.get_by_label(tr(CONFIRM_LABEL))
        .accesskit_node()
        .is_disabled()
}

#[test]
fn a_timed_out_upload_is_an_unknown_outcome_until_checked() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = upload_times_out(&rt, &sandbox);
    assert!(has_text(&h, "may have reached the server"));
    assert!(!has_text(&h, "press “Confirm and save” again"));
    assert!(!confirm_enabled(&h), "no second upload before the check");
    // The sandbox gave up with the client: the booking is not signed.
    h.get_by_label(tr(CHECK_LABEL)).click_accesskit();
    step_until(&mut h, "the check", |h| {
        !matches!(
            h.state().state.customer.signature.unknown_outcome,
            Some(UnknownOutcome::Checking(_)) | Some(UnknownOutcome::Unchecked(_))
        )
    });
    // The sandbox answers `isDocumentSigned: false`: read, that is "not
    // signed" (a client that stopped reading the field would say
    // "unknowable").
    let outcome = h.state().state.customer.signature.unknown_outcome.clone();
    assert_eq!(outcome, Some(UnknownOutcome::NotSigned));
    assert!(
        confirm_enabled(&h),
        "sending again is offered, with its risk"
    );
    assert!(sandbox.received_signatures().is_empty());
}

#[test]
fn a_booking_found_signed_after_a_timeout_shows_the_confirmation() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = upload_times_out(&rt, &sandbox);
    // Meanwhile the signature did arrive (here: sent by another client).
    let client = StoRegisterClient::new(
        ClientConfig::new(sandbox.base_url()),
        ApiKey::new(sandbox.api_key()),
    )
    .unwrap();
    let png = demo_signature()
        .render_png(&RenderOptions::default())
        .unwrap();
    rt.block_on(client.save_signature(&BookingId::parse(BOOKING_ID).unwrap(), &png.base64()))
        .unwrap();
    h.get_by_label(tr(CHECK_LABEL)).click_accesskit();
    step_until(&mut h, "the confirmation", |h| {
        h.state().state.customer.signature.saved.is_some()
    });
    assert!(has_text(&h, "Signature saved"));
    assert!(has_text(&h, "the booking is marked as signed"));
    assert_eq!(sandbox.received_signatures().len(), 1, "nothing sent twice");
}
