//! The walk-in quote in the app against the sandbox (issue 14): choose
//! sizes, re-quote on a new move-in date, a sold-out size, one failing quote.

mod common;

use chrono::{Days, Local};
use common::fakes::{FakeDialog, FakeOpener};
use common::*;
use egui_kittest::Harness;
use egui_kittest::kittest::NodeT as _;
use storedesk::i18n::tr;
use storedesk::ui::app::{Action, Panel, StoreDeskApp};
use storedesk::ui::quote::walkin::MOVE_IN_LABEL;
use storedesk::ui::quote::walkin::WalkinAction;

const LYON: &str = "b31ce462-b4d8-4826-8967-b4ccd8343237";
/// The storage type the sandbox has no sizes of.
const CONTAINER: &str = "4c23b5e3-dff1-4846-9046-d221181d5c2a";

/// Opens "New quote (walk-in)" with `property` as the desk's remembered
/// property and waits for its price grid.
fn open_walkin(h: &mut Harness<'_, StoreDeskApp>, property: Option<&str>) {
    h.state_mut().settings.walkin_property = property.map(str::to_owned);
    h.state_mut().state.panel = Panel::Quote;
    h.step();
    h.get_by_label("New quote (walk-in)").click();
    step_until(h, "the lists and the price grid", |h| {
        let w = &h.state().state.walkin;
        w.lists_pending.is_none() && w.grid_pending.is_none() && !w.properties.is_empty()
    });
}

/// The app against the sandbox, its clock on today's date: the sandbox, like
/// a real server, refuses a move-in before the real today, so these tests
/// cannot use the harness's fixed 2025 date.
fn walkin_app(
    rt: &tokio::runtime::Runtime,
    sb: &storedesk::sandbox::Sandbox,
) -> Harness<'static, StoreDeskApp> {
    let mut h = sandbox_app(rt, sb);
    h.state_mut().state.clock = storedesk::ui::clock::Clock::Fixed(chrono::Utc::now());
    h
}

fn tick(h: &mut Harness<'_, StoreDeskApp>, size: &str) {
    h.get_by_label(&format!("Choose {size}")).click_accesskit();
    h.step();
}

fn all_answered(h: &Harness<'_, StoreDeskApp>) -> bool {
    let w = &h.state().state.customer.walkin;
    w.slots
        .iter()
        .all(|s| s.pending.is_none() && s.result.is_some())
}

fn ok_count(h: &Harness<'_, StoreDeskApp>) -> usize {
    let w = &h.state().state.customer.walkin;
    w.slots
        .iter()
        .filter(|s| matches!(s.result, Some(Ok(_))))
        .count()
}

#[test]
fn three_sizes_are_requoted_when_the_move_in_date_changes() {
    let rt = runtime();
    let sb = start_sandbox(&rt);
    let mut h = walkin_app(&rt, &sb);
    open_walkin(&mut h, Some(LYON));
    assert_eq!(h.state().state.walkin.lines.len(), 7);
    for size in ["2 m³", "6 m³", "12 m³"] {
        tick(&mut h, size);
    }
    step_until(&mut h, "three quotes", |h| {
        all_answered(h) && ok_count(h) == 3
    });
    assert!(has_text(&h, "Difference to the cheapest (12 months)"));
    assert!(has_text(&h, "cheapest"));

    let new_date = Local::now()
        .date_naive()
        .checked_add_days(Days::new(20))
        .unwrap();
    type_into(
        &mut h,
        tr(MOVE_IN_LABEL),
        &new_date.format("%d-%m-%Y").to_string(),
    );
    step_until(&mut h, "the three quotes for the new date", |h| {
        let w = &h.state().state.customer.walkin;
        all_answered(h)
            && w.slots.len() == 3
            && w.slots.iter().all(|s| match &s.result {
                Some(Ok(q)) => {
                    q.quotation.move_in_date.as_ref().and_then(|d| d.date) == Some(new_date)
                }
                _ => false,
            })
    });
}

