//! "Save quote sheet (PDF)…": the customer's language beside the button,
//! how the last save went, and "Open" for a saved sheet. Shared by the
//! walk-in comparison and the booked quotes. Draws and emits actions only.

use std::path::PathBuf;

use crate::i18n::{self, Language, Text, tr, trf};
use crate::quote_sheet::{SheetOption, SheetRequest};

use super::app::Action;
use super::requests::Pending;

/// Accessible names the tests use.
pub const SAVE_LABEL: &str = "save-quote-sheet-pdf";
pub const LANGUAGE_LABEL: &str = "sheet-language";

/// How the last save went.
#[derive(Debug, Clone, PartialEq)]
pub enum SheetStatus {
    Saving,
    Saved(PathBuf),
    Cancelled,
    Failed(Text),
    OpenFailed(Text),
}

/// The quote sheet's state (memory only).
#[derive(Debug, Default)]
pub struct SheetExport {
    /// The customer's language; `None` is the interface's.
    pub language: Option<Language>,
    pub pending: Pending,
    pub status: Option<SheetStatus>,
}

impl SheetExport {
    pub fn language(&self) -> Language {
        self.language.unwrap_or_else(i18n::language)
    }

    /// The save for request `req` started (the dialog will open).
    pub fn started(&mut self, req: u64) {
        self.pending.start(req);
        self.status = Some(SheetStatus::Saving);
    }

    /// Saved, cancelled or failed; a superseded answer is dropped.
    pub fn on_saved(&mut self, req: u64, result: Result<Option<PathBuf>, Text>) {
        if !self.pending.settle(req, "quote sheet") {
            return;
        }
        self.status = Some(match result {
            Ok(Some(path)) => SheetStatus::Saved(path),
            Ok(None) => SheetStatus::Cancelled,
            Err(e) => SheetStatus::Failed(e),
        });
    }

    pub fn on_open_failed(&mut self, error: Text) {
        self.status = Some(SheetStatus::OpenFailed(error));
    }
}

/// The request for `options` in the chosen language (the app adds the date).
pub fn request(
    sheet: &SheetExport,
    property: Option<String>,
    move_in: Option<chrono::NaiveDate>,
    options: Vec<SheetOption>,
) -> SheetRequest {
    SheetRequest {
        language: sheet.language(),
        property,
        move_in,
        date: None,
        options,
    }
}

/// The language menu, the button and the status. `make` builds the request
/// when the button is clicked (`None`: nothing to put on a sheet).
pub fn controls(
    ui: &mut egui::Ui,
    sheet: &mut SheetExport,
    make: impl FnOnce(&SheetExport) -> Option<SheetRequest>,
    actions: &mut Vec<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        let clicked = ui
            .add_enabled(sheet.pending.is_none(), egui::Button::new(tr(SAVE_LABEL)))
            .on_hover_text(tr("a-pdf-of-these-quotes-for-the-customer"))
            .clicked();
        language_menu(ui, sheet);
        if clicked && let Some(request) = make(&*sheet) {
            actions.push(Action::SaveQuoteSheet(Box::new(request)));
        }
        status(ui, sheet, actions);
    });
}

fn language_menu(ui: &mut egui::Ui, sheet: &mut SheetExport) {
    let label = ui.label(tr(LANGUAGE_LABEL));
    let current = sheet.language();
    egui::ComboBox::from_id_salt(LANGUAGE_LABEL)
        .selected_text(current.native_name())
        .show_ui(ui, |ui| {
            for lang in Language::ALL {
                if ui
                    .selectable_label(lang == current, lang.native_name())
                    .clicked()
                {
                    sheet.language = Some(lang);
                }
            }
        })
        .response
        .labelled_by(label.id);
}

fn status(ui: &mut egui::Ui, sheet: &SheetExport, actions: &mut Vec<Action>) {
    let weak = |ui: &mut egui::Ui, text: String| {
        ui.label(egui::RichText::new(text).weak());
    };
    match &sheet.status {
        None => {}
        Some(SheetStatus::Saving) => {
            ui.spinner();
            weak(ui, tr("choose-where-to-save-the-file").to_owned());
        }
        Some(SheetStatus::Saved(path)) => {
            weak(ui, trf("saved-to-path", &[("path", &path.display())]));
            if ui
                .button(tr("open-in-viewer"))
                .on_hover_text(tr("open-the-sheet-in-the-pdf-viewer-to"))
                .clicked()
            {
                actions.push(Action::OpenFile(path.clone()));
            }
        }
        Some(SheetStatus::Cancelled) => weak(ui, tr("nothing-was-saved").to_owned()),
        Some(SheetStatus::Failed(e)) => {
            let text = trf("the-file-was-not-saved-error", &[("error", e)]);
            ui.colored_label(ui.visuals().error_fg_color, text);
        }
        Some(SheetStatus::OpenFailed(e)) => {
            ui.colored_label(ui.visuals().error_fg_color, e.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_matched_to_their_request() {
        let mut s = SheetExport::default();
        s.started(3);
        s.on_saved(2, Ok(None));
        assert_eq!(s.status, Some(SheetStatus::Saving));
        s.on_saved(3, Ok(Some(PathBuf::from("/tmp/q.pdf"))));
        assert_eq!(s.status, Some(SheetStatus::Saved("/tmp/q.pdf".into())));
        assert!(s.pending.is_none());
    }

    #[test]
    fn the_language_defaults_to_the_interface() {
        let s = i18n::with_language(Language::German, SheetExport::default);
        assert_eq!(
            i18n::with_language(Language::German, || s.language()),
            Language::German
        );
        let chosen = SheetExport {
            language: Some(Language::French),
            ..Default::default()
        };
        assert_eq!(
            i18n::with_language(Language::German, || chosen.language()),
            Language::French
        );
    }
}
