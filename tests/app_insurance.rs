//! Insurance in Quote comparison (issue 28), headless against the sandbox:
//! the options beside the quote with the figures the domain computes, the
//! link behind a confirmation that names the option and its figures, sent
//! once; a refused link and a lost answer read back; a signed booking needs
//! one more tick; and a contract read before the link is read again.

mod common;

use common::*;
use egui::accesskit::Role;
use egui_kittest::Harness;
#[allow(unused_imports)]
use egui_kittest::kittest::Queryable as _;
use storedesk::api::BookingId;
use storedesk::api::insurance::shows_insurance;
use storedesk::domain::insurance::{InsuredQuote, option_title, side_by_side};
use storedesk::i18n::{tr, trf};
use storedesk::sandbox::{InsuranceFault, Sandbox, ids};
use storedesk::ui::app::{Action, StoreDeskApp};
use storedesk::ui::quote::insurance::{CONFIRM_LINK_LABEL, LOAD_LABEL, LinkNote, UNDERSTOOD_LABEL};

type H = Harness<'static, StoreDeskApp>;

fn lyon() -> BookingId {
    BookingId::parse(ids::LYON_BOOKING).unwrap()
}

/// The Lyon booking's quote open, its insurance options loaded.
fn quote_with_options(h: &mut H) {
    h.state_mut().apply(Action::OpenQuote(lyon()));
    step_until(h, "the quote", |h| {
        let s = &h.state().state;
        s.customer.quote.comparison.is_some() && s.quote.pending.is_none()
    });
    h.get_by_label(tr(LOAD_LABEL)).click_accesskit();
    step_until(h, "the insurance options", |h| {
        h.state().state.customer.quote.insurance.options().is_some()
    });
}

/// Ticks option `n` for comparison; returns its label and id.
fn compare(h: &mut H, n: usize) -> (String, String) {
    let (label, id) = {
        let list = h.state().state.customer.quote.insurance.options().unwrap();
        let option = &list.options[n];
        (option_title(option), option.id.clone())
    };
    h.get_by_role_and_label(Role::CheckBox, &label)
        .click_accesskit();
    step_until(h, "the side by side", |h| {
        h.state().state.customer.quote.insurance.side.is_some()
    });
    (label, id)
}

/// What the domain computes for option `n` on the quotation on screen.
fn expected(h: &H, n: usize) -> InsuredQuote {
    let data = &h.state().state.customer.quote;
    let q = data.quotation.as_deref().unwrap();
    let option = &data.insurance.options().unwrap().options[n];
    let side = side_by_side(q, &[(option, None)]);
    side.options[0].clone().expect("priced")
}

/// "Link “…”…": the confirmation opens (a new window is drawn from its
/// second frame on).
fn ask_link(h: &mut H, label: &str) {
    h.get_by_label(&trf("link-name-ellipsis", &[("name", &label)]))
        .click_accesskit();
    step_until(h, "the confirmation", |h| {
        h.query_by_label(tr(CONFIRM_LINK_LABEL)).is_some()
    });
}

/// "Link “…”…", then the confirmation's "Link the insurance".
fn link(h: &mut H, label: &str) {
    ask_link(h, label);
    h.get_by_label(tr(CONFIRM_LINK_LABEL)).click_accesskit();
    step_until(h, "the link's outcome", |h| {
        h.state().state.customer.quote.insurance.note.is_some()
    });
}

fn started(rt: &tokio::runtime::Runtime) -> (Sandbox, H) {
    let sandbox = start_sandbox(rt);
    let h = sandbox_app(rt, &sandbox);
    (sandbox, h)
}

