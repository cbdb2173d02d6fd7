//! Small shared widgets.

pub mod date_picker;
pub mod palette;
pub mod touch;

use crate::api::ApiError;
use crate::i18n::{tr, trf};
use crate::secrets::SecretError;

/// A single-line text field with a visible label that is also its
/// accessible name (screen readers and egui_kittest find it by the label).
pub fn labelled_text_field(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut String,
    hint: &str,
) -> egui::Response {
    ui.horizontal(|ui| {
        let l = ui.label(label);
        ui.add(
            egui::TextEdit::singleline(value)
                .hint_text(hint)
                .desired_width(340.0),
        )
        .labelled_by(l.id)
    })
    .inner
}

/// A password field: masked, with the label as its accessible name, and
/// without undo or persisted cursor (see [`secret_text_edit`]).
pub fn labelled_password_field(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut String,
) -> egui::Response {
    ui.horizontal(|ui| {
        let l = ui.label(label);
        secret_text_edit(
            ui,
            egui::TextEdit::singleline(value)
                .password(true)
                // As tall as a button: a touch target on the kiosk.
                .min_size(egui::vec2(0.0, ui.spacing().interact_size.y))
                .desired_width(ui.available_width().clamp(120.0, 340.0)),
        )
        .labelled_by(l.id)
    })
    .inner
}

/// Shows a text field that holds a secret. egui keeps an undo history per
/// field (Ctrl+Z would bring back a PIN after the app cleared it) and
/// persists the cursor into `app.ron` (which tells the secret's length):
/// after each frame the history is dropped and the state is kept in memory
/// only.
pub fn secret_text_edit(ui: &mut egui::Ui, edit: egui::TextEdit<'_>) -> egui::Response {
    let output = edit.show(ui);
    let id = output.response.response.id;
    let mut state = output.state;
    state.clear_undoer();
    ui.ctx().data_mut(|d| {
        d.remove::<egui::text_edit::TextEditState>(id);
        d.insert_temp(id, state);
    });
    output.response.response
}

/// A calm error box: what happened and what to do next.
pub fn error_box(ui: &mut egui::Ui, error: &ApiError) {
    message_box(ui, &error.to_string(), Some(&error.next_step()), true);
}

/// A credential-store problem in plain words, what to do next, and the
/// system's own message behind a "Details" toggle (for support).
pub fn secret_error_box(ui: &mut egui::Ui, error: &SecretError, next: &str, strong: bool) {
    message_box(ui, &error.to_string(), Some(next), strong);
    if !error.detail().trim().is_empty() {
        egui::CollapsingHeader::new(tr("details"))
            .id_salt("secret_error_details")
            .show(ui, |ui| {
                ui.add(
                    egui::Label::new(egui::RichText::new(error.detail()).monospace().weak()).wrap(),
                );
            });
    }
}

/// A Settings section's title, larger than the text under it.
pub fn section_heading(ui: &mut egui::Ui, text: &str) {
    ui.label(
        egui::RichText::new(text)
            .strong()
            .size(touch::heading_size(ui)),
    );
}

/// A framed message; `strong` is for errors, otherwise a warning tone.
pub fn message_box(ui: &mut egui::Ui, message: &str, next: Option<&str>, strong: bool) {
    let visuals = ui.visuals();
    let color = if strong {
        visuals.error_fg_color
    } else {
        visuals.warn_fg_color
    };
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.0, color))
        .show(ui, |ui| {
            ui.set_width(ui.available_width().min(640.0));
            ui.colored_label(color, message);
            if let Some(n) = next {
                ui.label(trf("what-to-do-next", &[("next", &n)]));
            }
        });
}

/// "Label: value" rows in a grid, skipping empty values. The label column
/// has one width everywhere so sections line up; long values wrap.
pub fn field_row(ui: &mut egui::Ui, label: &str, value: Option<&str>) {
    if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
        ui.horizontal(|ui| {
            ui.set_min_width(110.0);
            ui.label(egui::RichText::new(label).weak());
        });
        ui.add(egui::Label::new(v).wrap());
        ui.end_row();
    }
}