#[test]
fn a_sold_out_size_cannot_be_chosen() {
    let rt = runtime();
    let sb = start_sandbox(&rt);
    let mut h = walkin_app(&rt, &sb);
    open_walkin(&mut h, Some(LYON));
    assert!(has_text(&h, "Sold out"));
    tick(&mut h, "3 m³");
    tick(&mut h, "6 m³");
    // Actions apply in order: once 6 m³ is in, the click on 3 m³ was handled.
    step_until(&mut h, "6 m³ chosen", |h| {
        !h.state().state.customer.walkin.slots.is_empty()
    });
    let w = &h.state().state.customer.walkin;
    assert_eq!(w.slots.len(), 1);
    assert_eq!(w.slots[0].label, "6 m³");
}

#[test]
fn one_of_four_quotes_failing_keeps_the_other_three() {
    let rt = runtime();
    let sb = start_sandbox(&rt);
    sb.fail_pre_quote_for_size("8".parse().unwrap());
    let mut h = walkin_app(&rt, &sb);
    open_walkin(&mut h, Some(LYON));
    for size in ["2 m³", "6 m³", "8 m³", "12 m³"] {
        tick(&mut h, size);
    }
    step_until(&mut h, "four answers", all_answered);
    assert_eq!(ok_count(&h), 3);
    assert!(has_text(&h, "The quote for 8 m³ failed"));
    // A fifth size cannot be added: its box is off...
    let fifth = h.get_by_label("Choose 15 m³");
    assert!(fifth.accesskit_node().is_disabled(), "the fifth box is off");
    // ...and the action itself, sent anyway, is refused by the reducer.
    let row = line_of(&h, "15 m³");
    h.state_mut()
        .apply(Action::Walkin(WalkinAction::Toggle(row)));
    let labels = slot_labels(&h);
    assert_eq!(labels, ["2 m³", "6 m³", "8 m³", "12 m³"]);
    // A click on it is handled in the next frame's logic: a later click
    // (2 m³ off) is applied after it, so once 2 m³ is gone the fifth
    // size's click has been handled too.
    tick(&mut h, "15 m³");
    tick(&mut h, "2 m³");
    step_until(&mut h, "2 m³ unticked", |h| {
        !slot_labels(h).contains(&"2 m³".to_owned())
    });
    assert_eq!(slot_labels(&h), ["6 m³", "8 m³", "12 m³"]);
}

/// The price grid's row showing `size`.
fn line_of(h: &Harness<'_, StoreDeskApp>, size: &str) -> usize {
    h.state()
        .state
        .walkin
        .lines
        .iter()
        .find(|l| l.size_text == size)
        .map(|l| l.row)
        .expect("a grid line of that size")
}

fn slot_labels(h: &Harness<'_, StoreDeskApp>) -> Vec<String> {
    let w = &h.state().state.customer.walkin;
    w.slots.iter().map(|s| s.label.clone()).collect()
}

#[test]
fn a_property_without_sizes_says_so_and_a_past_date_is_refused() {
    let rt = runtime();
    let sb = start_sandbox(&rt);
    let mut h = walkin_app(&rt, &sb);
    // Chalets, the first property (the demo's default), has its sizes.
    open_walkin(&mut h, None);
    assert!(
        !h.state().state.walkin.lines.is_empty(),
        "Chalets has sizes"
    );
    assert!(!has_text(
        &h,
        "This property has no sizes for these choices."
    ));
    // A storage type without sizes says so.
    h.state_mut().state.walkin.choice.storage_id = CONTAINER.into();
    h.state_mut()
        .apply(Action::Walkin(WalkinAction::ChoiceChanged));
    step_until(&mut h, "the container's grid", |h| {
        h.state().state.walkin.grid_pending.is_none()
    });
    assert!(has_text(
        &h,
        "This property has no sizes for these choices."
    ));
    let past = Local::now()
        .date_naive()
        .checked_sub_days(Days::new(2))
        .unwrap();
    type_into(
        &mut h,
        tr(MOVE_IN_LABEL),
        &past.format("%d-%m-%Y").to_string(),
    );
    assert!(has_text(&h, "is in the past"));
}

