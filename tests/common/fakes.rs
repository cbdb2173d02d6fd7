//! Stand-ins for the desktop's file dialog and file viewer: no window
//! opens, nothing starts; each remembers what it was asked.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use storedesk::worker::sheet::FileOpener;
use storedesk::worker::{DialogFuture, SaveDialog};

/// One question put to the save dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asked {
    pub title: String,
    pub suggested_name: String,
    pub extension: String,
}

/// Answers every save dialog with `answer` (`None`: the user cancels).
#[derive(Default)]
pub struct FakeDialog {
    pub answer: Option<PathBuf>,
    /// Every dialog must be for this kind of file.
    pub extension: Option<&'static str>,
    pub asked: Mutex<Vec<Asked>>,
}

impl FakeDialog {
    /// The user picks `path`.
    pub fn answering(path: impl Into<PathBuf>) -> Self {
        Self {
            answer: Some(path.into()),
            ..Self::default()
        }
    }

    /// The user closes the dialog without choosing.
    pub fn cancelling() -> Self {
        Self::default()
    }

    /// Only dialogs for `extension` files are expected.
    pub fn expecting(mut self, extension: &'static str) -> Self {
        self.extension = Some(extension);
        self
    }

    pub fn asked(&self) -> Vec<Asked> {
        self.asked.lock().unwrap().clone()
    }

    pub fn titles(&self) -> Vec<String> {
        self.asked().into_iter().map(|a| a.title).collect()
    }

    pub fn suggested_names(&self) -> Vec<String> {
        self.asked().into_iter().map(|a| a.suggested_name).collect()
    }
}

impl SaveDialog for FakeDialog {
    fn choose(&self, title: &str, name: &str, _filter: &str, extension: &str) -> DialogFuture {
        if let Some(want) = self.extension {
            assert_eq!(extension, want, "a dialog for another kind of file");
        }
        self.asked.lock().unwrap().push(Asked {
            title: title.to_owned(),
            suggested_name: name.to_owned(),
            extension: extension.to_owned(),
        });
        let answer = self.answer.clone();
        Box::pin(async move { answer })
    }
}

/// Remembers what it was asked to open; opens nothing.
#[derive(Default)]
pub struct FakeOpener(pub Mutex<Vec<PathBuf>>);

impl FakeOpener {
    pub fn opened(&self) -> Vec<PathBuf> {
        self.0.lock().unwrap().clone()
    }
}

impl FileOpener for FakeOpener {
    fn open(&self, path: &Path) -> Result<(), String> {
        self.0.lock().unwrap().push(path.to_owned());
        Ok(())
    }
}
