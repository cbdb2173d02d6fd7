//! The app's own save form (issue 27): where no system dialog can open
//! (no desktop portal, no zenity) a save still asks where, in a form the
//! app draws; on a kiosk the form stays in the folder set in Settings; the
//! wipe closes it unanswered and nothing is written.

mod common;

use std::path::Path;

use common::kiosk::{PIN, pin_app, startup, store_for, type_pin_and_ok};
use common::pad::lyon_signed_on_kiosk;
use common::*;
use egui_kittest::Harness;
use egui_kittest::kittest::NodeT as _;
use storedesk::i18n::tr;
use storedesk::sandbox::Sandbox;
use storedesk::settings::Settings;
use storedesk::ui::app::{Action, Panel, StoreDeskApp};
use storedesk::ui::quote::sheet::{SAVE_LABEL, SheetStatus};
use storedesk::ui::save_form::{FILE_NAME_LABEL, SaveFormAction};
use storedesk::ui::signing::contract::{FileStatus, SAVE_RECEIPT_LABEL};

type H = Harness<'static, StoreDeskApp>;

fn form_open(h: &Harness<'_, StoreDeskApp>) -> bool {
    let form = h.state().state.save_form.open.as_ref();
    form.is_some_and(|f| f.listing.is_some() && f.pending.is_none())
}

/// The app (a kiosk with its PIN, or a desk) with `settings` on `sandbox`.
fn app_with(rt: &tokio::runtime::Runtime, sandbox: &Sandbox, settings: Settings, kiosk: bool) -> H {
    let settings = Settings {
        base_url: sandbox.base_url(),
        ..settings
    };
    let store = store_for(sandbox, kiosk);
    pin_app(
        rt,
        sandbox,
        store,
        Some(settings.to_stored()),
        startup(kiosk),
    )
}

/// A desk app whose saves go through the app's own form, opening in `dir`.
fn desk(rt: &tokio::runtime::Runtime, sandbox: &Sandbox, dir: &Path) -> H {
    let settings = Settings {
        save_form_folder: dir.display().to_string(),
        ..Settings::default()
    };
    let mut h = app_with(rt, sandbox, settings, false);
    h.state_mut().use_own_save_form();
    h
}

fn quote_on_screen(h: &mut H) {
    enter_id(h, BOOKING_ID);
    step_until(h, "the lookup", |h| has_text(h, "Avenall Pouchard"));
    h.get_by_label("Open in Quote comparison").click_accesskit();
    step_until(h, "the comparison", |h| {
        h.state().state.customer.quote.comparison.is_some()
            && h.state().state.quote.pending.is_none()
    });
    assert_eq!(h.state().state.panel, Panel::Quote);
}

/// A desk with the documented booking's quote, "Save quote sheet (PDF)…"
/// pressed and the form open (the runtime, sandbox and folder kept alive).
fn sheet_form_open() -> (tokio::runtime::Runtime, Sandbox, tempfile::TempDir, H) {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let dir = tempfile::tempdir().unwrap();
    let mut h = desk(&rt, &sandbox, dir.path());
    quote_on_screen(&mut h);
    h.get_by_label(tr(SAVE_LABEL)).click_accesskit();
    step_until(&mut h, "the save form", form_open);
    (rt, sandbox, dir, h)
}

fn sheet_status(h: &Harness<'_, StoreDeskApp>) -> Option<SheetStatus> {
    h.state().state.quote.sheet.status.clone()
}

#[test]
fn the_quote_sheet_is_saved_through_the_apps_own_form_asking_before_replacing() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("Quotes")).unwrap();
    std::fs::write(dir.path().join("sheet.pdf"), b"older").unwrap();
    let mut h = desk(&rt, &sandbox, dir.path());
    quote_on_screen(&mut h);

    h.get_by_label(tr(SAVE_LABEL)).click_accesskit();
    step_until(&mut h, "the save form", form_open);
    h.step();
    assert!(has_text(&h, "Save the quote sheet (PDF)"));
    assert!(has_text(&h, "Quotes"), "its folders are listed");
    assert!(has_text(&h, "sheet.pdf"), "and its files");

    // A name with a folder in it is refused, with the reason.
    type_into(&mut h, tr(FILE_NAME_LABEL), "../sheet");
    h.run_steps(2);
    assert!(has_text(&h, "A file name cannot contain / or \\"));
    assert!(form_open(&h));

    // An existing file's name: replaced only after a yes.
    type_into(&mut h, tr(FILE_NAME_LABEL), "sheet");
    step_until(&mut h, "the question", |h| has_text(h, "already exists"));
    assert_eq!(
        std::fs::read(dir.path().join("sheet.pdf")).unwrap(),
        b"older"
    );
    h.get_by_label(tr("replace-the-file")).click_accesskit();
    step_until(&mut h, "the sheet saved", |h| {
        matches!(sheet_status(h), Some(SheetStatus::Saved(_)))
    });
    let bytes = std::fs::read(dir.path().join("sheet.pdf")).unwrap();
    assert!(
        bytes.starts_with(b"%PDF"),
        "the sheet replaced the older file"
    );
    assert!(h.state().state.save_form.open.is_none());
}

