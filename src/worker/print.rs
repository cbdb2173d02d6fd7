//! Printing a PDF through the system's printing: CUPS (`lp`, `lpstat`) on
//! Linux and macOS. The PDF goes to `lp` on its stdin, so no copy of a
//! customer's document is left on disk by us. Windows prints the file the
//! person saved through the shell's print verb ([`ShellPrint`];
//! `platform::print_method` says which applies).

use std::path::Path;
use std::time::Duration;

use super::child::{self, ChildError};
use super::files::FileOpener;
use crate::domain::printers::{self, PrinterList};
use crate::i18n::Text;
use crate::platform::ShellPrintError;

/// How long listing printers may take.
const LIST_DEADLINE: Duration = Duration::from_secs(5);
/// How long handing a job to the spooler may take (not the printing).
const PRINT_DEADLINE: Duration = Duration::from_secs(30);

/// Why nothing was printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrintProblem {
    /// No `lp`/`lpstat`: CUPS is not installed.
    NoPrintingSystem,
    /// The printing system has no printer set up.
    NoPrinter,
    /// The printer chosen in Settings is no longer offered.
    PrinterGone(String),
    /// `lp` refused the job; its reason.
    Refused(String),
    TimedOut,
    Failed(String),
    /// Windows: no program is registered to print PDF files.
    NoPdfProgram,
}

impl PrintProblem {
    pub fn text(&self) -> Text {
        match self {
            Self::NoPrintingSystem => Text::tr("no-printing-system-is-installed-cups"),
            Self::NoPrinter => Text::tr("no-printer-is-set-up-on-this-computer"),
            Self::PrinterGone(name) => {
                Text::tr("the-printer-name-is-not-offered-any-more").with("name", name.clone())
            }
            Self::Refused(reason) => Text::tr("the-printing-system-refused-the-job-reason")
                .with("reason", reason.clone()),
            Self::TimedOut => Text::tr("the-printing-system-did-not-answer-in-time"),
            Self::Failed(e) => Text::tr("printing-failed-error").with("error", e.clone()),
            Self::NoPdfProgram => Text::tr("no-program-on-this-computer-prints-pdf-files"),
        }
    }
}

impl From<ChildError> for PrintProblem {
    fn from(e: ChildError) -> Self {
        match e {
            ChildError::NotInstalled => Self::NoPrintingSystem,
            ChildError::TimedOut => Self::TimedOut,
            ChildError::Failed(e) => Self::Failed(e),
        }
    }
}

impl From<ShellPrintError> for PrintProblem {
    fn from(e: ShellPrintError) -> Self {
        match e {
            ShellPrintError::NoProgram => Self::NoPdfProgram,
            ShellPrintError::TimedOut => Self::TimedOut,
            ShellPrintError::Failed(e) => Self::Failed(e),
        }
    }
}

/// Windows: the saved PDF printed on the default printer by the program
/// registered for PDF files (the shell's print verb), after the save, in
/// the [`Live`](super::live::Live) guard of a viewer.
#[derive(Debug, Default)]
pub struct ShellPrint;

impl FileOpener for ShellPrint {
    fn open(&self, path: &Path) -> Result<(), Text> {
        crate::platform::shell_print(path, PRINT_DEADLINE).map_err(|e| PrintProblem::from(e).text())
    }

    /// The problem's own words: they already say nothing was printed.
    fn failure(&self, error: Text) -> Text {
        error
    }
}

/// The system's printing; tests put a fake in its place.
pub trait Printing: Send + Sync {
    fn printers(&self) -> Result<PrinterList, PrintProblem>;
    /// Sends `pdf` to `printer` (`None`: the system's default). Blocking.
    fn print(&self, pdf: Vec<u8>, printer: Option<&str>, title: &str) -> Result<(), PrintProblem>;
}

/// CUPS through its command-line tools.
#[derive(Debug, Default)]
pub struct SystemPrinting;

impl Printing for SystemPrinting {
    fn printers(&self) -> Result<PrinterList, PrintProblem> {
        let listed = child::run("lpstat", &["-e"], None, LIST_DEADLINE)?;
        // "lpstat: No destinations added." exits 1: no printer, not a fault.
        let names = printers::parse_destinations(&listed.stdout);
        let default = child::run("lpstat", &["-d"], None, LIST_DEADLINE)
            .ok()
            .and_then(|d| printers::parse_default(&d.stdout));
        Ok(PrinterList { names, default })
    }

    fn print(&self, pdf: Vec<u8>, printer: Option<&str>, title: &str) -> Result<(), PrintProblem> {
        let list = self.printers()?;
        let target = match printer.filter(|p| !p.is_empty()) {
            Some(p) if !list.names.iter().any(|n| n == p) => {
                return Err(PrintProblem::PrinterGone(p.to_owned()));
            }
            Some(p) => p.to_owned(),
            None if list.names.is_empty() => return Err(PrintProblem::NoPrinter),
            None => list
                .default
                .or_else(|| list.names.first().cloned())
                .unwrap_or_default(),
        };
        let title: String = title
            .chars()
            .filter(|c| !c.is_control())
            .take(100)
            .collect();
        let args = ["-d", target.as_str(), "-t", title.as_str(), "-"];
        let ran = child::run("lp", &args, Some(pdf), PRINT_DEADLINE)?;
        if ran.status.success() {
            Ok(())
        } else {
            Err(PrintProblem::Refused(ran.reason()))
        }
    }
}
