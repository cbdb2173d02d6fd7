//! The contract before the signature (issue 21), headless against the real
//! sandbox: the pad stays closed until the last page and the consent (desk
//! and kiosk); the receipt's fingerprints are those of the bytes the sandbox
//! served; a contract that cannot be had is named and staff may go on with
//! the amounts only; one the renderer cannot draw fully opens in the viewer
//! from the desk; nothing of it is left in HOME.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use common::fakes::{FakeDialog, FakeOpener, FakePrinting};
use common::kiosk::{pin_app, startup, store_for};
use common::pad::sign;
use common::*;
use egui_kittest::Harness;
use egui_kittest::kittest::NodeT as _;
use storedesk::api::ReservationId;
use storedesk::domain::contract::sha256_hex;
use storedesk::i18n::Language;
use storedesk::i18n::tr;
use storedesk::sandbox::{ContractFault, Sandbox, ids};
use storedesk::ui::app::{Action, StoreDeskApp};
use storedesk::ui::signing::contract::{
    AMOUNTS_ONLY_LABEL, CONSENT_LABEL, FileStatus, OPEN_IN_VIEWER_LABEL, PRINT_RECEIPT_LABEL,
    SAVE_RECEIPT_LABEL,
};
use storedesk::ui::signing::{CONFIRM_LABEL, PAD_LABEL, SignatureAction};
use storedesk::worker::print::PrintProblem;

/// The Lyon booking looked up and "Take signature" pressed (desk).
fn on_the_signature_panel(
    rt: &tokio::runtime::Runtime,
    sandbox: &Sandbox,
) -> Harness<'static, StoreDeskApp> {
    let mut h = sandbox_app(rt, sandbox);
    common::pad::lyon_on_the_pad(&mut h);
    h
}

/// A kiosk with a PIN, in `language`, the Lyon booking handed over to the
/// customer's screen.
fn kiosk_customer_screen(
    rt: &tokio::runtime::Runtime,
    sandbox: &Sandbox,
    language: Language,
) -> Harness<'static, StoreDeskApp> {
    let mut h = pin_app(rt, sandbox, store_for(sandbox, true), None, startup(true));
    h.state_mut().state.kiosk_ui.language = Some(language);
    let id = ReservationId::parse(ids::LYON_BOOKING).unwrap();
    h.state_mut().apply(Action::Lookup(id));
    step_until(&mut h, "the lookup", |h| {
        h.state().state.customer.lookup.result.is_some()
    });
    let booking = h
        .state()
        .state
        .customer
        .lookup
        .result
        .as_ref()
        .unwrap()
        .booking_id();
    h.state_mut()
        .apply(Action::Signature(SignatureAction::Start(booking.unwrap())));
    step_until(&mut h, "the customer's pad", |h| {
        h.query_by_label(label(h, PAD_LABEL)).is_some()
    });
    h
}

/// `english` as the app shows it now (the kiosk may speak another language).
fn label(h: &Harness<'_, StoreDeskApp>, id: &'static str) -> &'static str {
    storedesk::i18n::with_language(h.state().language(), || storedesk::i18n::tr(id))
}

fn confirm_and_wait(h: &mut Harness<'_, StoreDeskApp>) {
    h.get_by_label(label(h, CONFIRM_LABEL)).click_accesskit();
    h.step();
    step_until(h, "the confirmation", |h| {
        h.state().state.customer.signature.saved.is_some()
    });
}

fn pad_disabled(h: &Harness<'_, StoreDeskApp>) -> bool {
    h.get_by_label(label(h, PAD_LABEL))
        .accesskit_node()
        .is_disabled()
}

/// Presses `button` under the confirmation and returns the receipt's text.
fn receipt_text(h: &mut Harness<'_, StoreDeskApp>, dir: &Path, button: &str) -> String {
    let path = dir.join("receipt.pdf");
    h.state_mut()
        .set_save_dialog(Arc::new(FakeDialog::answering(&path).expecting("pdf")));
    h.get_by_label(button).click_accesskit();
    step_until(h, "the receipt to be written", |h| {
        let status = &h.state().state.customer.signature.receipt.status;
        status.is_some() && *status != Some(FileStatus::Saving)
    });
    let status = h.state().state.customer.signature.receipt.status.clone();
    assert_eq!(status, Some(FileStatus::Saved(path.clone())));
    let bytes = std::fs::read(&path).expect("receipt written");
    pdf_extract::extract_text_from_mem(&bytes).expect("a readable PDF")
}

