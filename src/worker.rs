//! The background worker: the UI sends commands, the worker does the network
//! and keyring work on the tokio runtime and sends events back, asking for a
//! repaint. Nothing here blocks the UI thread.

use std::collections::HashMap;
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use tokio::runtime::Handle;
use tokio::sync::mpsc;
use tokio::task::AbortHandle;
use zeroize::Zeroizing;

use crate::api::models::{Property, Quotation, ReservationDetail};
use crate::api::{
    ApiError, ApiErrorCode, ApiKey, BookingId, ClientConfig, Endpoint, ReservationId, SaveOutcome,
    StoRegisterClient,
};
use crate::domain::booking::BookingView;
use crate::i18n::Text;
use crate::pairing::service::{TabletCommand, TabletEvent, TabletService};
use crate::secrets::{SecretError, SecretStore};

mod booking;
pub mod child;
pub mod contract;
pub mod dialog;
pub mod files;
pub mod insurance;
mod key;
mod kiosk_pin;
pub mod live;
pub mod print;
pub mod save_form;
pub mod sheet;
pub mod walkin;

/// Identifies one request (the app's `Outbox` gives them out); a result whose
/// id is not the one its state waits for is dropped.
pub type RequestId = u64;

/// Called when an event is ready (the app passes `ctx.request_repaint`).
pub type Repaint = Arc<dyn Fn() + Send + Sync>;

pub enum Command {
    /// New connection settings (the key is kept).
    Configure(ClientConfig),
    /// Read the API key from the credential store.
    LoadKey,
    /// Store the key: in the credential store, or for this session only.
    SaveKey {
        key: ApiKey,
        session_only: bool,
    },
    DeleteKey,
    /// Start the built-in sandbox and point the client at it.
    StartDemo,
    /// Demo mode on a sandbox already running on this computer (`--demo
    /// --base-url`), shared with another instance.
    JoinDemo {
        base_url: String,
    },
    /// Look an id up as a reservation, then as a booking.
    Lookup {
        req: RequestId,
        id: ReservationId,
    },
    Quote {
        req: RequestId,
        booking: BookingId,
    },
    SaveSignature {
        req: RequestId,
        booking: BookingId,
        png_base64: Zeroizing<String>,
    },
    Properties {
        req: RequestId,
    },
    /// After an upload without an answer: read the booking's
    /// `isDocumentSigned` (a GET; nothing is sent again).
    CheckSigned {
        req: RequestId,
        booking: BookingId,
    },
    Cancel {
        req: RequestId,
    },
    /// Find out whether a kiosk manager PIN is set.
    LoadKioskPin,
    /// Set (`new: Some`) or remove (`new: None`) the kiosk manager PIN. When a
    /// PIN is set, `current` must match it.
    SetKioskPin {
        current: Option<Zeroizing<String>>,
        new: Option<Zeroizing<String>>,
    },
    /// Check a PIN typed at the kiosk.
    VerifyKioskPin {
        req: RequestId,
        pin: Zeroizing<String>,
    },
    /// Ask the user where to save `csv` (nothing is written unless they
    /// choose a file), then write it there.
    SaveCsv {
        req: RequestId,
        csv: String,
        suggested_name: String,
        dialog: Arc<dyn SaveDialog>,
        /// The app's language, for the dialog's title (this is not its thread).
        language: crate::i18n::Language,
        /// Ended by the wipe: no dialog or write after it.
        live: live::Live,
    },
    /// Desk-to-tablet pairing and hand-off (src/pairing/service.rs).
    Tablet(TabletCommand),
    /// Walk-in quotes (issue 14).
    Walkin(walkin::WalkinCommand),
    /// Write the quote sheet's PDF, ask where to save it (nothing is
    /// written unless the user chooses a file), then write it there.
    SaveQuoteSheet {
        req: RequestId,
        sheet: Box<crate::quote_sheet::SheetRequest>,
        dialog: Arc<dyn SaveDialog>,
        /// The app's language, for the dialog's title (the sheet's own
        /// language is the customer's).
        language: crate::i18n::Language,
        /// Ended by the wipe: no dialog or write after it.
        live: live::Live,
    },
    /// Open a saved file in the system's viewer.
    OpenFile {
        path: PathBuf,
        opener: Arc<dyn sheet::FileOpener>,
    },
    /// The contract shown before signing, and the signing receipt (issue 21).
    Contract(contract::ContractCommand),
    /// Insurance options and the link (issue 28).
    Insurance(insurance::InsuranceCommand),
    /// Read a folder for the app's own save form (`None`: where it starts);
    /// with a `root` (kiosk) only inside it.
    ListFolder {
        req: RequestId,
        folder: Option<PathBuf>,
        root: Option<PathBuf>,
    },
    /// The printers the system offers (Settings).
    ListPrinters {
        req: RequestId,
        printing: Arc<dyn print::Printing>,
    },
}

