//! The contract's state and everything that changes it: loading the
//! booking's documents and pages, the consent, the receipt and the saves of
//! a document or the receipt. Draws nothing; `view.rs` draws. Pages arrive
//! from the worker as pixels and become textures in the view; nothing is
//! rendered in a frame.

use std::path::PathBuf;
use std::sync::Arc;

use zeroize::Zeroizing;

use crate::api::BookingId;
use crate::domain::contract::{ContractDocument, ContractProblem};
use crate::i18n::{self, Text};
use crate::pdf::read::PageImage;
use crate::platform::PrintMethod;
use crate::receipt::Receipt;
use crate::worker::contract::{ContractCommand, ContractEvent, ContractUpdate};
use crate::worker::live::EndOnDrop;
use crate::worker::print::Printing;
use crate::worker::sheet::FileOpener;
use crate::worker::{Command, RequestId, SaveDialog};

use crate::ui::requests::{Outbox, Pending};

/// The consent's text, also written into the receipt.
pub const CONSENT_LABEL: &str = "i-have-read-the-contract-and-accept-it";

pub(super) const MIN_ZOOM: f32 = 1.0;
pub(super) const MAX_ZOOM: f32 = 4.0;

/// One page: its pixels until they become a texture in a frame.
#[derive(Default)]
pub(super) struct PageSlot {
    pub(super) image: Option<PageImage>,
    pub(super) texture: Option<egui::TextureHandle>,
    /// Height / width, once known (A4 until then).
    pub(super) aspect: f32,
    /// The renderer skipped something on it.
    pub(super) incomplete: bool,
}

/// How a save (the receipt, a copy of a document) went.
#[derive(Debug, Clone, PartialEq)]
pub enum FileStatus {
    Saving,
    Saved(PathBuf),
    /// The save dialog or form was closed without a file chosen.
    Cancelled,
    Failed(Text),
    /// On its way to the printer.
    Printing,
    /// Handed to the printer (its name; empty: the system's default).
    Printed(String),
}

/// The contract's state, part of the Signature panel's. Customer data:
/// wiped with the signature (see `ui/customer.rs`).
#[derive(Default)]
pub struct ContractState {
    pub booking: Option<BookingId>,
    /// The load whose updates are taken (several answers: not a [`Pending`]).
    pub(super) load: Option<RequestId>,
    pub documents: Vec<ContractDocument>,
    pub(super) pages: Vec<PageSlot>,
    /// Index in `pages` of each document's first page.
    pub(super) page_offsets: Vec<usize>,
    pub problem: Option<ContractProblem>,
    /// The last page has been on screen.
    pub reached_end: bool,
    pub consent: bool,
    /// Staff chose to sign on the amounts only (the contract cannot be had).
    pub amounts_only: bool,
    /// Read again because the booking changed (insurance linked) after an
    /// earlier copy was shown.
    pub reread_after_change: bool,
    /// The pages are shown again after the consent (they fold away then).
    pub(super) show_again: bool,
    pub(super) zoom: f32,
    /// The page to bring into view in the next frame.
    pub(super) go_to: Option<usize>,
    /// The page at the top of the view.
    pub(super) current: usize,
    /// The signature image sent, until the save's answer (for the receipt).
    pub(in crate::ui::signing) sent_png: Option<Zeroizing<Vec<u8>>>,
    /// "Open in the PDF viewer…" of a document (desk).
    pub open_pending: Pending,
    pub open_status: Option<FileStatus>,
    /// Ends a document's save and viewing when this state is wiped.
    live: EndOnDrop,
}

impl std::fmt::Debug for ContractState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ContractState")
            .field("booking", &self.booking)
            .field("documents", &self.documents)
            .field("pages", &self.pages.len())
            .field("reached_end", &self.reached_end)
            .field("consent", &self.consent)
            .field("current", &self.current)
            .field("zoom", &self.zoom)
            .finish_non_exhaustive()
    }
}

impl ContractState {
    /// The pad may be used.
    pub fn pad_unlocked(&self) -> bool {
        let consented = self.reached_end && self.consent && self.all_drawn();
        consented || (self.amounts_only && (self.problem.is_some() || self.any_incomplete()))
    }

