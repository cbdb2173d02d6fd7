//! "Save quote sheet (PDF)…": the customer's language beside the button,
//! how the last save went, and "Open" for a saved sheet. Shared by the
//! walk-in comparison and the booked quotes. Draws and emits actions only.

use crate::i18n::{Language, tr, trf};
use crate::quote_sheet::SheetRequest;

use super::state::SheetExport;
pub use super::state::SheetStatus;
use crate::ui::action::Action;

/// Accessible names the tests use.
pub const SAVE_LABEL: &str = "save-quote-sheet-pdf";
pub const LANGUAGE_LABEL: &str = "sheet-language";

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
        Some(SheetStatus::Cancelled) => {
            weak(ui, tr("nothing-was-saved-the-dialog-was-closed").to_owned())
        }
        Some(SheetStatus::Failed(e)) => {
            let text = trf("the-file-was-not-saved-error", &[("error", e)]);
            ui.colored_label(ui.visuals().error_fg_color, text);
        }
        Some(SheetStatus::OpenFailed(e)) => {
            ui.colored_label(ui.visuals().error_fg_color, e.to_string());
        }
    }
}
