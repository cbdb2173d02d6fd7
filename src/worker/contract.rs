//! The worker's contract jobs (issue 21): fetch the booking's documents,
//! check them, render their pages (hayro, on a blocking thread, page by
//! page so the first one shows early); write the signing receipt or a copy
//! of a document where the user chooses, and open it in the system's viewer
//! (or, on Windows, print the receipt saved through the shell's print verb).
//! Nothing is written without the save dialog.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use tokio::runtime::Handle;
use zeroize::Zeroizing;

use super::files::{self, Ask, Destination};
use super::live::Live;
use super::print::{Printing, ShellPrint};
use super::sheet::FileOpener;
use super::{Event, RequestId, SaveDialog, Worker};
use crate::api::{ApiError, BookingId, StoRegisterClient};
use crate::domain::contract::{ContractDocument, ContractProblem, check_pdf};
use crate::i18n::{self, Language, Text, tr};
use crate::pdf::isolated::{self, RenderFailure, Rendered};
use crate::pdf::page_stream::Refused;
use crate::pdf::read::{PageImage, ReadError};
use crate::receipt::Receipt;

/// Pages are rendered this wide: sharp on a desk screen and when zoomed.
pub const RENDER_WIDTH: u32 = 1280;

pub enum ContractCommand {
    /// Fetch, check and render the booking's contract documents.
    Load { req: RequestId, booking: BookingId },
    /// Make the signing receipt, ask where to save it, write it there; with
    /// `print` (Windows), then print that file through the shell's print
    /// verb (answered as printed on the default printer).
    SaveReceipt {
        req: RequestId,
        receipt: Box<Receipt>,
        dialog: Arc<dyn SaveDialog>,
        print: bool,
        language: Language,
        /// Ended by the wipe: no dialog, write or print after it.
        live: Live,
    },
    /// Make the signing receipt and send it to the system's printing
    /// (`printer`: the one chosen in Settings, `None` the default). Nothing
    /// is written to disk.
    PrintReceipt {
        req: RequestId,
        receipt: Box<Receipt>,
        printer: Option<String>,
        printing: Arc<dyn Printing>,
        live: Live,
    },
    /// Save a copy of a contract document where the user chooses, then
    /// open it in the system's PDF viewer.
    OpenDocument {
        req: RequestId,
        document: ContractDocument,
        dialog: Arc<dyn SaveDialog>,
        opener: Arc<dyn FileOpener>,
        language: Language,
        live: Live,
    },
}

impl std::fmt::Debug for ContractCommand {
    // The receipt holds the signature, a document the customer's details:
    // neither reaches a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Load { req, booking } => write!(f, "Load({req}, {booking})"),
            Self::SaveReceipt { req, print, .. } => write!(f, "SaveReceipt({req}, print={print})"),
            Self::PrintReceipt { req, .. } => write!(f, "PrintReceipt({req})"),
            Self::OpenDocument { req, document, .. } => {
                write!(f, "OpenDocument({req}, {})", document.sha256)
            }
        }
    }
}

/// What the worker reports about a contract being loaded.
#[derive(Debug)]
pub enum ContractUpdate {
    /// Every document downloaded, checked and opened; pages follow.
    Documents {
        documents: Vec<ContractDocument>,
        page_counts: Vec<usize>,
    },
    /// One page, ready to show.
    Page {
        document: usize,
        page: usize,
        image: PageImage,
    },
    /// The contract cannot be shown; `documents` are those downloaded
    /// before the problem (their hashes still go on the receipt).
    Failed {
        problem: ContractProblem,
        documents: Vec<ContractDocument>,
    },
}

#[derive(Debug)]
pub enum ContractEvent {
    Load {
        req: RequestId,
        update: ContractUpdate,
    },
    /// Saved (`Some`), cancelled (`None`), or not made, written or opened.
    ReceiptSaved {
        req: RequestId,
        result: Result<Option<PathBuf>, Text>,
    },
    DocumentOpened {
        req: RequestId,
        result: Result<Option<PathBuf>, Text>,
    },
    /// Handed to the printer (`Some`: its name), or not printed and why;
    /// `None` when the customer was wiped first.
    ReceiptPrinted {
        req: RequestId,
        result: Result<Option<String>, Text>,
    },
}