impl std::fmt::Debug for Command {
    // Hand-written so a signature or key can never reach a log through Debug.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Command::Configure(c) => write!(f, "Configure({})", c.base_url),
            Command::LoadKey => f.write_str("LoadKey"),
            Command::SaveKey { session_only, .. } => {
                write!(f, "SaveKey(session_only={session_only})")
            }
            Command::DeleteKey => f.write_str("DeleteKey"),
            Command::StartDemo => f.write_str("StartDemo"),
            Command::JoinDemo { base_url } => write!(f, "JoinDemo({base_url})"),
            Command::Lookup { req, id } => write!(f, "Lookup({req}, {id})"),
            Command::Quote { req, booking } => write!(f, "Quote({req}, {booking})"),
            Command::SaveSignature { req, booking, .. } => {
                write!(f, "SaveSignature({req}, {booking})")
            }
            Command::Properties { req } => write!(f, "Properties({req})"),
            Command::CheckSigned { req, booking } => write!(f, "CheckSigned({req}, {booking})"),
            Command::Cancel { req } => write!(f, "Cancel({req})"),
            Command::Walkin(c) => write!(f, "Walkin({c:?})"),
            Command::LoadKioskPin => f.write_str("LoadKioskPin"),
            Command::SetKioskPin { new, .. } => {
                write!(f, "SetKioskPin(remove={})", new.is_none())
            }
            Command::VerifyKioskPin { req, .. } => write!(f, "VerifyKioskPin({req})"),
            // The CSV names the client: only its size reaches a log.
            Command::SaveCsv { req, csv, .. } => write!(f, "SaveCsv({req}, {} bytes)", csv.len()),
            Command::Tablet(c) => write!(f, "Tablet({c:?})"),
            // The sheet holds a customer's quotes: only their count is logged.
            Command::SaveQuoteSheet { req, sheet, .. } => {
                write!(f, "SaveQuoteSheet({req}, {} options)", sheet.options.len())
            }
            Command::OpenFile { .. } => f.write_str("OpenFile"),
            Command::Contract(c) => write!(f, "Contract({c:?})"),
            Command::Insurance(c) => write!(f, "Insurance({c:?})"),
            Command::ListFolder { req, .. } => write!(f, "ListFolder({req})"),
            Command::ListPrinters { req, .. } => write!(f, "ListPrinters({req})"),
        }
    }
}

/// The future a [`SaveDialog`] returns.
pub type DialogFuture = Pin<Box<dyn Future<Output = Option<PathBuf>> + Send>>;

/// Asks the user where to save a file. The app uses the system's dialog
/// ([`SystemSaveDialog`]); tests put a fake in its place, so no test opens one.
pub trait SaveDialog: Send + Sync {
    /// The file the user chose, or `None` when they cancelled. `title` is
    /// the dialog's title (what is being saved).
    fn choose(
        &self,
        title: &str,
        suggested_name: &str,
        filter_name: &str,
        extension: &str,
    ) -> DialogFuture;
}

pub use dialog::{FormRequest, OwnSaveForm, SystemSaveDialog};

/// Where the API key stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyState {
    /// Not read yet.
    Unknown,
    Missing,
    Set {
        masked: String,
        store: &'static str,
    },
}

/// Where the kiosk manager PIN stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PinState {
    /// Not read yet.
    Unknown,
    NotSet,
    Set {
        store: &'static str,
        /// Kept in memory only: forgotten when the app closes.
        session_only: bool,
    },
    /// The PIN cannot be read (the credential store failed, or a PIN kept
    /// for the session only was lost at a restart). The kiosk stays locked:
    /// failing open would hand the staff screen to the customer.
    Unreadable,
}

/// The answer to a PIN typed at the kiosk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinCheck {
    Correct,
    Wrong,
    /// No PIN is set (nothing to protect the kiosk with).
    NotSet,
}

