//! The Quote comparison panel, headless, against the real sandbox over HTTP:
//! the documented booking's payments, explanation, checks and projection;
//! pinned quotes side by side; copy and CSV export (with a fake save dialog:
//! no test opens a real one).

mod common;

use std::sync::Arc;

use common::fakes::FakeDialog;
use common::*;
#[allow(unused_imports)]
use egui_kittest::kittest::Queryable as _;
use storedesk::i18n::tr;
use storedesk::sandbox::ids;
use storedesk::ui::app::{Panel, StoreDeskApp};
use storedesk::ui::quote::{ExportStatus, LOAD_FIELD_LABEL};

type H = egui_kittest::Harness<'static, StoreDeskApp>;

/// Lookup → the card → "Open in Quote comparison".
fn open_quote_of(h: &mut H, id: &str, client: &str) {
    h.get_by_label(Panel::Lookup.title()).click();
    h.run_steps(2);
    enter_id(h, id);
    step_until(h, client, |h| has_text(h, client));
    h.get_by_label("Open in Quote comparison").click_accesskit();
    h.run_steps(3);
    assert_eq!(h.state().state.panel, Panel::Quote);
    step_until(h, "the comparison", |h| {
        h.state().state.customer.quote.comparison.is_some()
            && h.state().state.quote.pending.is_none()
    });
}

fn copied_texts(h: &H) -> Vec<String> {
    h.output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn the_documented_booking_shows_both_payments_the_explanation_and_the_projection() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = sandbox_app(&rt, &sandbox);
    open_quote_of(&mut h, BOOKING_ID, "Avenall Pouchard");

    // Header: who, where, and both payments with their amounts.
    assert!(has_text(&h, "Avenall Pouchard"));
    assert!(has_text(&h, "Emmerich"));
    assert!(has_text(&h, "First payment"));
    assert!(has_text(&h, "56,89 €"), "first (prorated) payment");
    assert!(has_text(&h, "Regular payment"));
    assert!(has_text(&h, "74,10 €"), "regular payment");
    // The table's three views, the tax rate as the locale writes it.
    assert!(has_text(&h, "Prorated first period"));
    assert!(has_text(&h, "Full cycle"));
    assert!(has_text(&h, "20,00 %"));
    // A disputed figure is marked.
    assert!(
        has_text(&h, "20,00 € !"),
        "the prorated rent's tax is flagged"
    );

    // Why the first payment differs.
    assert!(has_text(&h, "Why is the first payment different?"));
    assert!(has_text(&h, "2,17 €/day"), "the daily rate");
    assert!(has_text(&h, "× 23 days"), "the days charged");

    // Standard vs discounted, and the discount's duration.
    assert!(has_text(&h, "Standard vs discounted"));
    assert!(has_text(&h, "3,90 €"), "saving per cycle");
    assert!(has_text(&h, "How long does the discount last?"));
    assert!(has_text(&h, "3 payments"));

    // The checks: calm, grouped by figure, naming the discount's tax.
    assert!(has_text(&h, "Checks (17)"));
    assert!(has_text(&h, "Full cycle · Discount · tax"));

    // The projection's table carries what the chart shows.
    assert!(has_text(&h, "Payments over the next 12 cycles"));
    assert!(has_text(&h, "Cycle 12"));
    // The 12-month total says which payments it sums (those due in the 12
    // months from move-in) and the period they pay for, which runs past
    // them: the 13th payment is due on 01-09-2026 and covers September.
    assert!(has_text(
        &h,
        "12-month total (13 payments due 08-09-2025 to 07-09-2026)"
    ));
    assert!(
        has_text(&h, "08-09-2025 to 30-09-2026"),
        "the span paid for"
    );
    assert!(has_text(&h, "985,09 €"), "12-month total with the discount");
    assert!(has_text(&h, "995,89 €"), "12-month total without it");
}

