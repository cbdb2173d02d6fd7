//! The open save form, its folder and name, and what its buttons do.

use std::path::PathBuf;
use std::sync::mpsc::Receiver;

use crate::domain::save_form::{Listing, SaveStep, child_folder, parent_folder, save_step};
use crate::i18n::Text;
use crate::ui::requests::{Outbox, Pending};
use crate::worker::{Command, FormRequest, RequestId};

/// The accessible label of the file-name field (tests find it by it).
pub const FILE_NAME_LABEL: &str = "file-name";

/// The form (at most one open) and the questions waiting for it.
#[derive(Default)]
pub struct SaveFormState {
    /// Questions from the worker's [`crate::worker::OwnSaveForm`].
    inbox: Option<Receiver<FormRequest>>,
    pub open: Option<OpenForm>,
}

impl std::fmt::Debug for SaveFormState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SaveFormState(open={})", self.open.is_some())
    }
}

/// One save form on screen.
pub struct OpenForm {
    pub title: String,
    pub extension: String,
    /// Dropped (as the wipe drops the form) answers "nothing chosen".
    answer: Option<tokio::sync::oneshot::Sender<Option<PathBuf>>>,
    /// On a kiosk: the folder the form cannot leave.
    pub root: Option<PathBuf>,
    pub listing: Option<Listing>,
    pub pending: Pending,
    pub name: String,
    /// Why the name or the folder cannot be used.
    pub problem: Option<Text>,
    /// A file has the name: replace it?
    pub confirm: Option<PathBuf>,
    /// The name field takes the keyboard when the form opens.
    pub focus_name: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveFormAction {
    /// Into this subfolder of the one shown.
    Enter(String),
    Up,
    /// Take this existing file's name.
    PickFile(String),
    Save,
    /// Yes, replace the file.
    Overwrite,
    /// No, keep the file: back to the name.
    KeepFile,
    Cancel,
}

impl SaveFormState {
    pub fn set_inbox(&mut self, inbox: Receiver<FormRequest>) {
        self.inbox = Some(inbox);
    }

    /// A form is open (its name may name a customer).
    pub fn holds_data(&self) -> bool {
        self.open.is_some()
    }
}

/// Where a form opens: on a kiosk its folder (empty when none is set), on
/// a desk the folder last saved to, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Start {
    Kiosk(PathBuf),
    Desk(Option<PathBuf>),
}

/// Opens the form for a waiting question (called each frame). A question
/// while a form is open is answered "nothing chosen": one at a time.
pub fn take_requests(state: &mut SaveFormState, start: Start, out: &mut Outbox) {
    let Some(inbox) = &state.inbox else {
        return;
    };
    while let Ok(request) = inbox.try_recv() {
        if state.open.is_some() {
            continue;
        }
        let (root, folder) = match &start {
            Start::Kiosk(root) => (Some(root.clone()), None),
            Start::Desk(folder) => (None, folder.clone()),
        };
        let mut form = OpenForm {
            title: request.title,
            extension: request.extension,
            answer: Some(request.answer),
            root,
            listing: None,
            pending: Pending::default(),
            name: request.suggested_name,
            problem: None,
            confirm: None,
            focus_name: true,
        };
        list(&mut form, folder, out);
        state.open = Some(form);
    }
}

fn list(form: &mut OpenForm, folder: Option<PathBuf>, out: &mut Outbox) {
    let root = form.root.clone();
    out.request(&mut form.pending, |req| Command::ListFolder {
        req,
        folder,
        root,
    });
}

/// The worker's reading of a folder.
pub fn on_listed(state: &mut SaveFormState, req: RequestId, result: Result<Listing, Text>) {
    let Some(form) = state.open.as_mut() else {
        return;
    };
    if !form.pending.settle(req, "save form folder") {
        return;
    }
    match result {
        Ok(listing) => {
            form.listing = Some(listing);
            form.problem = None;
        }
        Err(e) => form.problem = Some(e),
    }
}

