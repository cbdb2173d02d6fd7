//! Drawing on the signature pad as a finger or a mouse does: one pointer
//! event per frame.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use storedesk::ui::app::StoreDeskApp;
use storedesk::ui::signing::PAD_LABEL;

/// The pad's label in the language the app shows now (a kiosk may speak
/// the customer's language).
pub fn pad_label(h: &Harness<'_, StoreDeskApp>) -> &'static str {
    storedesk::i18n::with_language(h.state().language(), || storedesk::i18n::tr(PAD_LABEL))
}

/// One stroke through `points` (fractions of the pad).
pub fn stroke(h: &mut Harness<'_, StoreDeskApp>, points: &[(f32, f32)]) {
    let r = h.get_by_label(pad_label(h)).rect();
    let at = |(x, y): (f32, f32)| egui::pos2(r.left() + x * r.width(), r.top() + y * r.height());
    h.hover_at(at(points[0]));
    h.drag_at(at(points[0]));
    for p in &points[1..] {
        h.hover_at(at(*p));
    }
    h.drop_at(at(*points.last().expect("a stroke has points")));
    h.step();
}

/// A three-stroke "signature" across the pad.
pub fn sign(h: &mut Harness<'_, StoreDeskApp>) {
    let wave: Vec<(f32, f32)> = (0..=24)
        .map(|i| {
            let x = 0.1 + 0.5 * i as f32 / 24.0;
            (x, 0.55 + 0.15 * (x * 30.0).sin())
        })
        .collect();
    stroke(h, &wave);
    stroke(h, &[(0.65, 0.3), (0.68, 0.5), (0.7, 0.7), (0.72, 0.5)]);
    stroke(h, &[(0.75, 0.6), (0.8, 0.45), (0.85, 0.6), (0.9, 0.4)]);
}

/// The Lyon booking looked up on the desk and "Take signature" pressed: the
/// pad (and the contract above it) is on screen.
pub fn lyon_on_the_pad(h: &mut Harness<'_, StoreDeskApp>) {
    super::enter_id(h, storedesk::sandbox::ids::LYON_BOOKING);
    super::step_until(h, "the lookup", |h| super::has_text(h, "Élodie Marchand"));
    h.get_by_label("Take signature").click_accesskit();
    super::step_until(h, "the signature pad", |h| {
        h.query_by_label(storedesk::i18n::tr(PAD_LABEL)).is_some()
    });
}

/// On a kiosk: the Lyon booking looked up and handed to the customer's
/// screen, its contract read and accepted, signed and confirmed; returns
/// once the confirmation (and its receipt) shows.
pub fn lyon_signed_on_kiosk(h: &mut Harness<'_, StoreDeskApp>) {
    use storedesk::ui::app::Action;
    use storedesk::ui::signing::{CONFIRM_LABEL, SignatureAction};
    let id = storedesk::api::ReservationId::parse(storedesk::sandbox::ids::LYON_BOOKING).unwrap();
    h.state_mut().apply(Action::Lookup(id));
    super::step_until(h, "the lookup", |h| {
        h.state().state.customer.lookup.result.is_some()
    });
    let result = h.state().state.customer.lookup.result.as_ref();
    let booking = result.and_then(|r| r.booking_id()).unwrap();
    h.state_mut()
        .apply(Action::Signature(SignatureAction::Start(booking)));
    super::step_until(h, "the customer's pad", |h| {
        h.query_by_label(pad_label(h)).is_some()
    });
    super::accept_contract(h);
    sign(h);
    h.get_by_label(storedesk::i18n::tr(CONFIRM_LABEL))
        .click_accesskit();
    super::step_until(h, "the receipt", |h| {
        h.state().state.customer.signature.receipt.receipt.is_some()
    });
}