/// What a lookup found: the reservation, its booking's quote, or both.
#[derive(Debug, Clone, PartialEq)]
pub struct LookupResult {
    pub id: String,
    pub reservation: Option<ReservationDetail>,
    pub quotation: Option<Quotation>,
    /// Why the quote could not be loaded alongside a reservation.
    pub quotation_error: Option<ApiError>,
}

/// The reservation's own field when it has one, else the booking's (see
/// [`BookingView`]).
macro_rules! through_view {
    ($($name:ident: $ty:ty),* $(,)?) => {
        $(
            pub fn $name(&self) -> Option<&$ty> {
                self.view().$name()
            }
        )*
    };
}

impl LookupResult {
    /// The one view of this booking the app shows.
    pub fn view(&self) -> BookingView<'_> {
        BookingView::new(self.reservation.as_ref(), self.quotation.as_ref())
    }

    through_view!(
        client: crate::api::models::Client,
        property: Property,
        storage: crate::api::models::NamedRef,
        storage_category: crate::api::models::NamedRef,
        storage_size: crate::api::models::StorageSize,
        transact_id: String,
        transact_date: crate::api::lenient::ApiDate,
        move_in_date: crate::api::lenient::ApiDate,
        pro_rata: crate::api::models::Subscription,
        billing: crate::api::models::Subscription,
    );

    /// The booking id to use for the quote and the signature.
    pub fn booking_id(&self) -> Option<BookingId> {
        self.view().booking_id()
    }
}

#[derive(Debug)]
pub enum Event {
    Key(KeyState),
    /// The credential store could not be used; the UI offers a session-only key.
    KeyStoreError(SecretError),
    DemoReady {
        base_url: String,
    },
    DemoFailed(Text),
    Lookup {
        req: RequestId,
        result: Result<Box<LookupResult>, ApiError>,
    },
    Quote {
        req: RequestId,
        result: Result<Box<Quotation>, ApiError>,
    },
    SignatureSaved {
        req: RequestId,
        booking: BookingId,
        result: Result<SaveOutcome, ApiError>,
    },
    Properties {
        req: RequestId,
        result: Result<Vec<Property>, ApiError>,
    },
    /// The booking's `isDocumentSigned` (None: the server does not say).
    SignedChecked {
        req: RequestId,
        booking: BookingId,
        result: Result<Option<bool>, ApiError>,
    },
    /// The kiosk PIN's state; `note` explains a fallback (no credential store).
    KioskPin {
        state: PinState,
        note: Option<Text>,
    },
    /// Setting or removing the PIN was refused; the message says why.
    KioskPinRefused(Text),
    KioskPinChecked {
        req: RequestId,
        result: Result<PinCheck, Text>,
    },
    /// The CSV was written to the chosen file (`Some`), or the user
    /// cancelled (`None`), or it could not be written (`Err`, a message).
    CsvSaved {
        req: RequestId,
        result: Result<Option<PathBuf>, Text>,
    },
    /// The tablet link's news (pairing, hand-off state, listener).
    Tablet(TabletEvent),
    /// Walk-in quotes (issue 14).
    Walkin(walkin::WalkinEvent),
    /// The quote sheet was saved (`Some`), cancelled (`None`), or could not
    /// be made or written (`Err`).
    QuoteSheetSaved {
        req: RequestId,
        result: Result<Option<PathBuf>, Text>,
    },
    /// The system's viewer could not be started.
    FileOpenFailed(Text),
    /// The contract's pages, the receipt's and a document's saves (issue 21).
    Contract(contract::ContractEvent),
    /// Insurance options and the link's outcome (issue 28).
    Insurance(insurance::InsuranceEvent),
    /// A folder read for the app's own save form.
    FolderListed {
        req: RequestId,
        result: Result<crate::domain::save_form::Listing, Text>,
    },
    Printers {
        req: RequestId,
        result: Result<crate::domain::printers::PrinterList, Text>,
    },
}

/// The UI's end of the worker.
pub struct WorkerHandle {
    tx: mpsc::UnboundedSender<Command>,
    rx: std::sync::mpsc::Receiver<Event>,
}

impl WorkerHandle {
    /// Queues a command; never blocks.
    pub fn send(&self, cmd: Command) {
        if self.tx.send(cmd).is_err() {
            tracing::error!("the background worker has stopped");
        }
    }

