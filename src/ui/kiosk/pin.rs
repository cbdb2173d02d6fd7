//! The kiosk's PIN dialog (with its on-screen keypad) and the form that
//! sets, changes or removes the PIN. Draws and emits actions only.

use std::time::Duration;

use crate::i18n::{Text, tr, trf};
use crate::worker::PinState;

use super::state::{KioskState, PinPurpose};
use crate::ui::action::{Action, KioskAction};
use crate::ui::widgets;
use crate::ui::widgets::touch::{TOUCH_TARGET, big_button, reserved_lines, touch_style};

/// Accessible name of the PIN field in the kiosk dialog.
pub const PIN_FIELD_LABEL: &str = "manager-pin";

/// `locked_for`: seconds before a PIN is checked again (wrong PINs).
pub(super) fn pin_dialog(
    ctx: &egui::Context,
    kiosk: &mut KioskState,
    locked_for: f64,
    actions: &mut Vec<Action>,
) {
    let (pin, note) = (kiosk.pin.clone(), kiosk.pin_note.clone());
    let Some(dialog) = kiosk.dialog.as_mut() else {
        return;
    };
    let response = egui::Modal::new(egui::Id::unique("kiosk_pin")).show(ctx, |ui| {
        touch_style(ui.style_mut());
        ui.set_width(420.0);
        ui.heading(match dialog.purpose {
            PinPurpose::Unlock => tr("staff-access"),
            PinPurpose::Close => tr("close-storedesk"),
            PinPurpose::Staff { title } => title,
        });
        ui.label(tr("enter-the-manager-pin"));
        ui.add_space(6.0);
        let busy = dialog.pending.is_some() || locked_for > 0.0;
        let mut submit = false;
        ui.horizontal(|ui| {
            let label = ui.label(tr(PIN_FIELD_LABEL));
            let field = ui
                .add_enabled_ui(!busy, |ui| {
                    widgets::secret_text_edit(
                        ui,
                        egui::TextEdit::singleline(&mut *dialog.input)
                            .id(dialog.field_id)
                            .password(true)
                            .desired_width(180.0)
                            .min_size(egui::vec2(0.0, TOUCH_TARGET)),
                    )
                })
                .inner
                .labelled_by(label.id);
            if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                submit = true;
            }
        });
        // On-screen keypad: a tablet has no keyboard.
        let key = egui::vec2(96.0, 56.0);
        egui::Grid::new("pin_keypad")
            .spacing([10.0, 10.0])
            .show(ui, |ui| {
                for row in [["1", "2", "3"], ["4", "5", "6"], ["7", "8", "9"]] {
                    for digit in row {
                        if ui
                            .add_enabled(!busy, egui::Button::new(digit).min_size(key))
                            .clicked()
                            && dialog.input.len() < 32
                        {
                            dialog.input.push_str(digit);
                        }
                    }
                    ui.end_row();
                }
                if ui
                    .add_enabled(!busy, egui::Button::new(tr("delete")).min_size(key))
                    .clicked()
                {
                    dialog.input.pop();
                }
                if ui
                    .add_enabled(!busy, egui::Button::new("0").min_size(key))
                    .clicked()
                    && dialog.input.len() < 32
                {
                    dialog.input.push('0');
                }
                if ui
                    .add_enabled(
                        !busy && !dialog.input.is_empty(),
                        egui::Button::new(tr("ok")).min_size(key),
                    )
                    .clicked()
                {
                    submit = true;
                }
                ui.end_row();
            });
        if submit {
            actions.push(Action::Kiosk(KioskAction::VerifyPin));
        }
        // "Checking…", the lockout or "That PIN is not right." in a space
        // kept for them: the keypad above never moves.
        reserved_lines(ui, 2.0, |ui| {
            if dialog.pending.is_some() {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(tr("checking"));
                });
            } else if locked_for > 0.0 {
                ui.ctx()
                    .request_repaint_after(Duration::from_secs_f64(locked_for.min(1.0)));
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    trf(
                        "too-many-wrong-pins-try-again-in-seconds",
                        &[("seconds", &(locked_for.ceil() as u64))],
                    ),
                );
            } else if let Some(m) = &dialog.message {
                ui.colored_label(ui.visuals().error_fg_color, m.to_string());
            }
        });
        if pin == PinState::Unreadable {
            unreadable_note(ui, note.as_ref(), actions);
        }
        ui.add_space(8.0);
        if ui.add(big_button(tr("cancel"))).clicked() {
            actions.push(Action::Kiosk(KioskAction::CancelPinDialog));
        }
    });
    if response.should_close() && dialog.pending.is_none() {
        actions.push(Action::Kiosk(KioskAction::CancelPinDialog));
    }
}

/// Why the PIN cannot be read, and a button to read it again.
pub(super) fn unreadable_note(ui: &mut egui::Ui, note: Option<&Text>, actions: &mut Vec<Action>) {
    let message = note.map_or_else(
        || tr("the-manager-pin-cannot-be-read-the-kiosk").to_owned(),
        |n| n.to_string(),
    );
    widgets::message_box(ui, &message, None, true);
    if ui.add(big_button(tr("try-again"))).clicked() {
        actions.push(Action::Kiosk(KioskAction::RetryPinLoad));
    }
}

/// Set, change or remove the manager PIN.
pub(super) fn pin_form(ui: &mut egui::Ui, kiosk: &mut KioskState, actions: &mut Vec<Action>) {
    let is_set = matches!(kiosk.pin, PinState::Set { .. });
    let form = &mut kiosk.pin_form;
    if is_set {
        widgets::labelled_password_field(ui, tr("current-pin"), &mut form.current);
    }
    widgets::labelled_password_field(ui, tr("new-pin"), &mut form.new);
    widgets::labelled_password_field(ui, tr("new-pin-again"), &mut form.confirm);
    ui.horizontal(|ui| {
        let ready = !form.pending && !form.new.is_empty() && !form.confirm.is_empty();
        let label = if is_set {
            tr("change-pin")
        } else {
            tr("set-pin")
        };
        if ui.add_enabled(ready, egui::Button::new(label)).clicked() {
            actions.push(Action::Kiosk(KioskAction::SavePin));
        }
        // A PIN that cannot be read can be forgotten without it (Settings is
        // outside kiosk mode: the computer's account is the protection).
        let unreadable = kiosk.pin == PinState::Unreadable;
        if (is_set || unreadable)
            && ui
                .add_enabled(
                    !form.pending && (unreadable || !form.current.is_empty()),
                    egui::Button::new(tr("remove-pin")),
                )
                .clicked()
        {
            actions.push(Action::Kiosk(KioskAction::RemovePin));
        }
        if form.pending {
            ui.spinner();
        }
    });
    if let Some(notice) = &form.message {
        let color = if notice.is_error() {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().text_color()
        };
        ui.colored_label(color, notice.text.to_string());
    }
}
