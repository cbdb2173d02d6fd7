//! Where a save asks for a file: the system's dialog where there is one
//! (rfd: the XDG desktop portal or zenity on Linux, the native dialogs on
//! macOS and Windows), else the app's own save form (`ui/save_form/`).
//!
//! rfd answers "no file" both when the user cancels and when no dialog
//! could open, so whether one can open is found out before: on Linux, the
//! portal's FileChooser is asked for its version over D-Bus (zbus, with a
//! short deadline; a portal that is only D-Bus-activatable starts then),
//! and zenity, rfd's own fallback, is looked for on PATH. The answer is
//! found once, when the app starts.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::runtime::Handle;
use tokio::sync::oneshot;

use super::{DialogFuture, Repaint, SaveDialog};

/// How long the portal may take to say it is there.
pub const PORTAL_DEADLINE: Duration = Duration::from_secs(2);

/// One question for the app's own save form; the form answers on `answer`
/// (dropping it, as a wipe does, answers "nothing chosen").
pub struct FormRequest {
    pub title: String,
    pub suggested_name: String,
    pub extension: String,
    pub answer: oneshot::Sender<Option<PathBuf>>,
}

impl std::fmt::Debug for FormRequest {
    // The suggested name may name the customer.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "FormRequest(.{})", self.extension)
    }
}

/// The app's own save form as a [`SaveDialog`]: the question goes to the
/// UI, which draws the form; the answer comes back.
#[derive(Clone)]
pub struct OwnSaveForm {
    requests: std::sync::mpsc::Sender<FormRequest>,
    repaint: Repaint,
}

impl OwnSaveForm {
    /// The dialog, and the UI's end of its questions.
    pub fn new(repaint: Repaint) -> (Self, std::sync::mpsc::Receiver<FormRequest>) {
        let (requests, inbox) = std::sync::mpsc::channel();
        (Self { requests, repaint }, inbox)
    }
}

impl SaveDialog for OwnSaveForm {
    fn choose(&self, title: &str, suggested_name: &str, _filter: &str, ext: &str) -> DialogFuture {
        let (answer, answered) = oneshot::channel();
        let request = FormRequest {
            title: title.to_owned(),
            suggested_name: suggested_name.to_owned(),
            extension: ext.to_owned(),
            answer,
        };
        // Sent now, not at the first poll: the caller asks while the
        // customer is live, and the wipe empties the form's inbox.
        let sent = self.requests.send(request).is_ok();
        (self.repaint)();
        Box::pin(async move {
            if !sent {
                return None;
            }
            answered.await.ok().flatten()
        })
    }
}

/// Whether a system dialog can open: not known yet, or the answer.
type Native = Arc<Mutex<Option<bool>>>;

/// The system's save dialog where one can open, else the app's own form.
pub struct SystemSaveDialog {
    native: Native,
    own: OwnSaveForm,
}

impl SystemSaveDialog {
    /// Starts finding out whether a system dialog can open (on `rt`).
    pub fn start(rt: &Handle, own: OwnSaveForm) -> Self {
        let native: Native = Arc::default();
        let found = native.clone();
        rt.spawn(async move {
            let available = native_dialog_available().await;
            tracing::info!(available, "system save dialog");
            *found.lock().unwrap_or_else(|p| p.into_inner()) = Some(available);
        });
        Self { native, own }
    }

    fn known(&self) -> Option<bool> {
        *self.native.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl SaveDialog for SystemSaveDialog {
    fn choose(&self, title: &str, name: &str, filter: &str, ext: &str) -> DialogFuture {
        match self.known() {
            Some(true) => system_dialog(title, name, filter, ext),
            Some(false) => self.own.choose(title, name, filter, ext),
            // The first second after start: ask now, then choose.
            None => {
                let own = self.own.clone();
                let (title, name, filter, ext) = (
                    title.to_owned(),
                    name.to_owned(),
                    filter.to_owned(),
                    ext.to_owned(),
                );
                Box::pin(async move {
                    if native_dialog_available().await {
                        system_dialog(&title, &name, &filter, &ext).await
                    } else {
                        own.choose(&title, &name, &filter, &ext).await
                    }
                })
            }
        }
    }
}

/// rfd's dialog; asynchronous, so the UI thread never waits for it.
fn system_dialog(title: &str, suggested_name: &str, filter_name: &str, ext: &str) -> DialogFuture {
    let dialog = rfd::AsyncFileDialog::new()
        .set_title(title)
        .set_file_name(suggested_name)
        .add_filter(filter_name, &[ext]);
    Box::pin(async move {
        dialog
            .save_file()
            .await
            .map(|handle| handle.path().to_path_buf())
    })
}

/// A system dialog can open: always on Windows and macOS; on Linux when
/// the portal has a file chooser or zenity is installed.
pub async fn native_dialog_available() -> bool {
    if crate::platform::native_dialogs_always() {
        return true;
    }
    on_path("zenity") || portal_file_chooser().await
}

/// `program` is an executable file in one of PATH's folders.
pub fn on_path(program: &str) -> bool {
    let Some(path) = std::env::var_os("PATH") else {
        return false;
    };
    std::env::split_paths(&path).any(|dir| is_executable(&dir.join(program)))
}

fn is_executable(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && crate::platform::executable(&m))
}

/// The desktop portal answers for its FileChooser within [`PORTAL_DEADLINE`].
#[cfg(not(any(windows, target_os = "macos")))]
pub async fn portal_file_chooser() -> bool {
    let ask = async {
        let conn = zbus::Connection::session().await.ok()?;
        let proxy = zbus::fdo::PropertiesProxy::builder(&conn)
            .destination("org.freedesktop.portal.Desktop")
            .ok()?
            .path("/org/freedesktop/portal/desktop")
            .ok()?
            .build()
            .await
            .ok()?;
        let iface =
            zbus::names::InterfaceName::try_from("org.freedesktop.portal.FileChooser").ok()?;
        proxy.get(iface, "version").await.ok().map(|_| ())
    };
    tokio::time::timeout(PORTAL_DEADLINE, ask)
        .await
        .ok()
        .flatten()
        .is_some()
}

#[cfg(any(windows, target_os = "macos"))]
pub async fn portal_file_chooser() -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn programs_are_found_on_path_only_when_there() {
        // `sh` is on every PATH this runs on; a made-up name is not.
        assert!(on_path("sh"));
        assert!(!on_path("storedesk-no-such-dialog"));
    }

    #[tokio::test]
    async fn the_own_form_answers_what_the_ui_sends_and_nothing_when_dropped() {
        let (form, inbox) = OwnSaveForm::new(Arc::new(|| {}));
        let asked = form.choose("Save", "a.pdf", "PDF", "pdf");
        let request = inbox.try_recv().expect("asked at once");
        assert_eq!(request.suggested_name, "a.pdf");
        request
            .answer
            .send(Some(PathBuf::from("/tmp/a.pdf")))
            .unwrap();
        assert_eq!(asked.await, Some(PathBuf::from("/tmp/a.pdf")));
        let asked = form.choose("Save", "b.pdf", "PDF", "pdf");
        drop(inbox.try_recv().unwrap());
        assert_eq!(asked.await, None);
    }
}
