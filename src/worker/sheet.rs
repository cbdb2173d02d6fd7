//! The worker's quote-sheet jobs: write the PDF, ask where to save it
//! (nothing is written without the dialog), and open a saved file in the
//! system's viewer.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use tokio::runtime::Handle;

use super::files::{self, Ask, Destination};
use super::{Event, RequestId, Worker};
use crate::i18n::{Language, Text, tr, with_language};
use crate::quote_sheet::{SheetRequest, file_name, quote_sheet};

pub use super::files::FileOpener;

/// The system's default viewer (the `open` crate: xdg-open, open, start),
/// started detached so the app never waits for it. On freedesktop systems
/// the default application for PDF is asked first: xdg-open hands a PDF
/// with no PDF viewer set to whatever claims it (an image viewer), so none
/// set is said instead.
#[derive(Debug, Default)]
pub struct SystemOpener;

impl FileOpener for SystemOpener {
    fn open(&self, path: &Path) -> Result<(), Text> {
        if crate::platform::asks_xdg_mime() {
            pdf_viewer()?;
        }
        open::that_detached(path).map_err(|e| Text::plain(e.to_string()))
    }
}

/// The desktop file of the default PDF viewer, or why there is none.
fn pdf_viewer() -> Result<String, Text> {
    let args = ["query", "default", "application/pdf"];
    let deadline = std::time::Duration::from_secs(5);
    match super::child::run("xdg-mime", &args, None, deadline) {
        Err(super::child::ChildError::NotInstalled) => {
            Err(Text::tr("xdg-mime-is-not-installed-no-pdf-viewer"))
        }
        Err(_) => Err(Text::tr("the-pdf-viewer-could-not-be-found-in-time")),
        Ok(ran) => {
            let viewer = ran.stdout.trim().to_owned();
            if viewer.is_empty() {
                Err(Text::tr("no-pdf-viewer-is-installed-install-one"))
            } else {
                Ok(viewer)
            }
        }
    }
}

/// Renders the sheet, asks where to save it, writes it there (while the
/// customer is still there: `to.live`).
pub(super) fn save(
    worker: &Arc<Worker>,
    rt: &Handle,
    req: RequestId,
    sheet: Box<SheetRequest>,
    to: Destination,
    language: Language,
) {
    worker.spawn_request(rt, req, async move {
        let title = with_language(language, || tr("save-the-quote-sheet-pdf"));
        let result = render_and_save(sheet, to, title).await;
        Event::QuoteSheetSaved { req, result }
    });
}

async fn render_and_save(
    sheet: Box<SheetRequest>,
    to: Destination,
    title: &str,
) -> Result<Option<PathBuf>, Text> {
    let name = file_name(sheet.date);
    // Rendering is CPU work: off the async threads.
    let bytes = tokio::task::spawn_blocking(move || quote_sheet(&sheet))
        .await
        .map_err(|e| Text::tr("the-pdf-could-not-be-made-error").with("error", e.to_string()))?
        .map_err(|e| Text::tr("the-pdf-could-not-be-made-error").with("error", e.to_string()))?;
    let what = Ask {
        title,
        name,
        kind: files::PDF,
    };
    files::save_and_open(bytes, what, to).await
}

/// Opens `path` with the viewer; only a failure is reported.
pub(super) fn open_file(
    worker: &Arc<Worker>,
    rt: &Handle,
    path: PathBuf,
    opener: Arc<dyn FileOpener>,
) {
    let me = worker.clone();
    rt.spawn_blocking(move || {
        if let Err(error) = opener.open(&path) {
            me.emit(Event::FileOpenFailed(
                Text::tr("the-file-could-not-be-opened-error").with("error", error),
            ));
        }
    });
}

impl Worker {
    /// Asks where to save the comparison CSV, then writes it (while the
    /// customer is still there: `to.live`).
    pub(super) fn save_csv(
        self: &Arc<Self>,
        rt: &Handle,
        req: RequestId,
        (csv, suggested_name): (String, String),
        to: Destination,
        language: Language,
    ) {
        self.spawn_request(rt, req, async move {
            let title = with_language(language, || tr("save-the-quote-comparison"));
            let what = Ask {
                title,
                name: suggested_name,
                kind: files::CSV,
            };
            let result = files::save_and_open(csv, what, to).await;
            Event::CsvSaved { req, result }
        });
    }
}
