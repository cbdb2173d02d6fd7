//! A customer's file leaving the app: the save dialog, the write, and the
//! viewer (to print or look at it), each step only while the customer is
//! still there ([`Live`]). Shared by the receipt, a contract document, the
//! quote comparison's CSV and the quote sheet: after the idle wipe or
//! "Forget this customer" no dialog opens, nothing is written and no viewer
//! starts.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::task::Poll;

use super::live::Live;
use super::{DialogFuture, SaveDialog, write_now};
use crate::i18n::Text;

/// Opens a saved file with the system's viewer. The app uses
/// [`SystemOpener`](super::sheet::SystemOpener); tests put a fake in its place.
pub trait FileOpener: Send + Sync {
    fn open(&self, path: &Path) -> Result<(), crate::i18n::Text>;

    /// What the person reads when [`open`](Self::open) fails with `error`.
    fn failure(&self, error: Text) -> Text {
        Text::tr("the-file-could-not-be-opened-error").with("error", error)
    }
}

/// The kind of file, for the dialog's filter ("PDF", "pdf").
#[derive(Debug, Clone, Copy)]
pub struct FileKind {
    pub filter: &'static str,
    pub extension: &'static str,
}

pub const PDF: FileKind = FileKind {
    filter: "PDF",
    extension: "pdf",
};

pub const CSV: FileKind = FileKind {
    filter: "CSV",
    extension: "csv",
};

/// Where a customer's file goes: the dialog, the viewer (to print or
/// view), and whether that customer is still there.
pub struct Destination {
    pub dialog: Arc<dyn SaveDialog>,
    pub opener: Option<Arc<dyn FileOpener>>,
    pub live: Live,
}

impl Destination {
    /// Saved only: no viewer opens it afterwards (the CSV, the sheet).
    pub fn save_only(dialog: Arc<dyn SaveDialog>, live: Live) -> Self {
        Self {
            dialog,
            opener: None,
            live,
        }
    }
}

/// What is asked of the dialog: its title, the suggested name, the kind.
pub struct Ask<'a> {
    pub title: &'a str,
    pub name: String,
    pub kind: FileKind,
}

/// Asks where to save `bytes`, writes them there, then opens the file when
/// an opener is given. The dialog's answer `None` (cancelled) writes
/// nothing; so does a customer wiped meanwhile (no dialog opens after the
/// wipe, nothing is written or opened after it).
pub async fn save_and_open(
    bytes: impl AsRef<[u8]> + Send + 'static,
    what: Ask<'_>,
    to: Destination,
) -> Result<Option<PathBuf>, Text> {
    let Some(path) = ask(&to, &what).await else {
        return Ok(None);
    };
    let live = to.live.clone();
    let written = tokio::task::spawn_blocking(move || live.run(|| write_now(path, bytes)))
        .await
        .map_err(|e| Text::plain(e.to_string()))?;
    let Some(path) = written.transpose()? else {
        return Ok(None);
    };
    if let Some(opener) = to.opener {
        let shown = path.clone();
        let live = to.live;
        let opened = tokio::task::spawn_blocking(move || {
            live.run(|| opener.open(&shown).map_err(|e| opener.failure(e)))
        })
        .await
        .map_err(|e| Text::plain(e.to_string()))?;
        opened.transpose()?;
    }
    Ok(Some(path))
}

/// The save dialog, opened (asked for and first polled: the system dialog
/// shows at its first poll) only while the customer is live.
async fn ask(to: &Destination, what: &Ask<'_>) -> Option<PathBuf> {
    let mut asked: Option<DialogFuture> = None;
    let kind = what.kind;
    let first = std::future::poll_fn(|cx| {
        Poll::Ready(to.live.run(|| {
            let dialog =
                asked.insert(
                    to.dialog
                        .choose(what.title, &what.name, kind.filter, kind.extension),
                );
            dialog.as_mut().poll(cx)
        }))
    })
    .await;
    match (first?, asked) {
        (Poll::Ready(path), _) => path,
        (Poll::Pending, Some(dialog)) => dialog.await,
        (Poll::Pending, None) => None,
    }
}
