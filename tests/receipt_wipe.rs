//! A customer's file does not outlive the customer (issue 25). The receipt: the
//! staff press "Print the signing receipt" and the customer is forgotten
//! at once (the kiosk's idle wipe takes the same path). No save dialog
//! opens after that, nothing is written and no viewer opens. The wait is
//! for the worker's job to be over (its task count back where it was), not
//! for a time. The comparison's CSV and the quote sheet the same way.

mod common;

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use common::fakes::{FakeOpener, FakePrinting};
use common::pad::sign;
use common::*;
use storedesk::i18n::tr;
use storedesk::ui::app::Action;
use storedesk::ui::signing::CONFIRM_LABEL;
use storedesk::ui::signing::contract::ContractAction;
use storedesk::worker::{DialogFuture, SaveDialog};

/// Answers with `path`, and notes for each call whether the test had
/// wiped the customer already.
struct WitnessDialog {
    path: PathBuf,
    wiped: Arc<AtomicBool>,
    calls: Mutex<Vec<bool>>,
}

impl SaveDialog for WitnessDialog {
    fn choose(&self, _title: &str, _name: &str, _filter: &str, _ext: &str) -> DialogFuture {
        self.calls
            .lock()
            .unwrap()
            .push(self.wiped.load(Ordering::SeqCst));
        let answer = Some(self.path.clone());
        Box::pin(async move { answer })
    }
}

#[test]
fn forgetting_the_customer_ends_the_receipts_print_before_any_dialog() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = sandbox_app(&rt, &sandbox);
    common::pad::lyon_on_the_pad(&mut h);
    accept_contract(&mut h);
    sign(&mut h);
    h.get_by_label(tr(CONFIRM_LABEL)).click_accesskit();
    step_until(&mut h, "the confirmation and its receipt", |h| {
        h.state().state.customer.signature.receipt.receipt.is_some()
    });

    let dir = tempfile::tempdir().unwrap();
    let wiped = Arc::new(AtomicBool::new(false));
    let dialog = Arc::new(WitnessDialog {
        path: dir.path().join("receipt.pdf"),
        wiped: wiped.clone(),
        calls: Mutex::default(),
    });
    let opener = Arc::new(FakeOpener::default());
    h.state_mut().set_save_dialog(dialog.clone());
    h.state_mut().set_file_opener(opener.clone());
    let printing = Arc::new(FakePrinting::offering(&["Front_Desk"]));
    h.state_mut().set_printing(printing.clone());
    let tasks_before = rt.metrics().num_alive_tasks();

    // "Print", then the customer is forgotten before another frame.
    h.state_mut()
        .apply(Action::Contract(ContractAction::SaveReceipt {
            print: true,
        }));
    h.state_mut().apply(Action::ForgetCustomer);
    wiped.store(true, Ordering::SeqCst);

    step_until(&mut h, "the receipt's job to be over", |_| {
        rt.metrics().num_alive_tasks() <= tasks_before
    });
    let calls = dialog.calls.lock().unwrap().clone();
    assert!(
        !calls.contains(&true),
        "a save dialog opened after the wipe: {calls:?}"
    );
    assert!(
        !dir.path().join("receipt.pdf").exists(),
        "a receipt was written"
    );
    assert!(opener.opened().is_empty(), "a viewer was opened");
    assert!(printing.jobs().is_empty(), "the receipt was printed");
    assert!(!h.state().state.customer.signature.holds_customer_data());
}

/// Answers `path` only once the test lets it ([`GatedDialog::answer`]):
/// the dialog is open while the customer is wiped.
struct GatedDialog {
    path: PathBuf,
    calls: Mutex<usize>,
    gate: Arc<tokio::sync::Semaphore>,
    /// Set when the dialog's answer was taken or the dialog dropped.
    over: Arc<AtomicBool>,
}

/// Sets its flag when dropped: with the dialog's future, answered or not.
struct OverOnDrop(Arc<AtomicBool>);

impl Drop for OverOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

impl GatedDialog {
    fn new(path: PathBuf) -> Self {
        Self {
            path,
            calls: Mutex::default(),
            gate: Arc::new(tokio::sync::Semaphore::new(0)),
            over: Arc::default(),
        }
    }

    fn over(&self) -> bool {
        self.over.load(Ordering::SeqCst)
    }

    fn calls(&self) -> usize {
        *self.calls.lock().unwrap()
    }

    /// The user picks the file now.
    fn answer(&self) {
        self.gate.add_permits(1);
    }
}

impl SaveDialog for GatedDialog {
    fn choose(&self, _title: &str, _name: &str, _filter: &str, _ext: &str) -> DialogFuture {
        *self.calls.lock().unwrap() += 1;
        let (gate, answer) = (self.gate.clone(), Some(self.path.clone()));
        let over = OverOnDrop(self.over.clone());
        Box::pin(async move {
            let _over = over;
            let _ = gate.acquire().await.map(|permit| permit.forget());
            answer
        })
    }
}

/// Runs `save` (an action that asks for a save dialog); while the dialog is
/// open the customer is forgotten, then the user picks a file: nothing is
/// written, and the panel forgets the save too.
fn save_then_forget(save: Action, file: &str) {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = sandbox_app(&rt, &sandbox);
    h.run_steps(2);
    let dir = tempfile::tempdir().unwrap();
    let written = dir.path().join(file);
    let dialog = Arc::new(GatedDialog::new(written.clone()));
    h.state_mut().set_save_dialog(dialog.clone());
    let tasks_before = rt.metrics().num_alive_tasks();

    h.state_mut().apply(save);
    step_until(&mut h, "the save dialog open", |_| dialog.calls() == 1);
    h.state_mut().apply(Action::ForgetCustomer);
    dialog.answer();

    step_until(&mut h, "the save's job to be over", |_| {
        written.exists() || (dialog.over() && rt.metrics().num_alive_tasks() <= tasks_before)
    });
    assert!(
        !written.exists(),
        "{} was written after the wipe",
        written.display()
    );
    assert_eq!(dialog.calls(), 1, "another dialog opened");
    let quote = &h.state().state.quote;
    assert!(quote.save_pending.is_none() && quote.sheet.pending.is_none());
    assert!(quote.export.is_none() && quote.sheet.status.is_none());
}

#[test]
fn forgetting_the_customer_ends_the_comparisons_csv_save() {
    save_then_forget(
        Action::SaveCsv {
            csv: "section,view\r\nline,Rent\r\n".into(),
            suggested_name: "quote-ACT1.csv".into(),
        },
        "quote.csv",
    );
}

#[test]
fn forgetting_the_customer_ends_the_quote_sheets_save() {
    let sheet = storedesk::quote_sheet::SheetRequest {
        language: storedesk::i18n::Language::English,
        property: Some("Lyon Gerland".into()),
        move_in: None,
        date: None,
        options: Vec::new(),
    };
    save_then_forget(Action::SaveQuoteSheet(Box::new(sheet)), "sheet.pdf");
}