    /// Every page arrived and was drawn fully: only then may the customer
    /// consent to what they read.
    pub fn all_drawn(&self) -> bool {
        !self.pages.is_empty()
            && self
                .pages
                .iter()
                .all(|p| (p.image.is_some() || p.texture.is_some()) && !p.incomplete)
    }

    /// A page could not be drawn fully (staff may go on with the amounts).
    pub fn any_incomplete(&self) -> bool {
        self.pages.iter().any(|p| p.incomplete)
    }

    /// Still loading (no documents and no problem yet).
    pub fn loading(&self) -> bool {
        self.load.is_some() && self.pages.is_empty() && self.problem.is_none()
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Pages whose pixels have arrived.
    pub fn pages_ready(&self) -> usize {
        self.pages
            .iter()
            .filter(|p| p.image.is_some() || p.texture.is_some())
            .count()
    }

    /// Pages on screen as textures.
    pub fn pages_shown(&self) -> usize {
        self.pages.iter().filter(|p| p.texture.is_some()).count()
    }

    /// Anything about the customer: the booking, documents, pages.
    pub fn holds_data(&self) -> bool {
        self.booking.is_some()
            || !self.documents.is_empty()
            || !self.pages.is_empty()
            || self.sent_png.is_some()
    }

    /// Whether document `index` was drawn fully (every page of it arrived
    /// without the renderer skipping anything).
    pub fn drawn_fully(&self, index: usize) -> bool {
        if self.problem.is_some() {
            return false;
        }
        let start = self.page_offsets.get(index).copied().unwrap_or(0);
        let end = self
            .page_offsets
            .get(index + 1)
            .copied()
            .unwrap_or(self.pages.len());
        self.pages
            .get(start..end)
            .is_some_and(|p| !p.is_empty() && p.iter().all(|s| !s.incomplete))
    }
}

/// The signing receipt after a save, and how its save went. Customer data.
#[derive(Debug, Default)]
pub struct ReceiptState {
    pub receipt: Option<Box<Receipt>>,
    pub pending: Pending,
    pub status: Option<FileStatus>,
    /// Ends the receipt's save or print when this state is wiped.
    live: EndOnDrop,
}

#[derive(Debug)]
pub enum ContractAction {
    /// Sign on the amounts only (the contract cannot be had).
    AmountsOnly,
    /// Save the receipt; `print`: then open it in the viewer.
    SaveReceipt { print: bool },
    /// Save a copy of document `index` and open it in the PDF viewer (desk).
    OpenDocument(usize),
}

/// Starts loading the booking's contract (once per booking; again after a
/// problem, so looking the booking up again retries).
pub fn start(state: &mut ContractState, booking: BookingId, out: &mut Outbox) {
    let loaded = state.booking == Some(booking) && state.problem.is_none();
    if !loaded {
        load(state, booking, out);
    }
}

/// The booking changed on the server (insurance was linked): a contract
/// read before is stale. It is read again, and the pad stays locked until
/// the new one has been read to its end and consented to.
pub fn booking_changed(state: &mut ContractState, booking: BookingId, out: &mut Outbox) {
    if state.booking == Some(booking) {
        load(state, booking, out);
        state.reread_after_change = true;
    }
}

fn load(state: &mut ContractState, booking: BookingId, out: &mut Outbox) {
    if let Some(old) = state.load.take() {
        out.send(Command::Cancel { req: old });
    }
    let req = out.next_id();
    *state = ContractState {
        booking: Some(booking),
        load: Some(req),
        zoom: MIN_ZOOM,
        ..Default::default()
    };
    out.send(Command::Contract(ContractCommand::Load { req, booking }));
}

/// Stops a load on its way (the state is about to be wiped).
pub fn cancel(state: &mut ContractState, out: &mut Outbox) {
    if let Some(req) = state.load.take() {
        out.send(Command::Cancel { req });
    }
    out.cancel(&mut state.open_pending);
}

/// The worker's news (called by the app).
/// The worker's news (called by the app).
pub fn on_event(contract: &mut ContractState, receipt: &mut ReceiptState, event: ContractEvent) {
    match event {
        ContractEvent::Load { req, update } => {
            if contract.load == Some(req) {
                on_update(contract, update);
            }
        }
        ContractEvent::ReceiptSaved { req, result } => {
            if receipt.pending.settle(req, "signing receipt") {
                receipt.status = Some(file_status(result));
            }
        }
        ContractEvent::ReceiptPrinted { req, result } => {
            if receipt.pending.settle(req, "signing receipt") {
                receipt.status = match result {
                    Ok(Some(printer)) => Some(FileStatus::Printed(printer)),
                    Ok(None) => None,
                    Err(e) => Some(FileStatus::Failed(e)),
                };
            }
        }
        ContractEvent::DocumentOpened { req, result } => {
            if contract.open_pending.settle(req, "contract copy") {
                contract.open_status = Some(file_status(result));
            }
        }
    }
}

/// Where the receipt's "Save" and "Print" go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ReceiptRoute {
    /// Saved where the person chooses, nothing more.
    Save,
    /// To CUPS, nothing saved.
    Cups,
    /// Saved where the person chooses, then that file printed (Windows).
    SaveThenPrintVerb,
}