/// The pad and "Confirm" stay off until the last page and the consent.
fn assert_gated(h: &mut Harness<'_, StoreDeskApp>, consent_label: &str) {
    step_until(h, "the first page", |h| {
        h.state().state.customer.signature.contract.pages_shown() > 0
    });
    assert!(
        pad_disabled(h),
        "the pad is off before the contract is read"
    );
    sign(h);
    assert!(
        h.state().state.customer.signature.pad.is_empty(),
        "the pad took ink before the consent"
    );
    // The consent cannot be ticked before the last page.
    h.get_by_label(consent_label).click_accesskit();
    h.run_steps(2);
    assert!(!h.state().state.customer.signature.contract.consent);
    assert!(pad_disabled(h));
}

#[test]
fn the_desk_pad_stays_off_until_the_last_page_and_the_consent() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = on_the_signature_panel(&rt, &sandbox);
    assert_gated(&mut h, tr(CONSENT_LABEL));
    accept_contract(&mut h);
    assert!(!pad_disabled(&h));
    sign(&mut h);
    assert!(
        !h.state().state.customer.signature.pad.is_empty(),
        "ink after the consent"
    );
    confirm_and_wait(&mut h);
    assert_eq!(sandbox.received_signatures().len(), 1);
}

#[test]
fn the_kiosk_pad_stays_off_until_the_last_page_and_the_consent_in_its_language() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = kiosk_customer_screen(&rt, &sandbox, Language::German);
    let german = "Ich habe den Vertrag gelesen und nehme ihn an";
    assert_gated(&mut h, german);
    // Pinch to zoom: a zoom factor over the pages makes them larger.
    let first_page = |h: &Harness<'_, StoreDeskApp>| {
        h.query_all_by_label_contains("Vertragsseite 1 von")
            .next()
            .expect("the first page, labelled in German")
            .rect()
    };
    let before = first_page(&h).width();
    // Over the top of the first page, inside the scrolled area.
    h.hover_at(first_page(&h).left_top() + egui::vec2(40.0, 40.0));
    h.event(egui::Event::Zoom(1.5));
    h.run_steps(2);
    let after = first_page(&h).width();
    assert!(after > before * 1.3, "pinch zoom: {before} -> {after}");

    // The last page counts once it is drawn.
    step_until(&mut h, "every page", |h| {
        let c = &h.state().state.customer.signature.contract;
        c.pages_shown() == c.page_count()
    });
    for _ in 0..8 {
        if h.state().state.customer.signature.contract.reached_end {
            break;
        }
        h.get_by_label("Nächste Seite").click_accesskit();
        h.run_steps(2);
    }
    assert!(
        h.state().state.customer.signature.contract.reached_end,
        "the last page"
    );
    h.get_by_label(german).click_accesskit();
    h.run_steps(2);
    assert!(
        h.state().state.customer.signature.contract.consent,
        "ticked"
    );
    assert!(!pad_disabled(&h));
    sign(&mut h);
    confirm_and_wait(&mut h);
    let receipt = h
        .state()
        .state
        .customer
        .signature
        .receipt
        .receipt
        .clone()
        .unwrap();
    assert_eq!(
        receipt.consent.as_deref(),
        Some(german),
        "the consent as shown"
    );
    assert!(receipt.kiosk);
}

#[test]
fn the_receipts_fingerprints_are_those_of_the_bytes_the_sandbox_served() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let dir = tempfile::tempdir().unwrap();
    let mut h = on_the_signature_panel(&rt, &sandbox);
    accept_contract(&mut h);
    sign(&mut h);
    confirm_and_wait(&mut h);

    h.state_mut().settings.device_name = "Desk 2".into();
    let text = receipt_text(&mut h, dir.path(), tr(SAVE_RECEIPT_LABEL));
    // Wrapped lines may cut a fingerprint: compare without white space.
    let flat: String = text.split_whitespace().collect();
    let served = Sandbox::contract_documents(ids::LYON_BOOKING);
    assert_eq!(served.len(), 2);
    for doc in &served {
        assert!(
            flat.contains(&sha256_hex(&doc.bytes)),
            "{}'s hash is missing",
            doc.key
        );
        assert!(text.contains(&doc.title), "{} is missing", doc.title);
    }
    assert!(text.contains(tr(CONSENT_LABEL)));
    assert!(text.contains("Élodie Marchand") && text.contains("66,00 €"));
    let reference = h
        .state()
        .state
        .customer
        .signature
        .saved
        .as_ref()
        .unwrap()
        .reference
        .clone();
    assert!(
        !reference.is_empty() && flat.contains(&reference),
        "the server's reference"
    );
    assert!(text.contains("UTC") && text.contains("Front desk – Desk 2"));
}

