//! Settings › Files and printing: the printer the receipt's "Print" uses
//! (from the system's list) and the folder files saved at the kiosk go to
//! (the kiosk's save form never leaves it). On a kiosk, Settings are
//! behind the manager PIN.

use std::path::PathBuf;
use std::sync::Arc;

use crate::domain::printers::PrinterList;
use crate::i18n::{Text, tr, trf};
use crate::settings::Settings;
use crate::ui::action::Action;
use crate::ui::context::Surface;
use crate::ui::requests::{Outbox, Pending};
use crate::ui::widgets::touch::TOUCH_TARGET;
use crate::worker::print::Printing;
use crate::worker::{Command, RequestId};

/// Accessible labels (tests find the fields by them).
pub const PRINTER_LABEL: &str = "printer";
pub const KIOSK_FOLDER_LABEL: &str = "folder-for-files-saved-at-the-kiosk";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilesAction {
    ListPrinters,
    /// Empty: the system's default printer.
    SetPrinter(String),
    SetKioskFolder(String),
}

/// The printers last listed, and the request on its way.
#[derive(Debug, Default)]
pub struct FilesForm {
    pub printers: Option<Result<PrinterList, Text>>,
    pub pending: Pending,
}

pub fn apply(
    action: FilesAction,
    form: &mut FilesForm,
    settings: &mut Settings,
    printing: Arc<dyn Printing>,
    out: &mut Outbox,
) {
    match action {
        FilesAction::ListPrinters => {
            out.request(&mut form.pending, |req| Command::ListPrinters {
                req,
                printing,
            });
        }
        FilesAction::SetPrinter(name) => settings.printer = name,
        FilesAction::SetKioskFolder(folder) => settings.kiosk_save_folder = folder,
    }
}

pub fn on_printers(form: &mut FilesForm, req: RequestId, result: Result<PrinterList, Text>) {
    if form.pending.settle(req, "printers") {
        form.printers = Some(result);
    }
}

/// The kiosk's save folder as the form takes it (empty: none set).
pub fn kiosk_root(settings: &Settings) -> PathBuf {
    PathBuf::from(settings.kiosk_save_folder.trim())
}

pub fn show(
    ui: &mut egui::Ui,
    form: &FilesForm,
    settings: &Settings,
    surface: Surface,
    actions: &mut Vec<Action>,
) {
    ui.label(
        egui::RichText::new(tr("files-and-printing"))
            .strong()
            .size(16.0),
    );
    if crate::platform::prints_through_cups() {
        if surface.is_kiosk() {
            printer_buttons(ui, form, settings, actions);
        } else {
            printer_row(ui, form, settings, actions);
        }
        printers_found(ui, form);
    }
    let height = if surface.is_kiosk() {
        TOUCH_TARGET
    } else {
        0.0
    };
    ui.horizontal(|ui| {
        let l = ui.label(tr(KIOSK_FOLDER_LABEL));
        let mut folder = settings.kiosk_save_folder.clone();
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut folder)
                    .hint_text("/srv/storedesk/receipts")
                    .min_size(egui::vec2(0.0, height)),
            )
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

/// The kiosk's printer choice: touch-sized buttons instead of a menu.
fn printer_buttons(
    ui: &mut egui::Ui,
    form: &FilesForm,
    settings: &Settings,
    actions: &mut Vec<Action>,
) {
    let size = egui::vec2(TOUCH_TARGET * 2.0, TOUCH_TARGET);
    ui.label(tr(PRINTER_LABEL));
    ui.horizontal_wrapped(|ui| {
        let names = match &form.printers {
            Some(Ok(list)) => list.names.as_slice(),
            _ => &[],
        };
        let choices = std::iter::once(("", tr("the-systems-default-printer")))
            .chain(names.iter().map(|n| (n.as_str(), n.as_str())));
        for (name, text) in choices {
            let on = settings.printer == name;
            if ui
                .add(egui::Button::selectable(on, text).min_size(size))
                .clicked()
                && !on
            {
                actions.push(Action::Files(FilesAction::SetPrinter(name.to_owned())));
            }
        }
        if ui
            .add_enabled(
                form.pending.is_none(),
                egui::Button::new(tr("look-for-printers")).min_size(size),
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