pub(super) fn handle(worker: &Arc<Worker>, rt: &Handle, cmd: ContractCommand) {
    match cmd {
        ContractCommand::Load { req, booking } => load(worker, rt, req, booking),
        ContractCommand::SaveReceipt {
            req,
            receipt,
            dialog,
            print,
            language,
            live,
        } => worker.spawn_request(rt, req, async move {
            let printer = print.then(|| Arc::new(ShellPrint) as Arc<dyn FileOpener>);
            let saved = save_receipt(receipt, dialog, printer, language, live).await;
            Event::Contract(match saved {
                // The print verb knows only the default printer.
                Ok(Some(_)) if print => ContractEvent::ReceiptPrinted {
                    req,
                    result: Ok(Some(String::new())),
                },
                result => ContractEvent::ReceiptSaved { req, result },
            })
        }),
        ContractCommand::PrintReceipt {
            req,
            receipt,
            printer,
            printing,
            live,
        } => worker.spawn_request(rt, req, async move {
            let result = print_receipt(receipt, printer, printing, live).await;
            Event::Contract(ContractEvent::ReceiptPrinted { req, result })
        }),
        ContractCommand::OpenDocument {
            req,
            document,
            dialog,
            opener,
            language,
            live,
        } => worker.spawn_request(rt, req, async move {
            let title = i18n::with_language(language, || tr("save-the-contract-to-open-it"));
            let name = document.file_name();
            // A copy: the file write needs bytes of its own.
            let bytes = document.bytes.to_vec();
            let to = Destination {
                dialog,
                opener: Some(opener),
                live,
            };
            let what = Ask {
                title,
                name,
                kind: files::PDF,
            };
            let result = files::save_and_open(bytes, what, to).await;
            Event::Contract(ContractEvent::DocumentOpened { req, result })
        }),
    }
}

/// Sets the flag when dropped: the load was cancelled (its task aborted),
/// so the blocking renderer stops after the page it is drawing.
struct StopOnDrop(Arc<AtomicBool>);

impl Drop for StopOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

fn load(worker: &Arc<Worker>, rt: &Handle, req: RequestId, booking: BookingId) {
    let client = worker.client();
    let me = worker.clone();
    let tasks = worker.tasks.clone();
    let handle = rt.spawn(async move {
        let stop = Arc::new(AtomicBool::new(false));
        let _guard = StopOnDrop(stop.clone());
        let fetched = match client {
            Ok(c) => fetch_all(&c, &booking).await,
            Err(e) => Err((problem_of(e), Vec::new())),
        };
        match fetched {
            Ok(documents) => {
                let me2 = me.clone();
                let rendering = tokio::task::spawn_blocking(move || {
                    open_and_render(&me2, req, documents, &stop)
                });
                if let Err(e) = rendering.await {
                    tracing::warn!(error = %e, "contract rendering stopped");
                }
            }
            Err((problem, documents)) => me.emit(Event::Contract(ContractEvent::Load {
                req,
                update: ContractUpdate::Failed { problem, documents },
            })),
        }
        super::lock(&tasks).remove(&req);
    });
    super::lock(&worker.tasks).insert(req, handle.abort_handle());
}

fn problem_of(e: ApiError) -> ContractProblem {
    match e {
        ApiError::TooLarge { .. } => ContractProblem::TooLarge,
        e => ContractProblem::Unavailable(Text::plain(e)),
    }
}

/// Downloads and checks every listed document; the first problem stops.
async fn fetch_all(
    client: &StoRegisterClient,
    booking: &BookingId,
) -> Result<Vec<ContractDocument>, (ContractProblem, Vec<ContractDocument>)> {
    let list = client
        .prefilled_documents(booking)
        .await
        .map_err(|e| (problem_of(e), Vec::new()))?;
    if list.is_empty() {
        return Err((ContractProblem::NoDocuments, Vec::new()));
    }
    // Each is up to 20 MiB and kept while shown: a list longer than the
    // renderer takes is refused before anything is downloaded.
    if list.len() > isolated::DEFAULT_LIMITS.max_documents {
        return Err((ContractProblem::TooBigToShow, Vec::new()));
    }
    let mut documents = Vec::new();
    for reference in &list {
        let download = match client.download_document(booking, reference).await {
            Ok(d) => d,
            Err(e) => return Err((problem_of(e), documents)),
        };
        let checked = check_pdf(&download.bytes, &download.content_type);
        let document = ContractDocument::new(reference, download.bytes);
        if let Err(problem) = checked {
            // An encrypted PDF is still the document that was sent: its
            // hash goes on the receipt. A web page instead of a PDF is not.
            if problem == ContractProblem::Encrypted {
                documents.push(document);
            }
            return Err((problem, documents));
        }
        documents.push(document);
    }
    Ok(documents)
}