fn receipt_route(print: bool, method: PrintMethod) -> ReceiptRoute {
    match (print, method) {
        (false, _) => ReceiptRoute::Save,
        (true, PrintMethod::Cups) => ReceiptRoute::Cups,
        (true, PrintMethod::ShellPrintVerb) => ReceiptRoute::SaveThenPrintVerb,
    }
}

fn file_status(result: Result<Option<PathBuf>, Text>) -> FileStatus {
    match result {
        Ok(Some(path)) => FileStatus::Saved(path),
        Ok(None) => FileStatus::Cancelled,
        Err(e) => FileStatus::Failed(e),
    }
}

fn on_update(state: &mut ContractState, update: ContractUpdate) {
    match update {
        ContractUpdate::Documents {
            documents,
            page_counts,
        } => {
            state.documents = documents;
            let mut first = 0;
            state.page_offsets = page_counts
                .iter()
                .map(|count| {
                    let start = first;
                    first += count;
                    start
                })
                .collect();
            state.pages = (0..first)
                .map(|_| PageSlot {
                    aspect: 297.0 / 210.0,
                    ..Default::default()
                })
                .collect();
        }
        ContractUpdate::Page {
            document,
            page,
            image,
        } => {
            let before = state.page_offsets.get(document).copied().unwrap_or(0);
            if let Some(slot) = state.pages.get_mut(before + page) {
                slot.aspect = image.height as f32 / image.width.max(1) as f32;
                slot.incomplete = image.incomplete;
                slot.image = Some(image);
            }
        }
        ContractUpdate::Failed { problem, documents } => {
            state.load = None;
            state.problem = Some(problem);
            state.documents = documents;
            state.pages.clear();
        }
    }
}

/// Where saves ask for a file, and what opens a saved one (fakes in tests).
#[derive(Clone)]
pub struct FileAccess {
    pub dialog: Arc<dyn SaveDialog>,
    pub opener: Arc<dyn FileOpener>,
    pub printing: Arc<dyn Printing>,
    /// The printer chosen in Settings (`None`: the system's default).
    pub printer: Option<String>,
}

