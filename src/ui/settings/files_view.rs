//! Settings › Files and printing, drawn: the printer, "Look for printers",
//! the kiosk's folder. In Settings only: on a kiosk computer that is after
//! "Leave kiosk mode", behind the manager PIN.

use crate::i18n::{tr, trf};
use crate::settings::Settings;
use crate::ui::action::Action;

use super::files::{FilesAction, FilesForm};

/// Accessible labels (tests find the fields by them).
pub const PRINTER_LABEL: &str = "printer";
pub const KIOSK_FOLDER_LABEL: &str = "folder-for-files-saved-at-the-kiosk";

pub fn show(ui: &mut egui::Ui, form: &FilesForm, settings: &Settings, actions: &mut Vec<Action>) {
    ui.label(
        egui::RichText::new(tr("files-and-printing"))
            .strong()
            .size(16.0),
    );
    if crate::platform::prints_through_cups() {
        printer_row(ui, form, settings, actions);
        printers_found(ui, form);
    }
    ui.horizontal(|ui| {
        let l = ui.label(tr(KIOSK_FOLDER_LABEL));
        let mut folder = settings.kiosk_save_folder.clone();
        let r = ui
            .add(egui::TextEdit::singleline(&mut folder).hint_text("/srv/storedesk/receipts"))
            .labelled_by(l.id);
        if r.changed() {
            actions.push(Action::Files(FilesAction::SetKioskFolder(folder)));
        }
    });
    ui.label(egui::RichText::new(tr("the-kiosks-save-form-shows-only-this-folder")).weak());
}

fn printer_row(
    ui: &mut egui::Ui,
    form: &FilesForm,
    settings: &Settings,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        let l = ui.label(tr(PRINTER_LABEL));
        let default = tr("the-systems-default-printer");
        let shown = if settings.printer.is_empty() {
            default
        } else {
            &settings.printer
        };
        let mut chosen = settings.printer.clone();
        egui::ComboBox::from_id_salt("printer")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut chosen, String::new(), default);
                if let Some(Ok(list)) = &form.printers {
                    for name in &list.names {
                        ui.selectable_value(&mut chosen, name.clone(), name);
                    }
                }
            })
            .response
            .labelled_by(l.id);
        if chosen != settings.printer {
            actions.push(Action::Files(FilesAction::SetPrinter(chosen)));
        }
        if ui
            .add_enabled(
                form.pending.is_none(),
                egui::Button::new(tr("look-for-printers")),
            )
            .clicked()
        {
            actions.push(Action::Files(FilesAction::ListPrinters));
        }
    });
}

fn printers_found(ui: &mut egui::Ui, form: &FilesForm) {
    match &form.printers {
        Some(Ok(list)) if list.names.is_empty() => {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                tr("no-printer-is-set-up-on-this-computer"),
            );
        }
        Some(Ok(list)) => {
            ui.label(trf("printers-found-count", &[("count", &list.names.len())]));
        }
        Some(Err(e)) => {
            ui.colored_label(ui.visuals().warn_fg_color, e.to_string());
        }
        None => {}
    }
}