/// Issue 27: "Print" hands the receipt to the printer chosen in Settings
/// (CUPS' `lp` on Linux), with nothing saved and no viewer started.
#[test]
fn print_sends_the_receipt_to_the_printer_chosen_in_settings() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let opener = Arc::new(FakeOpener::default());
    let printing = Arc::new(FakePrinting::offering(&["Front_Desk", "Back_Office"]));
    let dialog = Arc::new(FakeDialog::cancelling());
    let mut h = on_the_signature_panel(&rt, &sandbox);
    h.state_mut().set_file_opener(opener.clone());
    h.state_mut().set_printing(printing.clone());
    h.state_mut().set_save_dialog(dialog.clone());
    h.state_mut().settings.printer = "Back_Office".into();
    accept_contract(&mut h);
    sign(&mut h);
    confirm_and_wait(&mut h);
    h.get_by_label(tr(PRINT_RECEIPT_LABEL)).click_accesskit();
    step_until(&mut h, "the receipt printed", |h| {
        let status = &h.state().state.customer.signature.receipt.status;
        matches!(status, Some(FileStatus::Printed(_) | FileStatus::Failed(_)))
    });
    h.step();
    assert!(has_text(&h, "Sent to the printer Back_Office."));
    let jobs = printing.jobs();
    assert_eq!(jobs.len(), 1);
    assert_eq!(jobs[0].printer.as_deref(), Some("Back_Office"));
    let text = pdf_extract::extract_text_from_mem(&jobs[0].pdf).expect("a readable PDF");
    assert!(text.contains("Signing receipt"));
    assert!(dialog.asked().is_empty(), "nothing is saved to print");
    assert!(opener.opened().is_empty(), "no viewer is started");
}

/// Without a printing system, "Print" says so (it said nothing, or
/// "Nothing was saved.", before issue 27).
#[test]
fn print_without_a_printing_system_says_why_nothing_was_printed() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let printing = Arc::new(FakePrinting {
        refuse: Some(PrintProblem::NoPrintingSystem),
        ..FakePrinting::default()
    });
    let mut h = on_the_signature_panel(&rt, &sandbox);
    h.state_mut().set_printing(printing.clone());
    h.state_mut()
        .set_save_dialog(Arc::new(FakeDialog::cancelling()));
    accept_contract(&mut h);
    sign(&mut h);
    confirm_and_wait(&mut h);
    h.get_by_label(tr(PRINT_RECEIPT_LABEL)).click_accesskit();
    step_until(&mut h, "the refusal", |h| {
        let status = &h.state().state.customer.signature.receipt.status;
        matches!(status, Some(FileStatus::Failed(_)))
    });
    h.step();
    assert!(has_text(
        &h,
        "No printing system is installed on this computer"
    ));
    assert!(printing.jobs().is_empty());
}

#[test]
fn an_unreadable_contract_is_named_and_staff_may_go_on_with_the_amounts_only() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    sandbox.set_contract_fault(Some(ContractFault::NotPdf));
    let dir = tempfile::tempdir().unwrap();
    let mut h = on_the_signature_panel(&rt, &sandbox);
    step_until(&mut h, "the problem", |h| {
        h.state()
            .state
            .customer
            .signature
            .contract
            .problem
            .is_some()
    });
    assert!(has_text(&h, "not a PDF"), "the message names the problem");
    assert!(pad_disabled(&h));

    h.get_by_label(tr(AMOUNTS_ONLY_LABEL)).click_accesskit();
    h.run_steps(2);
    assert!(!pad_disabled(&h));
    sign(&mut h);
    confirm_and_wait(&mut h);
    let text = receipt_text(&mut h, dir.path(), tr(SAVE_RECEIPT_LABEL));
    assert!(text.contains("signed on the amounts above only"));
    assert!(text.contains("text/html"));
    assert!(!text.contains(tr(CONSENT_LABEL)));
}