#[test]
fn a_size_typed_by_hand_is_quoted() {
    use storedesk::ui::quote::walkin::{MANUAL_PRICE_LABEL, MANUAL_SIZE_LABEL};
    let rt = runtime();
    let sb = start_sandbox(&rt);
    let mut h = walkin_app(&rt, &sb);
    open_walkin(&mut h, Some(LYON));
    h.get_by_label("Size and price by hand").click();
    h.step();
    type_into(&mut h, tr(MANUAL_SIZE_LABEL), "7,5");
    type_into(&mut h, tr(MANUAL_PRICE_LABEL), "61,30");
    h.get_by_label("Quote this size").click();
    h.step();
    step_until(&mut h, "the hand-typed quote", |h| {
        all_answered(h) && ok_count(h) == 1
    });
    assert!(h.state().state.customer.walkin.slots[0].row.is_none());
}

#[test]
fn the_quote_sheet_holds_both_sizes_first_payments() {
    use storedesk::ui::quote::sheet::{SAVE_LABEL, SheetStatus};
    let rt = runtime();
    let sb = start_sandbox(&rt);
    let mut h = walkin_app(&rt, &sb);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("chosen.pdf");
    let dialog = std::sync::Arc::new(FakeDialog::answering(&path).expecting("pdf"));
    let opener = std::sync::Arc::new(FakeOpener::default());
    h.state_mut().set_save_dialog(dialog.clone());
    h.state_mut().set_file_opener(opener.clone());
    open_walkin(&mut h, Some(LYON));
    tick(&mut h, "2 m³");
    tick(&mut h, "6 m³");
    step_until(&mut h, "two quotes", |h| {
        all_answered(h) && ok_count(h) == 2
    });
    // Nothing is written before the dialog.
    assert!(!path.exists());

    h.get_by_label(tr(SAVE_LABEL)).click_accesskit();
    step_until(&mut h, "the sheet to be saved", |h| {
        matches!(
            h.state().state.quote.sheet.status,
            Some(SheetStatus::Saved(_))
        )
    });
    let asked = dialog.asked();
    assert_eq!(asked.len(), 1);
    assert_eq!(asked[0].title, "Save the quote sheet (PDF)");
    let name = &asked[0].suggested_name;
    assert!(name.starts_with("quote-sheet-") && name.ends_with(".pdf"));

    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    let text = pdf_extract::extract_text_from_mem(&bytes).unwrap();
    let squeeze = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = squeeze(&text);
    let w = &h.state().state.customer.walkin;
    for slot in &w.slots {
        let Some(Ok(q)) = &slot.result else {
            panic!("{} has no quote", slot.label);
        };
        let first = q.summary.first_payment.as_ref().expect("a first payment");
        let shown = squeeze(&first.shown);
        assert!(
            text.contains(&shown),
            "{shown} ({}) not in {text}",
            slot.label
        );
        assert!(text.contains(&squeeze(&slot.label)), "{text}");
    }

    h.get_by_label("Open in viewer").click_accesskit();
    step_until(&mut h, "the viewer to be asked", |_| {
        !opener.opened().is_empty()
    });
    assert_eq!(opener.opened(), [path]);
}

#[test]
fn forget_this_customer_clears_the_walk_in_quotes_but_keeps_the_price_grid() {
    let rt = runtime();
    let sb = start_sandbox(&rt);
    let mut h = walkin_app(&rt, &sb);
    open_walkin(&mut h, Some(LYON));
    tick(&mut h, "6 m³");
    step_until(&mut h, "the 6 m³ quote", |h| ok_count(h) == 1);
    assert!(h.state().state.holds_customer_data());
    h.state_mut()
        .apply(storedesk::ui::app::Action::ForgetCustomer);
    h.step();
    let s = &h.state().state;
    assert!(
        s.customer.walkin.slots.is_empty(),
        "the customer's options are gone"
    );
    assert!(s.customer_data().is_empty(), "{:?}", s.customer_data());
    assert!(s.walkin.price_list.is_some(), "the site's price grid stays");
    assert!(!has_text(&h, "Quoting 6 m³"));
}