    pub fn try_recv(&self) -> Option<Event> {
        self.rx.try_recv().ok()
    }
}

struct Shared {
    config: ClientConfig,
    key: Option<ApiKey>,
    key_store_name: &'static str,
    sandbox: Option<crate::sandbox::Sandbox>,
    /// The kiosk PIN hash when no credential store could keep it (memory only).
    session_pin: Option<Zeroizing<String>>,
}

impl Shared {
    fn client(&self) -> Result<StoRegisterClient, ApiError> {
        let key = self.key.clone().ok_or(ApiError::MissingKey)?;
        StoRegisterClient::new(self.config.clone(), Some(key))
    }

    fn key_state(&self) -> KeyState {
        match &self.key {
            Some(k) => KeyState::Set {
                masked: k.masked(),
                store: self.key_store_name,
            },
            None => KeyState::Missing,
        }
    }
}

struct Worker {
    shared: Arc<Mutex<Shared>>,
    secrets: Arc<dyn SecretStore>,
    events: std::sync::mpsc::Sender<Event>,
    repaint: Repaint,
    tasks: Arc<Mutex<HashMap<RequestId, AbortHandle>>>,
    tablet: Arc<TabletService>,
}

/// Starts the worker on `rt`.
pub fn spawn(
    rt: &Handle,
    secrets: Arc<dyn SecretStore>,
    config: ClientConfig,
    repaint: Repaint,
) -> WorkerHandle {
    let (tx, mut cmd_rx) = mpsc::unbounded_channel();
    let (evt_tx, rx) = std::sync::mpsc::channel();
    let tablet_tx = evt_tx.clone();
    let tablet_repaint = repaint.clone();
    let tablet = TabletService::new(
        secrets.clone(),
        Arc::new(move |e| {
            if tablet_tx.send(Event::Tablet(e)).is_ok() {
                tablet_repaint();
            }
        }),
    );
    let worker = Arc::new(Worker {
        shared: Arc::new(Mutex::new(Shared {
            config,
            key: None,
            key_store_name: secrets.describe(),
            sandbox: None,
            session_pin: None,
        })),
        secrets,
        events: evt_tx,
        repaint,
        tasks: Arc::new(Mutex::new(HashMap::new())),
        tablet,
    });
    let rt2 = rt.clone();
    rt.spawn(async move {
        while let Some(cmd) = cmd_rx.recv().await {
            tracing::debug!(?cmd, "command");
            worker.clone().handle(&rt2, cmd);
        }
    });
    WorkerHandle { tx, rx }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A panic elsewhere must not take the worker down with it.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Worker {
    fn emit(&self, event: Event) {
        if self.events.send(event).is_ok() {
            (self.repaint)();
        }
    }

    fn client(&self) -> Result<StoRegisterClient, ApiError> {
        lock(&self.shared).client()
    }

    /// Runs a request as its own task so it can be cancelled.
    fn spawn_request<F>(self: &Arc<Self>, rt: &Handle, req: RequestId, fut: F)
    where
        F: std::future::Future<Output = Event> + Send + 'static,
    {
        let me = self.clone();
        let tasks = self.tasks.clone();
        let handle = rt.spawn(async move {
            let event = fut.await;
            lock(&tasks).remove(&req);
            me.emit(event);
        });
        lock(&self.tasks).insert(req, handle.abort_handle());
    }

    /// Runs an insurance request; with `req` it can be cancelled, without
    /// (a link) it always runs to its end.
    fn spawn_insurance<F>(self: &Arc<Self>, rt: &Handle, req: Option<RequestId>, fut: F)
    where
        F: std::future::Future<Output = insurance::InsuranceEvent> + Send + 'static,
    {
        let me = self.clone();
        let tasks = self.tasks.clone();
        let handle = rt.spawn(async move {
            let event = fut.await;
            if let Some(req) = req {
                lock(&tasks).remove(&req);
            }
            me.emit(Event::Insurance(event));
        });
        if let Some(req) = req {
            lock(&self.tasks).insert(req, handle.abort_handle());
        }
    }

    fn handle(self: Arc<Self>, rt: &Handle, cmd: Command) {
        match cmd {
            Command::Configure(config) => {
                lock(&self.shared).config = config;
            }
            Command::LoadKey => self.load_key(rt),
            Command::SaveKey { key, session_only } => self.save_key(rt, key, session_only),
            Command::DeleteKey => self.delete_key(rt),
            Command::StartDemo => self.start_demo(rt),
            Command::JoinDemo { base_url } => self.join_demo(base_url),
            Command::Lookup { req, id } => self.lookup(rt, req, id),
            Command::Quote { req, booking } => self.quote(rt, req, booking),
            Command::SaveSignature {
                req,
                booking,
                png_base64,
            } => self.save_signature(rt, req, booking, png_base64),
            Command::Properties { req } => self.properties(rt, req),
            Command::CheckSigned { req, booking } => self.check_signed(rt, req, booking),
            Command::Cancel { req } => {
                if let Some(h) = lock(&self.tasks).remove(&req) {
                    h.abort();
                }
            }
            Command::Walkin(c) => walkin::handle(&self, rt, c),
            Command::LoadKioskPin => self.load_pin(rt),
            Command::SetKioskPin { current, new } => self.set_pin(rt, current, new),
            Command::VerifyKioskPin { req, pin } => self.verify_pin(rt, req, pin),
            Command::SaveCsv {
                req,
                csv,
                suggested_name,
                dialog,
                language,
                live,
            } => {
                let to = files::Destination::save_only(dialog, live);
                self.save_csv(rt, req, (csv, suggested_name), to, language)
            }
            Command::Tablet(c) => self.tablet.handle(rt, c),
            Command::SaveQuoteSheet {
                req,
                sheet,
                dialog,
                language,
                live,
            } => {
                let to = files::Destination::save_only(dialog, live);
                sheet::save(&self, rt, req, sheet, to, language);
            }
            Command::OpenFile { path, opener } => sheet::open_file(&self, rt, path, opener),
            Command::Contract(c) => contract::handle(&self, rt, c),
            Command::Insurance(c) => insurance::handle(&self, rt, c),
            Command::ListFolder { req, folder, root } => {
                save_form::list_folder(&self, rt, req, folder, root);
            }
            Command::ListPrinters { req, printing } => {
                self.spawn_request(rt, req, async move {
                    let result = tokio::task::spawn_blocking(move || printing.printers())
                        .await
                        .unwrap_or_else(|e| Err(print::PrintProblem::Failed(e.to_string())))
                        .map_err(|p| p.text());
                    Event::Printers { req, result }
                });
            }
        }
    }
}

/// Writes `contents` to `path` (blocking). Never through a link: a link
/// put where a file is expected could lead out of a kiosk's folder.
fn write_now(path: PathBuf, contents: impl AsRef<[u8]>) -> Result<PathBuf, Text> {
    if std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(
            Text::tr("path-is-a-link-nothing-was-written").with("path", path.display().to_string())
        );
    }
    match std::fs::write(&path, contents) {
        Ok(()) => Ok(path),
        Err(e) => Err(Text::tr("path-could-not-be-written-error")
            .with("path", path.display().to_string())
            .with("error", e.to_string())),
    }
}