#[test]
fn the_quote_is_shown_without_and_with_each_option_to_the_cent() {
    let rt = runtime();
    let (_sandbox, mut h) = started(&rt);
    quote_with_options(&mut h);
    assert!(!has_text(&h, tr("no-insurance-is-offered-for-this-unit")));
    let (label, _) = compare(&mut h, 2);
    let with = expected(&h, 2);
    // The Lyon booking has insurance already: the first column is the
    // quote as booked (insurance cannot be removed, only replaced).
    assert!(has_text(&h, tr("as-booked")));
    let first = with.first_payment_total.as_ref().unwrap();
    assert!(
        has_text(&h, &first.shown),
        "first payment with: {}",
        first.shown
    );
    let base_first = h.state().state.customer.quote.summary.as_ref().unwrap();
    let base_first = base_first.first_payment.as_ref().unwrap().shown.clone();
    assert_ne!(
        first.shown, base_first,
        "the option changes the first payment"
    );
    assert!(has_text(&h, &base_first), "first payment without");
    let each = with.cycle_change.as_ref().unwrap();
    assert!(
        has_text(&h, &format!("+{}", each.shown)),
        "adds to each payment"
    );
    let year = with.adds_to_twelve_cycles.as_ref().unwrap();
    assert!(has_text(&h, &format!("+{}", year.shown)), "adds over 12");
    // Unticked, the option's column goes.
    h.get_by_role_and_label(Role::CheckBox, &label)
        .click_accesskit();
    step_until(&mut h, "the column gone", |h| {
        let side = h.state().state.customer.quote.insurance.side.as_ref();
        side.is_some_and(|s| s.options.is_empty())
    });
    assert!(!has_text(&h, &format!("+{}", each.shown)));
}

#[test]
fn a_unit_without_insurance_says_so() {
    let rt = runtime();
    let (_sandbox, mut h) = started(&rt);
    let emmerich = BookingId::parse(ids::EMMERICH_BOOKING).unwrap();
    h.state_mut().apply(Action::OpenQuote(emmerich));
    step_until(&mut h, "the quote", |h| {
        h.state().state.customer.quote.comparison.is_some()
    });
    h.get_by_label(tr(LOAD_LABEL)).click_accesskit();
    step_until(&mut h, "the empty list", |h| {
        has_text(h, tr("no-insurance-is-offered-for-this-unit"))
    });
}

#[test]
fn a_link_is_confirmed_with_its_figures_sent_once_and_checked_against_the_server() {
    let rt = runtime();
    let (sandbox, mut h) = started(&rt);
    quote_with_options(&mut h);
    let (label, id) = compare(&mut h, 2);
    let with = expected(&h, 2);
    ask_link(&mut h, &label);
    // The confirmation names the option and the new first payment; nothing
    // is sent before staff press "Link the insurance".
    assert!(has_text(&h, tr("link-this-insurance-to-the-booking")));
    let first = &with.first_payment_total.as_ref().unwrap().shown;
    assert!(has_text(&h, first), "the new first payment");
    assert_eq!(sandbox.insurance_link_requests(), 0);
    h.get_by_label(tr(CONFIRM_LINK_LABEL)).click_accesskit();
    step_until(&mut h, "the link", |h| {
        h.state().state.customer.quote.insurance.note.is_some()
    });
    let data = &h.state().state.customer.quote;
    assert!(matches!(
        data.insurance.note,
        Some(LinkNote::Linked {
            read_back: false,
            ..
        })
    ));
    // The quotation on screen is the server's, with the option, and its
    // figures are the ones staff were shown.
    assert!(shows_insurance(data.quotation.as_deref().unwrap(), &id));
    assert!(
        data.insurance.link_warnings.is_empty(),
        "{:?}",
        data.insurance.link_warnings
    );
    h.run_steps(5);
    assert_eq!(sandbox.insurance_link_requests(), 1, "sent once");
    assert!(sandbox.linked_insurance(ids::LYON_BOOKING).is_some());
}

#[test]
fn a_refused_link_says_so_and_changes_nothing() {
    let rt = runtime();
    let (sandbox, mut h) = started(&rt);
    quote_with_options(&mut h);
    let (label, _) = compare(&mut h, 1);
    sandbox.set_insurance_fault(Some(InsuranceFault::RefuseLink));
    link(&mut h, &label);
    let note = &h.state().state.customer.quote.insurance.note;
    assert!(matches!(note, Some(LinkNote::Refused(_))), "{note:?}");
    assert!(has_text(&h, tr("the-insurance-was-not-linked")));
    assert!(sandbox.linked_insurance(ids::LYON_BOOKING).is_none());
    assert_eq!(sandbox.insurance_link_requests(), 1);
}