/// A column carries an insurance option of the property (issue 28): its
/// figures become the quote with the option, beside a column without, on
/// screen and on the quote sheet.
#[test]
fn a_column_with_insurance_is_compared_with_one_without_and_on_the_sheet() {
    use storedesk::domain::insurance::{option_title, side_by_side};
    use storedesk::i18n::trf;
    use storedesk::ui::quote::sheet::{SAVE_LABEL, SheetStatus};
    let rt = runtime();
    let sb = start_sandbox(&rt);
    let mut h = walkin_app(&rt, &sb);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("insured.pdf");
    let dialog = std::sync::Arc::new(FakeDialog::answering(&path).expecting("pdf"));
    h.state_mut().set_save_dialog(dialog);
    open_walkin(&mut h, Some(LYON));
    tick(&mut h, "6 m³");
    tick(&mut h, "12 m³");
    step_until(&mut h, "two quotes", |h| {
        all_answered(h) && ok_count(h) == 2
    });
    // The 12 m³ column's options: those that fit its size.
    h.get_by_label(&trf("offer-insurance-for-size", &[("size", &"12 m³")]))
        .click_accesskit();
    step_until(&mut h, "the options", |h| {
        let slot = &h.state().state.customer.walkin.slots[1];
        matches!(slot.insurance.list, Some(Ok(_)))
    });
    let (option, plain) = {
        let slot = &h.state().state.customer.walkin.slots[1];
        let Some(Ok(list)) = &slot.insurance.list else {
            unreachable!()
        };
        let Some(Ok(plain)) = &slot.result else {
            unreachable!()
        };
        (list.options.last().unwrap().clone(), plain.clone())
    };
    h.state_mut()
        .apply(Action::Walkin(WalkinAction::ChooseInsurance {
            slot: 1,
            option: Some(option.id.clone()),
        }));
    h.run_steps(2);
    // The column is the quote with the option, as the domain prices it.
    let insured = side_by_side(&plain.quotation, &[(&option, None)]).options[0]
        .clone()
        .expect("priced");
    let first = insured.first_payment_total.expect("first payment").shown;
    assert_ne!(
        Some(&first),
        plain.summary.first_payment.as_ref().map(|f| &f.shown)
    );
    let title = format!("12 m³ + {}", option_title(&option));
    assert!(has_text(&h, &title), "{title}");
    assert!(has_text(&h, &first), "{first}");
    // The 6 m³ column stays without insurance.
    let six = &h.state().state.customer.walkin.slots[0];
    assert!(six.insurance.chosen.is_none());

    h.get_by_label(tr(SAVE_LABEL)).click_accesskit();
    step_until(&mut h, "the sheet to be saved", |h| {
        matches!(
            h.state().state.quote.sheet.status,
            Some(SheetStatus::Saved(_))
        )
    });
    let text = pdf_extract::extract_text_from_mem(&std::fs::read(&path).unwrap()).unwrap();
    let squeeze = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = squeeze(&text);
    assert!(text.contains(&squeeze(&first)), "{first} not in {text}");
    assert!(text.contains(&squeeze(&option_title(&option))), "{text}");
}

/// What the walk-in's labels say matches its figures (issue 27): the price
/// per size in the grid's unit (m³ at Lyon), the "Side by side" tab counts
/// the quotes it shows, and the sorted column carries an arrow (painted,
/// and said in its name), not the letter "v".
#[test]
fn labels_count_and_use_the_figures_units() {
    let rt = runtime();
    let sb = start_sandbox(&rt);
    let mut h = walkin_app(&rt, &sb);
    open_walkin(&mut h, Some(LYON));
    assert!(has_text(&h, "Price per m³"), "the grid's unit");
    assert!(!has_text(&h, "Price per m² / m³"));
    for size in ["2 m³", "6 m³", "8 m³"] {
        tick(&mut h, size);
    }
    step_until(&mut h, "three quotes", |h| {
        all_answered(h) && ok_count(h) == 3
    });
    assert!(
        has_text(&h, "Side by side (3)"),
        "the tab counts the quotes"
    );
    h.get_by_label("Side by side (3)").click();
    h.run_steps(3);
    assert!(has_text(&h, "6 m³"), "the walk-in quotes in the tab");

    h.get_by_label("Walk-in").click();
    h.run_steps(2);
    h.get_by_label("Price per m³").click();
    h.run_steps(2);
    assert!(has_text(&h, "Price per m³, sorted ascending"));
    assert!(!has_text(&h, "Price per m³ ^") && !has_text(&h, "Price per m³ v"));
    h.get_by_label("Price per m³, sorted ascending").click();
    h.run_steps(2);
    assert!(has_text(&h, "Price per m³, sorted descending"));
}
