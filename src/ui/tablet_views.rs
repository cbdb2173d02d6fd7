//! What the tablet link draws: the desk's "Send to signing tablet" row, the
//! Settings section for pairings, and the tablet's "Pair with a desk" part
//! (Settings and the kiosk's staff screen). State and logic: tablet_link.rs.

use crate::api::BookingId;
use crate::i18n::{tr, trf};
use crate::pairing::{PairingRecord, Role};
use crate::settings::Settings;

use super::app::{Action, AppState};
use super::tablet_link::{
    DEVICE_NAME_LABEL, LISTEN_LABEL, PAIR_ADDRESS_LABEL, PAIR_CODE_LABEL, PAIR_WITH_DESK_LABEL,
    SEND_LABEL, TabletAction, TabletUi, hand_off_text,
};
use super::widgets;

/// The desk's button and the tablet's live state for `booking` (nothing
/// without a paired tablet).
pub fn send_row(ui: &mut egui::Ui, t: &TabletUi, booking: BookingId, actions: &mut Vec<Action>) {
    if t.desk_pairings.is_empty() {
        return;
    }
    let mine = t.send.as_ref().filter(|s| s.booking == booking);
    let in_flight = mine.is_some_and(|s| !s.state.is_final());
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(!in_flight, egui::Button::new(tr(SEND_LABEL)))
            .clicked()
        {
            actions.push(Action::Tablet(TabletAction::Send(booking)));
        }
        if let Some(s) = mine {
            if in_flight {
                ui.spinner();
            }
            ui.label(hand_off_text(&s.state));
        }
    });
}

fn message(ui: &mut egui::Ui, m: &Option<(crate::i18n::Text, bool)>) {
    if let Some((text, is_error)) = m {
        widgets::message_box(ui, &text.to_string(), None, *is_error);
    }
}

fn pairing_list(ui: &mut egui::Ui, list: &[PairingRecord], role: Role, actions: &mut Vec<Action>) {
    for p in list {
        ui.horizontal(|ui| {
            ui.label(&p.peer_name);
            if !p.address.is_empty() {
                ui.label(egui::RichText::new(&p.address).weak());
            }
            if ui.small_button(tr("Remove")).clicked() {
                actions.push(Action::Tablet(TabletAction::Remove {
                    id: p.id.clone(),
                    role,
                }));
            }
        });
    }
}

fn name_field(ui: &mut egui::Ui, settings: &Settings, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        let l = ui.label(tr(DEVICE_NAME_LABEL));
        let mut name = settings.device_name.clone();
        if ui
            .add(egui::TextEdit::singleline(&mut name))
            .labelled_by(l.id)
            .changed()
        {
            actions.push(Action::Tablet(TabletAction::SetName(name)));
        }
    });
}

/// Settings › Signing tablets (desk side, and the tablet's set-up).
pub fn settings_section(
    ui: &mut egui::Ui,
    state: &mut AppState,
    settings: &Settings,
    actions: &mut Vec<Action>,
) {
    widgets::section_heading(ui, tr("Signing tablets"));
    name_field(ui, settings, actions);
    let t = &mut state.tablet;
    if let Some(e) = &t.error {
        widgets::message_box(ui, &e.to_string(), None, false);
    }
    ui.label(tr("Pair this desk with a tablet: choose “Pair with a desk” on the tablet, then type its address and code here."));
    ui.horizontal(|ui| {
        let l = ui.label(tr(PAIR_ADDRESS_LABEL));
        ui.add(egui::TextEdit::singleline(&mut t.pair_addr).hint_text("192.168.1.20:47615"))
            .labelled_by(l.id);
    });
    ui.horizontal(|ui| {
        let l = ui.label(tr(PAIR_CODE_LABEL));
        ui.add(egui::TextEdit::singleline(&mut *t.pair_code).desired_width(90.0))
            .labelled_by(l.id);
        let ready = t.pair_pending.is_none() && !t.pair_addr.trim().is_empty();
        if ui
            .add_enabled(ready, egui::Button::new(tr("Pair")))
            .clicked()
        {
            actions.push(Action::Tablet(TabletAction::Pair));
        }
        if t.pair_pending.is_some() {
            ui.spinner();
        }
    });
    message(ui, &t.pair_message);
    pairing_list(ui, &t.desk_pairings, Role::Desk, actions);
    ui.add_space(6.0);
    kiosk_pairing(ui, state, settings, actions);
}

/// The tablet's side: where it listens, "Pair with a desk", the code, and
/// the desks it knows.
pub fn kiosk_pairing(
    ui: &mut egui::Ui,
    state: &mut AppState,
    settings: &Settings,
    actions: &mut Vec<Action>,
) {
    let t = &state.tablet;
    ui.label(egui::RichText::new(tr("This computer as a signing tablet")).strong());
    ui.horizontal(|ui| {
        let l = ui.label(tr(LISTEN_LABEL));
        let mut listen = settings.tablet_listen.clone();
        if ui
            .add(egui::TextEdit::singleline(&mut listen).hint_text("192.168.1.20:47615"))
            .labelled_by(l.id)
            .changed()
        {
            actions.push(Action::Tablet(TabletAction::SetListen(listen)));
        }
    });
    ui.label(
        egui::RichText::new(tr(
            "Only this address is listened on; 0.0.0.0 means every network of this computer.",
        ))
        .weak(),
    );
    match &t.listening {
        Some(Ok(addr)) => {
            ui.label(trf("Listening on {address}.", &[("address", addr)]));
        }
        Some(Err(e)) => widgets::message_box(
            ui,
            &trf("The tablet link could not start: {error}", &[("error", e)]),
            None,
            false,
        ),
        None => {}
    }
    if let Some(code) = &t.code {
        ui.label(trf("Code for the desk: {code}", &[("code", code)]));
        ui.label(egui::RichText::new(code).size(40.0).monospace().strong());
        ui.label(trf(
            "This tablet's name: {name}",
            &[("name", &super::tablet_link::device_name(settings))],
        ));
        if ui.button(tr("Stop pairing")).clicked() {
            actions.push(Action::Tablet(TabletAction::ClosePairing));
        }
    } else if settings.tablet_listen.trim().is_empty() {
        ui.label(tr("Choose the address to listen on first."));
    } else if t.pairing_open {
        ui.spinner();
    } else if ui.button(tr(PAIR_WITH_DESK_LABEL)).clicked() {
        actions.push(Action::Tablet(TabletAction::OpenPairing));
    }
    message(ui, &t.pairing_note);
    pairing_list(ui, &t.kiosk_pairings, Role::Kiosk, actions);
}

/// The kiosk's staff screen (behind the PIN): pairing with desks.
pub fn kiosk_staff_section(
    ui: &mut egui::Ui,
    state: &mut AppState,
    settings: &Settings,
    actions: &mut Vec<Action>,
) {
    egui::CollapsingHeader::new(tr("Signing tablet: desks"))
        .id_salt("kiosk_tablet_link")
        .default_open(state.tablet.pairing_open)
        .show(ui, |ui| {
            name_field(ui, settings, actions);
            kiosk_pairing(ui, state, settings, actions);
        });
}