#[test]
fn a_lost_answer_is_read_back_never_sent_again() {
    let rt = runtime();
    let (sandbox, mut h) = started(&rt);
    quote_with_options(&mut h);
    let (label, id) = compare(&mut h, 2);
    sandbox.set_insurance_fault(Some(InsuranceFault::LoseLinkAnswer));
    link(&mut h, &label);
    let data = &h.state().state.customer.quote;
    assert!(
        matches!(
            data.insurance.note,
            Some(LinkNote::Linked {
                read_back: true,
                ..
            })
        ),
        "{:?}",
        data.insurance.note
    );
    assert!(shows_insurance(data.quotation.as_deref().unwrap(), &id));
    assert!(has_text(
        &h,
        tr("the-answer-was-lost-the-booking-read-again")
    ));
    h.run_steps(5);
    assert_eq!(sandbox.insurance_link_requests(), 1, "never sent twice");
}

#[test]
fn a_signed_booking_needs_staff_to_say_they_understand() {
    let rt = runtime();
    let (sandbox, mut h) = started(&rt);
    quote_with_options(&mut h);
    let (label, _) = compare(&mut h, 2);
    // The quotation on screen says the booking is signed.
    let q = h
        .state_mut()
        .state
        .customer
        .quote
        .quotation
        .as_mut()
        .unwrap();
    q.is_document_signed = Some(true);
    ask_link(&mut h, &label);
    assert!(has_text(
        &h,
        tr("this-booking-is-already-signed-linking-now")
    ));
    h.get_by_label(tr(CONFIRM_LINK_LABEL)).click_accesskit();
    h.run_steps(3);
    assert_eq!(sandbox.insurance_link_requests(), 0, "not before the tick");
    h.get_by_label(tr(UNDERSTOOD_LABEL)).click_accesskit();
    h.run_steps(2);
    h.get_by_label(tr(CONFIRM_LINK_LABEL)).click_accesskit();
    step_until(&mut h, "the link", |h| {
        h.state().state.customer.quote.insurance.note.is_some()
    });
    assert_eq!(sandbox.insurance_link_requests(), 1);
}

#[test]
fn a_contract_read_before_the_link_is_read_again_and_the_pad_locked() {
    let rt = runtime();
    let (_sandbox, mut h) = started(&rt);
    common::pad::lyon_on_the_pad(&mut h);
    accept_contract(&mut h);
    let before = h.state().state.customer.signature.signing.clone().unwrap();
    let before = before
        .insurance
        .expect("the Lyon booking has insurance")
        .name;
    quote_with_options(&mut h);
    let (label, _) = compare(&mut h, 2);
    link(&mut h, &label);
    let contract = &h.state().state.customer.signature.contract;
    assert!(contract.reread_after_change);
    assert!(!contract.pad_unlocked(), "no signature on the old contract");
    assert!(!contract.consent);
    // The signature's summary (and so the receipt) names the new option.
    let signing = h.state().state.customer.signature.signing.clone().unwrap();
    let named = signing.insurance.as_ref().map(|i| i.name.clone());
    assert_ne!(named.as_deref(), Some(before.as_str()));
    let cover = label.split(" (").nth(1).unwrap().trim_end_matches(",00 €)");
    assert!(
        named.as_deref().unwrap().contains(cover),
        "{named:?} names {cover}"
    );
    // The new contract is read and agreed to like the first.
    h.state_mut()
        .apply(Action::Show(storedesk::ui::app::Panel::Signature));
    accept_contract(&mut h);
    assert!(h.state().state.customer.signature.contract.pad_unlocked());
    assert!(has_text(&h, &signing.insurance.unwrap().text()));
}