/// One id field for both kinds: try it as a reservation, then as a booking.
/// A reservation's quote is fetched too, for the signing status and the quote
/// summary; failing that is reported beside the reservation, not instead of it.
pub async fn lookup(
    client: &StoRegisterClient,
    id: ReservationId,
) -> Result<LookupResult, ApiError> {
    match client.reservation_detail(&id).await {
        Ok(reservation) => {
            let booking = reservation
                .id
                .as_deref()
                .and_then(|s| BookingId::parse(s).ok())
                .unwrap_or_else(|| id.into());
            let (quotation, quotation_error) = match client.quotation_preview(&booking).await {
                Ok(q) => (Some(q), None),
                Err(e) => (None, Some(e)),
            };
            Ok(LookupResult {
                id: id.to_string(),
                reservation: Some(reservation),
                quotation,
                quotation_error,
            })
        }
        Err(e) if e.is_not_found() => match client.quotation_preview(&id.into()).await {
            Ok(q) => Ok(LookupResult {
                id: id.to_string(),
                reservation: None,
                quotation: Some(q),
                quotation_error: None,
            }),
            Err(e2) if e2.is_not_found() => Err(ApiError::Api {
                endpoint: Endpoint::Lookup,
                codes: vec![ApiErrorCode::NoRecordsFound],
                http_status: 200,
            }),
            Err(e2) => Err(e2),
        },
        Err(e) => Err(e),
    }
}