#[test]
fn two_pinned_quotes_are_shown_side_by_side() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = sandbox_app(&rt, &sandbox);

    open_quote_of(&mut h, BOOKING_ID, "Avenall Pouchard");
    h.get_by_label("Pin this quote").click_accesskit();
    h.run_steps(2);
    assert_eq!(h.state().state.customer.quote.pins.len(), 1);
    assert!(
        !h.state().state.customer.quote.can_pin(),
        "pinned once only"
    );
    assert!(has_text(
        &h,
        "Look up another booking in Lookup, then pin it here."
    ));

    open_quote_of(&mut h, ids::LYON_BOOKING, "Élodie Marchand");
    assert!(has_text(&h, "6 m³"), "the VOLUME unit's size");
    assert!(h.state().state.customer.quote.can_pin());
    h.get_by_label("Pin this quote").click_accesskit();
    h.run_steps(2);
    assert_eq!(h.state().state.customer.quote.pins.len(), 2);

    h.get_by_label("Side by side (2)").click();
    h.run_steps(3);
    for text in [
        "Avenall Pouchard",
        "Élodie Marchand",
        "A2 · Box Storage",
        "C14 · Box Storage",
        "56,89 €",
        "66,00 €",
        "74,10 €",
        "69,00 €",
        "Price per m² / m³ (month, incl. tax)",
        "€/m³ per month",
        "12-month total",
    ] {
        assert!(has_text(&h, text), "side by side shows {text:?}");
    }

    // Remove the first: the other column stays.
    h.query_all_by_label("Remove")
        .next()
        .expect("a Remove button")
        .click();
    h.run_steps(3);
    assert_eq!(h.state().state.customer.quote.pins.len(), 1);
    assert!(!has_text(&h, "Avenall Pouchard"));
    assert!(has_text(&h, "Élodie Marchand"));
}

#[test]
fn copy_as_text_puts_the_comparison_on_the_clipboard() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = sandbox_app(&rt, &sandbox);
    open_quote_of(&mut h, BOOKING_ID, "Avenall Pouchard");

    h.get_by_label("Copy as text").click_accesskit();
    h.step();
    let copied = copied_texts(&h);
    let text = copied.first().expect("a copy command");
    assert!(text.starts_with("ACT1 · Emmerich"), "{text}");
    assert!(text.contains("56,89 €") && text.contains("74,10 €"));
    assert!(text.contains("2,17 €/day"));
    assert!(text.contains("985,09 €"));
    h.run_steps(2);
    assert!(has_text(&h, "Copied to the clipboard."));
}

#[test]
fn save_as_csv_writes_the_file_the_user_chose() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = sandbox_app(&rt, &sandbox);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("chosen.csv");
    let dialog = Arc::new(FakeDialog::answering(&path));
    h.state_mut().set_save_dialog(dialog.clone());
    open_quote_of(&mut h, BOOKING_ID, "Avenall Pouchard");

    h.get_by_label("Save as CSV…").click_accesskit();
    step_until(&mut h, "the file to be saved", |h| {
        matches!(h.state().state.quote.export, Some(ExportStatus::Saved(_)))
    });
    assert_eq!(dialog.suggested_names(), ["quote-ACT1.csv"]);
    assert_eq!(dialog.titles(), ["Save the quote comparison"]);
    let csv = std::fs::read_to_string(&path).unwrap();
    assert!(csv.starts_with("section,view,item,figure,amount,expected,currency,from,to,note\r\n"));
    assert!(csv.contains("line,Prorated,Rent,taxable,49.91,,EUR,2025-09-08,2025-09-30,"));
    assert!(!csv.contains(sandbox.api_key()), "no key in the file");
    assert!(has_text(&h, "Saved to"));
}

#[test]
fn a_cancelled_save_writes_nothing() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = sandbox_app(&rt, &sandbox);
    let dialog = Arc::new(FakeDialog::cancelling());
    h.state_mut().set_save_dialog(dialog.clone());
    open_quote_of(&mut h, BOOKING_ID, "Avenall Pouchard");
    h.get_by_label("Save as CSV…").click_accesskit();
    step_until(&mut h, "the dialog to close", |h| {
        h.state().state.quote.export == Some(ExportStatus::Cancelled)
    });
    assert_eq!(dialog.asked().len(), 1);
    assert!(has_text(
        &h,
        "Nothing was saved: the save dialog was closed without a file chosen."
    ));
}

