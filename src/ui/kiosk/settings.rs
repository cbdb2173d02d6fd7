//! The "Kiosk and signature" section of Settings: start in kiosk mode, the
//! idle delay, the signature's background, and the manager PIN. Draws and
//! emits actions only.

use crate::i18n::{tr, tr_dyn, trf};
use crate::settings::Settings;
use crate::worker::PinState;

use super::pin::{pin_form, unreadable_note};
use super::state::{IDLE_SECS_RANGE, KioskState};
use crate::ui::action::{Action, KioskAction};
use crate::ui::widgets;

/// The "Kiosk and signature" section of Settings.
pub fn settings_section(
    ui: &mut egui::Ui,
    kiosk: &mut KioskState,
    settings: &Settings,
    actions: &mut Vec<Action>,
) {
    widgets::section_heading(ui, tr("kiosk-and-signature"));
    let mut start = settings.kiosk_mode;
    if ui
        .checkbox(&mut start, tr("start-in-kiosk-mode-also-storedesk-kiosk"))
        .changed()
    {
        actions.push(Action::Kiosk(KioskAction::SetStartInKiosk(start)));
    }
    ui.horizontal(|ui| {
        let label = ui.label(tr("seconds-without-a-touch-before-are-you-still"));
        let mut secs = settings.kiosk_idle_secs;
        if ui
            .add(egui::DragValue::new(&mut secs).range(IDLE_SECS_RANGE.0..=IDLE_SECS_RANGE.1))
            .labelled_by(label.id)
            .changed()
        {
            actions.push(Action::Kiosk(KioskAction::SetIdleSecs(secs)));
        }
    });
    let mut white = settings.signature_white_background;
    if ui
        .checkbox(
            &mut white,
            tr("signature-images-on-a-white-background-otherwise-transparent"),
        )
        .changed()
    {
        actions.push(Action::Kiosk(KioskAction::SetWhiteBackground(white)));
    }
    ui.add_space(6.0);
    ui.label(egui::RichText::new(tr("manager-pin")).strong());
    match &kiosk.pin {
        PinState::Unknown => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr("reading-the-credential-store"));
            });
        }
        PinState::NotSet => {
            ui.label(tr("no-pin-is-set-the-pin-protects-leaving"));
        }
        PinState::Set { store, .. } => {
            ui.label(trf(
                "a-pin-is-set-kept-in-store",
                &[("store", &tr_dyn(store))],
            ));
        }
        PinState::Unreadable => unreadable_note(ui, kiosk.pin_note.as_ref(), actions),
    }
    if let Some(note) = kiosk
        .pin_note
        .as_ref()
        .filter(|_| kiosk.pin != PinState::Unreadable)
    {
        widgets::message_box(ui, &note.to_string(), None, false);
    }
    pin_form(ui, kiosk, actions);
    ui.add_space(6.0);
    if ui.button(tr("start-kiosk-mode-now")).clicked() {
        actions.push(Action::Kiosk(KioskAction::Enter));
    }
}