#[test]
fn a_contract_drawn_in_part_opens_in_the_viewer_and_its_hash_is_recorded() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    sandbox.set_contract_fault(Some(ContractFault::Incomplete));
    let dir = tempfile::tempdir().unwrap();
    let opener = Arc::new(FakeOpener::default());
    let mut h = on_the_signature_panel(&rt, &sandbox);
    h.state_mut().set_file_opener(opener.clone());
    let copy = dir.path().join("lease.pdf");
    h.state_mut()
        .set_save_dialog(Arc::new(FakeDialog::answering(&copy).expecting("pdf")));
    step_until(&mut h, "the pages", |h| {
        let c = &h.state().state.customer.signature.contract;
        c.page_count() > 0 && c.pages_shown() == c.page_count()
    });
    h.step();
    assert!(has_text(&h, "could not be drawn here"));
    let label = format!(
        "{} – {}",
        h.state().state.customer.signature.contract.documents[0].title,
        tr(OPEN_IN_VIEWER_LABEL)
    );
    h.get_by_label(&label).click_accesskit();
    step_until(&mut h, "the copy opened", |h| {
        matches!(
            h.state().state.customer.signature.contract.open_status,
            Some(FileStatus::Saved(_))
        )
    });
    assert_eq!(opener.opened().as_slice(), std::slice::from_ref(&copy));
    let served = std::fs::read(&copy).unwrap();
    assert!(served.starts_with(b"%PDF-"));

    // No consent to a page not drawn fully (issue 25): the amounts only.
    assert!(!h.state().state.customer.signature.contract.pad_unlocked());
    h.get_by_label(tr(AMOUNTS_ONLY_LABEL)).click_accesskit();
    h.run_steps(2);
    assert!(h.state().state.customer.signature.contract.pad_unlocked());
    sign(&mut h);
    confirm_and_wait(&mut h);
    let receipt = h
        .state()
        .state
        .customer
        .signature
        .receipt
        .receipt
        .clone()
        .unwrap();
    assert!(!receipt.documents.is_empty());
    for doc in &receipt.documents {
        assert_eq!(doc.sha256, sha256_hex(&served), "the bytes served");
        assert!(!doc.drawn_fully);
    }
}

#[test]
fn damaged_encrypted_oversized_and_missing_contracts_each_get_their_message() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    for (fault, expected) in [
        (ContractFault::Damaged, "damaged"),
        (ContractFault::Encrypted, "password-protected"),
        (ContractFault::TooLarge, "larger than 20 MiB"),
        (ContractFault::ServerError, "could not be loaded"),
        (ContractFault::NoDocuments, "no contract document"),
    ] {
        sandbox.set_contract_fault(Some(fault));
        let mut h = on_the_signature_panel(&rt, &sandbox);
        step_until(&mut h, "the problem", |h| {
            h.state()
                .state
                .customer
                .signature
                .contract
                .problem
                .is_some()
        });
        assert!(has_text(&h, expected), "{fault:?}: no “{expected}” message");
        assert!(h.query_by_label(tr(AMOUNTS_ONLY_LABEL)).is_some());
        assert!(pad_disabled(&h));
    }
}

/// The whole flow with HOME pointing at an empty directory, in a child
/// process (the environment is per process), then HOME is searched.
#[test]
fn after_the_flow_home_holds_no_pdf_and_no_signature() {
    if std::env::var_os("STOREDESK_CONTRACT_CHILD").is_some() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    // Temporary files count too: they go under HOME for this run.
    std::fs::create_dir(home.path().join("tmp")).unwrap();
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "flow_for_the_privacy_check",
            "--include-ignored",
            "--test-threads",
            "1",
        ])
        .env("HOME", home.path())
        .env("XDG_CACHE_HOME", home.path().join(".cache"))
        .env("XDG_DATA_HOME", home.path().join(".local/share"))
        .env("XDG_CONFIG_HOME", home.path().join(".config"))
        .env("TMPDIR", home.path().join("tmp"))
        .env("STOREDESK_CONTRACT_CHILD", "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("1 passed"),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut found = Vec::new();
    walk(home.path(), &mut found);
    assert!(found.is_empty(), "left in HOME: {found:?}");
}

/// Files that are PDFs or PNGs, by name or by content.
fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, found);
            continue;
        }
        let bytes = std::fs::read(&path).unwrap_or_default();
        let name = path.to_string_lossy().to_ascii_lowercase();
        if name.ends_with(".pdf")
            || name.ends_with(".png")
            || bytes.starts_with(b"%PDF")
            || bytes.starts_with(b"\x89PNG")
        {
            found.push(path);
        }
    }
}

#[test]
#[ignore = "run by after_the_flow_home_holds_no_pdf_and_no_signature with HOME set"]
fn flow_for_the_privacy_check() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = on_the_signature_panel(&rt, &sandbox);
    accept_contract(&mut h);
    sign(&mut h);
    confirm_and_wait(&mut h);
    assert!(h.state().state.customer.signature.receipt.receipt.is_some());
    h.get_by_label("Done").click_accesskit();
    h.run_steps(3);
    let held = h.state().state.customer_data();
    assert!(
        !held
            .iter()
            .any(|k| k.contains("contract") || k.contains("receipt")),
        "{held:?}"
    );
    assert!(!h.state().state.customer.signature.holds_customer_data());
}