/// Carries out a press; returns the folder a file was chosen in (a desk
/// remembers it).
pub fn apply(
    action: SaveFormAction,
    state: &mut SaveFormState,
    out: &mut Outbox,
) -> Option<PathBuf> {
    let form = state.open.as_mut()?;
    let listing = form.listing.as_ref();
    match action {
        SaveFormAction::Enter(name) => {
            if let Some(folder) = listing.and_then(|l| child_folder(l, &name)) {
                list(form, Some(folder), out);
            }
        }
        SaveFormAction::Up => {
            if let Some(folder) = listing.and_then(parent_folder) {
                list(form, Some(folder), out);
            }
        }
        SaveFormAction::PickFile(name) => {
            form.name = name;
            form.confirm = None;
        }
        SaveFormAction::Save => match save_step(listing?, &form.name, &form.extension) {
            SaveStep::Save(path) => return finish(state, Some(path), out),
            SaveStep::ConfirmOverwrite(path) => form.confirm = Some(path),
            SaveStep::Refused(problem) => form.problem = Some(problem.text()),
        },
        SaveFormAction::Overwrite => {
            let path = form.confirm.take();
            if path.is_some() {
                return finish(state, path, out);
            }
        }
        SaveFormAction::KeepFile => form.confirm = None,
        SaveFormAction::Cancel => return finish(state, None, out),
    }
    None
}

/// Closes the form with its answer; returns the chosen file's folder.
fn finish(state: &mut SaveFormState, path: Option<PathBuf>, out: &mut Outbox) -> Option<PathBuf> {
    let mut form = state.open.take()?;
    out.cancel(&mut form.pending);
    let folder = path.as_ref().and_then(|p| p.parent()).map(PathBuf::from);
    if let Some(answer) = form.answer.take() {
        let _ = answer.send(path);
    }
    folder
}

/// The customer is wiped: the form closes unanswered and questions waiting
/// for it are dropped (their saves write nothing).
pub fn wipe(state: &mut SaveFormState, out: &mut Outbox) {
    if let Some(mut form) = state.open.take() {
        out.cancel(&mut form.pending);
    }
    if let Some(inbox) = &state.inbox {
        while inbox.try_recv().is_ok() {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::worker::{OwnSaveForm, SaveDialog};
    use std::sync::Arc;

    fn opened() -> (SaveFormState, crate::worker::DialogFuture, Outbox) {
        let (own, inbox) = OwnSaveForm::new(Arc::new(|| {}));
        let mut state = SaveFormState::default();
        state.set_inbox(inbox);
        let asked = own.choose("Save", "quote", "PDF", "pdf");
        let mut out = Outbox::default();
        take_requests(&mut state, Start::Kiosk(PathBuf::from("/srv/r")), &mut out);
        let mut pending = state.open.as_ref().unwrap().pending;
        let req = pending.take().unwrap();
        let listing = Listing {
            folder: PathBuf::from("/srv/r"),
            files: vec!["quote.pdf".into()],
            ..Listing::default()
        };
        on_listed(&mut state, req, Ok(listing));
        (state, asked, out)
    }

    #[tokio::test]
    async fn an_existing_name_is_replaced_only_after_a_yes() {
        let (mut state, asked, mut out) = opened();
        apply(SaveFormAction::Save, &mut state, &mut out);
        let form = state.open.as_ref().unwrap();
        assert_eq!(form.confirm, Some(PathBuf::from("/srv/r/quote.pdf")));
        apply(SaveFormAction::KeepFile, &mut state, &mut out);
        assert!(state.open.as_ref().unwrap().confirm.is_none());
        apply(SaveFormAction::Save, &mut state, &mut out);
        apply(SaveFormAction::Overwrite, &mut state, &mut out);
        assert!(state.open.is_none());
        assert_eq!(asked.await, Some(PathBuf::from("/srv/r/quote.pdf")));
    }

    #[tokio::test]
    async fn a_bad_name_is_refused_and_the_wipe_answers_nothing() {
        let (mut state, asked, mut out) = opened();
        state.open.as_mut().unwrap().name = "../../etc/passwd".into();
        apply(SaveFormAction::Save, &mut state, &mut out);
        assert!(state.open.as_ref().unwrap().problem.is_some());
        wipe(&mut state, &mut out);
        assert!(state.open.is_none());
        assert_eq!(asked.await, None);
    }
}
