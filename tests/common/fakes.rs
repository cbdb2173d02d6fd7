//! Stand-ins for the desktop's file dialog and file viewer: no window
//! opens, nothing starts; each remembers what it was asked.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use storedesk::domain::printers::PrinterList;
use storedesk::worker::print::{PrintProblem, Printing};
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
    fn open(&self, path: &Path) -> Result<(), storedesk::i18n::Text> {
        self.0.lock().unwrap().push(path.to_owned());
        Ok(())
    }
}

/// One job handed to the fake printing.
#[derive(Debug, Clone)]
pub struct PrintJob {
    pub printer: Option<String>,
    pub title: String,
    pub pdf: Vec<u8>,
}

/// The system's printing without a printer: offers `printers`, keeps the
/// jobs it is given, or refuses them all with `refuse`.
#[derive(Default)]
pub struct FakePrinting {
    pub printers: Vec<String>,
    pub refuse: Option<PrintProblem>,
    pub jobs: Mutex<Vec<PrintJob>>,
}

impl FakePrinting {
    pub fn offering(printers: &[&str]) -> Self {
        Self {
            printers: printers.iter().map(|p| p.to_string()).collect(),
            ..Self::default()
        }
    }

    pub fn jobs(&self) -> Vec<PrintJob> {
        self.jobs.lock().unwrap().clone()
    }
}

impl Printing for FakePrinting {
    fn printers(&self) -> Result<PrinterList, PrintProblem> {
        match &self.refuse {
            Some(PrintProblem::NoPrintingSystem) => Err(PrintProblem::NoPrintingSystem),
            _ => Ok(PrinterList {
                names: self.printers.clone(),
                default: self.printers.first().cloned(),
            }),
        }
    }

    fn print(&self, pdf: Vec<u8>, printer: Option<&str>, title: &str) -> Result<(), PrintProblem> {
        if let Some(problem) = &self.refuse {
            return Err(problem.clone());
        }
        self.jobs.lock().unwrap().push(PrintJob {
            printer: printer.map(str::to_owned),
            title: title.to_owned(),
            pdf,
        });
        Ok(())
    }
}