/// Renders every document in the renderer process ([`isolated`]): the page
/// counts once all opened (so a damaged one is reported before any page
/// shows), then page after page until done or stopped. Whatever goes wrong
/// there (a crash, a limit) is a problem shown here.
fn open_and_render(
    worker: &Worker,
    req: RequestId,
    documents: Vec<ContractDocument>,
    stop: &AtomicBool,
) {
    let emit = |update| worker.emit(Event::Contract(ContractEvent::Load { req, update }));
    let bytes: Vec<_> = documents.iter().map(|d| d.bytes.clone()).collect();
    let mut documents = Some(documents);
    let limits = isolated::DEFAULT_LIMITS;
    let rendered = isolated::render(&bytes, &limits, isolated::DEFAULT_DEADLINE, stop, |r| {
        if stop.load(Ordering::Relaxed) {
            return false;
        }
        match r {
            Rendered::Opened(page_counts) => emit(ContractUpdate::Documents {
                documents: documents.take().unwrap_or_default(),
                page_counts,
            }),
            // A page the renderer failed on is shown blank and flagged.
            Rendered::Page {
                document,
                page,
                image,
            } => emit(ContractUpdate::Page {
                document,
                page,
                image: image.unwrap_or_else(blank_page),
            }),
        }
        true
    });
    if let Err(failure) = rendered
        && !stop.load(Ordering::Relaxed)
    {
        tracing::warn!("contract rendering failed: {failure}");
        emit(ContractUpdate::Failed {
            problem: problem_of_render(&failure),
            // Before the page counts these are still here; after, the app
            // has them already.
            documents: documents.unwrap_or_default(),
        });
    }
}

fn problem_of_render(failure: &RenderFailure) -> ContractProblem {
    match failure {
        RenderFailure::Refused {
            why: Refused::Encrypted,
            ..
        } => ContractProblem::Encrypted,
        RenderFailure::Refused {
            why: Refused::TooManyPages | Refused::TooLarge,
            ..
        }
        | RenderFailure::TooManyDocuments => ContractProblem::TooBigToShow,
        RenderFailure::Refused { .. } => ContractProblem::Damaged(ReadError::Damaged.to_string()),
        RenderFailure::Stopped(_) | RenderFailure::Timeout | RenderFailure::Stream(_) => {
            ContractProblem::RendererFailed
        }
        RenderFailure::Start(e) => ContractProblem::Unavailable(Text::plain(e.clone())),
    }
}

fn blank_page() -> PageImage {
    let (width, height) = (RENDER_WIDTH, RENDER_WIDTH * 297 / 210);
    PageImage {
        width,
        height,
        rgba: vec![255; (width * height * 4) as usize],
        incomplete: true,
    }
}

/// The receipt's file name and PDF (rendered off the async threads).
async fn render_receipt(mut receipt: Box<Receipt>) -> Result<(String, Vec<u8>), Text> {
    if receipt.workstation.trim().is_empty() {
        receipt.workstation = workstation_name();
    }
    let name = receipt.file_name();
    let pdf = tokio::task::spawn_blocking(move || receipt.to_pdf())
        .await
        .map_err(|e| Text::plain(e.to_string()))?
        .map_err(|e| {
            Text::tr("the-receipt-could-not-be-made-error").with("error", e.to_string())
        })?;
    Ok((name, pdf))
}

/// Renders the receipt and hands it to the printer while the customer is live.
async fn print_receipt(
    receipt: Box<Receipt>,
    printer: Option<String>,
    printing: Arc<dyn Printing>,
    live: Live,
) -> Result<Option<String>, Text> {
    let (name, pdf) = render_receipt(receipt).await?;
    let printed = tokio::task::spawn_blocking(move || {
        live.run(|| {
            printing
                .print(pdf, printer.as_deref(), &name)
                .map(|()| printer)
        })
    })
    .await
    .map_err(|e| Text::plain(e.to_string()))?;
    match printed {
        None => Ok(None),
        Some(Ok(printer)) => Ok(Some(printer.unwrap_or_default())),
        Some(Err(problem)) => Err(problem.text()),
    }
}

/// Renders the receipt, asks where to save it, writes it there (then hands
/// it to `opener`: the print verb on Windows).
async fn save_receipt(
    receipt: Box<Receipt>,
    dialog: Arc<dyn SaveDialog>,
    opener: Option<Arc<dyn FileOpener>>,
    language: Language,
    live: Live,
) -> Result<Option<PathBuf>, Text> {
    let (name, pdf) = render_receipt(receipt).await?;
    let title = i18n::with_language(language, || tr("save-the-signing-receipt"));
    let to = Destination {
        dialog,
        opener,
        live,
    };
    let what = Ask {
        title,
        name,
        kind: files::PDF,
    };
    files::save_and_open(Zeroizing::new(pdf), what, to).await
}

/// The name of this computer, for a receipt whose app has no device name
/// (Settings): STOREDESK_WORKSTATION if set, else the system's host name.
pub fn workstation_name() -> String {
    let from_env = |name: &str| {
        std::env::var(name)
            .ok()
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    from_env("STOREDESK_WORKSTATION")
        .or_else(|| from_env("COMPUTERNAME"))
        .or_else(|| {
            std::fs::read_to_string("/etc/hostname")
                .ok()
                .map(|h| h.trim().to_owned())
                .filter(|h| !h.is_empty())
        })
        .or_else(|| from_env("HOSTNAME"))
        .unwrap_or_else(|| "–".to_owned())
}
