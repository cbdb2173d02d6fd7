//! A receipt's save or print does not outlive the customer (issue 25): the
//! staff press "Print the signing receipt" and the customer is forgotten
//! at once (the kiosk's idle wipe takes the same path). No save dialog
//! opens after that, nothing is written and no viewer opens. The wait is
//! for the worker's job to be over (its task count back where it was), not
//! for a time.

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