#[test]
fn closing_the_form_says_why_nothing_was_saved() {
    let (_rt, _sandbox, dir, mut h) = sheet_form_open();
    h.get_by_label(tr("cancel-saving")).click_accesskit();
    step_until(&mut h, "the save over", |h| {
        matches!(sheet_status(h), Some(SheetStatus::Cancelled))
    });
    h.step();
    assert!(has_text(
        &h,
        "Nothing was saved: the save dialog was closed without a file chosen."
    ));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn forgetting_the_customer_closes_the_form_and_nothing_is_written() {
    let (_rt, _sandbox, dir, mut h) = sheet_form_open();
    h.state_mut().apply(Action::ForgetCustomer);
    assert!(h.state().state.save_form.open.is_none());
    assert!(!h.state().state.holds_customer_data());
    // A press that was on its way finds no form.
    h.state_mut().apply(Action::SaveForm(SaveFormAction::Save));
    step_until(&mut h, "the save over", |h| {
        h.state().state.quote.sheet.pending.is_none()
    });
    h.run_steps(3);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

/// A kiosk with a PIN whose files go to `folder`, the Lyon booking signed
/// and confirmed on the customer's screen.
fn kiosk_signed(rt: &tokio::runtime::Runtime, sandbox: &Sandbox, folder: &Path) -> H {
    let settings = Settings {
        kiosk_save_folder: folder.display().to_string(),
        ..Settings::default()
    };
    let mut h = app_with(rt, sandbox, settings, true);
    lyon_signed_on_kiosk(&mut h);
    h
}

/// "Save the receipt" on the kiosk: the PIN, then the form in its folder.
fn staff_save_receipt(h: &mut H) {
    h.get_by_label(tr(SAVE_RECEIPT_LABEL)).click_accesskit();
    step_until(h, "the PIN dialog", |h| {
        h.state().state.kiosk_ui.dialog.is_some()
    });
    type_pin_and_ok(h, PIN);
    step_until(h, "the save form", form_open);
}

#[test]
fn on_the_kiosk_the_receipt_is_saved_only_in_the_folder_set_in_settings() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("receipts");
    std::fs::create_dir_all(root.join("2026")).unwrap();
    std::fs::write(dir.path().join("private.txt"), b"x").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path(), root.join("escape")).unwrap();
    let mut h = kiosk_signed(&rt, &sandbox, &root);
    staff_save_receipt(&mut h);
    h.step();
    let form = h.state().state.save_form.open.as_ref().unwrap();
    let listing = form.listing.as_ref().unwrap();
    assert_eq!(listing.folder, std::fs::canonicalize(&root).unwrap());
    assert!(!listing.can_go_up, "no way up out of the kiosk's folder");
    assert!(h.query_by_label(tr("up-one-folder")).is_none());
    assert!(!has_text(&h, "private.txt"));
    // Neither a link nor a typed path leads out.
    h.state_mut()
        .apply(Action::SaveForm(SaveFormAction::Enter("escape".into())));
    h.state_mut()
        .apply(Action::SaveForm(SaveFormAction::Enter("..".into())));
    h.run_steps(3);
    let form = h.state().state.save_form.open.as_ref().unwrap();
    assert_eq!(form.listing.as_ref().unwrap().folder, listing_root(&root));
    type_into(&mut h, tr(FILE_NAME_LABEL), "../../private");
    h.run_steps(2);
    assert!(h.state().state.save_form.open.is_some(), "refused");

    // Into the subfolder, then saved there.
    h.get_by_label("2026/").click_accesskit();
    step_until(&mut h, "the subfolder", |h| {
        let form = h.state().state.save_form.open.as_ref();
        form.and_then(|f| f.listing.as_ref())
            .is_some_and(|l| l.folder.ends_with("2026"))
    });
    type_into(&mut h, tr(FILE_NAME_LABEL), "receipt");
    step_until(&mut h, "the receipt saved", |h| {
        let status = &h.state().state.customer.signature.receipt.status;
        matches!(status, Some(FileStatus::Saved(_)))
    });
    let saved = std::fs::read(root.join("2026").join("receipt.pdf")).unwrap();
    assert!(saved.starts_with(b"%PDF"));
}

fn listing_root(root: &Path) -> std::path::PathBuf {
    std::fs::canonicalize(root).unwrap()
}

#[test]
fn a_kiosk_without_a_folder_says_so_and_saves_nothing() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = kiosk_signed(&rt, &sandbox, Path::new(""));
    h.get_by_label(tr(SAVE_RECEIPT_LABEL)).click_accesskit();
    step_until(&mut h, "the PIN dialog", |h| {
        h.state().state.kiosk_ui.dialog.is_some()
    });
    type_pin_and_ok(&mut h, PIN);
    step_until(&mut h, "the form's problem", |h| {
        let form = h.state().state.save_form.open.as_ref();
        form.is_some_and(|f| f.problem.is_some())
    });
    h.step();
    assert!(has_text(
        &h,
        "No folder for saved files is set on this kiosk"
    ));
    assert!(
        h.get_by_label(tr("save-here"))
            .accesskit_node()
            .is_disabled()
    );
}

#[test]
fn the_kiosks_idle_wipe_closes_the_form_unanswered() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let dir = tempfile::tempdir().unwrap();
    let mut h = kiosk_signed(&rt, &sandbox, dir.path());
    staff_save_receipt(&mut h);
    // Staff walk away with the form open: the idle timer wipes.
    let t0 = now(&h);
    for t in [t0 + 95.0, t0 + 126.0] {
        set_time(&mut h, t);
    }
    step_until(&mut h, "the wipe", |h| {
        h.state().state.save_form.open.is_none()
            && h.state().state.customer.signature.receipt.receipt.is_none()
    });
    assert!(!h.state().state.holds_customer_data());
    h.run_steps(3);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}
