//! Settings › Files and printing, its state: the printer the receipt's
//! "Print" uses (from the system's list) and the folder files saved at the
//! kiosk go to (the kiosk's save form never leaves it). `files_view.rs`
//! draws it; on a kiosk, behind the manager PIN.

use std::path::PathBuf;
use std::sync::Arc;

use crate::domain::printers::PrinterList;
use crate::i18n::Text;
use crate::settings::Settings;
use crate::ui::requests::{Outbox, Pending};
use crate::worker::print::Printing;
use crate::worker::{Command, RequestId};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilesAction {
    ListPrinters,
    /// Empty: the system's default printer.
    SetPrinter(String),
    SetKioskFolder(String),
}

/// The printers last listed, and the request on its way.
#[derive(Debug, Default)]
pub struct FilesForm {
    pub printers: Option<Result<PrinterList, Text>>,
    pub pending: Pending,
}

pub fn apply(
    action: FilesAction,
    form: &mut FilesForm,
    settings: &mut Settings,
    printing: Arc<dyn Printing>,
    out: &mut Outbox,
) {
    match action {
        FilesAction::ListPrinters => {
            out.request(&mut form.pending, |req| Command::ListPrinters {
                req,
                printing,
            });
        }
        FilesAction::SetPrinter(name) => settings.printer = name,
        FilesAction::SetKioskFolder(folder) => settings.kiosk_save_folder = folder,
    }
}

pub fn on_printers(form: &mut FilesForm, req: RequestId, result: Result<PrinterList, Text>) {
    if form.pending.settle(req, "printers") {
        form.printers = Some(result);
    }
}

/// The kiosk's save folder as the form takes it (empty: none set).
pub fn kiosk_root(settings: &Settings) -> PathBuf {
    PathBuf::from(settings.kiosk_save_folder.trim())
}