/// Carries out a contract action (called by the app). `device_name` goes
/// on the receipt.
pub fn apply(
    action: ContractAction,
    (contract, receipt): (&mut ContractState, &mut ReceiptState),
    out: &mut Outbox,
    files: FileAccess,
    device_name: &str,
) {
    let FileAccess {
        dialog,
        opener,
        printing,
        printer,
    } = files;
    let language = i18n::language();
    match action {
        ContractAction::AmountsOnly => {
            if contract.problem.is_some() || contract.any_incomplete() {
                contract.amounts_only = true;
            }
        }
        ContractAction::SaveReceipt { print } => {
            // One dialog at a time.
            let Some(mut shown) = receipt.receipt.clone() else {
                return;
            };
            // The name paired devices know this one by (Settings), if given;
            // else the worker puts the computer's name.
            shown.workstation = device_name.trim().to_owned();
            if receipt.pending.is_some() {
                return;
            }
            let live = receipt.live.live();
            let route = receipt_route(print, crate::platform::print_method());
            if route == ReceiptRoute::Cups {
                receipt.status = Some(FileStatus::Printing);
                out.request(&mut receipt.pending, |req| {
                    Command::Contract(ContractCommand::PrintReceipt {
                        req,
                        receipt: shown,
                        printer,
                        printing,
                        live,
                    })
                });
                return;
            }
            receipt.status = Some(FileStatus::Saving);
            out.request(&mut receipt.pending, |req| {
                Command::Contract(ContractCommand::SaveReceipt {
                    req,
                    receipt: shown,
                    dialog,
                    print: route == ReceiptRoute::SaveThenPrintVerb,
                    language,
                    live,
                })
            });
        }
        ContractAction::OpenDocument(index) => {
            let Some(document) = contract.documents.get(index).cloned() else {
                return;
            };
            if contract.open_pending.is_some() {
                return;
            }
            contract.open_status = Some(FileStatus::Saving);
            let live = contract.live.live();
            out.request(&mut contract.open_pending, |req| {
                Command::Contract(ContractCommand::OpenDocument {
                    req,
                    document,
                    dialog,
                    opener,
                    language,
                    live,
                })
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn print_goes_to_cups_or_after_the_save_to_the_print_verb() {
        use PrintMethod::{Cups, ShellPrintVerb};
        assert_eq!(receipt_route(false, Cups), ReceiptRoute::Save);
        assert_eq!(receipt_route(false, ShellPrintVerb), ReceiptRoute::Save);
        assert_eq!(receipt_route(true, Cups), ReceiptRoute::Cups);
        assert_eq!(
            receipt_route(true, ShellPrintVerb),
            ReceiptRoute::SaveThenPrintVerb
        );
    }
    use crate::api::documents::DocumentRef;

    fn doc(key: &str) -> ContractDocument {
        let reference = DocumentRef {
            key: key.into(),
            name: None,
            asset_id: Some("a".into()),
            url: None,
        };
        ContractDocument::new(&reference, format!("%PDF-1.7 {key}").into_bytes())
    }

    fn page(incomplete: bool) -> PageImage {
        PageImage {
            width: 2,
            height: 3,
            rgba: vec![255; 24],
            incomplete,
        }
    }

    fn loaded() -> ContractState {
        let mut s = ContractState {
            booking: Some(BookingId::parse("e0ffc4c2-3864-41b0-8da1-13fe6a9ce032").unwrap()),
            load: Some(1),
            ..Default::default()
        };
        on_update(
            &mut s,
            ContractUpdate::Documents {
                documents: vec![doc("LEASE"), doc("TERMS")],
                page_counts: vec![1, 2],
            },
        );
        s
    }

    #[test]
    fn the_pad_opens_only_after_the_last_page_and_the_consent() {
        let mut s = loaded();
        assert_eq!(s.page_count(), 3);
        assert!(!s.pad_unlocked());
        s.consent = true;
        assert!(!s.pad_unlocked(), "consent alone");
        s.reached_end = true;
        assert!(!s.pad_unlocked(), "pages not drawn yet");
        for (document, page_no) in [(0, 0), (1, 0), (1, 1)] {
            let image = page(false);
            on_update(
                &mut s,
                ContractUpdate::Page {
                    document,
                    page: page_no,
                    image,
                },
            );
        }
        assert!(s.pad_unlocked());
        // A page not drawn fully: no consent, the amounts only instead.
        let image = page(true);
        on_update(
            &mut s,
            ContractUpdate::Page {
                document: 1,
                page: 1,
                image,
            },
        );
        assert!(!s.pad_unlocked());
        s.amounts_only = true;
        assert!(s.pad_unlocked());
        // Amounts only counts only when the contract cannot be had.
        let mut s = loaded();
        s.amounts_only = true;
        assert!(!s.pad_unlocked());
        on_update(
            &mut s,
            ContractUpdate::Failed {
                problem: ContractProblem::NoDocuments,
                documents: Vec::new(),
            },
        );
        assert!(s.pad_unlocked());
    }

    #[test]
    fn pages_land_in_their_documents_slot_and_flag_what_was_not_drawn() {
        let mut s = loaded();
        for (document, page_no, incomplete) in [(0, 0, false), (1, 0, false), (1, 1, true)] {
            on_update(
                &mut s,
                ContractUpdate::Page {
                    document,
                    page: page_no,
                    image: page(incomplete),
                },
            );
        }
        assert_eq!(s.pages_ready(), 3);
        assert!(s.drawn_fully(0));
        assert!(!s.drawn_fully(1), "its second page was not drawn fully");
        assert!((s.pages[2].aspect - 1.5).abs() < 1e-6);
    }
}