/// Types the manager PIN into the kiosk's PIN dialog and presses OK.
fn enter_pin(h: &mut Harness<'_, StoreDeskApp>) {
    use storedesk::ui::kiosk::PIN_FIELD_LABEL;
    h.run_steps(2);
    h.get_by_label(tr(PIN_FIELD_LABEL)).focus();
    h.step();
    h.get_by_label(tr(PIN_FIELD_LABEL)).type_text("2580");
    h.step();
    h.get_by_label("OK").click_accesskit();
    step_until(h, "the PIN check", |h| {
        h.state().state.kiosk_ui.dialog.is_none()
    });
}

#[test]
fn on_the_kiosk_skipping_the_contract_and_the_receipt_dialog_need_the_staff_pin() {
    use storedesk::ui::kiosk::PinPurpose;
    use storedesk::ui::signing::contract::ContractAction;
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    sandbox.set_contract_fault(Some(ContractFault::NotPdf));
    let dir = tempfile::tempdir().unwrap();
    let dialog = Arc::new(FakeDialog::answering(dir.path().join("receipt.pdf")).expecting("pdf"));
    let mut h = kiosk_customer_screen(&rt, &sandbox, Language::English);
    h.state_mut().set_save_dialog(dialog.clone());
    step_until(&mut h, "the problem", |h| {
        let c = &h.state().state.customer.signature.contract;
        c.problem.is_some()
    });
    // The customer's press asks for the PIN; it does not skip the contract.
    h.get_by_label(tr(AMOUNTS_ONLY_LABEL)).click_accesskit();
    h.run_steps(2);
    let purpose = h.state().state.kiosk_ui.dialog.as_ref().map(|d| d.purpose);
    let title = tr("staff-sign-on-the-amounts-only");
    assert_eq!(purpose, Some(PinPurpose::Staff { title }));
    assert!(!h.state().state.customer.signature.contract.amounts_only);
    // Nor does the action itself, sent without the PIN: it waits for it.
    h.state_mut()
        .apply(Action::Contract(ContractAction::AmountsOnly));
    assert!(!h.state().state.customer.signature.contract.amounts_only);
    assert!(pad_disabled(&h));
    enter_pin(&mut h);
    assert!(h.state().state.customer.signature.contract.amounts_only);
    assert!(
        !h.state().state.kiosk_ui.staff_unlocked,
        "still the customer's screen"
    );
    assert!(!pad_disabled(&h));

    sign(&mut h);
    confirm_and_wait(&mut h);
    // "Save the receipt" on the kiosk: no file dialog before the PIN.
    // The press is handled in the next frame: the PIN dialog opens, and the
    // receipt is not being saved (a save asks the worker for the dialog
    // the moment it starts, and says so in `status`).
    h.get_by_label(tr(SAVE_RECEIPT_LABEL)).click_accesskit();
    step_until(&mut h, "the press handled", |h| {
        let s = &h.state().state;
        s.kiosk_ui.dialog.is_some() || s.customer.signature.receipt.status.is_some()
    });
    let receipt = &h.state().state.customer.signature.receipt;
    assert!(
        receipt.status.is_none() && receipt.pending.is_none(),
        "no save yet"
    );
    let purpose = h.state().state.kiosk_ui.dialog.as_ref().map(|d| d.purpose);
    let title = tr("staff-save-the-receipt");
    assert_eq!(purpose, Some(PinPurpose::Staff { title }));
    h.state_mut()
        .apply(Action::Contract(ContractAction::SaveReceipt {
            print: false,
        }));
    let receipt = &h.state().state.customer.signature.receipt;
    assert!(
        receipt.status.is_none() && receipt.pending.is_none(),
        "refused without the PIN"
    );
    assert!(dialog.asked().is_empty());
    enter_pin(&mut h);
    step_until(&mut h, "the receipt to be written", |h| {
        let status = &h.state().state.customer.signature.receipt.status;
        status.is_some() && *status != Some(FileStatus::Saving)
    });
    assert_eq!(dialog.asked().len(), 1, "one dialog, for staff");
    let text =
        pdf_extract::extract_text_from_mem(&std::fs::read(dir.path().join("receipt.pdf")).unwrap())
            .unwrap();
    assert!(text.contains("signed on the amounts above only"));
}