#[test]
fn without_a_quote_the_panel_says_how_to_get_one_and_loads_a_booking_by_id() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = sandbox_app(&rt, &sandbox);
    h.get_by_label(Panel::Quote.title()).click();
    h.run_steps(2);
    assert!(has_text(&h, "No quote is open."));
    assert!(
        has_text(&h, "Open in Quote comparison"),
        "says how to get one"
    );

    // A typo is explained without a request.
    let before = sandbox.request_count();
    type_into(&mut h, tr(LOAD_FIELD_LABEL), "ACT1");
    h.run_steps(3);
    assert!(has_text(&h, "is not a valid"), "validation message");
    assert!(
        h.state().state.quote.pending.is_none(),
        "no quote asked for"
    );
    // A request made after it is answered, and it is the only one.
    assert_eq!(
        barrier_request(&mut h, &sandbox),
        before,
        "no request was sent"
    );
    assert_eq!(sandbox.request_count(), before + 1);

    type_into(&mut h, tr(LOAD_FIELD_LABEL), ids::BERLIN_BOOKING);
    step_until(&mut h, "the Berlin quote", |h| {
        has_text(h, "Jonas Hartmann")
    });
    assert!(has_text(&h, "Berlin Tempelhof"));
    assert!(has_text(&h, "19,00 %"));
}

#[test]
fn a_failed_quote_request_keeps_the_quote_on_screen() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = sandbox_app(&rt, &sandbox);
    open_quote_of(&mut h, BOOKING_ID, "Avenall Pouchard");
    // Ask for a booking the server does not know.
    let unknown = storedesk::api::BookingId::parse("00000000-0000-4000-8000-000000000000").unwrap();
    h.state_mut()
        .apply(storedesk::ui::app::Action::OpenQuote(unknown));
    step_until(&mut h, "the error", |h| {
        h.state().state.customer.quote.error.is_some()
    });
    assert!(has_text(&h, "Avenall Pouchard"), "the earlier quote stays");
    assert!(has_text(&h, "56,89 €"));
}

#[test]
fn a_booked_quote_alone_makes_a_sheet_in_the_chosen_language() {
    use storedesk::i18n::Language;
    use storedesk::ui::quote::sheet::{SAVE_LABEL, SheetStatus};
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = sandbox_app(&rt, &sandbox);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sheet.pdf");
    let dialog = Arc::new(FakeDialog::answering(&path));
    h.state_mut().set_save_dialog(dialog.clone());
    open_quote_of(&mut h, BOOKING_ID, "Avenall Pouchard");
    h.state_mut().state.quote.sheet.language = Some(Language::German);
    h.get_by_label(tr(SAVE_LABEL)).click_accesskit();
    step_until(&mut h, "the sheet to be saved", |h| {
        matches!(
            h.state().state.quote.sheet.status,
            Some(SheetStatus::Saved(_))
        )
    });
    let text = pdf_extract::extract_text_from_mem(&std::fs::read(&path).unwrap()).unwrap();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for want in ["Lagerangebot", "56,89 €", "74,10 €", "985,09 €"] {
        assert!(text.contains(want), "{want} not in {text}");
    }
    // The sheet is the customer's: no client name, no key.
    assert!(!text.contains("Pouchard"), "{text}");
    assert!(!text.contains(sandbox.api_key()));
    // The interface stays in English, the dialog too.
    assert!(has_text(&h, "Saved to"));
    assert_eq!(dialog.titles(), ["Save the quote sheet (PDF)"]);
}

#[test]
fn the_sheet_dialog_speaks_the_interface_language_not_the_sheet_language() {
    use storedesk::i18n::Language;
    use storedesk::ui::app::Action;
    use storedesk::ui::quote::sheet::{SAVE_LABEL, SheetStatus};
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = sandbox_app(&rt, &sandbox);
    let dialog = Arc::new(FakeDialog::cancelling());
    h.state_mut().set_save_dialog(dialog.clone());
    open_quote_of(&mut h, BOOKING_ID, "Avenall Pouchard");
    h.state_mut().apply(Action::SetLanguage(Language::French));
    h.state_mut().state.quote.sheet.language = Some(Language::German);
    h.run_steps(2);
    h.get_by_label(storedesk::i18n::with_language(Language::French, || {
        storedesk::i18n::tr(SAVE_LABEL)
    }))
    .click_accesskit();
    step_until(&mut h, "the dialog to close", |h| {
        matches!(
            h.state().state.quote.sheet.status,
            Some(SheetStatus::Cancelled)
        )
    });
    assert_eq!(dialog.titles(), ["Enregistrer la fiche de devis (PDF)"]);
}
