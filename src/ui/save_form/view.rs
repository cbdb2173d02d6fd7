//! The save form as a modal: the folder shown and its subfolders and files,
//! the file name (with its label), the problem if any, the question before
//! a file is replaced, Save and Cancel. On a kiosk every control is a
//! touch target. Draws and pushes actions only.

use crate::i18n::{tr, trf};
use crate::ui::action::Action;
use crate::ui::context::Surface;
use crate::ui::widgets::touch::{TOUCH_TARGET, touch_style};

use super::state::{FILE_NAME_LABEL, OpenForm, SaveFormAction, SaveFormState};

fn act(actions: &mut Vec<Action>, a: SaveFormAction) {
    actions.push(Action::SaveForm(a));
}

fn button(text: &str, surface: Surface) -> egui::Button<'_> {
    let min = if surface.is_kiosk() {
        egui::vec2(TOUCH_TARGET * 2.0, TOUCH_TARGET)
    } else {
        egui::Vec2::ZERO
    };
    egui::Button::new(text).min_size(min)
}

/// Draws the open form, if any.
pub fn show(
    ctx: &egui::Context,
    state: &mut SaveFormState,
    surface: Surface,
    actions: &mut Vec<Action>,
) {
    let Some(form) = state.open.as_mut() else {
        return;
    };
    let modal = egui::Modal::new(egui::Id::unique("save_form")).show(ctx, |ui| {
        if surface.is_kiosk() {
            touch_style(ui.style_mut());
        }
        ui.set_width((ctx.content_rect().width() - 48.0).clamp(280.0, 640.0));
        ui.heading(&form.title);
        if form.root.is_some() {
            ui.label(egui::RichText::new(tr("files-are-saved-in-the-folder-set-in")).weak());
        }
        folder(ui, form, surface, actions);
        name_row(ui, form, surface, actions);
        if let Some(problem) = &form.problem {
            ui.colored_label(ui.visuals().error_fg_color, problem.to_string());
        }
        buttons(ui, form, surface, actions);
    });
    if modal.should_close() && form.confirm.is_none() {
        act(actions, SaveFormAction::Cancel);
    }
}

fn folder(ui: &mut egui::Ui, form: &OpenForm, surface: Surface, actions: &mut Vec<Action>) {
    let Some(listing) = &form.listing else {
        if form.pending.is_some() {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr("reading-the-folder"));
            });
        }
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(trf("folder-path", &[("path", &listing.folder.display())]));
        if listing.can_go_up && ui.add(button(tr("up-one-folder"), surface)).clicked() {
            act(actions, SaveFormAction::Up);
        }
    });
    let height = if surface.is_kiosk() { 260.0 } else { 200.0 };
    egui::ScrollArea::vertical()
        .id_salt("save_form_entries")
        .max_height(height)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for name in &listing.folders {
                // A trailing slash marks a folder (no icon font is bundled).
                let text = format!("{name}/");
                if ui.add(button(&text, surface)).clicked() {
                    act(actions, SaveFormAction::Enter(name.clone()));
                }
            }
            for name in &listing.files {
                if ui.add(button(name, surface).frame(false)).clicked() {
                    act(actions, SaveFormAction::PickFile(name.clone()));
                }
            }
            if listing.folders.is_empty() && listing.files.is_empty() {
                ui.label(egui::RichText::new(tr("this-folder-is-empty")).weak());
            }
        });
    if listing.truncated {
        ui.label(egui::RichText::new(tr("not-every-entry-of-this-folder-is-shown")).weak());
    }
}

fn name_row(ui: &mut egui::Ui, form: &mut OpenForm, surface: Surface, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        let label = ui.label(tr(FILE_NAME_LABEL));
        let height = if surface.is_kiosk() {
            TOUCH_TARGET
        } else {
            0.0
        };
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut form.name)
                    .desired_width(320.0)
                    .min_size(egui::vec2(0.0, height)),
            )
            .labelled_by(label.id);
        // Asked until it holds: the modal's first frame is a sizing pass.
        if form.focus_name {
            if field.has_focus() {
                form.focus_name = false;
            } else {
                field.request_focus();
            }
        }
        if field.changed() {
            form.problem = None;
        }
        if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            act(actions, SaveFormAction::Save);
        }
    });
}

fn buttons(ui: &mut egui::Ui, form: &OpenForm, surface: Surface, actions: &mut Vec<Action>) {
    if let Some(path) = &form.confirm {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        ui.label(trf("name-already-exists-replace-it", &[("name", &name)]));
        ui.horizontal(|ui| {
            if ui.add(button(tr("replace-the-file"), surface)).clicked() {
                act(actions, SaveFormAction::Overwrite);
            }
            if ui.add(button(tr("keep-it"), surface)).clicked() {
                act(actions, SaveFormAction::KeepFile);
            }
        });
        return;
    }
    ui.horizontal(|ui| {
        let ready = form.listing.is_some() && form.pending.is_none();
        if ui
            .add_enabled(ready, button(tr("save-here"), surface))
            .clicked()
        {
            act(actions, SaveFormAction::Save);
        }
        if ui.add(button(tr("cancel-saving"), surface)).clicked() {
            act(actions, SaveFormAction::Cancel);
        }
    });
}
